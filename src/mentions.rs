//! Mentions: the noun phrases that can be speakers, found by the
//! attribution stage where its rules look for them.
//!
//! Finds a proper name (`Prime Minister Jane Roe`, `the White
//! House`), a pronoun (`he`), or a common-noun phrase (`a spokesman for the
//! ministry`, `officials`) ending or starting at a token, with an optional
//! appositive role (`Mr Lee, director of the institute, said`). Every
//! mention keeps its byte span.

use crate::lexicon::{self, List, Pronoun};
use crate::segment::{is_all_capitals, is_initial};
use crate::span::Span;
use crate::tokens::{TokIdx, TokKind, CAP, DIGIT};

use crate::tokens::Toks;

/// What kind of phrase a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A capitalised name, possibly with titles.
    Name,
    /// A personal pronoun.
    Pronoun(Pronoun),
    /// A common-noun phrase; `person` when its head names people.
    Nominal,
    /// A transcript label (`PENCE:`).
    Label,
}

/// A noun phrase that may be a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub span: Span,
    /// First and last token (inclusive).
    pub first: TokIdx,
    pub last: TokIdx,
    pub kind: MentionKind,
    /// The name without titles or determiner (`Jane Roe`).
    pub head: Span,
    /// +1 male, -1 female, 0 unknown (from titles).
    pub gender: i8,
    /// An appositive role (`director of the institute`).
    pub role: Option<Span>,
    /// Whether the phrase looks like an organisation or document.
    pub nonperson: bool,
}

/// The longest name or noun phrase, in tokens.
pub(crate) const MAX_NAME_TOKENS: usize = 12;

/// The longest first role of a person with two (`the former secretary of
/// state and current nominee`), in tokens.
const MAX_FIRST_ROLE_TOKENS: usize = 8;

/// The noun phrases of the token view (its accessors of single tokens are
/// in [`crate::tokens`]).
impl<'a> Toks<'a> {
    /// Whether token `i` is a name-internal connector (`of`, `van`).
    #[inline]
    fn is_name_connector_at(&self, i: usize) -> bool {
        self.in_list(i, List::NameConnector)
    }

    /// Whether token `i` is the period of a dotted initialism, right after
    /// it (`U.S.`, `D.C.`: the word `U.S`, then `.`).
    fn initialism_period(&self, i: usize) -> bool {
        i > 0
            && self.is_text(i, ".")
            && self.toks[i - 1].end == self.toks[i].start
            && self.word(i - 1)
            && self.toks[i - 1].is(CAP)
            && self.bytes(i - 1).contains(&b'.')
    }

    /// `Mr.`: a title followed by its period, ending at `i` (the period).
    /// An abbreviated title is capitalised, and short or after no
    /// determiner (`the Rev.`): in `said the mayor. Al Day …` or `said the
    /// Mayor. Al Day …` the period ends a sentence.
    fn title_period(&self, i: usize) -> bool {
        i >= 1
            && self.toks[i].kind == TokKind::Punct
            && self.is_text(i, ".")
            && self.toks[i - 1].end == self.toks[i].start
            && self.is_title_at(i - 1)
            && self.toks[i - 1].is(CAP)
            // (`said the CEO. Jo Roe …`: no abbreviation is in capitals.)
            && !is_all_capitals(self.s(i - 1))
            && (self.s(i - 1).len() <= 4
                || !(i >= 2 && self.word(i - 2) && self.has(i - 2, lexicon::DETERMINER)))
    }

    /// The noun phrase that ends at token `j` (inclusive), not reaching
    /// before `lo`.
    pub fn np_ending_at(&self, j: usize, lo: usize) -> Option<Mention> {
        // (`officials in the U.S. said`: the period of a dotted initialism
        // ends no phrase of its own.)
        let j = if j > lo && self.initialism_period(j) {
            j - 1
        } else {
            j
        };
        if j < lo || !self.word(j) {
            return None;
        }
        let w = self.s(j);
        // `The mother of three`: a count of children ends the phrase.
        if j >= lo + 2 && self.is_text(j - 1, "of") && self.is_count(j) {
            let m = self
                .np_ending_at(j - 2, lo)
                .filter(|m| m.kind == MentionKind::Nominal && !m.nonperson)?;
            return Some(self.mention(m.first.as_usize(), j, MentionKind::Nominal));
        }
        if let Some(p) = self.pronoun_at(j) {
            if p == Pronoun::Who {
                // `Smith, who said`: the antecedent stands before the comma.
                // `critics who say`: right before it.
                if j >= lo + 2 && self.is_text(j - 1, ",") {
                    // (`Dale Pruitt, 41, who`: an age between.)
                    if j >= lo + 4 && self.is_count(j - 2) && self.is_text(j - 3, ",") {
                        return self.np_ending_at(j - 4, lo);
                    }
                    let m = self.np_ending_at(j - 2, lo)?;
                    // `Ana Ruiz, a geologist at the institute, who said`:
                    // an indefinite description in apposition to a name;
                    // the relative is the named person's. (Not after a
                    // definite one, `Jo Roe, the nominee, who`: there the
                    // resolver would let the person, named in a clause
                    // inside another's sentence, take the next `he`.)
                    let f = m.first.as_usize();
                    if m.kind == MentionKind::Nominal
                        && f >= lo + 2
                        && self.is_text(f - 1, ",")
                        && (self.is_text_ci(f, "a") || self.is_text_ci(f, "an"))
                    {
                        if let Some(mut n) = self
                            .np_ending_at(f - 2, lo)
                            .filter(|n| n.kind == MentionKind::Name && !n.nonperson)
                        {
                            n.role = n.role.or(Some(m.span));
                            return Some(n);
                        }
                    }
                    return Some(m);
                }
                return (j > lo).then(|| self.np_ending_at(j - 1, lo)).flatten();
            }
            return Some(self.mention(j, j, MentionKind::Pronoun(p)));
        }
        // `Theresa May`, `Ann March`: a capitalised word of another class
        // after a name word is a surname.
        let surname = j > lo
            && self.toks[j].is(CAP)
            && self.toks[j].kind == TokKind::Word
            && self.is_name_word(j - 1)
            && !self.is_title_at(j - 1);
        if self.is_name_word(j) || (self.is_title_at(j) && self.toks[j].is(CAP)) || surname {
            let mut k = j;
            // Bounded: no name runs longer than this (keeps long
            // capitalised runs linear).
            let lo = lo.max(j.saturating_sub(MAX_NAME_TOKENS));
            loop {
                let one = k > lo
                    && (self.is_name_word(k - 1)
                        || (self.toks[k - 1].is(CAP) && self.is_title_at(k - 1)));
                // `Mr. Smith`, `Bank of England`, `CNN’s Jake Tapper`.
                let two = k > lo + 1
                    && ((self.title_period(k - 1) && self.toks[k - 1].end <= self.toks[k].start)
                        || (self.is_text(k - 1, ".")
                            && is_initial(self.s(k - 2))
                            && self.toks[k - 2].end == self.toks[k - 1].start)
                        || (self.is_name_connector_at(k - 1) && self.is_name_word(k - 2))
                        // (`Institute for Marine Study`, `Council on
                        // Foreign Trade`: `for` or `on` after a word of
                        // organisations.)
                        || ((self.is_text(k - 1, "for") || self.is_text(k - 1, "on"))
                            && self.is_name_word(k - 2)
                            && self.has(k - 2, lexicon::ORG_WORD))
                        || (self.toks[k - 1].kind == TokKind::Possessive
                            && self.is_name_word(k - 2)));
                // `Friends of the Earth`.
                let three = k > lo + 2
                    && self.is_text(k - 1, "the")
                    && self.is_text(k - 2, "of")
                    && self.is_name_word(k - 3)
                    && self.body_before_of(k - 3);
                // `Mrs. van Dijk`: a connector after a title's period.
                let after_title = k > lo + 2
                    && self.is_name_connector_at(k - 1)
                    && self.title_period(k - 2)
                    && self.toks[k - 2].end <= self.toks[k - 1].start;
                if one || after_title {
                    k -= 1;
                } else if two {
                    k -= 2;
                } else if three {
                    k -= 3;
                } else {
                    break;
                }
            }
            // `the White House`, `The New York Post`.
            if k > lo && self.is_text_ci(k - 1, "the") {
                k -= 1;
            }
            return Some(self.mention(k, j, MentionKind::Name));
        }
        // A common-noun phrase: up to five modifiers back to a determiner,
        // a possessive owner (`the agency’s director`, `Roe’s campaign`) or
        // a preposition (`advocates for reform`).
        let lower = !self.toks[j].is(CAP) && !self.toks[j].is(DIGIT);
        if !lower
            || self.has(j, lexicon::FUNCTION)
            || self.is_verb_adjunct_at(j)
            || self.in_list(j, List::NonHead)
            // (`groups that don't`: a negated verb heads no phrase.)
            || w.ends_with("n't")
            || w.ends_with("n’t")
        {
            return None;
        }
        let mut k = j;
        let mut steps = 0;
        while k > lo && steps < 5 {
            let p = k - 1;
            let pw = self.s(p);
            // (`Both groups`, `Many residents`: a quantifier determines.)
            // (`that voters want`, `a study that appeared`: `that` before
            // a plural or a past form is no determiner but a clause's.)
            let that_clause = self.is_text_ci(p, "that")
                && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                    || (w.len() > 4 && w.ends_with("ed")));
            if that_clause {
                break;
            }
            if self.word(p)
                && (self.has(p, lexicon::DETERMINER)
                    || (self.in_list(p, List::Quantifier) && self.has(j, lexicon::SPEAKER_NOUN)))
            {
                // (`the two councils`, `her three sons`, `A few residents`:
                // a count after an article or an owner.)
                let p = if p > lo
                    && (crate::cues::is_number(self, p) || self.in_list(p, List::Quantifier))
                    && self.word(p - 1)
                    && self.has(p - 1, lexicon::DETERMINER)
                    && !crate::cues::is_number(self, p - 1)
                {
                    p - 1
                } else {
                    p
                };
                return Some(self.extend_back(self.mention(p, j, MentionKind::Nominal), lo));
            }
            // (`the pilots’ union`: a plural's bare apostrophe, which the
            // scanner keeps as a mark, right after the word.)
            let plural_owner = self.toks[p].kind == TokKind::QuoteChar
                && p > lo
                && self.toks[p - 1].end == self.toks[p].start
                && matches!(self.s(p), "'" | "’")
                && self.s(p - 1).ends_with(['s', 'S']);
            if (self.toks[p].kind == TokKind::Possessive || plural_owner) && p > lo {
                if let Some(owner) = self.np_ending_at(p - 1, lo) {
                    if !matches!(owner.kind, MentionKind::Pronoun(_)) {
                        let mut m = self.mention(owner.first.as_usize(), j, MentionKind::Nominal);
                        m.nonperson = self.has(j, lexicon::NONPERSON_NOUN);
                        return Some(m);
                    }
                }
                break;
            }
            // `the U.S. senator`: a dotted initialism is a modifier, its
            // period with it.
            if p > lo + 1 && self.initialism_period(p) {
                k = p - 1;
                steps += 1;
                continue;
            }
            // (`On Thursday officials said`: a day or a month is no
            // modifier of a noun for people; it is one of a document's
            // after an article, `a June poll`, `the April survey`.)
            if self.has(p, lexicon::CALENDAR_WORD)
                && !(p > lo
                    && self.has(p - 1, lexicon::DETERMINER)
                    && self.in_list(j, List::EvidenceNoun))
            {
                break;
            }
            // `57-year-old` is a modifier; a bare number is not.
            // (`the US senator`: an acronym, though it spells a function
            // word.)
            // (`other officials`, `the other senators`: `other` modifies.)
            let ok = self.word(p)
                && (!self.has(p, lexicon::FUNCTION)
                    || self.is_name_word(p)
                    || self.is_text_ci(p, "other"))
                && (!self.toks[p].is(DIGIT)
                    || pw.contains('-')
                    // (`A 2014 study`: a year after a determiner.)
                    || (pw.len() == 4
                        && pw.bytes().all(|b| b.is_ascii_digit())
                        && p > lo
                        && self.has(p - 1, lexicon::DETERMINER)))
                && self.cue_verb_at(p).is_none();
            if !ok {
                // `The singer and songwriter`: one person with two roles,
                // the second singular and without an article of its own.
                // (The first is looked for in a short window: bounded.)
                // (Capitalised modifiers too: `and current Democratic
                // nominee`, `and U.S. senator`; not a name's word first.)
                if self.is_text(p, "and")
                    && p > lo
                    && !w.ends_with('s')
                    && (!self.is_name_word(k) || (k < j && self.initialism_period(k + 1)))
                {
                    let first = self
                        .np_ending_at(p - 1, lo.max(p.saturating_sub(MAX_FIRST_ROLE_TOKENS)))
                        .filter(|m| {
                            m.kind == MentionKind::Nominal
                                && self.has(m.first.as_usize(), lexicon::DETERMINER)
                        });
                    if let Some(first) = first {
                        return Some(self.mention(first.first.as_usize(), j, MentionKind::Nominal));
                    }
                }
                // (`the secretary of health`: a bare noun after `of`, when
                // the head before is a title.)
                let title_of = self.is_text(p, "of") && k == j;
                if self.word(p)
                    && self.in_list(p, List::NpPreposition)
                    && (self.has(k, lexicon::SPEAKER_NOUN) || k < j || title_of)
                {
                    // `advocates for stem cell research`: the head is before.
                    if let Some(inner) = self
                        .np_ending_at(p.saturating_sub(1), lo)
                        .filter(|_| p > lo)
                    {
                        let head_ok = !title_of
                            || self.has(k, lexicon::SPEAKER_NOUN)
                            || self.is_title_at(inner.last.as_usize());
                        if inner.kind == MentionKind::Nominal && head_ok {
                            return Some(Mention {
                                span: inner.span.cover(self.span(k, j)),
                                last: TokIdx::new(j),
                                ..inner
                            });
                        }
                    }
                }
                break;
            }
            k = p;
            steps += 1;
        }
        // No determiner: a bare plural speaker noun (`officials`), perhaps
        // with modifiers (`senior officials`), or any plural after a name
        // (`Dawson fans`, `GOP leaders`).
        let named_plural = k < j
            && self.toks[k..j].iter().any(|x| x.is(CAP))
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss");
        // (`policies that objectors see as …`: a bare plural right after a
        // clause's `that`.)
        let after_that = k > lo
            && self.is_text_ci(k - 1, "that")
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss");
        // (`Castlemere council said`, `Norland government`: a body's noun
        // right after a name.)
        let named_body = j > k
            && self.toks[j - 1].is(CAP)
            && self.is_name_word(j - 1)
            && self.has(j, lexicon::NONPERSON_NOUN | lexicon::ORG_WORD);
        // (`school administrators`, `local economists`: a plural of
        // agents, people, with lowercase modifiers.)
        let agent_plural = k < j
            && w.len() > 6
            && (w.ends_with("ors") || w.ends_with("ists") || w.ends_with("ians"));
        if self.has(j, lexicon::SPEAKER_NOUN)
            || named_plural
            || after_that
            || named_body
            || agent_plural
        {
            return Some(self.mention(k.min(j), j, MentionKind::Nominal));
        }
        None
    }

    /// `the director of the agency`: extends a determiner phrase back over
    /// `of`/`for` to an outer phrase.
    fn extend_back(&self, m: Mention, lo: usize) -> Mention {
        let p = m.first.as_usize();
        if p >= lo + 2 && self.in_list(p - 1, List::NpPreposition) {
            if let Some(outer) = self.np_ending_at(p - 2, lo) {
                if outer.kind == MentionKind::Nominal {
                    return Mention {
                        span: outer.span.cover(m.span),
                        first: outer.first,
                        ..outer
                    };
                }
            }
        }
        m
    }

    /// The noun phrase that starts at token `i`, not reaching `hi`.
    pub fn np_starting_at(&self, i: usize, hi: usize) -> Option<Mention> {
        if i >= hi || !self.word(i) {
            return None;
        }
        if let Some(p) = self.pronoun_at(i) {
            return (p != Pronoun::Who).then(|| self.mention(i, i, MentionKind::Pronoun(p)));
        }
        let det = self.has(i, lexicon::DETERMINER);
        if self.is_name_word(i) || (self.is_title_at(i) && self.toks[i].is(CAP)) || det {
            let mut k = i;
            let mut any_name = self.is_name_word(i);
            let mut j = i + 1;
            let hi = hi.min(i + MAX_NAME_TOKENS);
            while j < hi {
                let name = self.is_name_word(j) || (self.toks[j].is(CAP) && self.is_title_at(j));
                // (`The firm closed the plant`: a past form before a
                // determiner is the verb, not a modifier.)
                // `the minister visited Leeds`: a past tense after the head
                // is the verb (`the retired teacher`, `the newly elected
                // mayor` are modifiers), and so is one before a
                // determiner or pronoun (`The firm quickly closed the plant`).
                let verb = || {
                    // (`a protester using the name Kat`: a participle
                    // before its object.)
                    (j > i + 1
                        && self.s(j).ends_with("ing")
                        && j + 1 < hi
                        && self.word(j + 1)
                        && (self.has(j + 1, lexicon::DETERMINER)
                            || self.pronoun_at(j + 1).is_some()))
                        || j > i + 1
                            && self.is_past_at(j)
                            && (!self.s(j - 1).ends_with("ly")
                                || (j + 1 < hi
                                    && (self.has(j + 1, lexicon::DETERMINER)
                                        || self.pronoun_at(j + 1).is_some())))
                };
                let modifier = det
                    && !any_name
                    && self.word(j)
                    && !self.toks[j].is(CAP)
                    && !self.has(j, lexicon::FUNCTION)
                    // (`said the report.`: a verb's form ending the
                    // phrase is a noun.)
                    && (self.cue_verb_at(j).is_none() || self.ends_credit(j + 1, hi))
                    && j - i <= 4
                    && !verb();
                // Tested only when needed: most names end at a token that
                // is none of these, and the connector test reads the text.
                let joiner = || {
                    (any_name
                        && j + 1 < hi
                        && self.is_name_word(j + 1)
                        && self.is_name_connector_at(j))
                        // (`Friends of the Earth`: `of the` between names.)
                        || (any_name
                            && j + 2 < hi
                            && self.is_text(j, "of")
                            && self.is_text(j + 1, "the")
                            && self.is_name_word(j + 2)
                            && self.body_before_of(j - 1))
                        || (any_name
                            && j + 1 < hi
                            && self.is_text(j, "the")
                            && self.is_text(j - 1, "of")
                            && self.is_name_word(j + 1)
                            && self.body_before_of(j - 2))
                        || (self.toks[j].kind == TokKind::Possessive
                            && j + 1 < hi
                            && self.word(j + 1))
                        // (`Institute for Marine Study`.)
                        || (any_name
                            && j + 1 < hi
                            && self.is_text(j, "for")
                            && self.is_name_word(j + 1)
                            && self.is_name_word(j - 1)
                            && self.has(j - 1, lexicon::ORG_WORD))
                };
                // `Mr.` before a name; `said the minister.` ends a sentence.
                let title_period = || self.title_period(j) && j + 1 < hi && self.word(j + 1);
                // `John G. Roberts`: a middle initial's period.
                let initial_period = || {
                    any_name
                        && self.is_text(j, ".")
                        && is_initial(self.s(j - 1))
                        && self.toks[j - 1].end == self.toks[j].start
                        && j + 1 < hi
                        && self.is_name_word(j + 1)
                };
                if !(name || modifier || joiner() || title_period() || initial_period()) {
                    break;
                }
                any_name |= name;
                k = j;
                j += 1;
            }
            if det && k == i {
                return None;
            }
            let kind = if any_name && (!det || self.toks[k].is(CAP)) {
                MentionKind::Name
            } else {
                MentionKind::Nominal
            };
            let mut m = self.mention(i, k, kind);
            // `a father of two`: a count of children.
            if kind == MentionKind::Nominal
                && k + 2 < hi
                && self.is_text(k + 1, "of")
                && self.is_count(k + 2)
                // (Not `a group of 30 political experts`.)
                && (k + 3 >= hi
                    || !self.word(k + 3)
                    || self.cue_verb_at(k + 3).is_some()
                    || self.is_past_at(k + 3))
            {
                m.span = m.span.cover(self.span(k + 2, k + 2));
                m.last = TokIdx::new(k + 2);
                return Some(m);
            }
            // `a spokesman for the ministry`.
            if kind == MentionKind::Nominal
                && k + 2 < hi
                && self.in_list(k + 1, List::NpPreposition)
            {
                if let Some(inner) = self.np_starting_at(k + 2, hi) {
                    if inner.kind != MentionKind::Pronoun(Pronoun::It) {
                        m.span = m.span.cover(inner.span);
                        m.last = inner.last;
                        m.nonperson = false;
                    }
                }
            }
            return Some(m);
        }
        if self.has(i, lexicon::SPEAKER_NOUN) {
            return Some(self.mention(i, i, MentionKind::Nominal));
        }
        None
    }

    /// Whether a credit's phrase ends at `i`: the sentence's end or its
    /// closing period, or a quotation (`said the report, “…”`).
    fn ends_credit(&self, i: usize, hi: usize) -> bool {
        i >= hi
            || matches!(self.s(i), "." | "!" | "?")
            || self.toks[i].kind == TokKind::QuoteChar
            || (i + 1 < hi && self.is_text(i, ",") && self.toks[i + 1].kind == TokKind::QuoteChar)
    }

    /// Whether token `i` is a plain count: digits or a number word
    /// (`two`, `12`), not a year or a figure with a unit.
    pub(crate) fn is_count(&self, i: usize) -> bool {
        self.word(i)
            && ((!self.toks[i].is(DIGIT) && crate::cues::is_number(self, i))
                || (self.toks[i].is(DIGIT)
                    && self.s(i).len() <= 2
                    && self.s(i).bytes().all(|b| b.is_ascii_digit())))
    }

    /// `m` extended back to token `p`, what stands between them its role
    /// (`NASA administrator Jo Roe`: Jo Roe, whose role is `NASA
    /// administrator`).
    pub fn described_from(&self, p: usize, m: Mention) -> Mention {
        Mention {
            span: self.span(p, m.last.as_usize()),
            first: TokIdx::new(p),
            role: Some(self.span(p, m.first.as_usize() - 1)),
            ..m
        }
    }

    /// The person `m` describes (`Rovers chief executive Dana Roe`: Dana
    /// Roe, with the rest her role), else `m` itself: [`Self::described_name`]
    /// extended back with [`Self::described_from`].
    pub fn described_person(&self, m: Mention, hi: usize) -> Mention {
        self.described_name(&m, hi)
            .map_or(m, |n| self.described_from(m.first.as_usize(), n))
    }

    /// The name that `m` describes, when a lowercase descriptor joins
    /// them (`Rovers director of football Helen Quist`, `Herons coach Ingrid
    /// Sollberg`): the person is the second name.
    pub fn described_name(&self, m: &Mention, hi: usize) -> Option<Mention> {
        if m.kind != MentionKind::Name {
            return None;
        }
        let d = m.last.as_usize() + 1;
        let mut e = d;
        while e < hi
            && e < d + 5
            && self.word(e)
            && !self.toks[e].is(CAP)
            && !self.has(e, lexicon::DETERMINER)
            && !self.has(e, lexicon::CUE)
            && (e > d || !self.has(e, lexicon::FUNCTION))
            && !self.is_past_at(e)
        {
            // A verb is no descriptor (`Jo Roe congratulated Ann Lee`,
            // `Norland bans Air Vell`, `Jo Roe met Ann Lee`).
            let w = self.s(e);
            if (w.len() >= 4 && w.ends_with("ed"))
                || (e == d && w.ends_with('s') && !w.ends_with("ss"))
                || self.in_list(e, List::IrregularPast)
            {
                return None;
            }
            e += 1;
        }
        if e == d || e >= hi || !self.is_name_word(e) {
            return None;
        }
        self.np_starting_at(e, hi)
            .filter(|n| n.kind == MentionKind::Name && !n.nonperson)
    }

    /// Whether token `i` reads as a past tense (`met`, `visited`): a verb,
    /// never a descriptor (`Jo Roe met Al Day`).
    pub fn is_past_at(&self, i: usize) -> bool {
        let w = self.s(i);
        self.in_list(i, List::IrregularPast)
            || (w.len() > 3
                && w.get(w.len() - 2..)
                    .is_some_and(|e| e.eq_ignore_ascii_case("ed")))
    }

    /// A transcript label at token `i`: `PENCE:` or `Q:` (upper-case words
    /// then a colon), or with a title's period (`PROF. REDDY:`).
    pub fn label_at(&self, i: usize, hi: usize) -> Option<Mention> {
        let mut j = i;
        while j < hi && j < i + 5 {
            let capitals = self.word(j)
                && self.toks[j].is(CAP)
                && (self.s(j).len() == 1 || is_all_capitals(self.s(j)));
            let title_period = j > i
                && self.is_text(j, ".")
                && self.is_title_at(j - 1)
                && j + 1 < hi
                && self.word(j + 1);
            if !(capitals || title_period) {
                break;
            }
            j += 1;
        }
        if j == i || j >= hi || !self.is_text(j, ":") {
            return None;
        }
        Some(self.mention(i, j - 1, MentionKind::Label))
    }

    /// Tokens `i..j`, all capitalised words in capitals or single letters
    /// (`WN`, `Q`), as a label; `None` for anything else.
    pub fn capitals_label(&self, i: usize, j: usize) -> Option<Mention> {
        let caps = |k: usize| {
            self.word(k)
                && self.toks[k].is(CAP)
                && (self.s(k).len() == 1 || is_all_capitals(self.s(k)))
        };
        (i < j && (i..j).all(caps)).then(|| self.mention(i, j - 1, MentionKind::Label))
    }

    fn mention(&self, a: usize, b: usize, kind: MentionKind) -> Mention {
        let span = self.span(a, b);
        // The head drops titles, periods after titles and a leading `the`.
        let mut h = a;
        let mut gender = 0i8;
        if kind == MentionKind::Name {
            // `Former Roe aide`, `Current Director of …`: a modifier of a
            // title or name is neither.
            while h < b && self.in_list(h, List::TitleModifier) {
                h += 1;
            }
            // `Voter Kit Mak`: a role noun before a name of two words or
            // more.
            if h + 2 <= b
                && self.in_list(h, List::NameRole)
                && (h + 1..=b).all(|i| self.is_name_word(i))
            {
                h += 1;
            }
            while h < b {
                if self.is_title_at(h) || self.title_period(h) || self.is_text_ci(h, "the") {
                    if gender == 0 {
                        // `lexicon::title_gender`, from the class bits.
                        gender = if self.has(h, lexicon::MALE) {
                            1
                        } else if self.has(h, lexicon::FEMALE) {
                            -1
                        } else {
                            0
                        };
                    }
                    h += 1;
                } else if h > a
                    && (self.is_text(h, "of") || self.is_text(h, "for"))
                    && h + 3 <= b
                    && (h + 1..=b).all(|i| self.is_name_word(i) || self.is_text_ci(i, "the"))
                {
                    // `Secretary of State Jo Roe`, `President of Norland
                    // Ann Lee`: what the title is of, then the person;
                    // the person's name is the last two words when four
                    // or more follow (`of Port Elland Mara Quell`).
                    h += if self.is_text_ci(h + 1, "the") { 3 } else { 2 };
                    if b >= h + 2 && (h..=b).all(|i| self.is_name_word(i)) {
                        h = b - 1;
                    }
                } else {
                    break;
                }
            }
            // `The Bishop of Dunmore`: a title of a place with no name
            // after it is the whole head, not `of Dunmore`.
            if h > a && h <= b && (self.is_text(h, "of") || self.is_text(h, "for")) {
                h = if self.is_text_ci(a, "the") { a + 1 } else { a };
            }
        }
        // Letters after the name (`KC`, `Jr.`) are not the name either;
        // nor is an affiliation (`Jo Roe of the Courier`), a role.
        let mut e = b;
        let mut role = None;
        if kind == MentionKind::Name {
            while e > h + 1
                && (self.in_list(e, List::PostNominal)
                    || (self.is_text(e, ".") && self.in_list(e - 1, List::PostNominal)))
            {
                e -= 1;
            }
            if let Some(of) = self.affiliation_at(h, e) {
                role = Some(self.span(of, b));
                e = of - 1;
            }
            // `Harbour Police Lt. Tom Wirth`: a title inside the phrase
            // ends what describes the person; the name follows it.
            if let Some(k) = (h + 1..e)
                .rev()
                .find(|&k| self.is_title_at(k) && self.toks[k].is(CAP))
            {
                let mut name = if k + 1 < e && self.title_period(k + 1) || self.is_text(k + 1, ".")
                {
                    k + 2
                } else {
                    k + 1
                };
                // (`US Secretary of State Jo Roe`, `First Minister of
                // Norland Ann Lee`: what the title is of, one word, then
                // the person; the last two words when more follow.)
                // (Three words or more after `of`: `King of New York` and
                // `Officer of Red Hat` name no person after the place.)
                let of_place =
                    name + 3 <= e && (self.is_text(name, "of") || self.is_text(name, "for"));
                if of_place {
                    name += 2;
                    if e >= name + 2 && (name..=e).all(|i| self.is_name_word(i)) {
                        name = e - 1;
                    }
                }
                // (`Thomas T. Cullen`: a middle initial's period.)
                let name_word = |i: usize| {
                    self.is_name_word(i)
                        || (i > name && self.is_text(i, ".") && is_initial(self.s(i - 1)))
                };
                // (One word after the title, when a possessive owner
                // stands before it: `Norland's Prime Minister Olsen`.)
                let owned = (h..k).any(|i| self.toks[i].kind == TokKind::Possessive);
                if name <= e
                    && (name..=e).all(name_word)
                    && (e > name || (owned && !self.has(e, lexicon::ORG_WORD)))
                {
                    role = role.or(Some(self.span(h, k)));
                    h = name;
                }
            }
            // `the envoy to Norland Kelly Brandt`, `the senator from
            // Eastmark Roy Dane`: after a title and `to`/`for`/`from`, the
            // place comes first and the person's name (its last two
            // words) after it.
            if a >= 2
                && h == a
                && e >= h + 2
                && matches!(self.s(a - 1), "to" | "for" | "from")
                && (self.is_title_at(a - 2) || self.has(a - 2, lexicon::SPEAKER_NOUN))
                && (h..=e).all(|i| self.is_name_word(i) && !self.has(i, lexicon::ORG_WORD))
            {
                role = role.or(Some(self.span(h, e - 2)));
                h = e - 1;
            }
            // `Port Elland's Mara Quell`: an owner, then a person's name
            // of two words or more.
            if let Some(k) = (h..e.saturating_sub(1))
                .rev()
                .find(|&k| self.toks[k].kind == TokKind::Possessive)
            {
                if e >= k + 2
                    && (k + 1..=e).all(|i| self.is_name_word(i) && !self.has(i, lexicon::ORG_WORD))
                {
                    role = role.or(Some(self.span(h, k)));
                    h = k + 1;
                }
            }
            // `the House Jo Roe` (after `Speaker of`): a word of an
            // organisation, then two or more name words, is the person's
            // organisation and the person.
            if let Some(k) = (h..e.saturating_sub(1))
                .rev()
                .find(|&k| self.has(k, lexicon::ORG_WORD) && self.toks[k].is(CAP))
            {
                if e >= k + 2
                    && (k + 1..=e).all(|i| self.is_name_word(i) && !self.has(i, lexicon::ORG_WORD))
                {
                    role = role.or(Some(self.span(h, k)));
                    h = k + 1;
                }
            }
        }
        let head = self.span(h, e);
        // (`NVX`, `the FBI`: one word in capitals, in text that is not,
        // is an organisation's initials.)
        let acronym = || {
            let w = self.s(h);
            h == e
                && (2..=5).contains(&w.len())
                && is_all_capitals(w)
                // (Not a title or letters after a name: `VP`, `MP`.)
                && !self.is_title_at(h)
                && !self.in_list(h, List::PostNominal)
                && !(b + 1 < self.toks.len() && self.word(b + 1) && is_all_capitals(self.s(b + 1)))
                && !(a > 0 && self.word(a - 1) && is_all_capitals(self.s(a - 1)))
        };
        let nonperson = match kind {
            MentionKind::Name => {
                (h..=e).any(|i| self.has(i, lexicon::ORG_WORD))
                    || acronym()
                    // `the Treasury`, but not `the Chancellor`, nor a
                    // person after a role (`The Council on Trade director
                    // Ned Ames`).
                    || (self.is_text_ci(a, "the")
                        && gender == 0
                        && !self.is_title_at(e)
                        && role.is_none())
            }
            MentionKind::Nominal => self.has(b, lexicon::NONPERSON_NOUN),
            MentionKind::Pronoun(p) => p == Pronoun::It,
            MentionKind::Label => false,
        };
        Mention {
            span,
            first: TokIdx::new(a),
            last: TokIdx::new(b),
            kind,
            head,
            gender,
            role,
            nonperson,
        }
    }

    /// The possessive pronoun at `i` (`his claim`) as a mention of the
    /// pronoun it stands for, resolved as that pronoun is.
    pub fn possessive_mention(&self, i: usize) -> Option<Mention> {
        let p = self.possessive_at(i)?;
        Some(self.mention(i, i, MentionKind::Pronoun(p)))
    }

    /// The phrase `a..=b` as a noun phrase mention (`a new report by the
    /// Courier`), for a source that runs to a comma.
    pub fn phrase_mention(&self, a: usize, b: usize) -> Mention {
        self.mention(a, b, MentionKind::Nominal)
    }

    /// In a name `h..=e`, the `of` that opens an affiliation: a person's
    /// name of two words or more before it, with no organisation word or
    /// title (`Jonah Redding of Pemberton Securities`; not `Bank of
    /// England`, `Secretary of State`).
    /// Whether the name word at `i`, before `of the`, names a body whose
    /// name goes on (`Friends of the Earth`, `Bank of the West`): a plural
    /// or a word of organisations, not a person's surname (`Jo Roe of the
    /// Courier` is a person and an affiliation).
    fn body_before_of(&self, i: usize) -> bool {
        self.is_name_word(i) && (self.has(i, lexicon::ORG_WORD) || self.bytes(i).ends_with(b"s"))
    }

    fn affiliation_at(&self, h: usize, e: usize) -> Option<usize> {
        let of = (h + 2..e).find(|&k| self.is_text(k, "of"))?;
        // (`Omar bin Faisal of Norland`: a connector inside the name.)
        let person = (h..of).all(|k| {
            (self.is_name_word(k) || (k > h && self.is_name_connector_at(k)))
                && !self.has(k, lexicon::ORG_WORD)
                && !self.is_title_at(k)
        }) && self.is_name_word(of - 1);
        (person && of - h >= 2).then_some(of)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Runs `f` on the token view of `text` (shared by other stages' tests).
    pub(crate) fn with<R>(text: &str, f: impl FnOnce(&Toks) -> R) -> R {
        let seg = crate::segment::segmented(text);
        let mut entries = Vec::new();
        Toks::unseen_entries(&mut entries, seg.tokens.len());
        let t = Toks {
            text,
            base: 0,
            toks: &seg.tokens,
            lex: crate::lexicon::default_lexicon(),
            entries: &entries,
        };
        f(&t)
    }

    #[test]
    fn name_connectors_come_from_their_list() {
        let text = "of de van von der den bin al da du del la le di off dell \
                    the a Of VAN vans . , ’s";
        let list = [
            "of", "de", "van", "von", "der", "den", "bin", "al", "da", "du", "del", "la", "le",
            "di",
        ];
        with(text, |t| {
            for i in 0..t.toks.len() {
                assert_eq!(
                    t.is_name_connector_at(i),
                    list.contains(&t.s(i)),
                    "{}",
                    t.s(i)
                );
            }
        });
    }

    fn before(text: &str, last_word: &str) -> Option<String> {
        with(text, |t| {
            let j = (0..t.toks.len()).rev().find(|&i| t.s(i) == last_word)?;
            t.np_ending_at(j, 0).map(|m| text[m.span].to_string())
        })
    }

    fn after(text: &str, first_word: &str) -> Option<String> {
        with(text, |t| {
            let i = (0..t.toks.len()).find(|&i| t.s(i) == first_word)?;
            t.np_starting_at(i, t.toks.len())
                .map(|m| text[m.span].to_string())
        })
    }

    #[test]
    fn names_with_titles() {
        assert_eq!(
            before("Yesterday Prime Minister Jane Doe", "Doe").as_deref(),
            Some("Prime Minister Jane Doe")
        );
        assert_eq!(
            before("and Mr. Smith", "Smith").as_deref(),
            Some("Mr. Smith")
        );
        assert_eq!(before("But Ms Roe", "Roe").as_deref(), Some("Ms Roe"));
        assert_eq!(
            before("the Bank of Narnia", "Narnia").as_deref(),
            Some("the Bank of Narnia")
        );
        assert_eq!(
            before("expert Jo Bloggs", "Bloggs").as_deref(),
            Some("Jo Bloggs")
        );
    }

    #[test]
    fn common_noun_phrases() {
        assert_eq!(
            before("later, a source", "source").as_deref(),
            Some("a source")
        );
        assert_eq!(
            before("the agency’s director", "director").as_deref(),
            Some("the agency’s director")
        );
        assert_eq!(
            before("meanwhile officials", "officials").as_deref(),
            Some("officials")
        );
        assert_eq!(before("the table was", "was"), None);
        assert_eq!(
            after("a spokesman for the ministry.", "a").as_deref(),
            Some("a spokesman for the ministry")
        );
        assert_eq!(
            after("Mr. Lee at a briefing", "Mr").as_deref(),
            Some("Mr. Lee")
        );
    }

    #[test]
    fn pronouns_and_labels() {
        assert_eq!(before("then he", "he").as_deref(), Some("he"));
        with("PENCE: We will.", |t| {
            assert_eq!(
                t.label_at(0, t.toks.len()).map(|m| &t.text[m.span]),
                Some("PENCE")
            );
        });
        with("Word count: 12", |t| {
            assert!(t.label_at(0, t.toks.len()).is_none())
        });
    }
}
