//! The rules of a cue inside the sentence: one function per rule, tried in
//! the order of [`super::rules::RULES`] until one fires or stops. (Each is
//! `#[inline]`: the engine calls them as known functions, once a cue.)

use super::phrases::{
    clause_end, finite_clause, last_subject_like, main_subject, mention_end, report,
    skip_complement, skip_leading_marks, subject_before, trim_end, Content, Who,
};
use super::rules::{confidence, Adjust, Verdict};
use super::site::{After, CueSite};
use super::{Attribution, Ctx};
use crate::lexicon::{self, Frame, List, Otherwise, Pronoun, VerbForm};
use crate::mentions::{Mention, MentionKind};
use crate::model::{Act, RuleId};
use crate::scan::QuoteIdx;
use crate::span::Span;
use crate::tokens::TokKind;

/// The adjustment for a pronoun speaker, if `m` is one.
fn pronoun(m: &Mention) -> Option<Adjust> {
    matches!(m.kind, MentionKind::Pronoun(_)).then_some(Adjust::PronounSpeaker)
}

/// `According to X, CLAUSE` and `CLAUSE, according to X`. (Tried at
/// `according to` only.)
#[inline]
pub(super) fn according_to(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    Verdict::fire_or_stop(according(ctx, s, claimed))
}

fn according(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Option<Attribution> {
    let t = &ctx.t;
    let (lo, hi, c0, ce) = (s.lo, s.hi, s.c0, s.ce);
    let (speaker, after) = match possessive_source(ctx, c0, ce) {
        Some(m) => (m, ce),
        None => source_after(ctx, ce, hi)?,
    };
    // `according to federal statistics`: evidence, not speech.
    let act = if (speaker.first.as_usize()..after).any(|k| t.in_list(k, List::EvidenceNoun)) {
        Act::Evidence
    } else {
        Act::Speech
    };
    if !ctx.wants(act) {
        return None;
    }
    let with_act = |mut a: Attribution| {
        a.act = act;
        a
    };
    let who = Who {
        speaker: Some(speaker),
        cue: Some(s.span(ctx)),
    };
    let rule = RuleId::AccordingTo;
    // (After a short fronted adverbial too: `Longer term, according to X,
    // the goal is …`.)
    // (Or a phrase of time or place, however long: `On Sunday in Dover,
    // Kent, according to X, …`.)
    let fronted = c0 > lo + 1
        && t.is_text(c0 - 1, ",")
        && (super::phrases::word_count(ctx, lo, c0 - 1) <= 4 || t.in_list(lo, List::FrontedOpener))
        && !finite_clause(ctx, lo, c0 - 1);
    let initial = c0 == lo || (c0 == lo + 1 && t.in_list(lo, List::Connective)) || fronted;
    // `According to the mayor, Leo Brandt, CLAUSE`: the name in
    // apposition is the source's, not the clause's.
    // So is a state after a city (`police in Dayton, Ohio, CLAUSE`); and
    // a relative clause after the source (`According to Jo Roe, who
    // chairs the panel, CLAUSE`) runs to the next comma.
    let in_place = speaker.last.as_usize() >= speaker.first.as_usize() + 2
        && t.is_text(speaker.last.as_usize() - 1, "in");
    let after = match t.np_starting_at(after + 1, hi) {
        Some(n)
            if (speaker.kind == MentionKind::Nominal && !speaker.nonperson || in_place)
                && after < hi
                && t.is_text(after, ",")
                && n.kind == MentionKind::Name
                && n.last.as_usize() + 1 < hi
                && t.is_text(n.last.as_usize() + 1, ",") =>
        {
            n.last.as_usize() + 1
        }
        _ if after + 1 < hi
            && t.is_text(after, ",")
            && matches!(t.s(after + 1), "who" | "which") =>
        {
            (after + 2..hi)
                .take(MAX_SOURCE_TOKENS * 2)
                .find(|&k| t.is_text(k, ","))
                .unwrap_or(after)
        }
        _ => after,
    };
    // `According to X, CLAUSE`.
    if initial && after < hi && t.is_text(after, ",") {
        let end = clause_end(ctx, after + 1, hi);
        // `Witnesses, according to X, said …`, `The mayor, according to
        // X, is weighing …`: what stood before was the subject of the verb
        // after. A cue there is the subject's (its own rule reports it);
        // another verb makes the whole clause the source's.
        let from = if fronted && after + 1 < hi && verb_opens(ctx, after + 1) {
            if t.cue_verb_at(after + 1).is_some() {
                return None;
            }
            skip_leading_marks(ctx, lo, end)
        } else {
            after + 1
        };
        let c = super::phrases::content(ctx, from, end)?;
        return Some(with_act(report(
            ctx,
            c,
            who,
            rule,
            confidence(rule, []),
            claimed,
        )));
    }
    // `82 percent view him unfavorably according to the poll`: from the
    // last comma (or the sentence start) to the cue.
    if c0 > lo + 1
        && t.toks[c0 - 1].kind == crate::tokens::TokKind::Word
        && (after >= hi || matches!(t.bytes(after), b"," | b"." | b";"))
    {
        let from = (lo..c0)
            .rev()
            .find(|&k| t.is_text(k, ","))
            .map_or(lo, |k| k + 1);
        let start = skip_leading_marks(ctx, from, c0);
        let c = super::phrases::content(ctx, start, c0)?;
        let conf = confidence(rule, [Some(Adjust::SourceAfterNoComma)]);
        return Some(with_act(report(ctx, c, who, rule, conf, claimed)));
    }
    // `CLAUSE, according to X`.
    if c0 > lo + 1 && t.is_text(c0 - 1, ",") {
        let end = trim_end(ctx, lo, c0 - 1);
        let start = skip_leading_marks(ctx, lo, end);
        let c = super::phrases::content(ctx, start, end)?;
        let conf = confidence(rule, [Some(Adjust::SourceAfter)]);
        return Some(with_act(report(ctx, c, who, rule, conf, claimed)));
    }
    None
}

/// Whether token `k` opens a predicate: a verb of the lexicon, an
/// auxiliary or a form of `be`, a lowercase past form.
fn verb_opens(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.t;
    super::phrases::verb_word(t, k)
        || (t.toks[k].kind == crate::tokens::TokKind::Word
            && !t.toks[k].is(crate::tokens::CAP)
            && (t.cue_verb_at(k).is_some() || t.in_list(k, List::IrregularPast)))
}

/// The owner in the cue `in her words` (tokens `c0..ce`), a pronoun.
fn possessive_source(ctx: &Ctx, c0: usize, ce: usize) -> Option<Mention> {
    let t = &ctx.t;
    if ce != c0 + 3 || !t.is_text_ci(c0, "in") || !t.is_text(c0 + 2, "words") {
        return None;
    }
    let p = match t.s(c0 + 1) {
        "her" => Pronoun::She,
        "his" => Pronoun::He,
        "their" => Pronoun::They,
        _ => return None,
    };
    Some(Mention {
        kind: MentionKind::Pronoun(p),
        ..t.phrase_mention(c0 + 1, c0 + 1)
    })
}

/// The source after `according to` (tokens from `p`) and the token after
/// it: the phrase up to a comma or the sentence's end, at most
/// [`MAX_SOURCE_TOKENS`] long. Its name if it holds one after a
/// descriptor (`conservative talk radio host Jo Roe`), else the noun phrase
/// it opens (`two agents`), else all of it (`a new report by the
/// Courier`).
fn source_after(ctx: &Ctx, p: usize, hi: usize) -> Option<(Mention, usize)> {
    let t = &ctx.t;
    // (`a June 3, 2021 statement`: a date's comma is inside the source.)
    let date_comma = |k: usize| {
        k >= p + 2
            && k + 1 < hi
            && t.toks[k - 1].is(crate::tokens::DIGIT)
            && t.has(k - 2, lexicon::CALENDAR_WORD)
            && t.toks[k + 1].is(crate::tokens::DIGIT)
            && t.s(k + 1).len() == 4
    };
    let end = (p..hi.min(p + MAX_SOURCE_TOKENS + 1))
        .find(|&k| {
            (matches!(t.s(k), "," | "." | ";" | ":" | "!" | "?") && !date_comma(k))
                || ctx.opens_quote(k)
        })
        .unwrap_or(hi);
    if end <= p || end - p > MAX_SOURCE_TOKENS {
        return None;
    }
    // `according to police on Tuesday`: a time phrase at the end is when
    // the source spoke, not who it is.
    let after = end;
    // (`according to the mayor via a news agency`: nor is the channel.)
    let src = (p + 1..end).find(|&k| t.is_text(k, "via")).unwrap_or(end);
    let end = (p + 1..src)
        .find(|&k| {
            matches!(
                t.s(k),
                "on" | "at" | "during" | "over" | "last" | "this" | "earlier"
            ) && (k + 1..src).all(|i| {
                t.is_text(i, "the")
                    || t.has(i, lexicon::CALENDAR_WORD)
                    || t.in_list(i, List::TimeNoun)
            }) && (k + 1..src)
                .any(|i| t.has(i, lexicon::CALENDAR_WORD) || t.in_list(i, List::TimeNoun))
        })
        .unwrap_or(src);
    if let Some(m) = t.np_starting_at(p, end) {
        if m.last.as_usize() + 1 == end {
            return Some((m, after));
        }
        // `NASA administrator Jo Roe`: the person a name describes.
        if let Some(n) = t
            .described_name(&m, end)
            .filter(|n| n.last.as_usize() + 1 == end)
        {
            return Some((t.described_from(p, n), after));
        }
    }
    // `host Jo Roe`: a lowercase descriptor, then the name.
    let mut d = p;
    while d < end && t.toks[d].kind == TokKind::Word && !t.toks[d].is(crate::tokens::CAP) {
        d += 1;
    }
    if d > p && d < end && t.is_name_word(d) {
        if let Some(m) = t
            .np_starting_at(d, end)
            .filter(|m| m.last.as_usize() + 1 == end)
        {
            return Some((t.described_from(p, m), after));
        }
    }
    // (A phrase whose head is also a verb, `the report`, is no noun
    // phrase to `np_starting_at`; after a determiner it is one all the
    // same.)
    let whole = t.phrase_mention(p, end - 1);
    match t.np_starting_at(p, end) {
        // (`Eastbrook Falls' first selectman`: a name that owns the
        // phrase's head.)
        Some(m)
            if m.kind == MentionKind::Name
                && matches!(
                    t.toks[m.last.as_usize() + 1].kind,
                    TokKind::Possessive | TokKind::QuoteChar
                )
                && m.last.as_usize() + 2 < end
                && t.word(end - 1) =>
        {
            Some((whole, after))
        }
        // (`a Brightmart spokesperson`, `Norlish military`: a name, then
        // a few lowercase words, is one phrase.)
        Some(m)
            if m.kind == MentionKind::Name
                && end <= m.last.as_usize() + 4
                && (m.last.as_usize() + 1..end).all(|k| {
                    t.word(k)
                        && !t.toks[k].is(crate::tokens::CAP)
                        && !t.has(k, lexicon::FUNCTION)
                        && !t.in_list(k, List::TimeAdverb)
                }) =>
        {
            Some((whole, after))
        }
        Some(m) if m.kind != MentionKind::Nominal => Some((m, after)),
        Some(_) => Some((whole, after)),
        None if t.has(p, lexicon::DETERMINER) && end > p + 1 => Some((whole, after)),
        // (`law enforcement officials`, `multiple sources familiar with
        // it`: a bare phrase of words, one of them a noun for people who
        // speak.)
        None if (p..end).all(|k| t.toks[k].kind == TokKind::Word)
            && (p..end).any(|k| t.has(k, lexicon::SPEAKER_NOUN)) =>
        {
            Some((whole, after))
        }
        None => None,
    }
}

/// The longest source after `according to`, in tokens.
const MAX_SOURCE_TOKENS: usize = 12;

/// `…, saying CLAUSE`: the participle's subject is the sentence's. (Tried
/// at participles only.)
#[inline]
pub(super) fn participle_cue(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let t = &ctx.t;
    // `with polls showing the mayor behind`: in the wider scope, the
    // document right before a participle of evidence shows.
    if let Some(m) = evidence_before_participle(ctx, s) {
        return after_cue_as(ctx, s, m, RuleId::ParticipleCue, Act::Evidence, claimed);
    }
    // `She was quoted as saying …`: the subject of the passive.
    let quoted_as = s.c0 >= s.lo + 2 && t.is_text(s.c0 - 1, "as") && t.is_text(s.c0 - 2, "quoted");
    if quoted_as {
        // Back over `was`, `has been`.
        let mut j = s.c0 - 2;
        while j > s.lo && (t.in_list(j - 1, List::Auxiliary) || t.is_text(j - 1, "been")) {
            j -= 1;
        }
        return match subject_before(ctx, j, s.lo) {
            Some(m) => after_cue(ctx, s, m, RuleId::ParticipleCue, claimed),
            None => Verdict::Stop,
        };
    }
    // `The minister is saying that …`, `is telling a veterans group that
    // …`, `is calling the candidate “fit”`: a progressive, the subject's
    // verb, whose rules (`X said CLAUSE`, `X told Y CLAUSE`, `X called Y
    // Z`) decide on what follows (`they were saying` reports nothing).
    // (Only before `that`, a quotation or a description: `Police are
    // asking for help to find …` is an appeal.)
    // (Over an adverb: `is now saying`, `are quietly suggesting`.)
    // (In the wider scope over two: `is once again questioning`.)
    let be = if s.c0 > s.lo + 2
        && ctx.wide()
        && t.is_verb_adjunct_at(s.c0 - 1)
        && t.is_verb_adjunct_at(s.c0 - 2)
    {
        s.c0 - 3
    } else if s.c0 > s.lo + 1 && t.is_verb_adjunct_at(s.c0 - 1) {
        s.c0 - 2
    } else if s.c0 > s.lo + 1 && t.is_text(s.c0 - 1, "not") {
        // (`is not saying`.)
        s.c0 - 2
    } else {
        s.c0.saturating_sub(1)
    };
    // (`isn’t saying`: a negated `be` in one word.)
    let negated_be = s.c0 > s.lo
        && matches!(
            t.s(be),
            "isn't" | "isn’t" | "aren't" | "aren’t" | "wasn't" | "wasn’t" | "weren't" | "weren’t"
        );
    if s.c0 > s.lo && (super::phrases::be_before(t, be) || negated_be) {
        let that = (s.ce..s.hi.min(s.ce + PROGRESSIVE_THAT_WORDS)).any(|k| t.is_text(k, "that"));
        let quoted =
            (s.ce..s.hi.min(s.ce + super::phrases::MAX_CLAUSE_TOKENS)).any(|k| ctx.opens_quote(k));
        let describes = s.cue.verb.frame == Frame::Describe;
        // (`is saying it will stay open`: a clause right after the cue
        // whose subject is a pronoun, and whose verb is finite; a noun
        // phrase after the cue is too often its object, `is defending his
        // plan to …`, and a comma ends the clause, `are continuing, he
        // said`.)
        let clause = matches!(s.after(ctx, claimed).content,
            Some(Content::Clause { a, b, .. }) if a == s.ce
                && super::phrases::is_subject_pronoun(t, a)
                && finite_clause(ctx, a, b));
        // (In the wider scope, `is hoping the vote will pass`, `are
        // expecting a record turnout`: thought takes any content.)
        let thought = ctx.wide() && !s.cue.verb.act.is_speech();
        // (And, in the wider scope, `is defending his record`, `was urging
        // voters to …`: a verb whose object or request reports.)
        let object = ctx.wide()
            && (s.cue.verb.frame == Frame::Addressee || t.in_list(s.c0, List::ObjectCue));
        // (`isn’t saying who will start`: after a negated one, a
        // question.)
        let question = matches!(s.after(ctx, claimed).content,
            Some(Content::Clause { a, .. }) if a == s.ce
                && matches!(t.s(a), "whether" | "if" | "what" | "how" | "why" | "who" | "where" | "when")
                && super::site::negated_cue(t, s.lo, s.c0));
        // (A negated one reports no object nor thought: `isn’t seeking a
        // fifth term`.)
        let negated = negated_be || t.is_text(s.c0 - 1, "not");
        let wider = (thought || object) && !negated;
        return if that || quoted || describes || clause || wider || question {
            Verdict::Pass
        } else {
            Verdict::Stop
        };
    }
    // `issued a statement saying …`, `sent a letter to staff warning …`:
    // a channel noun shortly before, with no comma, says what its sender
    // says: the main clause's subject.
    if super::phrases::channel_participle(t, s.lo, s.c0) {
        let lo = super::phrases::dateline_end(ctx, s.lo, s.c0).unwrap_or(s.lo);
        // The subject of the verb whose object the channel is (`the
        // council issued a statement calling …`), else the main clause's.
        let verb = (s
            .c0
            .saturating_sub(super::phrases::MAX_CHANNEL_GAP + 3)
            .max(lo + 1)..s.c0)
            .rev()
            .find(|&k| t.is_past_at(k) && !t.toks[k].is(crate::tokens::CAP));
        let subject = verb
            .and_then(|v| subject_before(ctx, v, lo))
            .or_else(|| main_subject(ctx, lo, s.c0));
        return match subject.map(|m| t.described_person(m, s.c0)) {
            Some(m) => after_cue(ctx, s, m, RuleId::ParticipleCue, claimed),
            None => Verdict::Stop,
        };
    }
    // `footage of Ann Lee saying, “…”`: a person's name right before the
    // participle says the quotation it introduces with a comma or colon.
    if s.c0 > s.lo && t.is_name_word(s.c0 - 1) {
        let after = s.after(ctx, claimed);
        if matches!(after.content, Some(Content::Quote(_))) && after.introduced {
            if let Some(m) = t
                .np_ending_at(s.c0 - 1, s.lo)
                .filter(|m| m.kind == MentionKind::Name && !m.nonperson)
            {
                return after_cue(ctx, s, m, RuleId::ParticipleCue, claimed);
            }
        }
    }
    if s.c0 == s.lo && s.cue.verb.act.is_speech() {
        if let Some(a) = opening_participle(ctx, s, claimed) {
            return Verdict::Fire(a);
        }
    }
    // (Over an adverb of manner: `…, even suggesting …`; not of time:
    // `such as Roe, now saying …` is the nearer phrase's.)
    // (`said: “…,” adding …`: or inside a quotation's closing mark.)
    let comma = |k: usize| {
        k > s.lo
            && (t.is_text(k - 1, ",")
                || (k > s.lo + 1
                    && t.toks[k - 1].kind == TokKind::QuoteChar
                    && !ctx.opens_quote(k - 1)
                    && t.is_text(k - 2, ",")))
    };
    let manner = |k: usize| t.is_verb_adjunct_at(k) && !t.in_list(k, List::TimeAdverb);
    // (`… by saying that …`, `… while warning that …`: after a
    // preposition of means or time, the subject's too.)
    // (In the wider scope, a noun phrase too: `… by praising the plan`.)
    let prepositional = s.c0 > s.lo + MIN_CLAUSE_BEFORE_PREPOSITION
        && gerund_after_preposition(ctx, s.c0)
        && (ctx.wide() || opens_clause(ctx, s, claimed));
    if !(comma(s.c0) || prepositional || (s.c0 > s.lo + 1 && manner(s.c0 - 1) && comma(s.c0 - 1))) {
        return Verdict::Stop;
    }
    // `…, speaking to reporters on the steps, called …`: a participle with
    // a place or a listener reports nothing itself.
    // (Nor one before the main verb: `Officials, speaking on condition of
    // anonymity, said …`.)
    if let Some(Content::Clause { a, .. }) = s.after(ctx, claimed).content {
        // (`…, hoping to win`: an intention's infinitive, in the wider
        // scope.)
        // (So is a commitment's: `…, promising to keep it open`.)
        let intention = t.is_text(a, "to")
            && ctx.wide()
            && (!s.cue.verb.act.is_speech() || t.in_list(s.c0, List::Commissive));
        // (`Jo Roe KC, defending, said …`: a participle set off by commas
        // before the subject's own verb reports nothing itself; not before
        // a noun in `-s`, `…, citing comments made by …`.)
        if (t.in_list(a, List::Preposition) && !t.is_text(a, "that") && !intention)
            || t.cue_verb_at(a).is_some_and(|v| v.form == VerbForm::Past)
        {
            return Verdict::Stop;
        }
    }
    let Some(speaker) = participle_speaker(ctx, s) else {
        return Verdict::Stop;
    };
    or_object(ctx, s, speaker, RuleId::ParticipleCue, claimed)
}

/// The most tokens from a participle opening a sentence to the comma that
/// ends its phrase (`Conceding that the ferry was late,`).
const MAX_FRONTED_PARTICIPLE_TOKENS: usize = 40;

/// `Conceding that the ferry was late, the mayor promised …`: a participle
/// opening the sentence, with a that-clause or a finite clause up to its
/// comma, reports that clause for the main clause's subject (a phrase
/// right after the comma, then its verb). `None` for another content
/// (`Speaking to reporters, …`, `Noting the low turnout, …`).
fn opening_participle(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Option<Attribution> {
    let t = &ctx.t;
    let after = s.after(ctx, claimed);
    let Some(Content::Clause { a, .. }) = after.content else {
        return None;
    };
    let mut k = a;
    let stop = s.hi.min(s.c0 + MAX_FRONTED_PARTICIPLE_TOKENS);
    while k < stop && !t.is_text(k, ",") {
        k = if ctx.opens_quote(k) {
            ctx.quote_end_at(k).max(k + 1)
        } else {
            k + 1
        };
    }
    if k >= stop || k == a {
        return None;
    }
    // (`Echoing an email … who received …,`: a verb inside a relative
    // clause makes no clause of a noun phrase.)
    let relative = (a..k).any(|i| matches!(t.s(i), "who" | "which" | "whom" | "whose"));
    if !(after.that || (finite_clause(ctx, a, k) && !relative)) {
        return None;
    }
    let m = t.np_starting_at(k + 1, s.hi)?;
    let mut v = m.last.as_usize() + 1;
    while v < s.hi && t.is_verb_adjunct_at(v) {
        v += 1;
    }
    let verb = v < s.hi
        && !t.toks[v].is(crate::tokens::CAP)
        && (t.has(v, lexicon::CUE) || t.is_past_at(v) || t.in_list(v, List::Auxiliary));
    // (`Finding what is there is not simple, Roe said.`: before a credit
    // that ends the sentence, the participle's phrase is the subject of
    // the content.)
    let credit = t.has(v, lexicon::CUE) && super::phrases::only_punct(ctx, v + 1, s.hi);
    if !verb || credit {
        return None;
    }
    let content = super::phrases::content(ctx, a, k)?;
    let rule = RuleId::ParticipleCue;
    let conf = confidence(rule, [pronoun(&m), s.strength()]);
    let who = Who {
        speaker: Some(m),
        cue: Some(s.span(ctx)),
    };
    Some(report(ctx, content, who, rule, conf, claimed))
}

/// Whether the gerund cue at `c` (not before `lo`) follows a preposition
/// of means or time: `by saying`, `while warning`, `before stressing`,
/// `after noting` (not `without saying`, nor `for saying`, whose speaker
/// is someone else).
pub(super) fn gerund_after_preposition(ctx: &Ctx, c: usize) -> bool {
    let t = &ctx.t;
    c > 0
        && t.cue_verb_at(c)
            .is_some_and(|v| v.form == VerbForm::Gerund && v.act.is_speech())
        && ["by", "while", "before", "after"]
            .iter()
            .any(|w| t.is_text_ci(c - 1, w))
}

/// Whether the content after the cue opens as a clause does: with `that`,
/// a quotation, a subject pronoun, a determiner or a name (`after writing
/// down the value` has none).
fn opens_clause(ctx: &Ctx, s: &CueSite, claimed: &[bool]) -> bool {
    let t = &ctx.t;
    let after = s.after(ctx, claimed);
    match after.content {
        Some(Content::Quote(_)) => true,
        Some(Content::Clause { a, .. }) => {
            after.that
                || ctx.opens_quote(a)
                || super::phrases::is_subject_pronoun(t, a)
                || t.has(a, lexicon::DETERMINER)
                || t.is_name_word(a)
        }
        None => false,
    }
}

/// The fewest tokens of a sentence before a preposition whose gerund cue
/// is the subject's (`The mayor answered by saying …`): one that stands
/// nearer the start heads a fronted phrase (`One month after announcing
/// …, Roe said`), whose subject comes later.
const MIN_CLAUSE_BEFORE_PREPOSITION: usize = 3;

/// [`after_cue`] for `speaker`, or, where that stops in the wider scope,
/// the cue's noun-phrase object (`…, citing his record`, `… and praised
/// the plan`: see `noun_phrase_content`).
fn or_object(
    ctx: &Ctx,
    s: &CueSite,
    speaker: Mention,
    rule: RuleId,
    claimed: &mut [bool],
) -> Verdict {
    match after_cue(ctx, s, speaker, rule, claimed) {
        Verdict::Stop if ctx.wide() => {
            match super::frames::object_content(ctx, s, speaker, claimed) {
                Verdict::Pass => Verdict::Stop,
                v => v,
            }
        }
        v => v,
    }
}

/// How far after a progressive cue its `that` may stand (`is telling a
/// veterans group that …`), in tokens.
const PROGRESSIVE_THAT_WORDS: usize = 8;

/// The speaker of a participle cue after a comma (`…, saying …`): the
/// speaker of the sentence's latest attribution, else the main clause's
/// subject.
fn participle_speaker(ctx: &Ctx, s: &CueSite) -> Option<Mention> {
    let t = &ctx.t;
    // (After a dateline: `OSLO, Norland (Wire) - The party has …, saying`.)
    let lo = super::phrases::dateline_end(ctx, s.lo, s.c0).unwrap_or(s.lo);
    s.prev_speaker()
        // (Not the speaker of a relative clause: `…, refusing to pay a
        // builder who said he was owed money, saying …`.)
        .filter(|m| t.pronoun_at(m.last.as_usize() + 1) != Some(Pronoun::Who))
        // (`Halvor Motors chief executive Dana Roe spoke …, telling …`:
        // the person the main clause's subject describes.)
        .or_else(|| main_subject(ctx, lo, s.c0).map(|m| t.described_person(m, s.c0)))
        .or_else(|| last_subject_like(ctx, s.lo, s.c0))
}

/// `…, and added CLAUSE`: a second verb of the previous speaker, or of the
/// sentence's subject.
#[inline]
pub(super) fn coordinated_cue(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    match coordinated_speaker(ctx, s) {
        Some(Some(sp)) => or_object(ctx, s, sp, RuleId::CoordinatedCue, claimed),
        _ => Verdict::Pass,
    }
}

/// The speaker of a second cue after `and`, `but` or `then` (`…, and
/// added …`): `None` when the cue follows no coordinator, `Some(None)`
/// when it has no speaker.
fn coordinated_speaker(ctx: &Ctx, s: &CueSite) -> Option<Option<Mention>> {
    let t = &ctx.t;
    // (`… but has said …`: over an auxiliary; `… and repeatedly says …`:
    // over an adverb.)
    let skip = s.c0 > s.lo + 1
        && (t.in_list(s.c0 - 1, List::Auxiliary)
            || (t.is_verb_adjunct_at(s.c0 - 1)
                && !t.toks[s.c0 - 1].is(crate::tokens::CAP)
                && t.in_list(s.c0 - 2, List::Coordinator)));
    let c0 = if skip { s.c0 - 1 } else { s.c0 };
    if !(c0 > s.lo && (t.in_list(c0 - 1, List::Coordinator) || t.is_text(c0 - 1, "then"))) {
        return None;
    }
    // (`Asked whether …, she laughed and said`: the subject after the
    // fronted participle's comma.)
    let fronted = t.is_text(s.lo, "Asked") || t.is_text(s.lo, "Pressed");
    let lo = if fronted {
        (s.lo + 1..c0 - 1)
            .find(|&k| t.is_text(k, ","))
            .map_or(s.lo, |k| k + 1)
    } else {
        s.lo
    };
    let speaker = subordinate_subject(ctx, s.lo, c0 - 1)
        .or_else(|| s.prev_speaker())
        .or_else(|| {
            // (`Democratic candidate Jo Roe … but has said`: the person.)
            let m = t.described_person(main_subject(ctx, lo, c0 - 1)?, c0 - 1);
            // (`Publicly, the nominee feuds … and says`: past an adverb
            // opening the sentence.)
            let start = super::phrases::past_opening_adverb(ctx, lo, c0 - 1);
            (m.kind != MentionKind::Nominal || t.has(start, lexicon::DETERMINER)).then_some(m)
        });
    Some(speaker)
}

/// How far back from a coordinator the clause it joins may open, in
/// tokens.
const MAX_JOINED_CLAUSE: usize = 20;

/// The subject of a subordinate or parenthesised clause that the
/// coordinator at `c` continues (`… because she mocked the budget and
/// claimed …`, `(they prefer smaller classes and suggest …)`): a subject pronoun,
/// or a name or a noun phrase with a determiner with a verb after it, right
/// after a subordinator or an opening parenthesis, with no comma before the
/// coordinator.
fn subordinate_subject(ctx: &Ctx, lo: usize, c: usize) -> Option<Mention> {
    let t = &ctx.t;
    let stop = c.saturating_sub(MAX_JOINED_CLAUSE).max(lo);
    let p = (stop..c)
        .rev()
        .take_while(|&k| !t.is_text(k, ",") && !t.is_text(k, ")"))
        .find(|&k| t.is_text(k, "(") || t.in_list(k, List::Subordinator))?;
    let m = t.np_starting_at(p + 1, c)?;
    let e = m.last.as_usize() + 1;
    let verb = e < c
        && !t.toks[e].is(crate::tokens::CAP)
        && (t.is_past_at(e)
            || t.in_list(e, List::Auxiliary)
            || t.in_list(e, List::FiniteBe)
            || t.has(e, lexicon::CUE));
    let subject = match m.kind {
        MentionKind::Pronoun(_) => super::phrases::is_subject_pronoun(t, p + 1),
        MentionKind::Name => !m.nonperson && verb,
        // (`… after the company reported a loss and warned …`.)
        MentionKind::Nominal => verb && t.has(m.first.as_usize(), lexicon::DETERMINER),
        _ => false,
    };
    subject.then_some(m)
}

/// Whether `content` after the cue is reported speech: a quotation, a
/// that-clause or a finite clause (`denied he was there`), not a noun
/// phrase (`announced a new plant`, `denied the charges`, `shouted
/// slogans`), a prepositional phrase or an infinitive (`declined to
/// comment`). A description's object is its content (`described the plan
/// as a failure`). In the wider scope, a verb of thought may take an
/// infinitive and one of evidence any phrase.
fn reports(ctx: &Ctx, s: &CueSite, after: &After, content: Content) -> bool {
    let Content::Clause { a, b, quoted } = content else {
        return true;
    };
    // (`ordered a new trial for Roe, who was convicted …`, `asked Roe, who
    // chairs the panel, to …`: a relative clause after a comma describes
    // the object before it.)
    // (But a request after the clause reports: `asked Roe, who chairs the
    // panel, to lay out the plan`.)
    let request_after = || {
        (a + 1..b)
            .find(|&k| ctx.t.is_text(k, ","))
            .is_some_and(|k| k + 1 < b && ctx.t.is_text(k + 1, "to"))
    };
    if a > 0
        && ctx.t.is_text(a - 1, ",")
        && matches!(ctx.t.s(a), "who" | "whom" | "whose" | "which")
        && (ctx.wide() || !request_after())
    {
        return false;
    }
    // (`called for an inquiry`: with its particle the verb describes
    // nothing.)
    let describes = s.cue.verb.frame == Frame::Describe && s.ce == s.c0 + 1;
    // In the wider scope, an intention is an infinitive (`wants to win`)
    // and evidence may show a small clause (`shows the mayor ahead`).
    // (Only a document or figures show a phrase: `the poll shows Roe
    // ahead`, not `they found a way`.)
    let wider = match s.cue.verb.act.public() {
        Act::Thought => ctx.t.is_text(a, "to"),
        Act::Evidence => {
            // (Things that are no documents show no behaviour of their
            // own and find no way of their own: `the players found their
            // way`, `his dogs showed no interest`.)
            let own = ctx.t.possessive_at(a).is_some() || ctx.t.is_text(a, "no");
            s.subject(ctx).flatten().is_some_and(|m| {
                ctx.t.in_list(m.last.as_usize(), List::EvidenceNoun)
                    || (is_evidence(ctx, &m) && !own)
            }) || s.evidence_subject(ctx).is_some()
                || evidence_before_participle(ctx, s).is_some()
        }
        // (`The scans revealed a crack`: a document's verb of saying
        // that reports evidence takes a phrase as well.)
        Act::Speech => {
            ctx.wide()
                && ctx.t.in_list(s.c0, List::EvidenceVerb)
                && s.subject(ctx)
                    .flatten()
                    .is_some_and(|m| ctx.t.in_list(m.last.as_usize(), List::EvidenceNoun))
        }
    };
    // (`rejected his claim that …`: the object is the noun's, which reports
    // its own clause.)
    if super::frames::opens_with_reporting_noun(ctx, a, b) {
        return false;
    }
    // `urged Congress to pass the bill`: a request, reported speech.
    let request = super::frames::directive_request(ctx, s, a, b).is_some();
    // (`asked not to be named`: an infinitive is no finite clause, whatever
    // verbs it holds; it reports only as a request or in the wider scope.)
    let t = &ctx.t;
    // (`The fees he reported | were high`, `Everything she said | is
    // true`: a finite verb right after the cue is the main clause's when
    // the noun before the cue's subject opens the sentence; the cue stands
    // in a relative clause with no `that`. Elsewhere the relative's gap
    // is the content's subject: `a probe the agency said | was ongoing`.)
    if !after.that && !quoted && (t.in_list(a, List::FiniteBe) || t.in_list(a, List::Auxiliary)) {
        let left = s.left(ctx);
        let opens_sentence = left > s.lo
            && t.np_ending_at(left - 1, s.lo).is_some_and(|m| {
                m.first.as_usize() == s.lo && m.kind != MentionKind::Pronoun(Pronoun::Who)
            });
        if left < s.c0 && opens_sentence {
            return false;
        }
    }
    let infinitive =
        t.is_text(a, "to") || (a + 1 < b && t.is_text(a, "not") && t.is_text(a + 1, "to"));
    // (In the wider scope, a question a reaction, a thought or evidence
    // takes up: `questioned whether …`, `knows what …`.)
    // (And after a negated cue of any act, in either scope: `did not say
    // what caused the blaze`.)
    let wh = matches!(
        t.s(a),
        "whether" | "what" | "how" | "why" | "who" | "where" | "when"
    );
    let question = wh
        && ((ctx.wide() && s.cue.verb.act != lexicon::Act::Speech)
            || super::site::negated_cue(t, s.lo, s.c0));
    question
        || describes
        || quoted
        || after.that
        || wider
        || request
        || (!infinitive && finite_clause(ctx, a, b))
}

/// Reports the content after the cue for `speaker` under `rule`.
fn after_cue(
    ctx: &Ctx,
    s: &CueSite,
    speaker: Mention,
    rule: RuleId,
    claimed: &mut [bool],
) -> Verdict {
    after_cue_as(ctx, s, speaker, rule, s.cue.verb.act.public(), claimed)
}

/// [`after_cue`], reporting `act`.
fn after_cue_as(
    ctx: &Ctx,
    s: &CueSite,
    speaker: Mention,
    rule: RuleId,
    act: Act,
    claimed: &mut [bool],
) -> Verdict {
    let after = s.after(ctx, claimed);
    let Some(content) = after.content else {
        return Verdict::Stop;
    };
    // `vowed to fight on`: a commitment's infinitive is an intention,
    // reported in the wider scope as thought.
    // (So is a refusal's, `declined to comment`, in the wider scope only:
    // speech alone reads it as before.)
    let commissive = matches!(content, Content::Clause { a, .. }
        if ctx.t.is_text(a, "to") && (ctx.t.in_list(s.c0, List::Commissive)
            || (ctx.wants(Act::Thought)
                && matches!(ctx.t.s(s.c0), "decline" | "declined" | "declines" | "declining"))));
    let act = if commissive {
        if !ctx.wants(Act::Thought) {
            return Verdict::Stop;
        }
        Act::Thought
    } else {
        if !reports(ctx, s, &after, content) {
            return Verdict::Stop;
        }
        act
    };
    // (A request ends before a second verb: `urged members to vote | but
    // has said …`.)
    let content = match content {
        Content::Clause { a, b, .. } if !after.that => {
            super::frames::directive_request(ctx, s, a, b)
                .filter(|&e| e < b)
                .and_then(|e| super::phrases::content(ctx, a, e))
                .unwrap_or(content)
        }
        c => c,
    };
    // (`The man who said the plant was safe | left early`: a relative
    // clause's content ends before the main clause's verb.)
    let content = match content {
        Content::Clause { a, b, .. } => {
            let e = super::frames::relative_content_end(ctx, s, &speaker, a, b);
            // (`China, which claims sovereignty over …, is`: nothing that
            // reports.)
            if e == a {
                return Verdict::Stop;
            }
            (e < b)
                .then(|| super::phrases::content(ctx, a, e))
                .flatten()
                .unwrap_or(content)
        }
        c => c,
    };
    // (In the wider scope, `praised the “bold” budget on Monday`, `praised
    // the plan but also had doubts`: a noun phrase, with or without a
    // quotation, reported as the object it is.)
    let content = match content {
        Content::Clause { a, b, .. } if !after.that => {
            super::frames::quoted_object_end(ctx, s, a, b)
                .and_then(|e| super::phrases::content(ctx, a, e))
                .unwrap_or(content)
        }
        c => c,
    };
    // (`While she hopes the tax will pass | , her deputy …`: in the wider
    // scope, the content of thought, evidence or a topic in a fronted
    // clause ends where that clause does.)
    let content = match content {
        Content::Clause { a, b, .. } if ctx.wide() && !s.cue.verb.act.is_speech() => {
            super::frames::fronted_clause_end(ctx, s, a, b)
                .and_then(|e| super::phrases::content(ctx, a, e))
                .unwrap_or(content)
        }
        c => c,
    };
    // (`wants to hire nurses | , focusing on …`, `did not want to stay |
    // , but was sent home`: the content of thought or evidence ends
    // before what only goes with it.)
    let content = match content {
        Content::Clause { a, b, .. } if act != Act::Speech => {
            super::frames::accompanying_end(ctx, a, b)
                .and_then(|e| super::phrases::content(ctx, a, e))
                .unwrap_or(content)
        }
        c => c,
    };
    // (`with polls showing the mayor behind | , the race …`: a document's
    // participle of evidence ends at a comma.)
    let content = match content {
        Content::Clause { a, b, .. } if rule == RuleId::ParticipleCue && act == Act::Evidence => {
            (a + 1..b)
                .find(|&k| ctx.t.is_text(k, ","))
                .and_then(|e| super::phrases::content(ctx, a, e))
                .unwrap_or(content)
        }
        c => c,
    };
    let introduced = after.introduced.then_some(Adjust::Introduced);
    let conf = confidence(rule, [s.strength(), introduced]);
    let who = Who {
        speaker: Some(speaker),
        cue: Some(after.cue),
    };
    let mut a = report(ctx, content, who, rule, conf, claimed);
    a.act = act;
    Verdict::Fire(a)
}

/// `“Q,” she said.`: a quotation, then its speaker and cue.
#[inline]
pub(super) fn quote_name_said(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let Some(subj) = s.subject(ctx) else {
        return Verdict::Stop;
    };
    match (subj, s.credited(ctx, claimed)) {
        (Some(m), Some(q)) if s.lead(ctx, q).is_none() => {
            credit_quote(ctx, s, q, m, RuleId::QuoteNameSaid, claimed)
        }
        _ => Verdict::Pass,
    }
}

/// `“Q,” said the minister.`: a quotation, then its cue and speaker.
#[inline]
pub(super) fn quote_said_name(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let (Some(None), Some(q)) = (s.subject(ctx), s.credited(ctx, claimed)) else {
        return Verdict::Pass;
    };
    let Some(m) = s.credit_speaker(ctx) else {
        return Verdict::Stop;
    };
    if s.lead(ctx, q).is_some() {
        return Verdict::Pass;
    }
    credit_quote(ctx, s, q, m, RuleId::QuoteSaidName, claimed)
}

fn credit_quote(
    ctx: &Ctx,
    s: &CueSite,
    q: QuoteIdx,
    speaker: Mention,
    rule: RuleId,
    claimed: &mut [bool],
) -> Verdict {
    let conf = confidence(rule, [pronoun(&speaker), s.strength()]);
    let who = Who {
        speaker: Some(speaker),
        cue: Some(s.span(ctx)),
    };
    Verdict::Fire(report(ctx, Content::Quote(q), who, rule, conf, claimed))
}

/// `CLAUSE, she said.`: reported speech before its speaker and cue, or
/// narration ending in a quotation (`The failure was “heartbreaking,” she
/// said.`, mixed).
#[inline]
pub(super) fn clause_name_said(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    // `At the hall, where …, Jo Roe said:` (`put it simply:`): a cue that
    // announces a quotation with a colon reports what follows it.
    let t = &ctx.t;
    if (s.ce..s.hi.min(s.ce + 3))
        .find(|&k| !t.word(k))
        .is_some_and(|k| t.is_text(k, ":"))
    {
        return Verdict::Pass;
    }
    if passive_after_comma(ctx, s) {
        return Verdict::Pass;
    }
    match s.subject(ctx) {
        Some(Some(_)) => clause_credit(ctx, s, RuleId::ClauseNameSaid, claimed),
        _ => Verdict::Pass,
    }
}

/// `…, a hearing, expected to begin in June`: in the wider scope, the
/// participle of a verb of thought or evidence right after a comma and
/// before `to` modifies the phrase before it (a passive) and reports
/// nothing. (Word tests only: this runs at many cues.)
fn passive_after_comma(ctx: &Ctx, s: &CueSite) -> bool {
    let t = &ctx.t;
    ctx.wide()
        && s.cue.verb.form == VerbForm::Past
        && !s.cue.verb.act.is_speech()
        && s.ce == s.c0 + 1
        && s.c0 > 0
        && t.is_text(s.c0 - 1, ",")
        && t.is_text(s.ce, "to")
}

/// `CLAUSE, said the minister.`: reported speech before its cue and
/// speaker, or narration ending in a quotation.
#[inline]
pub(super) fn clause_said_name(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    // `The program, called Rural Start, gives loans`: a describing verb
    // before a name is naming, never an inverted credit.
    if s.cue.verb.frame == Frame::Describe {
        return Verdict::Pass;
    }
    // (`The champion, meanwhile, blamed the wind`: a reaction never
    // inverts; its object is no speaker.)
    if s.cue.verb.act == crate::lexicon::Act::React {
        return Verdict::Pass;
    }
    match s.subject(ctx) {
        Some(None) => clause_credit(ctx, s, RuleId::ClauseSaidName, claimed),
        _ => Verdict::Pass,
    }
}

/// Whether the word at `a` opens an adverbial phrase: a preposition, a
/// conjunction or connective (`And until Thursday`), or a time word
/// (`This week`, `Back then`).
fn adverbial_opener(ctx: &Ctx, a: usize) -> bool {
    let t = &ctx.t;
    let lists = t.lists_at(a);
    let any = |l: List| lists & l.bit() != 0;
    any(List::Preposition)
        || any(List::Coordinator)
        || any(List::Connective)
        || any(List::FrontedOpener)
        || super::phrases::is_time_word(t, a)
        || (a + 1 < t.toks.len()
            && (t.has(a, lexicon::DETERMINER)
                || t.is_text_ci(a, "last")
                || t.is_text_ci(a, "next"))
            && (t.in_list(a + 1, List::TimeNoun) || t.has(a + 1, lexicon::CALENDAR_WORD)))
}

fn clause_credit(ctx: &Ctx, s: &CueSite, rule: RuleId, claimed: &mut [bool]) -> Verdict {
    let cue = Some(s.span(ctx));
    // (Whether a parenthetical credit interrupts the content: `Now, she
    // said, the town is quiet`.)
    let mut interrupts = false;
    let (speaker, start, end) = if let Some(q) = s.credited(ctx, claimed) {
        // The quotation rules passed it over: narration leads it.
        let (Some(speaker), Some((start, end))) = (s.credit_speaker(ctx), s.lead(ctx, q)) else {
            return Verdict::Stop;
        };
        // `…, which locals call “the Pond,” said the water had turned`: a
        // verb after the phrase makes it the subject of said's clause.
        let k = speaker.last.as_usize() + 1;
        if k < s.hi && (ctx.t.in_list(k, List::Auxiliary) || ctx.t.in_list(k, List::FiniteBe)) {
            return Verdict::Pass;
        }
        (speaker, start, end)
    } else {
        let Some(c) = s.comma_credit(ctx) else {
            return Verdict::Pass;
        };
        // `the zones, which, they observed, recur`: a credit right after a
        // relative word is inside its clause; what follows it reports
        // (the parenthetical rule, after this one).
        let left = s.left(ctx);
        // (`can do that, they said`: `that` is a demonstrative there.)
        if left >= 2 && ctx.t.in_list(left - 2, List::Relative) && !ctx.t.is_text(left - 2, "that")
        {
            return Verdict::Stop;
        }
        let end = trim_end(ctx, c.start, left - 1);
        // `Through a spokesman, he declined to comment.`: a short phrase
        // with no verb and no quotation before a credit that ends the
        // sentence is a fronted adverbial, no clause. (Before a
        // parenthetical credit it is the first part of the content: `The
        // trouble, he said, is that …`.)
        // `When asked whether …, she said`: a fronted participle's clause,
        // whatever verbs it holds.
        if fronted_participle(ctx, c.start, end) {
            return Verdict::Pass;
        }
        // (Short: `finite_clause` sees all of it.)
        let short = end.saturating_sub(c.start) <= super::phrases::FINITE_VERB_WINDOW;
        // (A quotation after the credit is no second part of a clause:
        // `Upon arrival, Jo Roe told reporters, “…”`.)
        let parenthetical = c.parenthetical && !ctx.opens_quote(c.tail + 1);
        if !parenthetical
            && short
            && adverbial_opener(ctx, c.start)
            && !finite_clause(ctx, c.start, end)
            // (`In all, though, the judges agree`: the clause after the
            // opener's commas.)
            && !(c.start..end).any(|k| {
                ctx.t.is_text(k, ",")
                    && !ctx.t.in_list(k + 1, List::Subordinator)
                    && finite_clause(ctx, k + 1, end)
            })
            && !(c.start..end).any(|k| ctx.opens_quote(k))
        {
            return Verdict::Pass;
        }
        // `A member of the assembly, Sami Dahl said, “…”`: a phrase with
        // no verb before a credit and its quotation describes the speaker;
        // no clause's first part.
        // (A name's, before a quotation that opens a sentence: `The
        // club's investment, Ms. Roe said, “is a perfect example”` and
        // `…, he said, “we don't know”` go on.)
        let q = c.tail + 1;
        if c.parenthetical
            && ctx.opens_quote(q)
            && c.speaker.kind == MentionKind::Name
            && q + 1 < s.hi
            && ctx.t.toks[q + 1].is(crate::tokens::CAP)
            && short
            && !finite_clause(ctx, c.start, end)
            && !(c.start..end).any(|k| ctx.opens_quote(k))
        {
            return Verdict::Pass;
        }
        interrupts = parenthetical;
        (c.speaker, c.start, end)
    };
    // `CLAUSE, the figures suggest`, `CLAUSE, records show`: evidence.
    let act = if ctx.t.in_list(s.c0, List::EvidenceVerb) && is_evidence(ctx, &speaker) {
        Act::Evidence
    } else {
        s.cue.verb.act.public()
    };
    if !ctx.wants(act) {
        return Verdict::Stop;
    }
    let who = Who {
        speaker: Some(speaker),
        cue,
    };
    let conf = confidence(rule, [s.strength()]);
    // The first part of interrupted content may be one word (`Now, she
    // said, …`, `Overall, he said, …`; not a conjunction, `But, she
    // said, …`).
    let content = super::phrases::content(ctx, start, end).or_else(|| {
        (interrupts
            && end == start + 1
            && ctx.t.word(start)
            && ctx.t.lists_at(start) & List::Coordinator.bit() == 0)
            .then_some(Content::Clause {
                a: start,
                b: end,
                quoted: false,
            })
    });
    Verdict::fire_or_stop(content.map(|c| {
        let mut at = report(ctx, c, who, rule, conf, claimed);
        at.act = act;
        at
    }))
}

/// Whether `a..b` opens with a participle of the fronted openers
/// (`Asked`, `Speaking`), perhaps after `When` or `While`.
fn fronted_participle(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.t;
    if a >= b {
        return false;
    }
    let p = if a + 1 < b && (t.is_text_ci(a, "when") || t.is_text_ci(a, "while")) {
        a + 1
    } else {
        a
    };
    let w = t.bytes(p);
    let ends = |x: &[u8]| w.len() >= x.len() && w[w.len() - x.len()..].eq_ignore_ascii_case(x);
    t.word(p) && t.in_list(p, List::FrontedOpener) && (ends(b"ed") || ends(b"ing"))
}

/// `“Q1,” she said, “Q2.”`: once a quotation credit decided the cue, a
/// second quotation right after the credit is the same speaker's.
#[inline]
pub(super) fn interrupted(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Option<Attribution> {
    let t = &ctx.t;
    s.credit_found()?;
    let speaker = s.credit_speaker(ctx)?;
    let hi = s.hi;
    let p = s.ce.max(mention_end(ctx, &speaker));
    let (mut p, _) = skip_complement(ctx, p, hi, s.cue.verb.frame, s.ce);
    if p < hi && matches!(t.bytes(p), b"," | b":" | b".") {
        p += 1;
    }
    let rule = RuleId::Interrupted;
    // `“…,” he said, but “…”`: the rest of the sentence, joined by a
    // coordinator, with a quotation of its own.
    if p + 2 < hi && t.in_list(p, List::Coordinator) && t.is_text(p - 1, ",") {
        if let Some(c) = coordinated_rest(ctx, p, hi, claimed) {
            let conf = confidence(rule, [pronoun(&speaker), s.strength()]);
            let who = Who {
                speaker: Some(speaker),
                cue: Some(s.span(ctx)),
            };
            return Some(report(ctx, c, who, rule, conf, claimed));
        }
    }
    let q = ctx
        .quote_opening_at(p)
        .filter(|&q| p < hi && !claimed[q])
        .or_else(|| quote_after_aside(ctx, p, hi, claimed))?;
    let conf = confidence(rule, [pronoun(&speaker), s.strength()]);
    let who = Who {
        speaker: Some(speaker),
        cue: Some(s.span(ctx)),
    };
    Some(report(ctx, Content::Quote(q), who, rule, conf, claimed))
}

/// The most words between the coordinator after a credit and the
/// quotation that continues the speaker's words (`and still “…”`).
const MAX_COORDINATED_LEAD: usize = 3;

/// `he said, but “…”`, `Jordan said, and still “…”`: from the
/// coordinator at `p` to the sentence's end (`hi`, its final mark left
/// out), when a quotation opens within [`MAX_COORDINATED_LEAD`] words of it
/// and closes the sentence.
fn coordinated_rest(ctx: &Ctx, p: usize, hi: usize, claimed: &[bool]) -> Option<Content> {
    let t = &ctx.t;
    let k = (p + 1..hi.min(p + 2 + MAX_COORDINATED_LEAD)).find(|&k| ctx.opens_quote(k))?;
    ctx.quote_opening_at(k).filter(|&q| !claimed[q])?;
    if (p + 1..k).any(|j| t.toks[j].kind != TokKind::Word || t.has(j, lexicon::CUE)) {
        return None;
    }
    // The quotation ends the sentence (its final mark inside or after it).
    let end = ctx.quote_end_at(k);
    let last = end == hi || (end + 1 == hi && t.toks[end].is(crate::tokens::TERMINAL));
    last.then_some(Content::Clause {
        a: p,
        b: end,
        quoted: true,
    })
}

/// The most tokens of an aside between a credit and the second half of
/// its quotation (`he said of the plan, “…”`).
const MAX_ASIDE_TOKENS: usize = 14;

/// `“…,” he said of the plan, “…”`, `said, referring to the excuse, “…”`:
/// the quotation after an aside of at most [`MAX_ASIDE_TOKENS`] tokens
/// that starts at `p` (words, commas and periods only, no relative word
/// or coordinator, no cue: `said, adding, “…”` is the participle's) and
/// ends with a comma.
fn quote_after_aside(ctx: &Ctx, p: usize, hi: usize, claimed: &[bool]) -> Option<QuoteIdx> {
    let t = &ctx.t;
    for k in p..hi.min(p + MAX_ASIDE_TOKENS) {
        if ctx.opens_quote(k) {
            let q = ctx.quote_opening_at(k)?;
            return (k > p + 1 && t.is_text(k - 1, ",") && !claimed[q]).then_some(q);
        }
        let word = matches!(t.toks[k].kind, TokKind::Word | TokKind::Possessive);
        // (A coordinator between two words joins them: `said of Roe and
        // Lee, “…”`; not one after a comma.)
        let joins = k > p
            && t.in_list(k, List::Coordinator)
            && matches!(t.toks[k - 1].kind, TokKind::Word)
            && !t.in_list(k - 1, List::Coordinator);
        if !(word || matches!(t.s(k), "," | "."))
            || t.in_list(k, List::Relative)
            || (t.in_list(k, List::Coordinator) && !joins)
            || t.has(k, lexicon::CUE)
        {
            return None;
        }
    }
    None
}

/// `The plan, she said, would fail.`: once a comma credit decided the
/// cue, the clause that goes on after it is the same speaker's (even when
/// what stands before the credit is too short to report: `Prices, she
/// said, will rise.`).
#[inline]
pub(super) fn parenthetical(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Option<Attribution> {
    if s.credit_found().is_some() {
        return None;
    }
    let c = s.comma_credit(ctx).filter(|c| c.parenthetical)?;
    let b = skip_leading_marks(ctx, c.tail + 1, s.hi);
    // (`…, Roe said, adding that …`: the participle's own cue reports.)
    if ctx
        .t
        .cue_verb_at(b)
        .is_some_and(|v| v.form == VerbForm::Gerund)
    {
        return None;
    }
    let e = clause_end(ctx, b, s.hi);
    let e = super::phrases::continued_in_present(ctx, s.c0, e, s.hi);
    let rule = RuleId::Parenthetical;
    let conf = confidence(rule, [s.strength()]);
    let who = Who {
        speaker: Some(c.speaker),
        cue: Some(s.span(ctx)),
    };
    let content = super::phrases::content(ctx, b, e)?;
    Some(report(ctx, content, who, rule, conf, claimed))
}

/// `She said: “Q.”`, `she said “Q”`: the subject, the cue, then one
/// quotation as all its content.
#[inline]
pub(super) fn name_said_quote(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    // (`A survey of voters found …`: the rule of `X said CLAUSE` finds the
    // document.)
    let none = || match s.evidence_subject(ctx) {
        Some(_) => Verdict::Pass,
        None => Verdict::Stop,
    };
    let Some(subj) = s.subject(ctx) else {
        return none();
    };
    let Some(speaker) = subj else {
        return none();
    };
    // `a process called “exfiltration”`: a thing, a naming participle
    // and, right after it, the name it goes by; no one speaks.
    let t = &ctx.t;
    let naming = s.cue.verb.frame == Frame::Describe
        && s.cue.verb.form == VerbForm::Past
        && speaker.kind == MentionKind::Nominal
        && t.has(speaker.first.as_usize(), lexicon::DETERMINER)
        && !t.has(
            speaker.last.as_usize(),
            lexicon::SPEAKER_NOUN | lexicon::TITLE | lexicon::MALE | lexicon::FEMALE,
        )
        && s.ce < s.hi
        && ctx.opens_quote(s.ce);
    match s.after(ctx, claimed).content {
        Some(Content::Quote(_)) if naming => Verdict::Stop,
        Some(Content::Quote(_)) => after_cue(ctx, s, speaker, RuleId::NameSaidQuote, claimed),
        _ => Verdict::Pass,
    }
}

/// `X described A as B`, `X called A B`: the verb's whole object.
#[inline]
pub(super) fn described_as(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    // `launched a game called “X”`: a participle after another verb's
    // object describes it; its subject opens no clause.
    if let Some(Some(m)) = s.subject(ctx) {
        let f = m.first.as_usize();
        // (`Though she called the plan “outrageous”, …`: after a
        // subordinator, in any case, the subject opens its clause.)
        let opens = f == s.lo
            || !matches!(ctx.t.toks[f - 1].kind, TokKind::Word)
            || ctx.t.in_list(f - 1, List::Coordinator)
            || ctx.t.in_list(f - 1, List::Relative)
            || ctx.t.lists_at(f - 1) & List::Subordinator.bit() != 0;
        if !opens && s.cue.verb.form == VerbForm::Past {
            return Verdict::Stop;
        }
    }
    if names_object(ctx, s) || calls_without_complement(ctx, s) {
        return Verdict::Stop;
    }
    // `The black hole described in the study is …`: a participle with a
    // place describes nothing (`described as` does).
    if let Some(Content::Clause { a, b, quoted }) = s.after(ctx, claimed).content {
        if ctx.t.in_list(a, List::Preposition) && !ctx.t.is_text(a, "as") {
            return Verdict::Stop;
        }
        // `dismissed the lawsuit`: a plain object. Only the verbs that
        // take an object and its description (`called it a disgrace`,
        // their particle rule `object`) describe without `as`.
        let small_clause = ctx
            .t
            .particles(s.cue.verb)
            .is_some_and(|p| p.otherwise == Otherwise::Object);
        if !quoted && !small_clause && !(a..b).any(|k| ctx.t.is_text(k, "as")) {
            // (In the wider scope, a listed verb's plain object is its
            // content: the rule of noun phrases takes it.)
            if ctx.wide() && ctx.t.in_list(s.c0, List::ObjectCue) {
                return Verdict::Pass;
            }
            return Verdict::Stop;
        }
    }
    // `called the win “a statement” and raised the trophy`: a quoted
    // description ends the object; a comma or a coordinated verb after its
    // closing mark is no part of it.
    let quoted_end = match s.after(ctx, claimed).content {
        Some(Content::Clause { a, b, quoted: true }) => description_end(ctx, a, b),
        _ => None,
    };
    match name_said_frame(ctx, s, RuleId::DescribedAs, claimed) {
        Verdict::Fire(mut a) => {
            if let Some(e) = quoted_end {
                a.content = Span::new(a.content.start(), ctx.t.span(e - 1, e - 1).end());
                a.last_para = ctx.t.toks[e - 1].para;
            }
            wide_pass(ctx, Verdict::Fire(a))
        }
        v => wide_pass(ctx, v),
    }
}

/// One past the last token of the quotation that ends a description in
/// `a..b` (`the win “a statement”` in `the win “a statement” and raised
/// …`), when a comma (after it or inside its closing mark) or a
/// coordinator follows it, and no other quotation; `None` when the
/// description runs to `b`.
fn description_end(ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let t = &ctx.t;
    let k = (a..b).find(|&k| ctx.opens_quote(k))?;
    let e = ctx.quote_end_at(k);
    let tail_opens = (e..b).any(|i| ctx.opens_quote(i));
    // (`as “difficult,” adding …`: the comma inside the closing mark.)
    let comma_inside = e >= k + 3 && t.is_text(e - 2, ",");
    let cut = e + 1 < b
        && (comma_inside || t.is_text(e, ",") || t.is_text(e, "and") || t.is_text(e, "but"))
        && !tail_opens;
    cut.then_some(e)
}

/// `They call him the night mayor.`: `call` in the present, an object,
/// then a noun phrase, with no quotation: naming, not speech (`called the
/// plan “a disgrace”` and `called him a liar` report).
fn names_object(ctx: &Ctx, s: &CueSite) -> bool {
    let t = &ctx.t;
    if s.cue.verb.form != VerbForm::Present
        || !(t.is_text_ci(s.c0, "call") || t.is_text_ci(s.c0, "calls"))
        || (s.ce..s.hi).any(|k| ctx.opens_quote(k))
    {
        return false;
    }
    // The object: a pronoun (`him`, `it`) or a noun phrase.
    let object_end = if t.in_list(s.ce, List::Addressee) && !t.has(s.ce, crate::lexicon::DETERMINER)
    {
        Some(s.ce + 1)
    } else {
        t.np_starting_at(s.ce, s.hi).map(|m| m.last.as_usize() + 1)
    };
    object_end.is_some_and(|k| k < s.hi && t.word(k) && t.has(k, crate::lexicon::DETERMINER))
}

/// `They called a meeting because …`, `She called the plumber.`: `call`
/// with an object and no second phrase that describes it (a subordinate
/// clause or the sentence's end follow), and no quotation: summoning, not
/// description.
fn calls_without_complement(ctx: &Ctx, s: &CueSite) -> bool {
    let t = &ctx.t;
    // (`called for the repeal.`: a cue with its particle summons no one.)
    if !t
        .bytes(s.c0)
        .get(..4)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"call"))
        || s.ce > s.c0 + 1
        || (s.ce..s.hi).any(|k| ctx.opens_quote(k))
    {
        return false;
    }
    let Some(object) = t.np_starting_at(s.ce, s.hi) else {
        return false;
    };
    if !matches!(object.kind, MentionKind::Name | MentionKind::Nominal) {
        return false;
    }
    let k = object.last.as_usize() + 1;
    k >= s.hi
        || matches!(t.s(k), "." | ";" | "!" | "?")
        || (!t.is_text(k, "as")
            && (t.in_list(k, List::Subordinator) || t.in_list(k, List::CutWord)))
}

/// `She told Y (that) CLAUSE`.
#[inline]
pub(super) fn told_addressee(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    wide_pass(ctx, name_said_frame(ctx, s, RuleId::ToldAddressee, claimed))
}

/// In the wider scope, a rule of `X said CLAUSE` that finds no clause
/// passes, so that a noun-phrase object may be the content (see
/// `noun_phrase_content`); in the default scope it stops.
fn wide_pass(ctx: &Ctx, v: Verdict) -> Verdict {
    match v {
        Verdict::Stop if ctx.wide() => Verdict::Pass,
        v => v,
    }
}

/// `She said (that) CLAUSE`.
#[inline]
pub(super) fn name_said_clause(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    // `put it better than I can`: a cue whose object is `it` (`put it`,
    // `summed it up`) stands for words quoted, never for a clause.
    if (s.c0 + 1..s.ce).any(|k| ctx.t.is_text_ci(k, "it"))
        && !matches!(s.after(ctx, claimed).content, Some(Content::Quote(_)))
    {
        return Verdict::Stop;
    }
    if passive_after_comma(ctx, s) {
        return Verdict::Pass;
    }
    wide_pass(
        ctx,
        name_said_frame(ctx, s, RuleId::NameSaidClause, claimed),
    )
}

/// `polls showing …`, `a new poll showing that …`: in the wider scope, the
/// document or figures right before a participle of evidence, as its
/// subject. `None` outside that scope, for another form or verb, or when
/// the word before is no noun of [`List::EvidenceNoun`].
fn evidence_before_participle(ctx: &Ctx, s: &CueSite) -> Option<Mention> {
    let t = &ctx.t;
    if !ctx.wants(Act::Evidence)
        || s.cue.verb.form != VerbForm::Gerund
        || s.c0 <= s.lo
        || !(s.cue.verb.act == lexicon::Act::Evidence || t.in_list(s.c0, List::EvidenceVerb))
        || !t.in_list(s.c0 - 1, List::EvidenceNoun)
    {
        return None;
    }
    t.np_ending_at(s.c0 - 1, s.lo)
}

/// Whether the subject `m` of a verb of evidence (`suggest`, `reveal`) is
/// evidence rather than a speaker: a noun of documents and figures (`the
/// figures`), or things, a plural common noun that names no people (`The
/// bones suggest …`, `Leaked files reveal …`; not `Some experts`, `Some`,
/// `Some party allies`,
/// `The ministries`). (A singular noun is too often a body of people:
/// `the campaign suggested`.)
fn is_evidence(ctx: &Ctx, m: &Mention) -> bool {
    use crate::lexicon::{FEMALE, MALE, SPEAKER_NOUN, TITLE};
    let t = &ctx.t;
    let head = m.last.as_usize();
    t.in_list(head, List::EvidenceNoun)
        || (m.kind == MentionKind::Nominal
            && t.bytes(head).ends_with(b"s")
            && !t.toks[head].is(crate::tokens::CAP)
            && !t.has(head, SPEAKER_NOUN | TITLE | MALE | FEMALE)
            && !t.in_list(head, List::OrgWord)
            && !t.in_list(head, List::Quantifier)
            && !t.in_list(m.first.as_usize(), List::Quantifier))
}

/// The content after the cue, for the subject before it (the rules of
/// `say`, `tell` and `describe`, each tried at its own frame).
fn name_said_frame(ctx: &Ctx, s: &CueSite, rule: RuleId, claimed: &mut [bool]) -> Verdict {
    // `A poll out Monday showed …`: a document with its modifiers.
    let pronoun =
        matches!(s.subject(ctx), Some(Some(m)) if matches!(m.kind, MentionKind::Pronoun(_)));
    if let Some(m) = s.evidence_subject(ctx).filter(|_| !pronoun) {
        return after_cue_as(ctx, s, m, rule, Act::Evidence, claimed);
    }
    match s.subject(ctx) {
        // `The figures suggest …`: evidence, outside the default scope.
        Some(Some(m)) if ctx.t.in_list(s.c0, List::EvidenceVerb) && is_evidence(ctx, &m) => {
            if ctx.wants(Act::Evidence) {
                after_cue_as(ctx, s, m, rule, Act::Evidence, claimed)
            } else {
                Verdict::Stop
            }
        }
        Some(Some(speaker)) => after_cue(ctx, s, speaker, rule, claimed),
        _ => Verdict::Stop,
    }
}
