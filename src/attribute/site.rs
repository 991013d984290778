//! What the rules of one cue share: the cue, its sentence, and the phrases
//! around it, each found once, when a rule first asks for it.

use super::phrases::{
    clause_end, clause_start, content, finite_clause, has_words, is_subject_pronoun, mention_end,
    only_punct, skip_complement, subject_after, subject_before, tail_is_adjunct, word_count,
    Content,
};
use super::rules::Adjust;
use super::{Attribution, Ctx};
use crate::cues::CueHit;
use crate::lexicon::{self, Act, Frame, VerbForm};
use crate::mentions::{Mention, MentionKind};
use crate::scan::QuoteIdx;
use crate::span::Span;
use std::cell::OnceCell;

/// A cue in its sentence (tokens `lo..hi`), with what the rules read of
/// the sentence's attributions so far.
pub(super) struct CueSite {
    pub lo: usize,
    pub hi: usize,
    pub cue: CueHit,
    /// The cue's first token and one past its last.
    pub c0: usize,
    pub ce: usize,
    /// The speaker of this sentence's latest attribution.
    prev_speaker: Option<Mention>,
    /// Where the content of this sentence's latest attribution ends.
    earlier_end: Option<usize>,
    /// The speaker of the latest attribution of an earlier sentence, in
    /// this paragraph or the one before.
    last_speaker: Option<Mention>,
    subject: OnceCell<Option<Option<Mention>>>,
    credited: OnceCell<Option<QuoteIdx>>,
    comma: OnceCell<Option<CommaCredit>>,
    after: OnceCell<After>,
    complement: OnceCell<(usize, usize)>,
    evidence: OnceCell<Option<Mention>>,
}

/// The content after a cue (`said (that) CLAUSE`, `said: “Q”`).
#[derive(Clone, Copy, Debug)]
pub(super) struct After {
    /// The cue with what joined it (`told reporters`, `said in a
    /// statement`).
    pub cue: Span,
    pub content: Option<Content>,
    /// A comma or colon introduced the quotation, or it stands alone
    /// before the sentence's end (`said: “Q”`).
    pub introduced: bool,
    /// `that` opened the content (`said that …`).
    pub that: bool,
}

/// A credit after a comma: `CLAUSE, she said` or `CLAUSE, said Jo Roe`.
#[derive(Clone, Copy, Debug)]
pub(super) struct CommaCredit {
    pub speaker: Mention,
    /// Where the clause starts.
    pub start: usize,
    /// The first token after the credit.
    pub tail: usize,
    /// A comma and more words follow the credit: `The plan, she said,
    /// would fail.`
    pub parenthetical: bool,
}

/// The most tokens from `to` back to the verb whose infinitive it opens
/// (`met with the agency's liaison | to discuss`).
const MAX_INFINITIVE_GAP: usize = 10;

impl CueSite {
    /// The site of `cue` in the sentence `lo..hi`, whose attributions
    /// before the cue are `earlier`.
    pub fn new(lo: usize, hi: usize, cue: CueHit, earlier: &[Attribution]) -> CueSite {
        CueSite {
            lo,
            hi,
            cue,
            c0: cue.tok.as_usize(),
            ce: cue.end.as_usize(),
            prev_speaker: earlier.iter().rev().take(4).find_map(|a| a.speaker),
            earlier_end: earlier.last().map(|a| a.content.end()),
            last_speaker: None,
            subject: OnceCell::new(),
            credited: OnceCell::new(),
            comma: OnceCell::new(),
            after: OnceCell::new(),
            complement: OnceCell::new(),
            evidence: OnceCell::new(),
        }
    }

    /// Sets the speaker of `last`, the latest attribution of an earlier
    /// sentence, when it is of this paragraph or the one before.
    pub fn with_last_speaker(mut self, ctx: &Ctx, last: Option<&Attribution>) -> CueSite {
        let para = ctx.t.toks[self.c0].para.as_usize();
        self.last_speaker = last
            .filter(|a| a.last_para.as_usize() + 1 >= para)
            .and_then(|a| a.speaker);
        self
    }

    /// The cue's span (without what [`After::cue`] adds).
    pub fn span(&self, ctx: &Ctx) -> Span {
        ctx.t.span(self.c0, self.ce - 1)
    }

    /// The adjustment for a verb that reports less directly than a verb
    /// of saying, if this is one.
    pub fn strength(&self) -> Option<Adjust> {
        (self.cue.verb.act == Act::React).then_some(Adjust::WeakCue)
    }

    /// The speaker of this sentence's latest attribution.
    pub fn prev_speaker(&self) -> Option<Mention> {
        self.prev_speaker
    }

    /// The cue's subject before it (`she said`); `None` when the cue word
    /// is a noun here (`the report`, `their support`), which no later rule
    /// reports.
    pub fn subject(&self, ctx: &Ctx) -> Option<Option<Mention>> {
        *self.subject.get_or_init(|| {
            let t = &ctx.t;
            // (Not inside the content of an earlier report of the
            // sentence that ends at `and`: `said people changed their
            // minds and several said …` has the subject `several`.)
            let lo = self
                .earlier_end
                .filter(|&end| end <= t.toks[self.c0].start as usize)
                .map(|end| {
                    self.lo + t.toks[self.lo..self.c0].partition_point(|x| (x.start as usize) < end)
                })
                .filter(|&k| k + 1 < self.c0 && t.is_text(k, "and"))
                .map_or(self.lo, |k| k + 1);
            // `The ministers met on Friday to discuss …`: in the wider
            // scope, a reporting verb's infinitive reports for the
            // subject of the verb before it.
            if ctx.wide()
                && self.cue.verb.form == VerbForm::Present
                && lo + 1 < self.c0
                && t.is_text(self.c0 - 1, "to")
            {
                return Some(self.infinitive_subject(ctx, lo));
            }
            let subj = subject_before(ctx, self.c0, lo);
            // `the post read`, `her statement read`: the channel's author
            // is the speaker, its owner or the speaker before it.
            if t.is_text_ci(self.c0, "read") || t.is_text_ci(self.c0, "reads") {
                if let Some(m) = subj.filter(|m| m.kind == MentionKind::Nominal) {
                    let l = m.last.as_usize();
                    let owner = t.possessive_mention(m.first.as_usize()).or_else(|| {
                        (l >= self.lo + 2
                            && t.toks[l - 1].kind == crate::tokens::TokKind::Possessive)
                            .then(|| t.np_ending_at(l - 2, self.lo))
                            .flatten()
                    });
                    let definite = m.first.as_usize() + 1 == m.last.as_usize()
                        && t.is_text_ci(m.first.as_usize(), "the");
                    if owner.is_some() {
                        return Some(owner);
                    }
                    if definite && self.last_speaker.is_some() {
                        return Some(self.last_speaker);
                    }
                }
            }
            // (`32% of Republican claims as false`: after a preposition
            // the word is a noun.)
            // (Also the second of two names after it: `polls in Ostland
            // and Norland have found`.)
            let after_preposition = subj.is_some_and(|m| {
                let f = m.first.as_usize();
                let governed =
                    |f: usize| f > self.lo && t.in_list(f - 1, lexicon::List::Preposition);
                governed(f)
                    || (m.kind == MentionKind::Name
                        && f > self.lo + 1
                        && t.is_text(f - 1, "and")
                        && t.np_ending_at(f - 2, self.lo).is_some_and(|n| {
                            n.kind == MentionKind::Name && governed(n.first.as_usize())
                        }))
            });
            // (`In a note posted Friday, Jo Roe said …`: the object of
            // a preposition opening the sentence, with a participle.)
            let fronted_object = subj.is_some_and(|m| {
                let f = m.first.as_usize();
                f == self.lo + 1
                    && t.has(f, lexicon::DETERMINER)
                    && ["in", "on", "at", "during", "from", "with", "through", "by"]
                        .iter()
                        .any(|w| t.is_text_ci(self.lo, w))
            });
            if fronted_object {
                return None;
            }
            // (`a shop counter that slides`: right after `a` or `an` and a
            // singular noun, a verb's base form cannot agree, and `that`
            // with a verb after it opens a relative clause: the word is a
            // noun. `A few critics counter that the …` has a plural head,
            // `A third say that the …` a that-clause.)
            let base_form = self.cue.verb.form == VerbForm::Present
                && !t.s(self.c0).ends_with('s')
                && self.ce + 1 < self.hi
                && t.is_text(self.ce, "that")
                && t.word(self.ce + 1)
                && !t.has(self.ce + 1, lexicon::DETERMINER)
                && t.pronoun_at(self.ce + 1).is_none()
                && !t.toks[self.ce + 1].is(crate::tokens::CAP);
            let singular_a = subj.is_some_and(|m| {
                m.kind == MentionKind::Nominal
                    && m.last.as_usize() + 1 == self.c0
                    && (t.is_text_ci(m.first.as_usize(), "a")
                        || t.is_text_ci(m.first.as_usize(), "an"))
                    && !t.bytes(m.last.as_usize()).ends_with(b"s")
            });
            if base_form && singular_a {
                return None;
            }
            // (`Initial reports stated …`: before a verb in the past, a
            // noun that is also a cue is the subject's head.)
            let before_past = self.ce < self.hi
                && t.word(self.ce)
                && (t.is_past_at(self.ce)
                    || t.cue_verb_at(self.ce)
                        .is_some_and(|v| v.form == VerbForm::Past));
            let verbal = !t.has(self.c0, lexicon::NOUN_HOMOGRAPH)
                || !after_preposition
                    && !before_past
                    && subj.is_some_and(|m| {
                        // (A word that is a noun as often as a verb, before
                        // what only follows a noun, is the noun after any
                        // subject but a pronoun: `the terrorist attacks |
                        // in`, `Rust Belt states | that have …`.)
                        let pronoun = matches!(m.kind, MentionKind::Pronoun(_));
                        (pronoun || !self.noun_follows(ctx, false))
                            && (pronoun
                        || (m.kind == MentionKind::Name
                            && (!t.has(m.first.as_usize(), lexicon::DETERMINER)
                                // `The Harbour Gazette reports that …`
                                || (self.c0 + 1 < self.hi
                                    && t.is_text(self.c0 + 1, "that")
                                    && t.bytes(self.c0).ends_with(b"s"))
                                // `The Harbour Trust plans to open …`: in
                                // the wider scope, an infinitive of intent.
                                || (ctx.wide()
                                    && !self.cue.verb.act.is_speech()
                                    && self.c0 + 2 < self.hi
                                    && t.is_text(self.c0 + 1, "to")
                                    && t.bytes(self.c0).ends_with(b"s")
                                    && super::frames::infinitive_at(t, self.c0 + 2, self.hi))))
                        // `the new poll shows`: a document noun as subject.
                        || (m.kind == MentionKind::Nominal
                            && t.has(m.last.as_usize(), lexicon::NONPERSON_NOUN))
                        // `Both groups report`: people, counted.
                        || (m.kind == MentionKind::Nominal
                            && m.first != m.last
                            && t.in_list(m.first.as_usize(), crate::lexicon::List::Quantifier)
                            && t.has(m.last.as_usize(), lexicon::SPEAKER_NOUN))
                        // `Party leaders hope …`, `The campaign fears …`:
                        // in the wider scope, a verb of thought or evidence
                        // that agrees in number with a described subject.
                        || (ctx.wide()
                            && self.cue.verb.act != Act::Speech
                            && m.kind == MentionKind::Nominal
                            && self.agrees(ctx, m))
                        // `Many fear …`: a quantifier alone, in the
                        // wider scope.
                        || (ctx.wide()
                            && self.cue.verb.act != Act::Speech
                            && m.first == m.last
                            && t.in_list(m.first.as_usize(), lexicon::List::Quantifier)))
                    });
            let found = verbal.then_some(subj);
            // `About 4 in 10 voters in each state want …`: in the wider
            // scope, a subject over its modifiers.
            // (A word that is also a noun, only after a document: `a poll
            // of voters shows`; not `her economic plan`.)
            // (A reaction's subject after a preposition stays a name:
            // `Senator from Ostland Jo Roe endorsed …`.)
            let react = self.cue.verb.act == Act::React
                && found.flatten().is_some_and(|m| m.kind == MentionKind::Name);
            if ctx.wide()
                && self.cue.verb.act != Act::Speech
                && (found.flatten().is_none() || (after_preposition && !react))
            {
                let noun = t.has(self.c0, lexicon::NOUN_HOMOGRAPH);
                if let Some(m) = super::frames::modified_subject(ctx, self.c0, self.lo)
                    .filter(|m| !noun || t.in_list(m.last.as_usize(), lexicon::List::EvidenceNoun))
                {
                    return Some(Some(m));
                }
            }
            // `Regulators did not expect …`, `Voters may not want …`: in
            // the wider scope, the subject of a verb of thought or evidence
            // over its auxiliary and a negation.
            // (Also when the phrase found ends with the negated auxiliary:
            // `Most fans didn't | expect`.)
            let negated = |m: Mention| {
                let w = t.s(m.last.as_usize());
                w.ends_with("n't") || w.ends_with("n’t")
            };
            // (The scope first: the default scope never asks.)
            if ctx.wide() && self.cue.verb.act != Act::Speech && found.flatten().is_none_or(negated)
            {
                if let Some(m) = self.subject_over_auxiliary(ctx) {
                    return Some(Some(m));
                }
            }
            // `A poll released Sunday by the paper shows …`: in the wider
            // scope, a document over its modifiers is the subject of a verb
            // of evidence when no other subject is found.
            // (Also over a name a preposition governs: `Recent polls in
            // Ostland and Norland have found`.)
            if found.flatten().is_none() || (after_preposition && !react) {
                if let Some(m) = self.evidence_subject(ctx) {
                    return Some(Some(m));
                }
            }
            found
        })
    }

    /// For a cue in its base form after `to` (`met on Friday to discuss`,
    /// `tended to support`), the subject of the nearest verb before `to`
    /// in the clause, at most [`MAX_INFINITIVE_GAP`] tokens back: a verb
    /// in the past or in `-s`, a form of `be` or an auxiliary, or a cue.
    /// `None` when no such verb stands there (`the road to support`), or
    /// the verb has no subject before it.
    fn infinitive_subject(&self, ctx: &Ctx, lo: usize) -> Option<Mention> {
        let t = &ctx.t;
        let to = self.c0 - 1;
        // (The base form must not end in `-s`: `to reports` is a noun.)
        let w = t.s(self.c0);
        if w.ends_with('s') && !w.ends_with("ss") {
            return None;
        }
        // (Not after a word that makes the infinitive a noun's or a
        // question's: `a way to report`, `how to want`, `were to reply`.)
        // (Nor `is to find`, a copula's; nor `to add`, which adds things
        // far more often than words.)
        if matches!(
            t.s(to - 1),
            "how"
                | "way"
                | "ways"
                | "chance"
                | "need"
                | "were"
                | "was"
                | "is"
                | "are"
                | "be"
                | "designed"
        ) || t.is_text(self.c0, "add")
        {
            return None;
        }
        // `difficult for the mayor to attack them`: the phrase after `for`;
        // `led Roe to express …`: a name or pronoun after a verb of
        // causing.
        if let Some(m) = t.np_ending_at(to - 1, lo) {
            let f = m.first.as_usize();
            if f > lo && t.is_text(f - 1, "for") && !matches!(m.kind, MentionKind::Pronoun(_)) {
                return Some(m);
            }
            // (`the first president to refuse`: an infinitive of a noun.)
            if f > lo
                && m.kind == MentionKind::Nominal
                && (f..to).any(|k| matches!(t.s(k), "first" | "last" | "only"))
            {
                return None;
            }
            let object = matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_))
                && f > lo
                && matches!(
                    t.s(f - 1),
                    "led" | "lead" | "leads" | "prompted" | "forced" | "caused" | "pushed"
                );
            if object {
                return Some(m);
            }
        }
        let from = to.saturating_sub(MAX_INFINITIVE_GAP).max(lo);
        let mut k = to;
        let verb = loop {
            if k <= from {
                return None;
            }
            k -= 1;
            let tk = &t.toks[k];
            if tk.kind != crate::tokens::TokKind::Word {
                // (A clause ends at a comma, a dash or a colon.)
                if !matches!(t.s(k), "'" | "’" | "-") {
                    return None;
                }
                continue;
            }
            if tk.is(crate::tokens::CAP) {
                continue;
            }
            let finite = t.in_list(k, lexicon::List::FiniteBe)
                || t.in_list(k, lexicon::List::Auxiliary)
                || (t.is_past_at(k) && !t.has(k.saturating_sub(1), lexicon::DETERMINER))
                || t.cue_verb_at(k).is_some_and(|v| v.form != VerbForm::Gerund);
            if finite {
                break k;
            }
            // (A participle in `-ing` is another phrase's, `queries seeking
            // to confirm`, but a progressive's verb, `is trying to show`.)
            // (After an article it is a noun: `at a gathering to …`.)
            if t.s(k).ends_with("ing") && !(k > lo && t.has(k - 1, lexicon::DETERMINER)) {
                if k > lo && t.in_list(k - 1, lexicon::List::FiniteBe) {
                    break k;
                }
                return None;
            }
            // (A relative or subordinating word opens another clause.)
            if t.in_list(k, lexicon::List::Relative) || t.in_list(k, lexicon::List::Subordinator) {
                return None;
            }
        };
        // Back over the verb group: auxiliaries, `be`, adverbs, negation.
        let mut j = verb;
        while j > lo
            && (t.in_list(j - 1, lexicon::List::Auxiliary)
                || t.in_list(j - 1, lexicon::List::FiniteBe)
                || t.in_list(j - 1, lexicon::List::VerbGap)
                || t.is_verb_adjunct_at(j - 1)
                || t.s(j - 1).ends_with("n't")
                || t.s(j - 1).ends_with("n’t"))
        {
            j -= 1;
        }
        // (Not the object of a preposition: `in a series of speeches
        // designed to …`; `after` opening a clause is no preposition.)
        subject_before(ctx, j, lo).filter(|m| {
            let f = m.first.as_usize();
            m.kind != MentionKind::Pronoun(lexicon::Pronoun::It)
                && !(f > lo
                    && t.in_list(f - 1, lexicon::List::Preposition)
                    && !t.in_list(f - 1, lexicon::List::Subordinator))
        })
    }

    /// The subject before the auxiliary (and a negation or adverbs) before
    /// the cue: `regulators | did not | consider`, `I | didn't | expect`,
    /// `voters | may not | want`. `None` when no auxiliary stands there, or
    /// no subject before it.
    fn subject_over_auxiliary(&self, ctx: &Ctx) -> Option<Mention> {
        let t = &ctx.t;
        if self.cue.verb.form != VerbForm::Present {
            return None;
        }
        let mut j = self.c0;
        let mut auxiliary = false;
        while j > self.lo && self.c0 - j < 4 {
            let k = j - 1;
            // (`didn't`, `doesn’t`: one token.)
            let negated = t.s(k).ends_with("n't") || t.s(k).ends_with("n’t");
            if t.in_list(k, lexicon::List::Auxiliary) || negated {
                auxiliary = true;
            } else if !(t.in_list(k, lexicon::List::VerbGap) || t.is_verb_adjunct_at(k)) {
                break;
            }
            j = k;
        }
        if !auxiliary {
            return None;
        }
        super::phrases::subject_before(ctx, j, self.lo)
    }

    /// Whether the present form of the cue agrees in number with the noun
    /// that ends `m`: a plural (`leaders`) with the base form (`hope`), a
    /// singular (`campaign`) with the form in `-s` (`hopes`). A noun that
    /// is also a verb then reads as the verb (`leaders hope`; not `the
    /// campaign hope`, `the leaders hopes`).
    fn agrees(&self, ctx: &Ctx, m: Mention) -> bool {
        let t = &ctx.t;
        if self.cue.verb.form != VerbForm::Present
            || self.ce != self.c0 + 1
            || self.noun_follows(ctx, true)
        {
            return false;
        }
        let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
        let noun = t.s(m.last.as_usize());
        // (`police fear`, `people hope`: plurals with no `-s`.)
        let plural_noun =
            plural(noun) || matches!(noun, "police" | "people" | "men" | "women" | "children");
        noun.len() > 2 && plural_noun != plural(t.s(self.c0))
    }

    /// Whether what follows a one-word cue only follows a noun: a
    /// preposition other than `to`, or `that` and a verb, a relative
    /// clause (`the terrorist attacks | in Paris`, `the attacks | that
    /// followed`); when `ends` too, a comma or the sentence's end (`the
    /// media attacks | ,`), which after a name end a credit instead (`“…,”
    /// Jo Roe notes.`).
    fn noun_follows(&self, ctx: &Ctx, ends: bool) -> bool {
        let t = &ctx.t;
        let k = self.ce;
        // (Not a comma before an insertion, `states, however, that`.)
        let comma = t.is_text(k, ",")
            && !(k + 1 < self.hi
                && (t.is_verb_adjunct_at(k + 1)
                    || t.in_list(k + 1, lexicon::List::Connective)
                    || t.in_list(k + 1, lexicon::List::TimeAdverb)));
        let end = k >= self.hi || comma || matches!(t.s(k), "." | ";" | ")");
        self.ce == self.c0 + 1
            && ((ends && end)
                || (k < self.hi && t.in_list(k, lexicon::List::Preposition) && !t.is_text(k, "to"))
                || (t.is_text(k, "that")
                    && k + 1 < self.hi
                    && (t.is_past_at(k + 1)
                        || t.in_list(k + 1, lexicon::List::Auxiliary)
                        || t.in_list(k + 1, lexicon::List::FiniteBe))))
    }

    /// Where the credit (subject and cue) starts.
    pub fn left(&self, ctx: &Ctx) -> usize {
        match self.subject(ctx) {
            Some(Some(m)) if m.first.as_usize() >= self.lo => m.first.as_usize(),
            // (The speaker of an earlier sentence, for its channel here:
            // the credit starts at the channel.)
            Some(Some(_)) => {
                subject_before(ctx, self.c0, self.lo).map_or(self.c0, |m| m.first.as_usize())
            }
            _ => self.c0,
        }
    }

    /// What the credit rules found: the quotation [`CueSite::credited`]
    /// gave them before one of them claimed it. (The rules that follow a
    /// credit run after those, which always ask.)
    pub fn credit_found(&self) -> Option<QuoteIdx> {
        self.credited.get().copied().flatten()
    }

    /// The unclaimed quotation this cue credits, ending right before the
    /// credit (`“Q,” she said`). One ending in a period (`“Q.” Jo Roe
    /// said.`) closed the previous sentence: it counts only when the credit
    /// is all this sentence holds and the quotation is a sentence of its
    /// own.
    pub fn credited(&self, ctx: &Ctx, claimed: &[bool]) -> Option<QuoteIdx> {
        *self.credited.get_or_init(|| {
            let t = &ctx.t;
            let (lo, hi) = (self.lo, self.hi);
            let subj = self.subject(ctx)?;
            let left = self.left(ctx);
            let credit_only = || {
                let after = subj.map_or(self.ce + 1, |_| self.ce);
                after >= hi
                    || (hi - after <= 8
                        && tail_is_adjunct(ctx, after, hi)
                        && !(after..hi).any(|i| t.is_text(i, "that")))
            };
            // (A quotation in the paragraph before is no credit's: `“Q.”`,
            // then `Corvane declined to comment.`)
            let own_sentence = |q: QuoteIdx| {
                let o = ctx.quotes[q].open.as_usize();
                let p = &ctx.seg.paragraphs[t.toks[o].para];
                t.toks[o].para == t.toks[lo].para
                    && (o == p.tokens.start || matches!(t.s(o - 1), "." | "!" | "?" | "”" | "\""))
            };
            let qlo = if left == lo { 0 } else { lo };
            // `“Hello”--said Jo Roe.`: a dash joins a credit that ends
            // the sentence.
            let dash = left > lo && t.toks[left - 1].kind == crate::tokens::TokKind::Dash;
            // (A quotation run on from paragraphs before counts from the
            // mark that reopens it when a name credits it: `“…¶“…,” added
            // Jo Roe.`; `he said` goes on with whoever spoke before.)
            let named = !matches!(
                self.credit_speaker(ctx).map(|m| m.kind),
                Some(MentionKind::Pronoun(_))
            );
            let from = |q: QuoteIdx| {
                let qq = &ctx.quotes[q];
                match qq.reopens.last() {
                    Some(&r) if named => r.as_usize(),
                    _ => qq.open.as_usize(),
                }
            };
            // (`Margaret “Peg” Rourke said`: one or two capitalised words
            // quoted between two capitalised words of a name are a
            // nickname, no quotation.)
            let nickname = |q: QuoteIdx| {
                let qq = &ctx.quotes[q];
                let o = qq.open.as_usize();
                let words = qq.close.map_or(usize::MAX, |c| c.as_usize() - o - 1);
                o > lo
                    && (1..=2).contains(&words)
                    && (o + 1..o + 1 + words).all(|k| t.word(k) && t.toks[k].is(crate::tokens::CAP))
                    && t.word(o - 1)
                    && t.toks[o - 1].is(crate::tokens::CAP)
                    && t.toks[left].is(crate::tokens::CAP)
                    && subj.is_some_and(|m| m.kind == MentionKind::Name)
            };
            ctx.quote_ending_before(left - usize::from(dash), 0)
                .filter(|&q| !nickname(q))
                .filter(|&q| from(q) >= qlo)
                .filter(|&q| !claimed[q])
                .filter(|&q| left != lo || (credit_only() && own_sentence(q)))
                .filter(|_| !dash || credit_only())
        })
    }

    /// For a credited quotation `q`, the clause it ends when narration
    /// stands before it (`The failure was “heartbreaking,” she said.`):
    /// mixed speech, tokens `start..end`.
    pub fn lead(&self, ctx: &Ctx, q: QuoteIdx) -> Option<(usize, usize)> {
        let start = clause_start(ctx, self.lo, self.left(ctx), self.earlier_end);
        let open = ctx.quotes[q].open.as_usize();
        (start < open && word_count(ctx, start, open) >= 2).then(|| {
            let end = super::phrases::trim_end(ctx, start, ctx.quote_end_at(open));
            (start, end)
        })
    }

    /// The speaker of a credited quotation: the subject, or the phrase
    /// after the cue (`said the minister`).
    pub fn credit_speaker(&self, ctx: &Ctx) -> Option<Mention> {
        match self.subject(ctx)? {
            Some(m) => Some(m),
            None => subject_after(ctx, self.ce, self.hi),
        }
    }

    /// A credit after a comma with its clause before it, when what
    /// follows the credit is no clause of its own (`CLAUSE, she said
    /// on Monday.`) and the clause is no fronted adverbial (`In a
    /// statement, she said …`).
    pub fn comma_credit(&self, ctx: &Ctx) -> Option<CommaCredit> {
        *self.comma.get_or_init(|| {
            let t = &ctx.t;
            let (lo, hi, ce) = (self.lo, self.hi, self.ce);
            let subj = self.subject(ctx)?;
            let left = self.left(ctx);
            if !(left > lo + 1 && t.is_text(left - 1, ",")) {
                return None;
            }
            let (speaker, tail) = match subj {
                Some(m) => (m, ce),
                None => {
                    let m = subject_after(ctx, ce, hi)?;
                    (m, mention_end(ctx, &m))
                }
            };
            // `…, Jo Roe told a Senate panel Wednesday.`: the addressee is
            // no clause of its own.
            let tail = if self.cue.verb.frame == Frame::Addressee && subj.is_some() {
                skip_complement(ctx, tail, hi, self.cue.verb.frame, ce).0
            } else {
                tail
            };
            // `Outside the hall, she declined to comment.`: a verb with an
            // infinitive after it (`to comment`, `to say`) is no credit of
            // what stands before it.
            if tail + 1 < hi
                && t.is_text(tail, "to")
                && t.cue_verb_at(tail + 1)
                    .is_some_and(|v| v.form == VerbForm::Present && !t.s(tail + 1).ends_with('s'))
            {
                return None;
            }
            // `…, Roe said on Monday, adding that …`: a participle after the
            // credit (and its time words) reports on its own.
            let tail = match skip_complement(ctx, tail, hi, Frame::Clause, tail).0 {
                p if subj.is_some()
                    && p + 1 < hi
                    && t.is_text(p, ",")
                    && t.cue_verb_at(p + 1)
                        .is_some_and(|v| v.form == VerbForm::Gerund) =>
                {
                    p
                }
                _ => tail,
            };
            let parenthetical =
                tail + 2 < hi && t.is_text(tail, ",") && has_words(ctx, tail + 1, hi, 2);
            // (`…, leaders said Friday, as they toured the town …`: an adjunct
            // clause after the credit's time words.)
            let mut k = tail;
            let time = |k: usize| {
                super::phrases::is_time_word(t, k) || t.in_list(k, lexicon::List::TimeNoun)
            };
            while k < hi && (time(k) || (t.is_text(k, "on") && k + 1 < hi && time(k + 1))) {
                k += 1;
            }
            let cut_tail = k + 1 < hi && t.is_text(k, ",") && adjunct_to_end(ctx, k + 1, hi);
            let short_tail = parenthetical
                || cut_tail
                || (hi - tail <= 12
                    && tail_is_adjunct(ctx, tail, hi)
                    && !(tail..hi)
                        .any(|i| t.is_text(i, "that") || ctx.quote_opening_at(i).is_some()));
            let start = clause_start(ctx, lo, left, self.earlier_end);
            let fronted = super::phrases::is_fronted_adverbial(ctx, start, left - 1);
            (short_tail && !fronted).then_some(CommaCredit {
                speaker,
                start,
                tail,
                parenthetical,
            })
        })
    }

    /// What [`skip_complement`] skips after the cue: where the content
    /// starts, and where the cue phrase ends. (Asked by [`CueSite::after`]
    /// and by the rule of a noun-phrase object.)
    pub fn complement(&self, ctx: &Ctx) -> (usize, usize) {
        *self
            .complement
            .get_or_init(|| skip_complement(ctx, self.ce, self.hi, self.cue.verb.frame, self.ce))
    }

    /// The document that is the subject of the cue, a verb of evidence,
    /// over its modifiers ([`super::frames::evidence_subject`]); asked by
    /// several rules.
    pub fn evidence_subject(&self, ctx: &Ctx) -> Option<Mention> {
        // (None outside the scope, or for a verb of no evidence, as
        // `evidence_subject` would find: no cell to fill. Most cues are of
        // no evidence.)
        if !ctx.wants(crate::model::Act::Evidence) || self.cue.verb.form == VerbForm::Gerund {
            return None;
        }
        if self.cue.verb.act != Act::Evidence
            && !ctx.t.in_list(self.c0, lexicon::List::EvidenceVerb)
        {
            return None;
        }
        *self
            .evidence
            .get_or_init(|| super::frames::evidence_subject(ctx, self))
    }

    /// The content after the cue, past what may stand between (time
    /// words, an addressee, a channel, `that`).
    pub fn after(&self, ctx: &Ctx, claimed: &[bool]) -> After {
        *self.after.get_or_init(|| {
            let t = &ctx.t;
            let hi = self.hi;
            let (mut p, cue_end) = self.complement(ctx);
            let cue = t.span(self.c0, cue_end - 1);
            let introduced = p < hi && matches!(t.bytes(p), b"," | b":");
            if introduced {
                p += 1;
            }
            // (A quotation in the next paragraph is no content of this
            // sentence: see the colon header rule.)
            let q = ctx.quote_opening_at(p).filter(|&q| p < hi && !claimed[q]);
            if let Some(q) = q {
                let qe = ctx.quote_end_at(p);
                // `She said: “Q”` — a comma or colon introduces a verbatim
                // quotation, whatever follows it; without one, text after
                // the quotation makes the clause mixed.
                if introduced || only_punct(ctx, qe, hi) || second_predicate(ctx, qe, hi) {
                    return After {
                        cue,
                        content: Some(Content::Quote(q)),
                        introduced: true,
                        that: false,
                    };
                }
            }
            // (`said on Friday, as they toured the town …`: after a comma, an
            // adjunct is no content.)
            // (Nor, with no comma, a clause of time that ends the sentence:
            // `said when she resigned`, `said Friday as he arrived`.)
            // (After a negated cue a wh-word opens a question, the
            // content: `have not said when the trail would reopen`.)
            let time_clause = !introduced
                && p + 1 < hi
                && !t.is_text(p - 1, "that")
                && !negated_cue(t, self.lo, self.c0)
                && (t.is_text(p, "when")
                    || t.is_text(p, "while")
                    || (t.is_text(p, "as") && is_subject_pronoun(t, p + 1)));
            if (introduced && t.is_text(p - 1, ",") || time_clause) && adjunct_to_end(ctx, p, hi) {
                return After {
                    cue,
                    content: None,
                    introduced: false,
                    that: false,
                };
            }
            // `Lind spoke of the flood: “Q”`: a short phrase opened by a
            // preposition (the topic), a colon, and a quotation that ends
            // the sentence: the quotation is the content.
            if let Some(q) = topic_then_colon_quote(ctx, p, hi, claimed) {
                return After {
                    cue,
                    content: Some(Content::Quote(q)),
                    introduced: true,
                    that: false,
                };
            }
            // (`skip_complement` steps over a `that` of its own.)
            // (`said that, in her view, …`: a comma after it too.)
            let that_before = p > self.ce
                && (t.is_text(p - 1, "that")
                    || (introduced && p > self.ce + 1 && t.is_text(p - 2, "that")));
            // (`said that was not her view`: `that` before a verb is the
            // clause's subject.)
            let that = p < hi
                && t.is_text(p, "that")
                && !(p + 1 < hi && t.in_list(p + 1, lexicon::List::Auxiliary));
            if that {
                p += 1;
            }
            let mut end = clause_end(ctx, p, hi);
            end = super::phrases::continued_in_present(ctx, self.c0, end, hi);
            end = super::phrases::continued_across_tense(ctx, self.c0, end, hi);
            // `the plan, which critics say will cost jobs, was approved`:
            // a content whose subject `, which` took (it opens with its
            // verb) ends at the relative clause's comma.
            let comma_which =
                |k: usize| k > self.lo && t.is_text(k, "which") && t.is_text(k - 1, ",");
            let which_clause = p < end
                && t.in_list(p, lexicon::List::Auxiliary)
                && crate::cues::extracted(t, self.c0, self.c0.checked_sub(1))
                && (self.c0.saturating_sub(3)..self.c0).any(comma_which);
            // `When the minister said the plan would fail, the crowd
            // booed.`: a cue in a fronted subordinate clause reports up to
            // that clause's comma.
            let lo = self.lo;
            let fronted = lo < self.c0
                && self.c0 - lo <= MAX_FRONTED_TOKENS
                && (t.is_text_ci(lo, "when")
                    || t.is_text_ci(lo, "if")
                    || t.lists_at(lo) & lexicon::List::Subordinator.bit() != 0)
                && !(lo..self.c0).any(|k| t.is_text(k, ","));
            if which_clause || fronted {
                // (From the cue: `After the union objected, the case …`
                // ends the clause at the cue.)
                let mut k = if fronted { self.ce } else { p };
                while k < end && !t.is_text(k, ",") {
                    k = if ctx.opens_quote(k) {
                        ctx.quote_end_at(k).max(k + 1)
                    } else {
                        k + 1
                    };
                }
                // (`As the paper noted, the plan …`: a credit, whose content
                // follows the comma.)
                if k >= p {
                    end = k.min(end);
                } else if !t.is_text_ci(lo, "as") {
                    end = p;
                }
            }
            // (`reiterated that approach`: `that` before a noun phrase with
            // no verb is a demonstrative, and `said and left`: a
            // coordinator opens no content.)
            // (One or two nouns, then a preposition, a time word, a
            // coordinator or the end: `that pledge last week`.)
            let noun = |k: usize| {
                t.word(k)
                    && !t.toks[k].is(crate::tokens::CAP)
                    && !t.has(k, lexicon::FUNCTION)
                    && !t.is_past_at(k)
                    && !t.s(k).ends_with('s')
                    && !crate::cues::is_number(t, k)
            };
            let phrase_end = |k: usize| {
                k >= end
                    || matches!(t.s(k), "." | "!" | "?")
                    || t.in_list(k, lexicon::List::Preposition)
                    || t.in_list(k, lexicon::List::Coordinator)
                    || super::phrases::is_time_word(t, k)
            };
            // (`that argument in a ruling | released Monday`: a participle
            // after a noun and before a time word or `by` is no finite
            // verb; the clause is looked at on either side of it.)
            let participle = |k: usize| {
                t.is_past_at(k)
                    && k + 1 < end
                    && t.word(k - 1)
                    && !t.has(k - 1, lexicon::FUNCTION)
                    && (super::phrases::is_time_word(t, k + 1) || t.is_text(k + 1, "by"))
            };
            let demonstrative = (that || that_before)
                && p == self.ce + 1
                && p < end
                && noun(p)
                && (phrase_end(p + 1) || (noun(p + 1) && phrase_end(p + 2)))
                && {
                    let cut = (p + 1..end).find(|&k| participle(k)).unwrap_or(end);
                    // (After it, no verb: `doubts about the plan announced
                    // by the mayor | might cost votes` is a clause.)
                    !finite_clause(ctx, p, cut)
                        && !(cut + 1..end).any(|k| {
                            t.is_past_at(k)
                                || t.in_list(k, lexicon::List::Auxiliary)
                                || t.in_list(k, lexicon::List::FiniteBe)
                        })
                };
            let coordinated = !that
                && !that_before
                && !introduced
                && p < hi
                && t.in_list(p, lexicon::List::Coordinator);
            After {
                cue,
                content: if demonstrative || coordinated {
                    None
                } else {
                    content(ctx, p, end)
                },
                introduced: false,
                that: that || that_before,
            }
        })
    }
}

/// Whether a second verb of the subject follows at `p` (`shouted “Stop!”
/// and ran to the door`): a coordinator, perhaps adverbs, then a verb in
/// the past.
fn second_predicate(ctx: &Ctx, p: usize, hi: usize) -> bool {
    let t = &ctx.t;
    if p + 1 >= hi || !(t.is_text(p, "and") || t.is_text(p, "but")) {
        return false;
    }
    let mut v = p + 1;
    while v + 1 < hi && v < p + 3 && t.is_verb_adjunct_at(v) {
        v += 1;
    }
    t.word(v) && !t.toks[v].is(crate::tokens::CAP) && t.is_past_at(v)
}

/// The most tokens between a negation and the cue it negates (`did not
/// say`, `have not yet said`).
const MAX_NEGATION_GAP: usize = 3;

/// Whether the cue at `c0` is negated (`did not say`, `hasn't said`,
/// `never explained`): `not`, `never` or a word in `n't` at most
/// [`MAX_NEGATION_GAP`] tokens before it, within the sentence from `lo`.
pub(super) fn negated_cue(t: &crate::tokens::Toks, lo: usize, c0: usize) -> bool {
    (c0.saturating_sub(MAX_NEGATION_GAP).max(lo)..c0).any(|k| {
        let w = t.s(k);
        w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n’t")
    })
}

/// Whether `p..hi` is an adjunct clause that ends the sentence: a cut
/// word first (`as they toured the town`), and no comma after it (`when she
/// was young, a boss invited her` goes on with a clause).
fn adjunct_to_end(ctx: &Ctx, p: usize, hi: usize) -> bool {
    let t = &ctx.t;
    p < hi && t.in_list(p, lexicon::List::CutWord) && !(p + 1..hi).any(|k| t.is_text(k, ","))
}

/// The most tokens from a fronted subordinator to its cue (`When the
/// minister said …`): a longer stretch is looked at no further, which
/// keeps sentences of many cues linear.
const MAX_FRONTED_TOKENS: usize = 40;

/// The most tokens of a topic between a cue and a colon (`spoke of the
/// flood:`).
const MAX_TOPIC_TOKENS: usize = 6;

/// `of the flood: “Q”` at token `p`: a preposition, at most
/// [`MAX_TOPIC_TOKENS`] words with no cue, a colon, and a quotation that
/// ends the sentence (tokens before `hi`): that quotation.
fn topic_then_colon_quote(ctx: &Ctx, p: usize, hi: usize, claimed: &[bool]) -> Option<QuoteIdx> {
    let t = &ctx.t;
    if p >= hi || !t.word(p) || !t.in_list(p, lexicon::List::Preposition) {
        return None;
    }
    let colon = (p + 1..hi.min(p + 1 + MAX_TOPIC_TOKENS)).find(|&i| !t.word(i))?;
    if !t.is_text(colon, ":") || (p..colon).any(|i| t.has(i, lexicon::CUE)) {
        return None;
    }
    let q = ctx
        .quote_opening_at(colon + 1)
        .filter(|&q| colon + 1 < hi && !claimed[q])?;
    only_punct(ctx, ctx.quote_end_at(colon + 1), hi).then_some(q)
}
