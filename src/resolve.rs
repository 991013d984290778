//! Stage 5: speaker resolution.
//!
//! Links every speaker mention to one entity per source across the
//! document: `Prime Minister Jane Roe`, `Ms Roe`, `Roe` and `she` become one
//! entity named by its fullest name (`Jane Roe`). Names found anywhere in
//! the text (not only speakers) take part, so a full name given in narration
//! names the entity a later `Ms Roe said` refers to.

use crate::attribute::Attribution;
use crate::lexicon::{default_lexicon, key_in, FxBuild, FxHasher, List, Pronoun};
use crate::mentions::{Mention, MentionKind};
use crate::model::{
    EntityKind, Gender, Quote, QuoteKind, QuoteSpeaker, Snippet, Speaker, SpeakerId,
};
use crate::span::Span;
use crate::tokens::{TokIdx, Toks};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::Hasher;

/// How many recently mentioned entities a pronoun looks back over.
const RECENT: usize = 24;

/// How many same-key entities a name is compared with (most recent first).
const MAX_CANDIDATES: usize = 16;

/// A name seen in narration, for resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NameMention {
    start: u32,
    /// The hash of the lookup key (see [`name_key`]), computed while the
    /// text is in the cache: resolution runs after the whole text, and
    /// reading names back then would miss the cache at every one. Two
    /// halves, so that the record needs only 4-byte alignment.
    key: [u32; 2],
    len: u16,
    /// The head's offset from `start`, and its length.
    head_off: u16,
    head_len: u16,
    /// Where the key's text starts, from the head's start (see [`Key`]).
    key_off: u16,
    gender: i8,
    /// [`NONPERSON`], [`SUBJECT`] and [`ADDRESSEE`].
    flags: u8,
    /// The number of words of the head, at most 255.
    words: u8,
}

/// Whether a capitalised title stands before the head of the name `m`,
/// inside the mention (`President Karlsson`, `Gov. Roe`).
fn titled(m: &Mention, t: &Toks) -> bool {
    let first = m.first.as_usize();
    let Some(head) =
        (first..=m.last.as_usize()).find(|&i| t.toks[i].start as usize >= m.head.start())
    else {
        return false;
    };
    // (`Vice Presidents`: a title's plural is no name.)
    let h = t.s(head);
    let plural_title = h.len() > 1
        && h.ends_with('s')
        && crate::lexicon::classes(&h[..h.len() - 1]) & crate::lexicon::TITLE != 0;
    !plural_title && (first..head).any(|i| t.is_title_at(i) && t.toks[i].is(crate::tokens::CAP))
}

/// [`NameMention::flags`]: the name is an organisation's or a place's.
const NONPERSON: u8 = 1;
/// [`NameMention::flags`]: the mention opens its sentence (a likely subject).
const SUBJECT: u8 = 2;
/// [`NameMention::flags`]: the name is an addressee (`speaking to Jo Roe`,
/// `told Jo Roe`), whom no later pronoun of the sentence's speaker means.
const ADDRESSEE: u8 = 4;
/// [`NameMention::flags`]: no name but a subject pronoun of narration, `He`
/// or `She` opening a sentence (its gender in [`NameMention::gender`]).
const PRONOUN: u8 = 8;
/// [`NameMention::flags`]: a title stands before the name (`President
/// Karlsson`, `Norlish president Karlsson`): a person's, though one word.
const TITLED: u8 = 16;

impl NameMention {
    /// A compact record of a name mention (24 bytes: long texts hold
    /// millions) found among the tokens `t`; `None` for a "name" longer
    /// than 64 KiB, which no name is. Offsets fit in `u32`: the pipeline
    /// parses at most 4 GiB.
    pub(crate) fn new(m: &Mention, subject: bool, t: &Toks) -> Option<NameMention> {
        let text = t.text.as_bytes();
        let head = (m.head.start() - t.base, m.head.end() - t.base);
        let words = words_of(text, head, Some((t, m)));
        let (hash, from) = name_key(text, head, m, words.last);
        Some(NameMention {
            start: m.span.start() as u32,
            key: [hash as u32, (hash >> 32) as u32],
            len: u16::try_from(m.span.len()).ok()?,
            head_off: u16::try_from(m.head.start() - m.span.start()).ok()?,
            head_len: u16::try_from(m.head.len()).ok()?,
            // Within the head, whose length fits.
            key_off: (from - head.0) as u16,
            gender: m.gender,
            flags: (u8::from(m.nonperson) * NONPERSON)
                | (u8::from(subject) * SUBJECT)
                | (u8::from(titled(m, t)) * TITLED),
            words: words.count.min(255) as u8,
        })
    }

    /// A record of the subject pronoun `He` (`gender` 1) or `She` (-1)
    /// opening a sentence of narration at `span`: the entity it finds
    /// shows its gender, and stays the salient one.
    pub(crate) fn pronoun(span: Span, gender: i8) -> NameMention {
        NameMention {
            start: span.start() as u32,
            key: [0, 0],
            len: span.len() as u16,
            head_off: 0,
            head_len: span.len() as u16,
            key_off: 0,
            gender,
            flags: SUBJECT | PRONOUN,
            words: 1,
        }
    }

    fn is_pronoun(&self) -> bool {
        self.flags & PRONOUN != 0
    }

    /// The hash of the key.
    fn hash(&self) -> u64 {
        u64::from(self.key[0]) | u64::from(self.key[1]) << 32
    }

    /// The key of [`Self::mention`], whose text is the document's.
    fn key(&self, m: &Mention) -> Key {
        Key::new(m, m.head.start() + usize::from(self.key_off))
    }

    fn subject(&self) -> bool {
        self.flags & SUBJECT != 0
    }

    /// The same mention, marked as an addressee's.
    pub(crate) fn as_addressee(mut self) -> NameMention {
        self.flags |= ADDRESSEE;
        self
    }

    fn addressee(&self) -> bool {
        self.flags & ADDRESSEE != 0
    }

    fn titled(&self) -> bool {
        self.flags & TITLED != 0
    }

    fn nonperson(&self) -> bool {
        self.flags & NONPERSON != 0
    }

    fn mention(&self) -> Mention {
        let start = self.start as usize;
        let head = start + usize::from(self.head_off);
        Mention {
            span: Span::new(start, start + usize::from(self.len)),
            first: TokIdx::new(0),
            last: TokIdx::new(0),
            kind: MentionKind::Name,
            head: Span::new(head, head + usize::from(self.head_len)),
            gender: self.gender,
            role: None,
            nonperson: self.flags & NONPERSON != 0,
        }
    }
}

struct Entity {
    name: Span,
    words: usize,
    kind: EntityKind,
    gender: i8,
    /// The mention the gender rests on: a title (`Ms Roe`) or a pronoun
    /// that found the entity (`she`).
    gender_from: Option<Span>,
    /// The key the entity is filed under: that of its first mention (a
    /// pronoun's entity, filed under none, has its head, never looked at).
    key: Key,
    /// The latest mention (the full list is in `Resolver::mention_log`).
    last_mention: Option<Span>,
    roles: Vec<Span>,
    /// Byte offset of the latest mention of any kind.
    last_any: usize,
    speaks: bool,
    /// Something shows this is a person: a title, a full name, or speech.
    evidence: bool,
    /// The entity with the same key hash created before this one
    /// ([`NONE`] if none): the entities of a hash form a list, newest
    /// first, whose head is in [`Resolver::by_last`].
    prev_same_key: u32,
}

/// No entity.
const NONE: u32 = u32::MAX;

/// The most words an organisation's name has past its short form
/// (`Foods Inc`).
const MAX_ORG_SUFFIX_WORDS: usize = 3;

/// The blank-separated words of `text[start..end]`, as spans, byte by
/// byte: the plain reading, which [`words_of`] does faster.
fn words(text: &[u8], start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = start;
    std::iter::from_fn(move || {
        while i < end && text[i].is_ascii_whitespace() {
            i += 1;
        }
        let from = i;
        while i < end && !text[i].is_ascii_whitespace() {
            i += 1;
        }
        (from < i).then_some((from, i))
    })
}

/// Whether `w` is an indefinite determiner ([`List::Indefinite`]: `a`,
/// `an`, `another`), lowercase or capitalised (`An`, not `AN`).
pub(crate) fn is_indefinite(w: &[u8]) -> bool {
    !w.iter().skip(1).any(u8::is_ascii_uppercase)
        && key_in(w, 0, w.len())
            .is_some_and(|key| default_lexicon().lists(key) & List::Indefinite.bit() != 0)
}

/// The blank-separated words of a stretch of text, as [`words_of`] finds
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Words {
    /// How many there are.
    count: usize,
    /// Where the last one starts and ends (a person's surname); empty, at
    /// the end, if there is none.
    last: (usize, usize),
}

/// The words of `text[start..end]`: the one reading of a name's word count
/// and last word, the same as [`words`] gives (the tests check both ways
/// below against it).
///
/// With `tokens`, the tokens `t` (whose text is `text`) and the mention
/// `m` whose head this is, read off the head's tokens when every gap
/// between them is one space: nearly always for a name, and a walk over a
/// few tokens. Otherwise sixteen bytes at a time, with no branch per byte:
/// a word starts at each non-blank byte after a blank (or at the start),
/// and those are counted with a shift and a multiply; the last word starts
/// at the last of them and ends after the last non-blank byte.
#[inline(always)]
fn words_of(text: &[u8], (start, end): (usize, usize), tokens: Option<(&Toks, &Mention)>) -> Words {
    use crate::swar::{ascii_whitespace16, count_high_bits16, load16, low_bytes, HIGH16};
    if let Some((t, m)) = tokens {
        'tokens: {
            let (head_start, head_end) = ((start + t.base) as u32, (end + t.base) as u32);
            let (mut k, last) = (m.first.as_usize(), m.last.as_usize());
            // Past the titles the head leaves out.
            while k < last && t.toks[k].start < head_start {
                k += 1;
            }
            let (Some(first_tok), Some(last_tok)) = (t.toks.get(k), t.toks.get(last)) else {
                break 'tokens;
            };
            if first_tok.start != head_start || last_tok.end != head_end {
                break 'tokens;
            }
            let (mut word_start, mut count) = (head_start, 1);
            for j in k + 1..=last {
                let (prev_end, start) = (t.toks[j - 1].end, t.toks[j].start);
                if start == prev_end {
                    continue; // `Jr.`: the same word
                }
                if start != prev_end + 1 || text[prev_end as usize - t.base] != b' ' {
                    break 'tokens;
                }
                word_start = start;
                count += 1;
            }
            let last = (word_start as usize - t.base, end);
            return Words { count, last };
        }
    }
    // The byte of the highest bit 7 set in `bits`.
    let top = |bits: u128| (127 - bits.leading_zeros() as usize) / 8;
    let mut count = 0;
    let mut last = (end, end);
    // Bit 7 of byte 15 set when the byte before the block is not blank.
    let mut carry = 0u128;
    let mut i = start;
    while i < end {
        let word = !ascii_whitespace16(load16(text, i)) & HIGH16 & low_bytes(end - i);
        let starts = word & !(word << 8 | carry);
        count += count_high_bits16(starts);
        if starts != 0 {
            last.0 = i + top(starts);
        }
        if word != 0 {
            last.1 = i + top(word) + 1;
        }
        carry = word >> 120;
        i += 16;
    }
    Words { count, last }
}

/// Whether `a` ends with `b`, ignoring ASCII case.
fn ends_with_ci(a: &str, b: &str) -> bool {
    a.len() >= b.len() && a.as_bytes()[a.len() - b.len()..].eq_ignore_ascii_case(b.as_bytes())
}

/// The text that files an entity: a person's surname, or a phrase without
/// its determiner (`the ministry` → `ministry`), compared case-folded
/// (ASCII). Its hash ([`name_key`]) picks the list of entities to look at,
/// and the text ([`Key::same`]) tells apart those that only share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    /// From the key's first word to the end of the head (a surname is its
    /// head's last word).
    text: Span,
    /// A phrase's key, which never matches a person's.
    phrase: bool,
}

impl Key {
    /// The key of mention `m` whose text starts at `from` (in the
    /// document), as [`name_key`] finds it.
    fn new(m: &Mention, from: usize) -> Key {
        Key {
            text: Span::new(from, m.head.end()),
            phrase: is_phrase(m),
        }
    }

    /// Whether the two keys are the same words, ignoring ASCII case, in
    /// `text`: the keys of one hash nearly always are, and then nearly
    /// always have the same bytes as well (one load each for a surname).
    #[inline(always)]
    fn same(self, other: Key, text: &[u8]) -> bool {
        use crate::swar::{ascii_lowercase16, load16, low_bytes};
        let (a, b) = (self.text, other.text);
        if self.phrase != other.phrase {
            return false;
        }
        let same_bytes = a.len() == b.len()
            && if a.len() <= 16 {
                let keep = low_bytes(a.len());
                let (x, y) = (
                    load16(text, a.start()) & keep,
                    load16(text, b.start()) & keep,
                );
                x == y || ascii_lowercase16(x) == ascii_lowercase16(y)
            } else {
                text[a.range()].eq_ignore_ascii_case(&text[b.range()])
            };
        same_bytes || same_words(text, a, b)
    }
}

/// Whether `text[a]` and `text[b]` have the same blank-separated words,
/// ignoring ASCII case: [`Key::same`] when the bytes differ (other blanks
/// between the words, or other words).
#[cold]
fn same_words(text: &[u8], a: Span, b: Span) -> bool {
    let mut x = words(text, a.start(), a.end());
    let mut y = words(text, b.start(), b.end());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some((s, e)), Some((s2, e2))) if text[s..e].eq_ignore_ascii_case(&text[s2..e2]) => {}
            _ => return false,
        }
    }
}

/// Whether the key of mention `m` is a phrase's rather than a person's.
fn is_phrase(m: &Mention) -> bool {
    !matches!(m.kind, MentionKind::Name | MentionKind::Label) || m.nonperson
}

/// The lookup key of mention `m`, whose head is `text[start..end]` and
/// whose last word is `text[last_start..last_end]` (see [`words_of`]),
/// computed without allocating: its hash, and where its text starts (see
/// [`Key::new`]).
fn name_key(
    text: &[u8],
    (start, end): (usize, usize),
    m: &Mention,
    (last_start, last_end): (usize, usize),
) -> (u64, usize) {
    let mut h = FxHasher::default();
    if !is_phrase(m) {
        hash_word(&mut h, text, last_start, last_end);
        return (h.finish(), last_start);
    }
    let mut ws = words(text, start, end);
    let from = match (ws.next(), ws.next()) {
        (Some((s, e)), Some((next, _)))
            if std::str::from_utf8(&text[s..e]).is_ok_and(crate::lexicon::is_determiner) =>
        {
            next
        }
        (Some((s, _)), _) => s,
        (None, _) => end,
    };
    hash_word(&mut h, b"#", 0, 1);
    for (s, e) in words(text, from, end) {
        hash_word(&mut h, text, s, e);
    }
    (h.finish(), from)
}

/// Hashes the word `text[start..end]` case-folded (ASCII) into `h` (the
/// crate's one hasher), sixteen bytes at a time, with the bytes past its
/// end masked off (the same hash as the word alone, without copying its
/// tail). The word's length ends it, so `ab` + `c` differs from `a` + `bc`.
#[inline]
fn hash_word(h: &mut FxHasher, text: &[u8], start: usize, end: usize) {
    use crate::swar::{ascii_lowercase16, load16, low_bytes};
    let mut i = start;
    loop {
        let left = end.saturating_sub(i);
        let block = ascii_lowercase16(load16(text, i) & low_bytes(left));
        if left <= 16 {
            h.write_u128(block ^ ((end - start) as u128) << 120);
            return;
        }
        h.write_u128(block);
        i += 16;
    }
}

struct Resolver<'a> {
    text: &'a str,
    entities: Vec<Entity>,
    /// The newest entity of each key hash (the rest via
    /// [`Entity::prev_same_key`]): no list to allocate per key.
    by_last: HashMap<u64, u32, FxBuild>,
    /// The latest narration name and its entity: a speaker mention with
    /// the same span (processed right after it) is the same mention.
    last_name: Option<(Span, usize)>,
    /// Entities by latest subject or speaker mention.
    recent_salient: Recent,
    /// Entities by latest mention of any kind.
    recent_any: Recent,
    /// The entity of each pronoun that found no antecedent (by
    /// [`Pronoun`] number).
    unknown: [Option<usize>; Pronoun::COUNT],
    /// The entity of the latest direct quotation whose speaker was
    /// resolved, and where its content starts (see
    /// [`Resolver::antecedent`]).
    last_direct: Option<(usize, usize)>,
    /// The entity that an interview's `A:` labels stand for, once found.
    answerer: Option<usize>,
    /// Every mention of every entity, in document order: one flat list
    /// rather than a list per entity (most entities never speak, and their
    /// mentions are never output).
    /// Entries are (entity, start, end): 12 bytes, as texts hold millions.
    mention_log: Vec<[u32; 3]>,
}

/// The [`RECENT`] most recently touched entities, most recent first: what
/// a most-recently-used list of that length holds, kept as a log of touches
/// so that a touch costs a push rather than a search and a shift.
#[derive(Default)]
struct Recent {
    /// (entity, touch number) in touch order. An entry is current when it
    /// is its entity's latest touch; the others are skipped.
    log: Vec<(u32, u64)>,
    /// The number of each entity's latest touch (0: never touched).
    latest: Vec<u64>,
    touches: u64,
}

impl Recent {
    fn touch(&mut self, id: usize) {
        self.touches += 1;
        if self.latest.len() <= id {
            self.latest.resize(id + 1, 0);
        }
        self.latest[id] = self.touches;
        self.log.push((id as u32, self.touches));
        if self.log.len() >= 4 * RECENT {
            // Keep only what the list holds: the latest touch of the most
            // recent entities (amortised over `3 * RECENT` touches).
            // Compacted without a branch per entry: whether an entry is
            // current is as good as random.
            let mut kept = 0;
            crate::work::steps(self.log.len());
            for k in 0..self.log.len() {
                let (e, t) = self.log[k];
                self.log[kept] = (e, t);
                kept += usize::from(self.latest[e as usize] == t);
            }
            self.log.truncate(kept);
            let old = self.log.len().saturating_sub(RECENT);
            self.log.drain(..old);
        }
    }

    /// The entities, most recent first.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.log
            .iter()
            .rev()
            .filter(|&&(e, t)| self.latest[e as usize] == t)
            .map(|&(e, _)| e as usize)
            .take(RECENT)
    }
}

impl<'a> Resolver<'a> {
    fn new(text: &'a str) -> Resolver<'a> {
        Resolver {
            text,
            entities: Vec::new(),
            by_last: HashMap::default(),
            last_name: None,
            recent_salient: Recent::default(),
            recent_any: Recent::default(),
            unknown: [None; Pronoun::COUNT],
            last_direct: None,
            answerer: None,
            mention_log: Vec::new(),
        }
    }

    /// A new entity first mentioned by `m`, whose head has `words` words,
    /// filed under `key` (with its hash) if any.
    fn new_entity(
        &mut self,
        m: &Mention,
        kind: EntityKind,
        words: usize,
        key: Option<(u64, Key)>,
    ) -> usize {
        let (hash, key) = key.unzip();
        self.entities.push(Entity {
            name: m.head,
            words,
            kind,
            gender: m.gender,
            gender_from: (m.gender != 0).then_some(m.span),
            key: key.unwrap_or(Key {
                text: m.head,
                phrase: true,
            }),
            last_mention: None,
            roles: Vec::new(),
            last_any: 0,
            speaks: false,
            evidence: false,
            prev_same_key: NONE,
        });
        let id = self.entities.len() - 1;
        if let Some(hash) = hash {
            // Entity numbers fit in `u32`: at most one per name mention.
            if let Some(prev) = self.by_last.insert(hash, id as u32) {
                self.entities[id].prev_same_key = prev;
            }
        }
        id
    }

    /// The key of mention `m`, its hash, and the number of words of its
    /// head.
    fn key(&self, m: &Mention) -> (u64, Key, usize) {
        let text = self.text.as_bytes();
        let head = (m.head.start(), m.head.end());
        let words = words_of(text, head, None);
        let (hash, from) = name_key(text, head, m, words.last);
        (hash, Key::new(m, from), words.count)
    }

    /// The entities filed under `key`, whose hash is `hash`, newest first
    /// (those of the hash whose key is the same text), into `found` until
    /// it is full; how many.
    #[inline(always)]
    fn with_key(&self, hash: u64, key: Key, found: &mut [usize]) -> usize {
        let text = self.text.as_bytes();
        let mut next = self.by_last.get(&hash).copied().unwrap_or(NONE);
        let mut len = 0;
        while next != NONE && len < found.len() {
            crate::work::step();
            let e = &self.entities[next as usize];
            if e.key.same(key, text) {
                found[len] = next as usize;
                len += 1;
            }
            next = e.prev_same_key;
        }
        len
    }

    /// The newest entity filed under `key` (whose hash is `hash`), if any.
    fn newest_with_key(&self, hash: u64, key: Key) -> Option<usize> {
        let mut found = [0];
        (self.with_key(hash, key, &mut found) == 1).then_some(found[0])
    }

    /// The most recent entity a one-word name may refer to, if any.
    fn existing(&mut self, m: &Mention, hash: u64, key: Key) -> Option<usize> {
        let id = self.newest_with_key(hash, key)?;
        self.last_name = Some((m.span, id));
        Some(id)
    }

    /// The entity of a name, nominal or label mention.
    fn entity_of_name(&mut self, m: &Mention) -> usize {
        let (hash, key, n) = self.key(m);
        self.entity_of_name_with(m, hash, key, n)
    }

    /// [`Resolver::entity_of_name`] with the head's key (and its hash) and
    /// word count known.
    fn entity_of_name_with(&mut self, m: &Mention, hash: u64, key: Key, n: usize) -> usize {
        if let Some((span, id)) = self.last_name {
            if span == m.span {
                return id;
            }
        }
        let text = self.text.as_bytes();
        let indefinite = m.kind == MentionKind::Nominal
            && words(text, m.span.start(), m.span.end())
                .next()
                .is_some_and(|(s, e)| is_indefinite(&text[s..e]));
        // `the minister`, `the judge`: a role noun names a person; so does
        // a relation noun (`The son of one resident`, `his widow`).
        let role_noun = || {
            use crate::lexicon::{FEMALE, MALE, TITLE};
            words(text, m.head.start(), m.head.end())
                .last()
                .and_then(|(s, e)| std::str::from_utf8(&text[s..e]).ok())
                .is_some_and(|w| crate::lexicon::classes(w) & (TITLE | MALE | FEMALE) != 0)
        };
        let kind = match m.kind {
            MentionKind::Name | MentionKind::Label if !m.nonperson => EntityKind::Person,
            MentionKind::Nominal if !m.nonperson && role_noun() => EntityKind::Person,
            MentionKind::Nominal if !m.nonperson => EntityKind::Other,
            _ => EntityKind::Organization,
        };
        let found = if indefinite {
            None
        } else {
            // Bounded: the most recent same-key entities only, newest
            // first.
            let mut buf = [0usize; MAX_CANDIDATES];
            let len = self.with_key(hash, key, &mut buf);
            let ents = &self.entities;
            let cands = &buf[..len];
            if m.kind == MentionKind::Name && !m.nonperson && n >= 2 {
                let head = &self.text[m.head];
                // Same full name, else a surname-only entity to upgrade.
                cands
                    .iter()
                    .copied()
                    .find(|&e| self.text[ents[e].name].eq_ignore_ascii_case(head))
                    .or_else(|| cands.iter().copied().find(|&e| ents[e].words == 1))
                    .or_else(|| {
                        // A longer or shorter form of the same name.
                        cands.iter().copied().find(|&e| {
                            let a = &self.text[ents[e].name];
                            ends_with_ci(a, head) || ends_with_ci(head, a)
                        })
                    })
            } else {
                cands.iter().copied().max_by_key(|&e| ents[e].last_any)
            }
        };
        // `Ines said`, after `Ines Garcia`: a given name alone is the
        // recent person it begins, if only one.
        let found = found.or_else(|| {
            (m.kind == MentionKind::Name && !m.nonperson && n == 1)
                .then(|| self.by_given_name(m.head))
                .flatten()
        });
        // `Copper Kettle said`, after `Copper Kettle Foods Inc.`: an
        // untitled name that begins a recent organisation's name is its
        // short form.
        let found = found.or_else(|| {
            (m.kind == MentionKind::Name && !m.nonperson && m.gender == 0 && n >= 2)
                .then(|| self.by_org_prefix(m.head))
                .flatten()
        });
        // `the league confirmed`, after `the Western Hockey League`: a
        // definite organisation noun is the recent organisation whose name
        // it ends.
        let found = found.or_else(|| {
            (m.kind == MentionKind::Nominal && !indefinite)
                .then(|| self.named_organization(m))
                .flatten()
        });
        // `the judge said`, after `Judge Fiona Braithwaite`; `the
        // governor`, after `Gov. Ann Lee`: a definite role noun is the
        // recent person named with that title.
        let found = found.or_else(|| {
            (kind == EntityKind::Person && m.kind == MentionKind::Nominal && !indefinite)
                .then(|| self.titled_person(m))
                .flatten()
        });
        let id = match found {
            Some(id) => {
                let e = &mut self.entities[id];
                e.evidence |= m.gender != 0 || n >= 2;
                if n > e.words && m.kind == MentionKind::Name {
                    e.name = m.head;
                    e.words = n;
                }
                if e.gender == 0 && m.gender != 0 {
                    e.gender = m.gender;
                    e.gender_from = Some(m.span);
                }
                id
            }
            None => {
                // `n` is at most 255 for a name seen in narration.
                let words = match n {
                    ..=254 => n,
                    _ => words_of(text, (m.head.start(), m.head.end()), None).count,
                };
                let id = self.new_entity(m, kind, words, Some((hash, key)));
                self.entities[id].evidence = m.gender != 0 || n >= 2;
                id
            }
        };
        self.last_name = Some((m.span, id));
        id
    }

    /// The recent named organisation that the nominal `m` (`the league`,
    /// `the authority`) refers to: the latest whose name ends in its noun
    /// (`Western Junior Hockey League`). Only `the` and the noun make such
    /// a nominal (not `its parent company`, `the rival league`); a noun
    /// that no name ends in (`the company` after `Bramble Foods`) is left
    /// alone, as the latest organisation is often another (an outlet, a
    /// rival).
    fn named_organization(&self, m: &Mention) -> Option<usize> {
        let text = &self.text[m.span];
        let (det, rest) = text.split_once(' ')?;
        if !det.eq_ignore_ascii_case("the") || rest.contains(' ') {
            return None;
        }
        self.recent_any.iter().find(|&id| {
            let e = &self.entities[id];
            let name = &self.text[e.name];
            let named = name.as_bytes()[0].is_ascii_uppercase() && !name.starts_with("The ");
            e.kind == EntityKind::Organization
                && named
                && e.name != m.head
                && name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        })
    }

    /// The recent person whose name followed the title that the definite
    /// role noun `m` spells out: `the judge` for `Judge Fiona Braithwaite`,
    /// `the governor` for `Gov. Ann Lee` (a title, less its point, of three
    /// letters or more that begins the noun), `the vice president` for
    /// `Vice President Jo Roe` (a title of two words, both). Only `the` and
    /// the lowercase title (`the Florida senator`, `the former president`
    /// may be someone else), and only the latest person named in full.
    fn titled_person(&self, m: &Mention) -> Option<usize> {
        let text = &self.text[m.span];
        let mut words = text.split(' ');
        if !words.next()?.eq_ignore_ascii_case("the") {
            return None;
        }
        let nouns: Vec<&str> = words.collect();
        if !(1..=2).contains(&nouns.len())
            || nouns
                .iter()
                .any(|w| !w.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return None;
        }
        let is_title = |w: &str| crate::lexicon::classes(w) & crate::lexicon::TITLE != 0;
        // (Only the latest person named in full: `the senator` after `Sen.
        // Jo Roe` and then `Ted Lee` may be Ted Lee.)
        let id = self.recent_any.iter().find(|&id| {
            let e = &self.entities[id];
            e.kind == EntityKind::Person && e.words >= 2
        })?;
        Some(id).filter(|&id| {
            let e = &self.entities[id];
            let mut before = self.text[..e.name.start()]
                .trim_end_matches(' ')
                .rsplit([' ', '\n'])
                .map(|w| w.trim_end_matches('.'));
            let t1 = before.next().unwrap_or("");
            let t0 = before.next().unwrap_or("");
            let spells = |noun: &str, title: &str| {
                title.len() >= 3
                    && title.as_bytes()[0].is_ascii_uppercase()
                    && noun.len() >= title.len()
                    && noun.as_bytes()[..title.len()].eq_ignore_ascii_case(title.as_bytes())
            };
            let compound =
                t0.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && is_title(t0);
            match (nouns.as_slice(), compound) {
                ([noun], false) => spells(noun, t1),
                ([first, noun], true) => first.eq_ignore_ascii_case(t0) && spells(noun, t1),
                _ => false,
            }
        })
    }

    /// The one recent person of several words whose name begins with the
    /// word `head`, if exactly one.
    fn by_given_name(&self, head: Span) -> Option<usize> {
        let w = &self.text[head];
        let mut found = None;
        for id in self.recent_any.iter() {
            let e = &self.entities[id];
            let name = &self.text[e.name];
            let first = name.split(' ').next().unwrap_or("");
            if e.kind == EntityKind::Person && e.words >= 2 && first.eq_ignore_ascii_case(w) {
                if found.is_some_and(|f| f != id) {
                    return None;
                }
                found = Some(id);
            }
        }
        found
    }

    /// The recent company whose name is the name `head` followed by at
    /// most [`MAX_ORG_SUFFIX_WORDS`] capitalised words, the last a
    /// company's suffix ([`List::CompanySuffix`]): `Copper Kettle` of
    /// `Copper Kettle Foods Inc`, not `Ann Roe` of `Ann Roe White House`.
    fn by_org_prefix(&self, head: Span) -> Option<usize> {
        let w = &self.text[head];
        self.recent_any.iter().find(|&id| {
            let e = &self.entities[id];
            let name = &self.text[e.name];
            e.kind == EntityKind::Organization
                && name.len() > w.len()
                && name.is_char_boundary(w.len())
                && name[..w.len()].eq_ignore_ascii_case(w)
                && name[w.len()..].starts_with(' ')
                && {
                    let rest = &name[w.len()..];
                    let words = rest.split_whitespace();
                    let suffix = words.clone().last().unwrap_or("").trim_end_matches('.');
                    words.clone().count() <= MAX_ORG_SUFFIX_WORDS
                        && words
                            .into_iter()
                            .all(|word| word.starts_with(char::is_uppercase))
                        && key_in(suffix.as_bytes(), 0, suffix.len()).is_some_and(|k| {
                            default_lexicon().lists(k) & List::CompanySuffix.bit() != 0
                        })
                }
        })
    }

    /// The one recent person whose name's initials are the label `head`
    /// (`NG` for Natasha Gownaris), if exactly one.
    fn by_initials(&self, head: Span) -> Option<usize> {
        let w = &self.text[head];
        if !(2..=4).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let mut found = None;
        for id in self.recent_any.iter() {
            let e = &self.entities[id];
            let initials = self.text[e.name]
                .split(' ')
                .filter_map(|word| word.chars().next())
                .filter(|c| c.is_uppercase());
            if e.kind == EntityKind::Person && e.words >= 2 && initials.eq(w.chars()) {
                if found.is_some_and(|f| f != id) {
                    return None;
                }
                found = Some(id);
            }
        }
        found
    }

    /// The antecedent of a pronoun at byte `at`: the most recent compatible
    /// entity (events arrive in document order, so every listed mention
    /// precedes it), a subject before any other mention.
    ///
    /// Never back across someone else's quotation: after a direct
    /// quotation by another entity that starts before the pronoun, a
    /// subject mentioned only before that quotation gives way to an
    /// agreeing person mentioned since (`he` and `she` only: `it` and
    /// `they` would find places) (`Tom Hale opened the meeting.
    /// “We are broke,” Ms Lee said, turning to treasurer Bob Ray. “Not
    /// yet,” he said.` → Bob Ray). With no one agreeing named since, the
    /// pronoun still reaches back.
    fn antecedent(&self, p: Pronoun, at: usize) -> Option<usize> {
        // (`A former engineer, who asked not to be named, said …. “…,” she
        // said.`: a speaker described by `a` and a singular noun, the
        // anonymous source, is a person too; not `the title`.)
        let person = |e: &Entity| {
            let name = &self.text[e.name];
            e.kind == EntityKind::Person
                || (e.kind == EntityKind::Other
                    && e.speaks
                    && !name.ends_with('s')
                    && name
                        .split(' ')
                        .next()
                        .is_some_and(|w| is_indefinite(w.as_bytes())))
        };
        let want = |e: &Entity| match p {
            Pronoun::He => person(e) && e.evidence && e.gender >= 0,
            Pronoun::She => person(e) && e.evidence && e.gender <= 0,
            Pronoun::It => e.kind == EntityKind::Organization,
            Pronoun::They => e.kind != EntityKind::Person,
            _ => false,
        };
        let find = |list: &Recent| list.iter().find(|&i| want(&self.entities[i]));
        let salient = find(&self.recent_salient);
        if let (Some(a), Some((by, start))) = (salient, self.last_direct) {
            let since = |i: usize| self.entities[i].last_any > start + 1;
            if matches!(p, Pronoun::He | Pronoun::She) && by != a && start < at && !since(a) {
                let nearer = self
                    .recent_any
                    .iter()
                    .find(|&i| since(i) && want(&self.entities[i]));
                if nearer.is_some() {
                    return nearer;
                }
            }
        }
        salient.or_else(|| find(&self.recent_any))
    }

    /// Records a mention of entity `id`, with no effect on which entities
    /// a pronoun may mean.
    fn log_mention(&mut self, id: usize, span: Span) {
        let e = &mut self.entities[id];
        // (A mention before the latest one is one logged already: `Jo Roe,
        // who told …, said …` logs `Jo Roe`, then `who`, then `Jo Roe`
        // again as the second cue's speaker.)
        if e.last_mention
            .is_none_or(|l| span != l && span.start() >= l.start())
        {
            e.last_mention = Some(span);
            self.mention_log
                .push([id as u32, span.start() as u32, span.end() as u32]);
        }
        e.last_any = e.last_any.max(span.start() + 1);
    }

    fn touch(&mut self, id: usize, span: Span, salient: bool) {
        self.log_mention(id, span);
        if salient {
            self.recent_salient.touch(id);
        }
        self.recent_any.touch(id);
    }
}

enum Event<'b> {
    Name(&'b NameMention),
    Speaker(usize),
}

/// Resolves speakers and builds the output quotations and entities.
pub(crate) fn resolve<'a>(
    text: &'a str,
    attributions: &[Attribution],
    names: Vec<NameMention>,
) -> (Vec<Quote<'a>>, Vec<Speaker<'a>>) {
    let mut r = Resolver::new(text);
    // `Her husband, Leo, …`: a relation noun in apposition shows the
    // gender (and that a lone given name is a person's).
    // And a name in apposition to a description that opens its sentence
    // is its subject (`The city’s mayor, Petra Lind, closed …`).
    let mut names = names;
    for n in &mut names {
        if n.flags & (NONPERSON | PRONOUN) != 0 || !text[..n.start as usize].ends_with([' ', '\n'])
        {
            continue;
        }
        let Some((d, opens)) = description_before(text, n.start as usize) else {
            continue;
        };
        if opens {
            // (Of a person: its noun is a role or a relation.)
            let noun = d.rsplit(' ').next().unwrap_or("");
            let c = crate::lexicon::classes(noun);
            // (Or a role before a name, `The Civic candidate, Owen Pike,`.)
            let role = key_in(noun.as_bytes(), 0, noun.len())
                .is_some_and(|k| default_lexicon().lists(k) & List::NameRole.bit() != 0);
            if role
                || c & (crate::lexicon::TITLE | crate::lexicon::MALE | crate::lexicon::FEMALE) != 0
            {
                n.flags |= SUBJECT;
            }
        }
        if n.gender == 0 {
            n.gender = description_gender(text, d).map_or(0, |(g, _)| g);
        }
    }
    // `The Bishop of Dunmore, the Rt Rev Hugh Tallis, led …`: a title of a
    // place, then its holder's name in apposition: the name is the
    // subject.
    for k in 1..names.len() {
        let (a, b) = (&names[k - 1], &names[k]);
        if a.is_pronoun() || b.is_pronoun() || a.flags & SUBJECT == 0 {
            continue;
        }
        let a_end = a.start as usize + usize::from(a.len);
        let b_end = b.start as usize + usize::from(b.len);
        let gap = text.get(a_end..b.start as usize).unwrap_or("");
        if title_of_place(text, a.mention().head)
            && (gap == ", " || gap.eq_ignore_ascii_case(", the "))
            && text[b_end..].starts_with(',')
        {
            names[k - 1].flags &= !SUBJECT;
            names[k].flags |= SUBJECT;
        }
    }
    // Events in document order, merged from two sorted streams: narration
    // names (already in order) and speaker mentions (sorted here); at equal
    // offsets the name comes first.
    let mut speakers_at: Vec<(usize, usize)> = attributions
        .iter()
        .enumerate()
        .filter_map(|(k, a)| a.speaker.map(|m| (m.span.start(), k)))
        .collect();
    // Nearly in order already (attributions come sorted by their content,
    // and a speaker is mostly next to it): the standard sort finds the
    // runs and merges them, where a quicksort would start from scratch.
    // The pairs are all distinct, so the order is the same either way.
    speakers_at.sort();
    let mut entity_of: Vec<Option<usize>> = vec![None; attributions.len()];
    let mut ni = 0;
    let mut si = 0;
    while ni < names.len() || si < speakers_at.len() {
        crate::work::step();
        let name_first = match (names.get(ni), speakers_at.get(si)) {
            (Some(n), Some(&(at, _))) => (n.start as usize) <= at,
            (Some(_), None) => true,
            _ => false,
        };
        let ev = if name_first {
            ni += 1;
            let n = &names[ni - 1];
            // A pronoun that is a speaker's mention is resolved as one.
            if n.is_pronoun()
                && speakers_at
                    .get(si)
                    .is_some_and(|&(at, _)| at == n.start as usize)
            {
                continue;
            }
            Event::Name(n)
        } else {
            si += 1;
            Event::Speaker(speakers_at[si - 1].1)
        };
        match ev {
            Event::Name(n) if n.is_pronoun() => {
                // `She started in 2015.`: the person it means is a woman,
                // and still the one a later pronoun means.
                // Only when sure: the entity is known to agree, or is the
                // one person named lately who may (`She did …, he said`
                // after two men named is no evidence either is a woman).
                let p = if n.gender > 0 {
                    Pronoun::He
                } else {
                    Pronoun::She
                };
                let at = n.start as usize;
                let sure = |r: &Resolver, id: usize| {
                    r.entities[id].gender == n.gender
                        || r.recent_any
                            .iter()
                            .filter(|&i| {
                                let e = &r.entities[i];
                                e.kind == EntityKind::Person && e.gender * n.gender >= 0
                            })
                            .take(2)
                            .count()
                            == 1
                };
                if let Some(id) = r.antecedent(p, at).filter(|&id| sure(&r, id)) {
                    let e = &mut r.entities[id];
                    if e.gender == 0 {
                        e.gender = n.gender;
                        e.gender_from = Some(Span::new(at, at + usize::from(n.len)));
                    }
                    e.last_any = e.last_any.max(at + 1);
                    r.recent_salient.touch(id);
                    r.recent_any.touch(id);
                }
            }
            Event::Name(n) => {
                let m = n.mention();
                // A lone untitled word (`Norway`, `Roe`) only refreshes an
                // entity already known; it founds none (most are places).
                // (A titled one, `President Karlsson`, is a person's.)
                let lone = m.gender == 0 && n.words == 1 && !n.titled();
                let (hash, key) = (n.hash(), n.key(&m));
                let id = if lone {
                    r.existing(&m, hash, key)
                } else {
                    Some(r.entity_of_name_with(&m, hash, key, usize::from(n.words)))
                };
                if let Some(id) = id {
                    // (A title shows a person.)
                    r.entities[id].evidence |= n.titled() && !n.nonperson();
                    if n.addressee() {
                        // Named, but no antecedent for the speaker's
                        // pronoun (`Speaking to Jo Roe, he said`).
                        r.log_mention(id, m.span);
                    } else {
                        r.touch(id, m.span, n.subject());
                    }
                }
            }
            Event::Speaker(k) => {
                let m = attributions[k]
                    .speaker
                    .expect("speaker events have speakers");
                // (`his claim that …`: a possessive owner is weaker
                // evidence than a subject, of gender and of salience.)
                let possessive = matches!(m.kind, MentionKind::Pronoun(_))
                    && key_in(text.as_bytes(), m.span.start(), m.span.end())
                        .is_some_and(|k| default_lexicon().possessive(k).is_some());
                let id = match m.kind {
                    MentionKind::Pronoun(p) => match r.antecedent(p, m.span.start()) {
                        Some(id) if possessive => id,
                        Some(id) => {
                            let e = &mut r.entities[id];
                            let gender = match p {
                                Pronoun::He => 1,
                                Pronoun::She => -1,
                                _ => 0,
                            };
                            if e.gender == 0 && gender != 0 {
                                e.gender = gender;
                                e.gender_from = Some(m.span);
                            }
                            id
                        }
                        // A pronoun that finds no entity: one unknown
                        // speaker per pronoun, not one per mention.
                        None => match r.unknown[p as usize] {
                            Some(id) => id,
                            None => {
                                let head = (m.head.start(), m.head.end());
                                let words = words_of(text.as_bytes(), head, None).count;
                                let id = r.new_entity(&m, EntityKind::Unknown, words, None);
                                r.unknown[p as usize] = Some(id);
                                id
                            }
                        },
                    },
                    // `A:` in an interview: the person it introduces,
                    // the latest salient one before the first answer.
                    MentionKind::Label if &text[m.head] == "A" => match r.answerer {
                        Some(id) => id,
                        None => {
                            let subject = r.recent_salient.iter().find(|&i| {
                                let e = &r.entities[i];
                                e.kind == EntityKind::Person && e.evidence
                            });
                            let id = subject.unwrap_or_else(|| r.entity_of_name(&m));
                            r.answerer = Some(id);
                            id
                        }
                    },
                    MentionKind::Label => {
                        let (hash, key, n) = r.key(&m);
                        let known = r.newest_with_key(hash, key);
                        // `NG:` after `Natasha Gownaris`: initials.
                        let known = known.or_else(|| r.by_initials(m.head));
                        known.unwrap_or_else(|| r.entity_of_name_with(&m, hash, key, n))
                    }
                    // `The town’s mayor, Petra Lind, …`, `The Archdeacon
                    // of Hale, the Ven Clare Mund, …`: the name in
                    // apposition.
                    MentionKind::Nominal | MentionKind::Name
                        if m.kind == MentionKind::Nominal || title_of_place(text, m.head) =>
                    {
                        match in_apposition(text, &names, m.span) {
                            Some(n) => {
                                let nm = n.mention();
                                let id = r.entity_of_name_with(
                                    &nm,
                                    n.hash(),
                                    n.key(&nm),
                                    usize::from(n.words),
                                );
                                r.entities[id].roles.push(m.span);
                                id
                            }
                            None => {
                                let id = r.entity_of_name(&m);
                                // `Her husband said`: the relation noun
                                // shows the gender a later pronoun needs.
                                let e = &mut r.entities[id];
                                if m.kind == MentionKind::Nominal && e.gender == 0 {
                                    if let Some((g, noun)) = description_gender(text, &text[m.span])
                                    {
                                        e.gender = g;
                                        e.gender_from = Some(noun);
                                    }
                                }
                                id
                            }
                        }
                    }
                    _ => r.entity_of_name(&m),
                };
                if attributions[k].kind == QuoteKind::Direct {
                    r.last_direct = Some((id, attributions[k].content.start()));
                }
                r.touch(id, m.span, !possessive);
                // `Jo Roe, who said`: `who` is the mention that licenses
                // the attribution, and one of the entity's.
                if let Some(w) = relative_who(text, m.span, attributions[k].cue) {
                    r.log_mention(id, w);
                }
                if let Some(role) = m.role {
                    r.entities[id].roles.push(role);
                }
                r.entities[id].speaks = true;
                r.entities[id].evidence |= !matches!(m.kind, MentionKind::Pronoun(_));
                entity_of[k] = Some(id);
            }
        }
    }
    // The name records are done with: free them before the output is
    // built, which lowers the peak memory of long texts.
    drop(names);
    // Number the speaking entities in order of first attribution.
    let mut public: Vec<Option<usize>> = vec![None; r.entities.len()];
    let mut speakers: Vec<Speaker<'a>> = Vec::new();
    let mut quotes = Vec::with_capacity(attributions.len());
    for (k, a) in attributions.iter().enumerate() {
        let speaker = match (a.speaker, entity_of[k]) {
            (Some(m), Some(id)) => {
                let pid = *public[id].get_or_insert_with(|| {
                    let e = &r.entities[id];
                    speakers.push(Speaker {
                        id: SpeakerId::new(speakers.len()),
                        name: Cow::Borrowed(&text[e.name]),
                        kind: e.kind,
                        mentions: Vec::new(),
                        roles: e.roles.iter().map(|&s| Snippet::new(text, s)).collect(),
                        gender: match (e.kind, e.gender) {
                            (EntityKind::Person, 1) => Gender::Male,
                            (EntityKind::Person, -1) => Gender::Female,
                            _ => Gender::Unknown,
                        },
                        // (A name in apposition: the relation noun.)
                        gender_evidence: e
                            .gender_from
                            .filter(|_| e.kind == EntityKind::Person && e.gender != 0)
                            .map(|s| {
                                let noun = appositive_gender(text, s.start()).map(|(_, n)| n);
                                Snippet::new(text, noun.unwrap_or(s))
                            }),
                    });
                    speakers.len() - 1
                });
                Some(QuoteSpeaker::new(
                    &text[r.entities[id].name],
                    pid,
                    // (Found again rather than kept: a record per
                    // quotation costs memory on long texts.)
                    Snippet::new(text, relative_who(text, m.span, a.cue).unwrap_or(m.span)),
                ))
            }
            _ => None,
        };
        let confidence = match &a.speaker {
            Some(m)
                if matches!(m.kind, MentionKind::Pronoun(_))
                    && entity_of[k].is_some_and(|id| {
                        matches!(r.entities[id].kind, EntityKind::Other | EntityKind::Unknown)
                    }) =>
            {
                a.confidence * 0.8
            }
            _ => a.confidence,
        };
        quotes.push(Quote {
            kind: a.kind,
            text: Cow::Borrowed(&text[a.content]),
            span: a.content,
            speaker,
            cue: a.cue.map(|c| Snippet::new(text, c)),
            rule: a.rule,
            confidence: confidence.clamp(0.0, 1.0),
            mark_style: a.style,
            act: a.act,
        });
    }
    // Each speaker's mentions, in document order.
    for &[id, start, end] in &r.mention_log {
        if let Some(pid) = public[id as usize] {
            let span = Span::new(start as usize, end as usize);
            speakers[pid].mentions.push(Snippet::new(text, span));
        }
    }
    (quotes, speakers)
}

/// The most words of a description before a name in apposition (`The
/// victim’s eldest daughter, Ruth Pell`).
const MAX_APPOSITION_WORDS: usize = 6;

/// How far back [`description_before`] looks for the start of the
/// description, in bytes.
const MAX_APPOSITION_BYTES: usize = 120;

/// The description before a comma and the name at byte `start` (`Her
/// husband, Leo`): its words, when it opens with a determiner or a
/// possessive (`the`, `her`) after the start of its clause, and whether it
/// opens its sentence (the name is then the subject).
fn description_before(text: &str, start: usize) -> Option<(&str, bool)> {
    // (Most names follow no comma: one look at the bytes before them; a
    // character beyond ASCII, a no-break space perhaps, takes the full
    // test.)
    let bytes = text.as_bytes().get(..start)?;
    let last = bytes.iter().rposition(|b| !b.is_ascii_whitespace())?;
    if bytes[last].is_ascii() && bytes[last] != b',' {
        return None;
    }
    let before = text.get(..start)?.trim_end();
    let before = before.strip_suffix(',')?;
    // Bounded: a look back over a few words, never the whole text.
    let mut lo = before.len().saturating_sub(MAX_APPOSITION_BYTES);
    while !before.is_char_boundary(lo) {
        lo -= 1;
    }
    let boundary = |c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '\n' | '“' | '”' | '"' | '(' | ')'
        )
    };
    let (from, opens) = match before[lo..].rfind(boundary) {
        Some(k) => {
            let c = before[lo + k..].chars().next()?;
            (lo + k + c.len_utf8(), matches!(c, '.' | '!' | '?' | '\n'))
        }
        None if lo == 0 => (0, true),
        None => return None,
    };
    let d = before[from..].trim();
    let first = d.split_whitespace().next()?;
    let n = d.split_whitespace().count();
    (n <= MAX_APPOSITION_WORDS && crate::lexicon::is_determiner(first)).then_some((d, opens))
}

/// The gender a relation noun shows for the name at byte `start` that
/// stands in apposition after it (`Her husband, Leo`, `The patient’s
/// daughter, Ruth Pell`: [`List::MaleTitle`] and [`List::FemaleTitle`]
/// words), with the noun; `None` when no such noun, or both, come before
/// `of` among the words that own nothing (`The son’s lawyer` is no man).
fn appositive_gender(text: &str, start: usize) -> Option<(i8, Span)> {
    description_gender(text, description_before(text, start)?.0)
}

/// The gender the description `d` (a slice of `text`) shows, with its
/// noun: see [`appositive_gender`].
fn description_gender(text: &str, d: &str) -> Option<(i8, Span)> {
    let base = d.as_ptr() as usize - text.as_ptr() as usize;
    let mut found: Option<(i8, Span)> = None;
    for w in d.split_whitespace() {
        if w.eq_ignore_ascii_case("of") {
            break;
        }
        let owner = w.ends_with("’s") || w.ends_with("'s") || w.ends_with('’') || w.ends_with('\'');
        let c = crate::lexicon::classes(w);
        let g = if c & crate::lexicon::MALE != 0 {
            1
        } else if c & crate::lexicon::FEMALE != 0 {
            -1
        } else {
            0
        };
        if owner || g == 0 {
            continue;
        }
        if found.is_some_and(|(f, _)| f != g) {
            return None;
        }
        let at = base + (w.as_ptr() as usize - d.as_ptr() as usize);
        found = Some((g, Span::new(at, at + w.len())));
    }
    found
}

/// Whether the name head `head` is a title of a place with no name after
/// it (`Bishop of Dunmore`, `Archdeacon of Hale`): its holder is named
/// apart.
fn title_of_place(text: &str, head: Span) -> bool {
    let head = &text[head];
    head.contains(" of ")
        && head
            .split(' ')
            .next()
            .is_some_and(|w| crate::lexicon::classes(w) & crate::lexicon::TITLE != 0)
}

/// The most bytes between the comma after a description and the name in
/// apposition to it (`, retired nurse `).
const MAX_APPOSITION_GAP: usize = 40;

/// The most words a description's coordinated second noun has (`Her
/// husband and business partner, Sam Lund`).
const MAX_COORDINATED_WORDS: usize = 3;

/// The name in apposition right after the description `m` (`The town’s
/// mayor, Petra Lind, said`; `Her husband and business partner, Sam Lund,`),
/// among the narration `names` (in document order): it follows a comma,
/// and a comma follows it.
fn in_apposition<'n>(text: &str, names: &'n [NameMention], m: Span) -> Option<&'n NameMention> {
    let k = names.partition_point(|n| (n.start as usize) < m.end());
    let n = names.get(k).filter(|n| !n.is_pronoun())?;
    let gap = text.get(m.end()..n.start as usize)?;
    // `and co-director`: lowercase words joined to the description.
    let gap = match gap.strip_prefix(" and ") {
        Some(rest) => {
            // (Bounded: a few words, never the rest of the text.)
            let (comma, _) = rest.char_indices().take(64).find(|&(_, c)| c == ',')?;
            let words = &rest[..comma];
            let lower = words
                .split(' ')
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'));
            if !lower || words.split(' ').count() > MAX_COORDINATED_WORDS {
                return None;
            }
            &rest[comma..]
        }
        None => gap,
    };
    let gap = gap.strip_prefix(',')?;
    let end = n.start as usize + usize::from(n.len);
    // `, the`, or a short description before the name (`, retired nurse
    // Alma Tuck,`): lowercase words, none a function word.
    let described = || {
        let words = gap.split_whitespace();
        gap.len() <= MAX_APPOSITION_GAP
            && words.clone().count() <= MAX_APPOSITION_WORDS
            && words.into_iter().all(|w| {
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && crate::lexicon::classes(w) & crate::lexicon::FUNCTION == 0
            })
    };
    let ok = !gap.is_empty()
        && gap.starts_with(' ')
        && (gap.trim().is_empty() || gap.trim().eq_ignore_ascii_case("the") || described())
        // (A comma after the name, or the sentence's end: `according to
        // its owner, Greenline Events.`)
        && text
            .get(end..)
            .is_some_and(|rest| rest.starts_with(',') || rest.starts_with(". ") || rest == "." || rest.starts_with(".\n"));
    ok.then_some(n)
}

/// The most words between a relative `who` and the cue it is the subject
/// of (`who has long argued`).
const MAX_WHO_GAP_WORDS: usize = 4;

/// `Jo Roe, who said …`: the `who` after the speaker's mention `m` whose
/// verb is the cue, the mention that licenses the attribution (the speaker
/// is still the entity `m` names). `None` when the relative clause ends
/// before the cue (`Jo Roe, who was in Leeds, said`).
fn relative_who(text: &str, m: Span, cue: Option<Span>) -> Option<Span> {
    let cue = cue?;
    let between = text.get(m.end()..cue.start())?;
    let rest = between.trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    // (`the union, which said`, `the audit -- which notes`: a `which`
    // after a comma or a dash too.)
    let rest = rest.trim_start_matches(['-', '–', '—']).trim_start();
    let (gap, len) = match rest.strip_prefix("who") {
        Some(gap) => (gap, 3),
        None => (rest.strip_prefix("which")?, 5),
    };
    // Only auxiliaries and adverbs stand between (`who has long argued`):
    // `Residents who live near the plant said` is a clause of its own,
    // and the subject of the cue is the phrase before it.
    let adverbial = |w: &str| {
        w.ends_with("ly")
            || key_in(w.as_bytes(), 0, w.len()).is_some_and(|k| {
                let lists = default_lexicon().lists(k);
                lists & (List::Auxiliary.bit() | List::Adjunct.bit() | List::VerbGap.bit()) != 0
            })
    };
    if !gap.starts_with(char::is_whitespace)
        || gap.contains(|c: char| !(c.is_alphanumeric() || c.is_whitespace() || c == '-'))
        || gap.split_whitespace().count() > MAX_WHO_GAP_WORDS
        || !gap.split_whitespace().all(adverbial)
    {
        return None;
    }
    let start = cue.start() - gap.len() - len;
    Some(Span::new(start, start + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_relative_who_before_its_cue_is_the_mention() {
        let text = "Jo Roe, who has long argued it, won. Al Day, who won, said so.";
        let cue = |w: &str| text.find(w).map(|s| Span::new(s, s + w.len()));
        let who = relative_who(text, Span::new(0, 6), cue("argued"));
        assert_eq!(who.map(|s| &text[s]), Some("who"));
        assert_eq!(who.map(|s| s.start()), Some(8));
        // The clause ends at a comma before the cue; no cue; no `who`.
        assert_eq!(relative_who(text, Span::new(37, 43), cue("said")), None);
        assert_eq!(relative_who(text, Span::new(0, 6), None), None);
        assert_eq!(relative_who(text, Span::new(8, 11), cue("argued")), None);
    }

    #[test]
    fn a_relative_which_after_a_comma_or_a_dash_is_the_mention() {
        let text = "The union, which said so, won. The audit -- which notes it -- is out.";
        let cue = |w: &str| text.find(w).map(|s| Span::new(s, s + w.len()));
        let which = relative_who(text, Span::new(0, 9), cue("said"));
        assert_eq!(which.map(|s| &text[s]), Some("which"));
        assert_eq!(which.map(|s| s.start()), Some(11));
        let which = relative_who(text, Span::new(31, 40), cue("notes"));
        assert_eq!(which.map(|s| &text[s]), Some("which"));
        // Another word between the phrase and `which`: none.
        assert_eq!(relative_who(text, Span::new(4, 9), cue("notes")), None);
    }

    #[test]
    fn a_speaker_of_two_cues_around_a_relative_who_is_logged_once() {
        let text = "Ada Quist, who told reporters the vote would pass, said: “It is fair.”";
        let doc = crate::parse(text);
        assert_eq!(doc.quotes().len(), 2);
        let mentions: Vec<_> = doc.speakers()[0]
            .mentions()
            .iter()
            .map(|m| (m.text(), m.span().start()))
            .collect();
        assert_eq!(mentions, [("Ada Quist", 0), ("who", 11)]);
    }

    /// The speaker's name of each quotation of `text`.
    fn speakers_of(text: &str) -> Vec<Option<String>> {
        crate::parse(text)
            .quotes()
            .iter()
            .map(|q| q.speaker().map(|s| s.name().to_string()))
            .collect()
    }

    #[test]
    fn a_town_and_its_region_inside_an_insertion_are_no_speaker() {
        // (The insertion ends with a short phrase of time after the
        // region; the speaker is the name that opens the sentence.)
        let text = "Ann Lee, who lost her home in the flood in Riverton, \
                    Ostland, in May 2012, said the town was not ready.\n";
        let s = speakers_of(text);
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].as_deref(), Some("Ann Lee"), "{s:?}");
    }

    #[test]
    fn a_span_of_time_before_the_cue_is_no_speaker() {
        // (`two weeks ago`, `in the past`, `in recent weeks` stand between
        // the subject and its verb; the subject is the phrase before.)
        for text in [
            "The ministry less than two weeks ago said the dam was safe.\n",
            "The ministry two weeks ago said the dam was safe.\n",
            "The ministry's engineers have in the past said the dam was safe.\n",
            "The ministry in recent weeks has said the dam was safe.\n",
            "The ministry over the past year has said the dam was safe.\n",
        ] {
            let s = speakers_of(text);
            assert_eq!(s.len(), 1, "{text}: {s:?}");
            assert!(
                s[0].as_deref().is_some_and(|n| n.contains("ministry")),
                "{text}: {s:?}"
            );
        }
    }

    #[test]
    fn a_name_after_a_role_in_apposition_opening_the_sentence_is_its_subject() {
        // (`He` is the candidate named after `The Civic candidate,`, not
        // the councillor quoted before, whose gender no pronoun showed.)
        let text = "Cllr Dana Moor said the count was fair.\n\n\
                    The Civic candidate, Owen Pike, came third. \
                    He said he was pleased.\n";
        let s = speakers_of(text);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].as_deref(), Some("Owen Pike"), "{s:?}");
    }

    #[test]
    fn a_relation_noun_speaker_has_its_gender() {
        // (`she` after `Her husband said` is the woman quoted before him,
        // not the husband.)
        let text = "“They looked after her,” Dina Cole said. \
                    Her husband said the couple had left early.\n\n\
                    “I told him to stay,” she joked.\n";
        let s = speakers_of(text);
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[2], s[0], "{s:?}");
        assert_ne!(s[1], s[0], "{s:?}");
    }

    #[test]
    fn a_relation_noun_is_a_person_for_a_pronoun() {
        // (`he` is not the woman named before the son.)
        let text = "Nora Vale stole from the home. She was jailed. \
                    The nephew of one resident, who died in May, said his aunt had gone hungry. \
                    ‘She never complained,’ he said.";
        let s = speakers_of(text);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1], s[0], "{s:?}");
    }

    #[test]
    fn a_name_after_a_fronted_phrase_with_a_participle_is_the_subject() {
        // (The name after `In a video posted online,` opens the main
        // clause: the `she` of its paragraph, not the company before.)
        for fronted in ["In a video posted online", "In a message on its website"] {
            let text = format!(
                "Pebble Toys is recalling 10,000 watches, the company said.\n\n\
                 {fronted}, CEO Dana Imre apologized to families. \
                 \"We are sorry,\" she said.\n"
            );
            let s = speakers_of(&text);
            assert_eq!(
                s.last(),
                Some(&Some("Dana Imre".to_string())),
                "{text}: {s:?}"
            );
        }
    }

    #[test]
    fn a_month_can_be_a_given_name() {
        // (`April`, `June`, `August` open many names: before a surname, at
        // the head of a phrase, the month is the person's given name.)
        for name in ["June Pell", "April Dunmore", "August Kerr"] {
            let text = format!(
                "Late in the set, {name} stopped and looked out at the crowd.\n\n\
                 She told me she had nearly quit in 2020.\n"
            );
            assert_eq!(speakers_of(&text), [Some(name.to_string())], "{text}");
        }
        // (A date is no name.)
        let text = "In June Ann Roe left the band. She said she was tired.";
        assert_eq!(speakers_of(text), [Some("Ann Roe".to_string())]);
    }

    #[test]
    fn a_byline_is_no_antecedent() {
        // (The writer named in a byline, with or without a line for the
        // writer's desk, is never the `she` of the story.)
        for byline in [
            "By Devin Ashcombe",
            "By Devin Ashcombe\nFood Writer",
            "BY DEVIN ASHCOMBE, Staff Reporter",
        ] {
            let text = format!(
                "Bakery doubles its output\n\n{byline}\n\n\
                 HARLOW — The first loaf that Marta Quill ever sold was burnt on one side, \
                 she says.\n\n“I sold it anyway,” she said.\n"
            );
            let s = speakers_of(&text);
            assert_eq!(s.len(), 2, "{text}: {s:?}");
            assert!(
                s.iter().all(|n| n.as_deref() == Some("Marta Quill")),
                "{text}: {s:?}"
            );
        }
        // (A sentence that opens with `By` and a name is narration.)
        let text = "By Friday Tom Rudd had left. “I was done,” he said.";
        assert_eq!(speakers_of(text), [Some("Tom Rudd".to_string())]);
    }

    #[test]
    fn a_title_after_the_makes_a_person() {
        // (`the Rev`, `the Hon`: a title that takes `the` before a full
        // name, unlike `the Treasury`.)
        for title in ["The Rev", "The Hon", "The Rt Rev"] {
            let text = format!(
                "{title} Clara Mund, who leads the parish, said the closure was painful. \
                 “It is a loss,” she said."
            );
            let s = speakers_of(&text);
            assert_eq!(s.len(), 2, "{text}: {s:?}");
            assert!(
                s.iter().all(|n| n.as_deref() == Some("Clara Mund")),
                "{text}: {s:?}"
            );
        }
        let text = "The Rowan Trust said the closure was painful. “It is a loss,” it said.";
        let s = speakers_of(text);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].as_deref(), Some("Rowan Trust"), "{s:?}");
    }

    #[test]
    fn a_subject_pronoun_in_narration_shows_the_gender() {
        // (`She started` shows Rosa Delane is a woman, so `He` is the man
        // named since.)
        let text = "Rosa Delane makes candles. She started in 2015.\n\n\
                    Delane founded the firm with her cousin, Piet Garvey, a former carpenter \
                    who now runs the workshop. He recalled that the two of them sold candles \
                    at fairs out of a van.";
        assert_eq!(speakers_of(text), [Some("Piet Garvey".to_string())]);
        // (And `He` in narration is the salient man: the speaker after it
        // is no woman named before.)
        let text = "Ines Varga opened the hearing. Tom Brill spoke next. He was angry.\n\n\
                    “This is a scandal,” he said.";
        assert_eq!(speakers_of(text), [Some("Tom Brill".to_string())]);
    }

    #[test]
    fn a_short_form_of_an_organisation_is_the_organisation() {
        // (`Copper Kettle` is the company, so `she` is the woman.)
        let text = "Lena Brandt runs Copper Kettle Foods Inc., which sold $9 million of jam \
                    last year. Copper Kettle now sells in 300 shops.\n\n\
                    “We never advertise,” she said.";
        assert_eq!(speakers_of(text), [Some("Lena Brandt".to_string())]);
        let text = "Copper Kettle Foods Inc. sold $9 million of jam. \
                    Copper Kettle said sales had doubled.";
        assert_eq!(
            speakers_of(text),
            [Some("Copper Kettle Foods Inc".to_string())]
        );
        // (A titled person is no company's short form.)
        let text = "The Lena Brandt Foundation gave $2 million. \
                    Ms Lena Brandt said the gift was overdue.";
        assert_eq!(speakers_of(text), [Some("Lena Brandt".to_string())]);
    }

    #[test]
    fn a_name_in_apposition_after_a_role_is_the_speaker() {
        for (text, want) in [
            // (A descriptor before the name in apposition.)
            (
                "The car’s owner, retired nurse Alma Tuck, said she had left the keys inside.",
                "Alma Tuck",
            ),
            // (An organisation in apposition, at the end of the sentence.)
            (
                "Tickets will be refunded, according to the festival’s organiser, Greenline Events.",
                "Greenline Events",
            ),
            (
                "A local residents group, Pier Watch, said the council had ignored them.",
                "Pier Watch",
            ),

        ] {
            assert_eq!(speakers_of(text), [Some(want.to_string())], "{text}");
        }
    }

    #[test]
    fn a_title_of_a_place_is_its_holder_in_apposition() {
        let text = "The Bishop of Dunmore, the Rt Rev Hugh Tallis, led the service. \
                    In his sermon, he told the congregation that a church was its people.";
        assert_eq!(speakers_of(text), [Some("Hugh Tallis".to_string())]);
        let text = "The Archdeacon of Hale, the Ven Clare Mund, insisted that every option \
                    had been tried. ‘Nobody took this lightly,’ she said.";
        assert_eq!(
            speakers_of(text),
            [
                Some("Clare Mund".to_string()),
                Some("Clare Mund".to_string())
            ]
        );
    }

    #[test]
    fn of_the_joins_a_name_or_an_affiliation() {
        let text = "Friends of the Earth said the dam would harm the river. \
                    Jo Roe of the Courier said the report was wrong.";
        assert_eq!(
            speakers_of(text),
            [
                Some("Friends of the Earth".to_string()),
                Some("Jo Roe".to_string())
            ]
        );
    }

    #[test]
    fn the_answers_of_an_interview_are_its_subjects() {
        // (`A:` answers for the person the introduction names.)
        let text = "Q&A: A lighthouse keeper on forty years of storms\n\n\
                    Marta Ilves kept the Skerry Point light for four decades. She spoke to us \
                    before her retirement.\n\n\
                    Q: Were you ever afraid?\n\n\
                    A: Every winter. The sea does not care how long you have been there.\n\n\
                    Q: What will you miss?\n\n\
                    A: The quiet. People think it is lonely. It is not.\n";
        assert_eq!(
            speakers_of(text),
            [
                Some("Marta Ilves".to_string()),
                Some("Marta Ilves".to_string())
            ]
        );
        // (With no one named before, the label stands for the speaker.)
        let text = "Q: Were you ever afraid?\n\nA: Every winter.\n\n\
                    Q: What will you miss?\n\nA: The quiet.\n";
        assert_eq!(
            speakers_of(text),
            [Some("A".to_string()), Some("A".to_string())]
        );
    }

    #[test]
    fn a_definite_organisation_noun_is_the_organisation_it_ends() {
        let text = "The Harbour Rowing League fined two clubs on Monday. \
                    The league said the rules had been broken twice.";
        assert_eq!(
            speakers_of(text),
            [Some("Harbour Rowing League".to_string())]
        );
    }

    #[test]
    fn a_definite_title_is_the_latest_person_named_with_it() {
        let named = |text: &str| speakers_of(text).pop().flatten();
        assert_eq!(
            named("Judge Fiona Holt jailed him. The judge said the crime was grave.").as_deref(),
            Some("Fiona Holt")
        );
        assert_eq!(
            named("Gov. Ann Lee signed the bill. The governor said it would work.").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            named("Vice President Jo Roe spoke. The vice president said it would wait.").as_deref(),
            Some("Jo Roe")
        );
        // Not another title, not with a modifier, not past a later person.
        for text in [
            "Vice President Jo Roe spoke. The president said it would wait.",
            "Sen. Jo Roe spoke. The Ohio senator said it would wait.",
            "Sen. Jo Roe spoke, then Ted Lee Marsh. The senator said it would wait.",
        ] {
            assert_ne!(named(text).as_deref(), Some("Jo Roe"), "{text}");
        }
    }

    #[test]
    fn a_speaker_described_by_a_singular_noun_takes_the_pronoun() {
        let text = "Vera Holm said the plan was costly. “It is hard,” she said. \
                    A former nurse, who asked not to be named, said the ward had closed. \
                    “We were told on Friday,” she said.";
        let s = speakers_of(text);
        assert_eq!(s.len(), 4, "{s:?}");
        assert_eq!(s[3].as_deref(), Some("A former nurse"), "{s:?}");
    }

    #[test]
    fn indefinites_lowercase_or_capitalised() {
        for w in ["a", "an", "another", "A", "An", "Another"] {
            assert!(is_indefinite(w.as_bytes()), "{w}");
        }
        for w in [
            "", "AN", "aN", "ANOTHER", "anOther", "the", "a,", "any", "é",
        ] {
            assert!(!is_indefinite(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn name_records_stay_small() {
        // Long texts hold millions of them (see the memory figures in the
        // README).
        assert_eq!(std::mem::size_of::<NameMention>(), 24);
    }

    /// The key of `m` in `text`, and its hash.
    fn key_of(text: &str, m: &Mention) -> (u64, Key) {
        let (hash, key, _) = Resolver::new(text).key(m);
        (hash, key)
    }

    /// A mention whose head is the last `head` bytes of `text[span]`.
    fn mention(span: std::ops::Range<usize>, head: usize, kind: MentionKind) -> Mention {
        Mention {
            span: span.clone().into(),
            first: TokIdx::new(0),
            last: TokIdx::new(0),
            kind,
            head: Span::new(span.end - head, span.end),
            gender: 0,
            role: None,
            nonperson: false,
        }
    }

    #[test]
    fn name_records_round_trip() {
        let text = "Prime Minister Jane Roe said";
        let m = Mention {
            gender: -1,
            ..mention(0..23, 8, MentionKind::Name)
        };
        let n = crate::mentions::tests::with(text, |t| NameMention::new(&m, true, t))
            .expect("short name");
        let back = n.mention();
        assert_eq!(
            (back.span, back.head, back.gender),
            (m.span, m.head, m.gender)
        );
        assert!(n.subject() && !back.nonperson);
        assert_eq!(n.words, 2);
        // The key is the surname, in any case.
        assert_eq!(n.key(&back).text, Span::new(20, 23));
        let roe = mention(0..3, 3, MentionKind::Name);
        assert_eq!(n.hash(), key_of("ROE", &roe).0);
        assert_ne!(n.hash(), key_of("Doe", &roe).0);
    }

    #[test]
    fn name_records_have_the_keys_of_speakers() {
        // A name in narration and the same name as a speaker must be filed
        // together, whatever its blanks.
        let text = "Mr. Jane Roe Jr. said. Dr Ana\u{a0}María Pérez-Díaz spoke. \
                    Sen. Jo  Doe\tSmith said. JANE ROE said. Mr O’Brien said. \
                    Ms. Ann Lee-Park, the Bank of England and the White House said.";
        crate::mentions::tests::with(text, |t| {
            let r = Resolver::new(text);
            let mut seen = 0;
            for i in 0..t.toks.len() {
                let Some(m) = t.np_starting_at(i, t.toks.len()) else {
                    continue;
                };
                if m.kind != MentionKind::Name {
                    continue;
                }
                let n = NameMention::new(&m, false, t).expect("short name");
                let back = n.mention();
                let (hash, key, words) = r.key(&m);
                assert_eq!(n.hash(), hash, "{}", &text[m.head]);
                assert_eq!(n.key(&back), key, "{}", &text[m.head]);
                assert_eq!(usize::from(n.words), words, "{}", &text[m.head]);
                seen += 1;
            }
            assert!(seen >= 8, "{seen} names");
        });
    }

    #[test]
    fn keys_are_surnames_and_phrases_without_determiners() {
        let text = "Jane Roe and the Ministry  of Health";
        let person = mention(0..8, 8, MentionKind::Name);
        let (_, key) = key_of(text, &person);
        assert_eq!((&text[key.text], key.phrase), ("Roe", false));
        let org = Mention {
            nonperson: true,
            ..mention(13..36, 23, MentionKind::Name)
        };
        let (_, key) = key_of(text, &org);
        assert_eq!((&text[key.text], key.phrase), ("Ministry  of Health", true));
        // A lone determiner is the phrase.
        let the = Mention {
            nonperson: true,
            ..mention(13..16, 3, MentionKind::Name)
        };
        assert_eq!(&text[key_of(text, &the).1.text], "the");
    }

    #[test]
    fn keys_are_compared_by_their_words() {
        let text = "Roe ROE Doe Roe  ministry of health Ministry of  Health";
        let key = |start: usize, end: usize, phrase: bool| Key {
            text: Span::new(start, end),
            phrase,
        };
        let same = |a: Key, b: Key| a.same(b, text.as_bytes());
        assert!(same(key(0, 3, false), key(4, 7, false)));
        assert!(!same(key(0, 3, false), key(8, 11, false)));
        // A person's key with blanks after it (from its head's end).
        assert!(same(key(0, 3, false), key(12, 17, false)));
        // A person's key is no phrase's.
        assert!(!same(key(0, 3, false), key(0, 3, true)));
        assert!(same(key(17, 35, true), key(36, 55, true)));
        assert!(!same(key(17, 35, true), key(17, 28, true)));
        assert!(!same(key(17, 28, true), key(17, 35, true)));
    }

    #[test]
    fn one_word_names_of_one_hash_are_kept_apart() {
        // Two surnames whose keys had one hash were one entity, and a full
        // name could take the other's entity. The hash is forced here.
        let text = "Ms Roe said. Mr Doe said. Roe left. Doe left. Jon Doe spoke.";
        let hash = 0x5eed;
        let mut r = Resolver::new(text);
        let titled = |span: std::ops::Range<usize>, gender: i8| Mention {
            gender,
            ..mention(span, 3, MentionKind::Name)
        };
        let name = |r: &mut Resolver, m: &Mention| {
            let (_, key, n) = r.key(m);
            r.entity_of_name_with(m, hash, key, n)
        };
        let roe = name(&mut r, &titled(0..6, -1));
        let doe = name(&mut r, &titled(13..19, 1));
        assert_ne!(roe, doe);
        // A lone surname refreshes its own entity.
        for (span, want) in [(26..29, roe), (36..39, doe)] {
            let m = mention(span, 3, MentionKind::Name);
            let (_, key, _) = r.key(&m);
            assert_eq!(r.existing(&m, hash, key), Some(want));
        }
        // The full name upgrades its own surname's entity.
        let jon_doe = mention(46..53, 7, MentionKind::Name);
        assert_eq!(name(&mut r, &jon_doe), doe);
        assert_eq!(&text[r.entities[doe].name], "Jon Doe");
        assert_eq!(&text[r.entities[roe].name], "Roe");
        // A surname no entity has founds none.
        let (_, key, _) = r.key(&mention(33..35, 2, MentionKind::Name));
        assert_eq!(r.newest_with_key(hash, key), None);
    }

    /// Text of words, blanks of every kind, non-ASCII letters and bytes
    /// that are no blanks (the vertical tab), with a range of it.
    fn text_and_range() -> impl proptest::strategy::Strategy<Value = (String, usize, usize)> {
        use proptest::prelude::*;
        "[ \t\n\r\x0b\x0caZé]{0,40}".prop_flat_map(|s| {
            let n = s.len();
            (Just(s), 0..=n, 0..=n).prop_map(|(s, a, b)| (s, a.min(b), a.max(b)))
        })
    }

    proptest::proptest! {
        #[test]
        fn words_of_reads_what_the_plain_split_does((s, start, end) in text_and_range()) {
            let text = s.as_bytes();
            let plain: Vec<(usize, usize)> = words(text, start, end).collect();
            let fast = words_of(text, (start, end), None);
            proptest::prop_assert_eq!(fast.count, plain.len());
            proptest::prop_assert_eq!(fast.last, plain.last().copied().unwrap_or((end, end)));
            // And the plain split is the standard library's.
            let split: Vec<&[u8]> = text[start..end]
                .split(u8::is_ascii_whitespace)
                .filter(|w| !w.is_empty())
                .collect();
            let mine: Vec<&[u8]> = plain.iter().map(|&(a, b)| &text[a..b]).collect();
            proptest::prop_assert_eq!(mine, split);
        }

        #[test]
        fn words_read_off_tokens_are_those_of_the_bytes(
            parts in proptest::collection::vec(
                (
                    proptest::sample::select(vec![
                        "Jane", "ROE", "Jr.", "O’Brien", "Ana\u{a0}María", "Lee-Park", "of",
                        "U.S.", "said", ",", "\"", "Mr.", "é",
                    ]),
                    proptest::sample::select(vec!["", " ", " ", " ", "  ", "\t", "\n", " \r\n"]),
                ),
                1..12,
            ),
            pick in (0usize..64, 0usize..64, 0usize..4),
        ) {
            let text: String = parts.iter().flat_map(|&(w, gap)| [w, gap]).collect();
            crate::mentions::tests::with(&text, |t| {
                let n = t.toks.len();
                if n == 0 {
                    return Ok(());
                }
                // Tokens `i..=j` make the head; up to `k` tokens before it
                // are titles the head leaves out.
                let (i, j) = ((pick.0 % n).min(pick.1 % n), (pick.0 % n).max(pick.1 % n));
                let m = Mention {
                    first: TokIdx::new(i.saturating_sub(pick.2)),
                    last: TokIdx::new(j),
                    head: Span::new(t.toks[i].start as usize, t.toks[j].end as usize),
                    ..mention(0..text.len(), 0, MentionKind::Name)
                };
                let head = (m.head.start(), m.head.end());
                let bytes = text.as_bytes();
                proptest::prop_assert_eq!(
                    words_of(bytes, head, Some((t, &m))),
                    words_of(bytes, head, None),
                    "{:?}",
                    &text[m.head.range()]
                );
                Ok(())
            })?;
        }

        #[test]
        fn words_hash_as_if_alone((s, start, end) in text_and_range()) {
            // The bytes after the word (and a lowercase copy) do not change
            // its hash.
            let text = s.as_bytes();
            let hash = |text: &[u8], start, end| {
                let mut h = FxHasher::default();
                hash_word(&mut h, text, start, end);
                h.finish()
            };
            let alone = text[start..end].to_ascii_lowercase();
            proptest::prop_assert_eq!(hash(text, start, end), hash(&alone, 0, alone.len()));
        }

        #[test]
        fn recent_holds_what_a_bounded_mru_list_holds(
            touches in proptest::collection::vec(0usize..40, 0..400)
        ) {
            // The list it replaces: move to the back, drop the front when
            // full.
            let mut list: Vec<usize> = Vec::new();
            let mut recent = Recent::default();
            for &id in &touches {
                if let Some(k) = list.iter().position(|&x| x == id) {
                    list.remove(k);
                } else if list.len() == RECENT {
                    list.remove(0);
                }
                list.push(id);
                recent.touch(id);
                let expected: Vec<usize> = list.iter().rev().copied().collect();
                proptest::prop_assert_eq!(recent.iter().collect::<Vec<_>>(), expected);
            }
        }
    }

    #[test]
    fn a_place_or_role_before_a_name_is_not_the_name() {
        // (A role's place, a job title, a possessive country and a day are
        // not the person's name.)
        for (text, name) in [
            (
                "The envoy to Norland Kelly Brandt said the talks would resume.",
                "Kelly Brandt",
            ),
            (
                "The senator from Eastmark Roy Dane said the bill was dead.",
                "Roy Dane",
            ),
            (
                "Norland's Prime Minister Olsen said the plan was sound.",
                "Olsen",
            ),
            (
                "Security Adviser Tom Bell said he would resign.",
                "Tom Bell",
            ),
            ("CEO Andy Marsh said the firm would grow.", "Andy Marsh"),
            (
                "Port Elland's Mara Quell said the plan was sound.",
                "Mara Quell",
            ),
            (
                "Chief Executive of Port Elland Mara Quell said the bill was dead.",
                "Mara Quell",
            ),
            (
                "Current Director of Port Elland Mara Quell said the bill was dead.",
                "Mara Quell",
            ),
            // (A state's abbreviation inside an insertion.)
            (
                "Ann Roe, 59, of Ashton, Md., said the plan was bold.",
                "Ann Roe",
            ),
            // (A role noun opening a sentence, capitalised there.)
            ("Voter Kit Mak said she would vote again.", "Kit Mak"),
            (
                "Immunologist Kristoff Berg said the virus was spreading.",
                "Kristoff Berg",
            ),
            ("Candidate Wen Tao said the city would grow.", "Wen Tao"),
        ] {
            let s = speakers_of(text);
            assert_eq!(s, [Some(name.to_string())], "{text}");
        }
    }

    #[test]
    fn a_name_with_a_connector_keeps_its_affiliation_apart() {
        // (`bin` inside the person's name; `of Norland` is where he is
        // from, and Norland speaks for itself.)
        let text = "Prince Omar bin Faisal of Norland said the talks were over. \
                    Norland said it would not sign.";
        assert_eq!(
            speakers_of(text),
            [
                Some("Omar bin Faisal".to_string()),
                Some("Norland".to_string())
            ]
        );
    }

    #[test]
    fn a_modifier_before_a_name_is_not_the_name() {
        // (`Former` opens the sentence: the person is still Donald Roe.)
        let text = "Donald Roe spoke first. Former Roe aide Kit Mak said the plan was bold. \
                    Roe said the plan would work.";
        let s = speakers_of(text);
        assert_eq!(s.last(), Some(&Some("Donald Roe".to_string())), "{s:?}");
    }

    #[test]
    fn a_conjunction_or_preposition_opening_a_sentence_is_no_name() {
        for (text, name) in [
            (
                "Whereas Kit Mak said the plan was bold, others disagreed.",
                "Kit Mak",
            ),
            (
                "Besides Kit Mak, the board said the plan was bold.",
                "the board",
            ),
            (
                "Whilst Kit Mak said the plan was bold, others disagreed.",
                "Kit Mak",
            ),
        ] {
            let s = speakers_of(text);
            assert_eq!(s.first(), Some(&Some(name.to_string())), "{text}");
        }
    }

    #[test]
    fn an_acronym_is_no_he() {
        // (`NVX`, a name in capitals, is an organisation: `he` is someone
        // else.)
        let text = "The broadcaster NVX revealed that Omar Faisal accepted the blame. \
                    Speaking to a reporter, he said, “It happened under my watch.”";
        let s = speakers_of(text);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].as_deref(), Some("Omar Faisal"), "{s:?}");
    }

    #[test]
    fn a_titled_surname_in_narration_is_the_next_he() {
        for who in ["President Karlsson", "Gov. Karlsson"] {
            // (Not a title's plural: `Vice Presidents` is no `she`.)
            let text = format!(
                "Mia Roe said the loss was great. One of Norland's Vice Presidents, Ana Lee, \
                 also commented on the death to The Daily. She said “It is a loss.” {who} agreed."
            );
            let s = speakers_of(&text);
            assert_ne!(
                s.last().cloned().flatten().as_deref(),
                Some("Presidents"),
                "{s:?}"
            );
            let text = format!(
                "The talks ended on Monday. The foreign minister, Ivo Brandt, joined the talks \
                 as an observer. {who} called for cooperation in the region. \
                 “No project can succeed without us,” he said."
            );
            let s = speakers_of(&text);
            assert_eq!(
                s.last().cloned().flatten().as_deref(),
                Some("Karlsson"),
                "{who}: {s:?}"
            );
        }
    }

    #[test]
    fn a_crown_prince_of_a_country_is_a_man_and_no_country() {
        // (`Crown` before a title: the title gives the gender, and `of
        // Norland` is a role, so the country is someone else.)
        let text = "Crown Prince Ali bin Omar of Norland said the claims were lies. \
                    Norland said the report was false. \
                    Hana Cole disagreed. “He is hiding,” she said.";
        let s = speakers_of(text);
        assert_eq!(s[0].as_deref(), Some("Ali bin Omar"), "{s:?}");
        assert_ne!(s[1].as_deref(), Some("Ali bin Omar"), "{s:?}");
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("Hana Cole"),
            "{s:?}"
        );
    }

    #[test]
    fn a_title_of_a_place_after_a_modifier_is_no_name() {
        for (text, name) in [
            (
                "Norland Secretary of State Ann Lee said the talks failed.",
                "Ann Lee",
            ),
            (
                "First Minister of Eastmark Ola Dunn said the ruling was huge.",
                "Ola Dunn",
            ),
            (
                "Westvale Attorney Tom J. Cullen said the case was closed.",
                "Tom J. Cullen",
            ),
        ] {
            assert_eq!(speakers_of(text), [Some(name.to_string())], "{text}");
        }
        // (A surname that is a title, then a place: no person after it.)
        for (text, name) in [
            (
                "Representative Pat T. King of New Dover said the bill would pass.",
                "Pat T. King",
            ),
            (
                "The Chief Officer of Elm Hall said the bill would pass.",
                "Chief Officer of Elm Hall",
            ),
        ] {
            let s = speakers_of(text);
            assert!(
                s[0].as_deref().is_some_and(|n| n.starts_with(name)),
                "{text}: {s:?}"
            );
        }
    }

    #[test]
    fn a_relative_opening_narration_is_the_next_she() {
        // (`Dunn's mother … wept.` then `she said`: the mother, not the
        // last woman who spoke.)
        let text = "The lawyer, Helen Ashby, said her client would appeal. \
                    Dunn's mother, who travelled from Leeds, wept as the verdict was read. \
                    “She's my hero,” she said.";
        let s = speakers_of(text);
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("Dunn's mother"),
            "{s:?}"
        );
        // (A noun of no gender makes no subject: `Dunn's lawyer`.)
        let text = "The lawyer, Helen Ashby, said her client would appeal. \
                    Dunn's car was parked outside. “She's my hero,” she said.";
        let s = speakers_of(text);
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("Helen Ashby"),
            "{s:?}"
        );
    }

    #[test]
    fn an_assembly_of_people_is_no_he() {
        // (`an assembly of ministers` is a body: `he` is someone else.)
        let text = "Mayor Tom Lake said the port would stay open. On Monday, an assembly of \
                    several ministers in Dover said the plan was unlawful. \
                    “It cannot stand,” he said.";
        let s = speakers_of(text);
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("Tom Lake"),
            "{s:?}"
        );
    }

    #[test]
    fn a_person_after_an_organisation_with_the_is_a_person() {
        // (`The Council on … director Ned Ames` names a person: `He` is his.)
        let text = "Governor Tom Lake said the plan was sound. The Council on Coastal \
                    Affairs National Executive Director Ned Ames said the plan would fail. \
                    He said the plan had cost lives.";
        let s = speakers_of(text);
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[2].as_deref(), Some("Ned Ames"), "{s:?}");
        // (`the Treasury` alone is still no person.)
        let s = speakers_of(
            "Jo Roe said the tax would rise. The Treasury said it would not. \
                             He said it would.",
        );
        assert_eq!(s[2].as_deref(), Some("Jo Roe"), "{s:?}");
    }

    #[test]
    fn for_joins_an_organisation_word_to_the_rest_of_its_name() {
        for (text, name) in [
            (
                "The National Institute for Marine Study reported that the reef was shrinking.",
                "National Institute for Marine Study",
            ),
            (
                "According to the Centers for Tick Control, one child in a thousand falls ill.",
                "Centers for Tick Control",
            ),
        ] {
            assert_eq!(speakers_of(text), [Some(name.to_string())], "{text}");
        }
        // (Not after a person's name: `Jo Roe for the council` is a person
        // speaking for a body.)
        let s = speakers_of("A lawyer for Harbour Trust said the claim was void.");
        assert_ne!(s.first(), Some(&Some("Harbour Trust".to_string())), "{s:?}");
    }

    #[test]
    fn a_time_is_never_a_speaker() {
        // (A day or a period before the verb is an adjunct: the subject is
        // before it, or there is none.)
        for (text, name) in [
            (
                "On Thursday officials reported that cases rose to 40.",
                "officials",
            ),
            (
                "The fire began on Monday, according to police on Tuesday.",
                "police",
            ),
        ] {
            let s = speakers_of(text);
            assert_eq!(s, [Some(name.to_string())], "{text}");
        }
        let s = speakers_of(
            "A statement from the ministry during the weekend said four people had died.",
        );
        assert!(
            s.iter().all(|n| n.as_deref() != Some("the weekend")),
            "{s:?}"
        );
    }

    #[test]
    fn who_after_an_apposition_is_the_named_person() {
        let text = "The work was led by Ana Ruiz, a geologist and professor at the institute, \
                    who said the rocks were older than thought.";
        assert_eq!(speakers_of(text), [Some("Ana Ruiz".to_string())]);
    }

    #[test]
    fn overlong_names_are_not_recorded() {
        let long = "A".repeat(70_000);
        let m = mention(0..long.len(), long.len(), MentionKind::Name);
        let n = crate::mentions::tests::with(&long, |t| NameMention::new(&m, false, t));
        assert!(n.is_none());
    }
}
