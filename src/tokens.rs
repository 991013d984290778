//! The token view every stage reads: [`Token`] (a span, a kind, flag bits
//! and lexical class bits), the flags, and [`Toks`], a read-only view of
//! one chunk's tokens with the accessors the phrase finders and rules use.
//!
//! Segmentation ([`crate::segment`]) makes the tokens, with every flag but
//! [`OPENS`], which the scanner ([`crate::scan`]) sets once it has paired
//! the quotation marks.

use crate::lexicon::{self, Lexicon, List, Pronoun};
use crate::span::Span;
use std::cell::Cell;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters and digits, with inner apostrophes, hyphens, periods, `&`, `/`.
    Word,
    /// A possessive clitic: `’s`, `'s` or a lone `’`/`'` after a plural `s`.
    Possessive,
    /// A character that may be a quotation mark (also `''` and two backticks).
    QuoteChar,
    /// An em dash, en dash, horizontal bar, or `--`.
    Dash,
    /// Any other single non-blank character.
    Punct,
}

/// Token flag: the first character is uppercase. (Whether all letters are
/// is asked of few words, by [`crate::segment::is_all_capitals`], not of
/// every word.)
pub(crate) const CAP: u8 = 1;
/// Token flag: blank or paragraph start immediately before.
pub(crate) const SP_BEFORE: u8 = 2;
/// Token flag: blank or paragraph end immediately after.
pub(crate) const SP_AFTER: u8 = 4;
/// Token flag: the token starts with a digit.
pub(crate) const DIGIT: u8 = 8;
/// Token flag: the token opens a top-level quotation (or reopens it in a
/// later paragraph). Set by the scanner ([`crate::scan::scan`]), as part of
/// its output, so that later scans test the token they hold before looking
/// the quotation up ([`crate::scan::QuoteIndex`]).
pub(crate) const OPENS: u8 = 16;
/// Token flag: a sentence-final mark, `.`, `!`, `?` or `…`.
pub(crate) const TERMINAL: u8 = 32;
/// Token flag: a colon (`Jane Roe: “…”`, `PENCE:`).
pub(crate) const COLON: u8 = 64;
/// Token flag: a dash ([`TokKind::Dash`]), so that scans for cues, colons
/// and dashes test the flags alone.
pub(crate) const DASH: u8 = 128;

/// One token with its byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: u32,
    pub end: u32,
    /// The paragraph the token is in.
    pub para: ParaIdx,
    pub kind: TokKind,
    pub flags: u8,
    /// Lexical class bits (`lexicon::FUNCTION`, ...), looked up in the
    /// attributor's lexicon (its extra titles and verbs included) as the
    /// word is read; 0 for any other token. They fill the struct's padding,
    /// so rules read them from the token they already hold.
    pub lex: u16,
}

impl Token {
    #[cfg(test)]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
    #[inline]
    pub fn is(&self, f: u8) -> bool {
        self.flags & f != 0
    }
}

/// The index of a token in its chunk's tokens ([`Toks::toks`],
/// [`crate::segment::Segments::tokens`]), as the stages store it in their
/// outputs (mentions, cues, quotations). It indexes the tokens (`toks[i]`)
/// and any per-token list (the scanner's `end_at[i]`). Four bytes, like
/// the tokens' offsets: the pipeline parses at most `u32::MAX` bytes, so
/// a chunk holds fewer tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct TokIdx(u32);

impl TokIdx {
    /// No token: an index past every token of a chunk, which compares
    /// greater than any token's (the first colon of a paragraph that has
    /// none, an entry of a per-token list that was never written).
    pub const NONE: TokIdx = TokIdx(u32::MAX);

    /// The `i`-th token.
    #[inline]
    pub fn new(i: usize) -> TokIdx {
        TokIdx(i as u32)
    }

    /// The index as a `usize`.
    #[inline]
    pub fn as_usize(self) -> usize {
        self.0 as usize
    }

    /// The index of the token after this one (one past it, for a range's
    /// end).
    #[inline]
    pub fn next(self) -> TokIdx {
        TokIdx(self.0 + 1)
    }
}

/// The index of a paragraph in its chunk's
/// [`crate::segment::Segments::paragraphs`], as the tokens, quotations and
/// attributions store it. It indexes the paragraphs (`paragraphs[p]`) and
/// any per-paragraph list (the rules' attributions by paragraph).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct ParaIdx(u32);

impl ParaIdx {
    /// The `i`-th paragraph (a chunk holds fewer than 2^32).
    #[inline]
    pub fn new(i: usize) -> ParaIdx {
        ParaIdx(i as u32)
    }

    /// The index as a `usize`.
    #[inline]
    pub fn as_usize(self) -> usize {
        self.0 as usize
    }
}

/// `Index` and `IndexMut` by the index type `$idx` (which has `as_usize`)
/// for slices and vectors of any element, so that lists are indexed by it
/// without a conversion at every use.
macro_rules! index_by {
    ($idx:ty) => {
        impl<T> std::ops::Index<$idx> for [T] {
            type Output = T;
            #[inline]
            fn index(&self, i: $idx) -> &T {
                $crate::work::step();
                &self[i.as_usize()]
            }
        }

        impl<T> std::ops::IndexMut<$idx> for [T] {
            #[inline]
            fn index_mut(&mut self, i: $idx) -> &mut T {
                &mut self[i.as_usize()]
            }
        }

        impl<T> std::ops::Index<$idx> for Vec<T> {
            type Output = T;
            #[inline]
            fn index(&self, i: $idx) -> &T {
                $crate::work::step();
                &self[i.as_usize()]
            }
        }

        impl<T> std::ops::IndexMut<$idx> for Vec<T> {
            #[inline]
            fn index_mut(&mut self, i: $idx) -> &mut T {
                &mut self[i.as_usize()]
            }
        }
    };
}

pub(crate) use index_by;

index_by!(TokIdx);
index_by!(ParaIdx);

/// Read-only view of the tokens of one chunk (`base` is the chunk's offset
/// in the text), for phrase matching. Its accessors of single tokens and
/// its word-list lookups are here; the noun-phrase finders are in
/// [`crate::mentions`].
pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub base: usize,
    pub toks: &'a [Token],
    /// The lexicon the tokens were classed with (the attributor's).
    pub lex: &'a Lexicon,
    /// Each token's entry in the lexicon's table ([`Lexicon::entry`]),
    /// found when first asked for, [`UNSEEN`] until then: the rules ask
    /// about the same words again and again (one word against several
    /// lists, the same words from several cues), and finding an entry
    /// hashes the word. One per token, as [`Toks::unseen_entries`] makes them.
    pub entries: &'a [Cell<u16>],
}

/// The value of [`Toks::entries`] for a token not looked up yet (no entry
/// number: the table holds fewer entries).
pub(crate) const UNSEEN: u16 = u16::MAX;

impl<'a> Toks<'a> {
    /// Whether token `i` has the lexical class `bit`.
    #[inline]
    pub fn has(&self, i: usize, bit: u16) -> bool {
        crate::work::step();
        self.toks[i].lex & bit != 0
    }

    /// Whether token `i` may be a reporting verb or `according`: every
    /// form of a verb of the lexicon (extra verbs included) carries the
    /// [`lexicon::CUE`] class, so this is a bit test that turns most tokens
    /// away before any lookup.
    #[inline]
    pub fn may_be_cue(&self, i: usize) -> bool {
        self.has(i, lexicon::CUE)
    }

    /// The reporting verb at token `i`, if it is one.
    #[inline]
    pub fn cue_verb_at(&self, i: usize) -> Option<lexicon::CueVerb> {
        if !self.may_be_cue(i) {
            return None;
        }
        self.lex.verb_of(self.entry(i))
    }

    /// The lexicon entry of token `i` ([`Toks::entries`]): the blank entry
    /// 0, in no list, for a word the table does not hold or cannot (longer
    /// than a key).
    /// (The memo's test inline, the lookup out of line.)
    #[inline(always)]
    fn entry(&self, i: usize) -> u16 {
        let e = self.entries[i].get();
        if e != UNSEEN {
            return e;
        }
        self.look_up(i)
    }

    /// [`Toks::entry`] of a token not looked up yet: its key hashed, and
    /// the entry kept.
    #[inline(never)]
    fn look_up(&self, i: usize) -> u16 {
        // The key straight from the text (no `str`, no copy).
        let e = self.key(i).map_or(0, |k| self.lex.entry(k));
        self.entries[i].set(e);
        e
    }

    /// Fills `out` with one [`UNSEEN`] entry for each of `n` tokens (its
    /// capacity stays between chunks): the memo of a [`Toks`].
    pub fn unseen_entries(out: &mut Vec<Cell<u16>>, n: usize) {
        out.clear();
        out.resize(n, Cell::new(UNSEEN));
    }

    /// The lexicon key of token `i` ([`lexicon::key_in`]).
    #[inline]
    fn key(&self, i: usize) -> Option<u128> {
        crate::work::step();
        let t = &self.toks[i];
        let (start, end) = (t.start as usize - self.base, t.end as usize - self.base);
        lexicon::key_in(self.text.as_bytes(), start, end)
    }

    /// The subject pronoun that the possessive at token `i` stands for
    /// (`his` → `he`), if it is one.
    pub fn possessive_at(&self, i: usize) -> Option<Pronoun> {
        let t = &self.toks[i];
        if t.kind != TokKind::Word || t.end - t.start > 5 {
            return None;
        }
        self.lex.possessive_of(self.entry(i))
    }

    /// The pronoun at token `i`, if it is one. Every pronoun is a function
    /// word, so the class bit turns most tokens away without a look at the
    /// text.
    #[inline]
    pub fn pronoun_at(&self, i: usize) -> Option<Pronoun> {
        let t = &self.toks[i];
        if !self.has(i, lexicon::FUNCTION) || t.end - t.start > 4 {
            return None;
        }
        self.lex.pronoun_of(self.entry(i))
    }

    /// Whether word token `i` is in the word list `list`: in any ASCII
    /// case for a list that matches capitalised words
    /// ([`List::matches_capitalised`]), else lowercase. A token class is a
    /// bit test; another list is looked up only for a word with the
    /// [`lexicon::LISTED`] bit. (Inlined, so that the tests on the list
    /// fold away.)
    #[inline(always)]
    pub fn in_list(&self, i: usize, list: List) -> bool {
        crate::work::step();
        let t = &self.toks[i];
        if t.lex & list.class() == 0 || (t.is(CAP) && !list.matches_capitalised()) {
            return false;
        }
        list.is_token_class() || self.lists_at(i) & list.bit() != 0
    }

    /// Every list (bits of [`List::bit`]) that holds token `i`, any case.
    #[inline]
    pub fn lists_at(&self, i: usize) -> u64 {
        self.lex.lists_of(self.entry(i))
    }

    /// The particle rule of the reporting verb `verb` (`point out`), if
    /// it has one.
    #[inline]
    pub fn particles(&self, verb: lexicon::CueVerb) -> Option<&'a lexicon::Particles> {
        self.lex.particles(verb)
    }

    /// Whether token `i` is the ASCII word `w`, in any case.
    #[inline]
    pub fn is_text_ci(&self, i: usize, w: &str) -> bool {
        self.bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    /// Whether token `i` may stand between a subject and its verb: an
    /// adverb of the lexicon (`also`, `again`) or a word of more than four
    /// letters in `-ly` (`reportedly`), capitalised only where a sentence
    /// starts (`Brearly` after a quotation is a name).
    #[inline]
    pub fn is_verb_adjunct_at(&self, i: usize) -> bool {
        self.has(i, lexicon::ADJUNCT) || {
            // (A capitalised word in -ly is a name, `“No,” Brearly said`,
            // but where a sentence starts: `Normally she …`; not after a
            // title's period, `Ms. Kelly`, nor right before a finite verb
            // of speech, `Kelly said`, which an adverb alone never opens.)
            // (Not a noun or an organisation's word of the lexicon:
            // `the family`, `an ally`, `the assembly`.)
            let w = self.bytes(i);
            w.len() > 4
                && w.ends_with(b"ly")
                && self.toks[i].lex
                    & (lexicon::SPEAKER_NOUN | lexicon::NONPERSON_NOUN | lexicon::ORG_WORD)
                    == 0
                && (!self.toks[i].is(CAP)
                    || ((i == 0
                        || self.toks[i - 1].para != self.toks[i].para
                        || (matches!(self.bytes(i - 1), b"." | b"!" | b"?")
                            && !(i >= 2 && self.is_title_at(i - 2))))
                        && !self.finite_speech_at(i + 1)))
        }
    }

    /// Whether token `i` (perhaps past the end) is a verb of speech in
    /// the past (`said`, `told`), or `says`. (Not a present in `-s`
    /// that may be a plural noun: `Early reports suggested …`.)
    #[cold]
    fn finite_speech_at(&self, i: usize) -> bool {
        i < self.toks.len()
            && (self.is_text(i, "says")
                || self.cue_verb_at(i).is_some_and(|v| {
                    v.act == lexicon::Act::Speech && v.form == lexicon::VerbForm::Past
                }))
    }

    /// Whether token `i` is a title (built in or added).
    #[inline]
    pub fn is_title_at(&self, i: usize) -> bool {
        self.has(i, lexicon::TITLE)
    }

    #[inline]
    pub fn s(&self, i: usize) -> &'a str {
        crate::work::step();
        let t = &self.toks[i];
        &self.text[t.start as usize - self.base..t.end as usize - self.base]
    }

    /// The bytes of token `i`: for comparisons with ASCII words, which need
    /// no `str` (and none of its char-boundary checks).
    #[inline]
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        crate::work::step();
        let t = &self.toks[i];
        &self.text.as_bytes()[t.start as usize - self.base..t.end as usize - self.base]
    }

    /// Whether token `i` is the text `w`: the lengths first, then the
    /// bytes, without slicing the text as a `str` (whose char-boundary
    /// checks cost more than the comparison in the per-token scans).
    #[inline]
    pub fn is_text(&self, i: usize, w: &str) -> bool {
        let t = &self.toks[i];
        (t.end - t.start) as usize == w.len() && self.bytes(i) == w.as_bytes()
    }

    #[inline]
    pub fn span(&self, a: usize, b: usize) -> Span {
        crate::work::step();
        Span::new(self.toks[a].start as usize, self.toks[b].end as usize)
    }

    /// Whether token `i` is a word ([`TokKind::Word`]).
    #[inline]
    pub fn word(&self, i: usize) -> bool {
        crate::work::step();
        self.toks[i].kind == TokKind::Word
    }

    /// A capitalised word that can be part of a name.
    pub fn is_name_word(&self, i: usize) -> bool {
        // (`&`, not `&&`: one test of the token's bits, not a branch each.)
        crate::work::step();
        let t = &self.toks[i];
        let plain = (t.kind == TokKind::Word)
            & (t.flags & (CAP | DIGIT) == CAP)
            & (t.lex & (lexicon::FUNCTION | lexicon::CALENDAR_WORD) == 0);
        plain
            || ((t.lex & lexicon::FUNCTION != 0) & t.is(CAP) && self.is_acronym(i))
            || ((t.lex & lexicon::CALENDAR_WORD != 0) && self.is_given_month(i))
    }

    /// `June Halloran`, `April Dunmore`: a month's name right before a
    /// surname (a capitalised word, neither a function word nor another
    /// day or month), at the head of its phrase (after punctuation or a
    /// role noun: not `In June Roe left`, `on Monday Roe said`), is a
    /// given name.
    #[cold]
    fn is_given_month(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let next = i + 1;
        if t.kind != TokKind::Word
            || t.flags & (CAP | DIGIT) != CAP
            || t.lex & lexicon::FUNCTION != 0
            || next >= self.toks.len()
        {
            return false;
        }
        let n = &self.toks[next];
        let surname = n.kind == TokKind::Word
            && n.flags & (CAP | DIGIT) == CAP
            && n.lex & (lexicon::FUNCTION | lexicon::CALENDAR_WORD) == 0
            && n.start == t.end + 1;
        let head = i == 0
            || self.toks[i - 1].kind != TokKind::Word
            || self.toks[i - 1].lex & (lexicon::SPEAKER_NOUN | lexicon::TITLE) != 0;
        surname && head
    }

    /// `US`, `IT`: a function word in capitals between words that are not,
    /// an acronym (not a line in capitals: `WE WILL WIN`).
    #[cold]
    fn is_acronym(&self, i: usize) -> bool {
        let caps = |k: usize| {
            let s = self.s(k);
            self.toks[k].kind == TokKind::Word && s.len() >= 2 && crate::segment::is_all_capitals(s)
        };
        caps(i) && !(i > 0 && caps(i - 1)) && !(i + 1 < self.toks.len() && caps(i + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::size_of;

    #[test]
    fn indices_are_four_bytes() {
        assert_eq!(size_of::<TokIdx>(), 4);
        assert_eq!(size_of::<ParaIdx>(), 4);
        assert_eq!(size_of::<Option<TokIdx>>(), 8);
        // The token holds its paragraph's.
        assert_eq!(size_of::<Token>(), 16);
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn records_with_indices_keep_their_sizes() {
        // The sizes they had with `u32` indices: mentions and quotations
        // are copied around by every rule, name records kept by the
        // million.
        assert_eq!(size_of::<crate::mentions::Mention>(), 72);
        assert_eq!(size_of::<crate::scan::Quotation>(), 72);
        assert_eq!(size_of::<crate::resolve::NameMention>(), 24);
        assert_eq!(size_of::<crate::cues::CueHit>(), 12);
        assert_eq!(size_of::<crate::scan::marks::Mark>(), 8);
        assert_eq!(size_of::<crate::segment::Paragraph>(), 40);
        assert_eq!(size_of::<crate::attribute::Attribution>(), 128);
    }

    /// The memo of lexicon entries answers as the lexicon does, when first
    /// asked (a lookup) and when asked again (the memo): every token of a
    /// text against a fresh lookup of its key.
    #[test]
    fn the_entry_memo_agrees_with_the_lexicon() {
        let text = "Jo Roe said on Monday that his plans were “not final,” and \
                    they’re hoping the polls show she’s ahead; a \
                    longwordthatisnokeyatall was seen. THEY SAID so, per the \
                    report's authors.";
        crate::mentions::tests::with(text, |t| {
            let lex = t.lex;
            for round in 0..2 {
                for i in 0..t.toks.len() {
                    let key = t.key(i);
                    let e = t.entry(i);
                    let at = (round, t.s(i));
                    assert_ne!(t.entries[i].get(), UNSEEN, "{at:?}");
                    assert_eq!(lex.lists_of(e), key.map_or(0, |k| lex.lists(k)), "{at:?}");
                    assert_eq!(lex.verb_of(e), key.and_then(|k| lex.verb(k)), "{at:?}");
                    assert_eq!(
                        lex.pronoun_of(e),
                        key.and_then(|k| lex.pronoun(k)),
                        "{at:?}"
                    );
                    assert_eq!(
                        lex.possessive_of(e),
                        key.and_then(|k| lex.possessive(k)),
                        "{at:?}"
                    );
                }
            }
            // (The words the rules ask about are in the lexicon: the test
            // compares entries, not blanks.)
            assert!((0..t.toks.len()).any(|i| t.cue_verb_at(i).is_some()));
            assert!((0..t.toks.len()).any(|i| t.pronoun_at(i).is_some()));
            assert!((0..t.toks.len()).any(|i| t.possessive_at(i).is_some()));
        });
    }
}
