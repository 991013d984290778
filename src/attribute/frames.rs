//! The rules of cues that are not a subject's verb of saying: a noun that
//! reports (`his claim that …`), a passive (`is expected to …`, `it is
//! believed that …`) and an apparent state (`X seems to …`). Each is tried
//! at a cue before the rules of `X said`, and stops a cue of its own shape
//! that it cannot report, so that no later rule reads the noun or the
//! participle as a subject's verb.

use super::phrases::{
    clause_end, content, finite_clause, mention_end, report, subject_before, Content, Who,
};
use super::rules::{confidence, Adjust, Verdict};
use super::site::CueSite;
use super::Ctx;
use crate::lexicon::{self, Frame, List, Pronoun, VerbForm};
use crate::mentions::{Mention, MentionKind};
use crate::model::{Act, RuleId};
use crate::tokens::{TokKind, Toks, CAP, DIGIT};

/// The fewest words of a that-clause after a noun: fewer are a relative
/// clause (`the claim that he made`).
const MIN_NOUN_CLAUSE_WORDS: usize = 4;

/// Whether an infinitive's verb stands at `i` after `to`: a lowercase word
/// that opens no noun phrase (`to pass`, `to be`; not `to the press`, `to
/// police`, `to 40`).
pub(super) fn infinitive_at(t: &Toks, i: usize, hi: usize) -> bool {
    i < hi
        && t.toks[i].kind == TokKind::Word
        && !t.toks[i].is(CAP)
        && !t.toks[i].is(DIGIT)
        && !t.has(i, lexicon::DETERMINER)
        && !t.has(i, lexicon::NONPERSON_NOUN)
        && t.possessive_at(i).is_none()
        && t.pronoun_at(i).is_none()
        && !t.in_list(i, List::Addressee)
        && !t.in_list(i, List::SpeakerNoun)
}

/// Where the content `a..b` of thought or evidence ends before what only
/// goes with it: after an infinitive, a comma and a participle's phrase
/// (`to hire nurses, focusing on …`; not `including`, `according to`) or
/// an absolute phrase (`…, with both leaders …`), or
/// a comma, `but` or `and`, and a second verb of the subject (`…, but was
/// sent home`). `None` when neither stands in it.
pub(super) fn accompanying_end(ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let t = &ctx.t;
    (a + 1..b.saturating_sub(2)).find(|&k| {
        let w = k + 1;
        if !t.is_text(k, ",") || !t.word(w) || t.toks[w].is(CAP) {
            return false;
        }
        let s = t.s(w);
        let participle = s.len() > 5
            && s.ends_with("ing")
            && !matches!(
                s,
                "including"
                    | "according"
                    | "regarding"
                    | "concerning"
                    | "following"
                    | "excluding"
                    | "involving"
                    | "something"
                    | "nothing"
                    | "anything"
                    | "everything"
            )
            && t.word(w + 1)
            && t.is_text(a, "to");
        // (`to continue until May, with both leaders …`: an absolute
        // phrase after an infinitive.)
        let absolute = t.is_text(w, "with") && t.is_text(a, "to");
        let second = (t.is_text(w, "but") || t.is_text(w, "and"))
            && (t.in_list(w + 1, List::FiniteBe) || t.in_list(w + 1, List::Auxiliary));
        participle || absolute || second
    })
}

/// The owner of a noun whose first modifier or head is at `d`: the phrase
/// before a possessive clitic (`the senator’s`), a possessive pronoun
/// (`his`), or no one after a determiner (`the belief`); `None` when
/// nothing before `d` makes the word a noun.
fn owner_before(ctx: &Ctx, d: usize, lo: usize) -> Option<Option<Mention>> {
    let t = &ctx.t;
    if d <= lo {
        return None;
    }
    let p = d - 1;
    if t.toks[p].kind == TokKind::Possessive && p > lo {
        return t.np_ending_at(p - 1, lo).map(Some);
    }
    if let Some(m) = t.possessive_mention(p) {
        return Some(Some(m));
    }
    t.has(p, lexicon::DETERMINER).then_some(None)
}

/// The owner of the noun at `c` and where its phrase starts, over one
/// modifier if `over_modifier` (`his repeated claim`, `the widespread
/// belief`); `None` when nothing before `c` makes the word a noun.
fn noun_owner(
    ctx: &Ctx,
    c: usize,
    lo: usize,
    over_modifier: bool,
) -> Option<(Option<Mention>, usize)> {
    let t = &ctx.t;
    let start = |o: &Option<Mention>, d: usize| o.map_or(d - 1, |m| m.first.as_usize());
    if let Some(o) = owner_before(ctx, c, lo) {
        return Some((o, start(&o, c)));
    }
    let k = c.checked_sub(1).filter(|&k| over_modifier && k > lo)?;
    let modifier = t.toks[k].kind == TokKind::Word
        && !t.toks[k].is(CAP)
        && !t.has(k, lexicon::FUNCTION)
        && !t.has(k, lexicon::DETERMINER)
        && t.cue_verb_at(k).is_none_or(|v| v.form == VerbForm::Past);
    if !modifier {
        return None;
    }
    let o = owner_before(ctx, k, lo)?;
    Some((o, start(&o, k)))
}

/// Whether a noun that reports, with its owner and its clause or
/// infinitive, opens the phrase `a..b` (`his claim that CLAUSE`): the
/// object of a verb there is that noun phrase, which reports for its owner,
/// not a reported clause (`rejected his claim that …`). (After a bare
/// determiner the verb reports it: `rejected the notion that …`.)
pub(super) fn opens_with_reporting_noun(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.t;
    (a + 1..b.min(a + 4)).any(|k| {
        k + 1 < b
            && (t.is_text(k + 1, "that") || t.is_text(k + 1, "to"))
            && t.cue_verb_at(k).is_some_and(|v| v.form != VerbForm::Past)
            && noun_owner(ctx, k, a.saturating_sub(1), true)
                .is_some_and(|(o, f)| o.is_some() && f == a)
    })
}

/// Whether a comma credit follows in `p..hi` (`…, he said`): a comma, then
/// a verb of saying within a few words.
fn credit_after(ctx: &Ctx, p: usize, hi: usize) -> bool {
    let t = &ctx.t;
    (p..hi).any(|k| {
        t.is_text(k, ",")
            && (k + 1..hi.min(k + 6)).any(|j| t.cue_verb_at(j).is_some_and(|v| v.act.is_speech()))
    })
}

/// Where a clause `a..end` that stands in the sentence's subject ends:
/// before the first verb after its own (`that the vote was rigged | drew
/// scorn`). Its own verb is the first verb group: auxiliaries, a past or
/// present form, a participle after an auxiliary.
fn subject_clause_end(ctx: &Ctx, a: usize, end: usize) -> usize {
    let t = &ctx.t;
    let verbish =
        |i: usize| t.toks[i].kind == TokKind::Word && !t.toks[i].is(CAP) && relative_verb(ctx, i);
    let mut i = a;
    // Up to the clause's own verb group, and past it.
    while i < end && !verbish(i) {
        i += 1;
    }
    let aux = i < end && (t.in_list(i, List::Auxiliary) || t.in_list(i, List::FiniteBe));
    i += 1;
    if aux {
        // `was rigged`, `had been seen`, `would not hold`.
        while i < end && (verbish(i) || t.is_verb_adjunct_at(i) || t.in_list(i, List::VerbGap)) {
            if !(t.in_list(i, List::Auxiliary) || t.in_list(i, List::FiniteBe)) {
                i += 1;
                break;
            }
            i += 1;
        }
    }
    // The next verb is the sentence's (not after `and`, `who`, `that`).
    while i < end {
        if verbish(i)
            && !t.in_list(i - 1, List::Coordinator)
            && !t.in_list(i - 1, List::Relative)
            && !t.has(i - 1, lexicon::FUNCTION)
        {
            return i;
        }
        i += 1;
    }
    end
}

/// Whether the word at `a` after `that` is a verb, so that `that` opens a
/// relative clause (`a show that aired on Monday`).
fn relative_verb(ctx: &Ctx, a: usize) -> bool {
    let t = &ctx.t;
    t.in_list(a, List::Auxiliary) || t.in_list(a, List::FiniteBe) || t.is_past_at(a)
}

/// `his claim that CLAUSE`, `the senator’s promise to …`, `the belief
/// that CLAUSE`: a noun of saying, thought or evidence with its clause or
/// infinitive. The owner is the speaker; a noun of saying needs one. (Tried
/// at every cue: a noun that is also a verb, `claim`, `promise`, reports as
/// a noun only after an owner or a determiner.)
#[inline]
pub(super) fn nominal_cue(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let t = &ctx.t;
    let noun_only = s.cue.verb.frame == Frame::Nominal;
    let not_here = if noun_only {
        Verdict::Stop
    } else {
        Verdict::Pass
    };
    if s.ce != s.c0 + 1
        || s.ce >= s.hi
        || s.cue.verb.form == VerbForm::Past
        || matches!(
            s.cue.verb.frame,
            Frame::Apparent | Frame::According | Frame::Attitude
        )
    {
        return not_here;
    }
    // The clause or infinitive right after the noun.
    let p = s.ce;
    let (a, that) = if t.is_text(p, "that") {
        (p + 1, true)
    } else if t.is_text(p, "to") && infinitive_at(t, p + 1, s.hi) {
        (p, false)
    } else {
        return not_here;
    };
    // (A verb that is also a noun, `claim`, needs its owner right before
    // it: `their supporters argue that …` is a verb's subject.)
    let owner = noun_owner(ctx, s.c0, s.lo, noun_only);
    let Some((owner, first)) = owner else {
        return not_here;
    };
    // `Jo Roe repeated his claim that …`: the owner a possessive stands for
    // is the subject of the verb right before the noun phrase, when that
    // subject is named or described.
    let owner = match owner {
        Some(m) if matches!(m.kind, MentionKind::Pronoun(_)) && first > s.lo + 1 => {
            let v = first - 1;
            let verb = t.toks[v].kind == TokKind::Word
                && !t.toks[v].is(CAP)
                && (t.cue_verb_at(v).is_some() || t.is_past_at(v));
            // (In number too: `Critics mocked her promise` is hers.)
            let plural = m.kind == MentionKind::Pronoun(Pronoun::They);
            verb.then(|| subject_before(ctx, v, s.lo))
                .flatten()
                .filter(|x| {
                    let w = t.s(x.last.as_usize());
                    let many = (x.kind == MentionKind::Nominal
                        || t.has(x.last.as_usize(), lexicon::SPEAKER_NOUN))
                        && w.ends_with('s')
                        && !w.ends_with("ss");
                    matches!(x.kind, MentionKind::Name | MentionKind::Nominal) && many == plural
                })
                .or(Some(m))
        }
        o => o,
    };
    let act = s.cue.verb.act.public();
    // A noun of saying needs an owner; a verb that is also a noun, any
    // owner but a bare determiner.
    if owner.is_none() && (act == Act::Speech || !noun_only) {
        return not_here;
    }
    let mut end = clause_end(ctx, a, s.hi);
    // `The belief that the dam would hold proved wrong`: a clause in the
    // subject ends before the sentence's verb. (`Her claim that … was
    // false, he said`: all of it is the credit's, which reports it.)
    if first == s.lo || (first == s.lo + 1 && t.in_list(s.lo, List::Connective)) {
        if credit_after(ctx, s.ce, s.hi) {
            return not_here;
        }
        end = end.min(subject_clause_end(ctx, a, end));
    }
    if that
        && (!finite_clause(ctx, a, end)
            || super::phrases::word_count(ctx, a, end) < MIN_NOUN_CLAUSE_WORDS
            || relative_verb(ctx, a))
    {
        return not_here;
    }
    let Some(c) = content(ctx, a, end) else {
        return not_here;
    };
    let rule = RuleId::NominalCue;
    let adjust = owner.is_none().then_some(Adjust::NoSpeaker);
    let conf = confidence(rule, [s.strength(), adjust]);
    let who = Who {
        speaker: owner,
        cue: Some(s.span(ctx)),
    };
    let mut at = report(ctx, c, who, rule, conf, claimed);
    at.act = act;
    Verdict::Fire(at)
}

/// Participles that report in the passive with an `as` phrase (`is seen
/// as`, `was described as`) or an infinitive of any verb (`is expected to
/// win`); a verb of saying takes only `to be` or `to have` (`is said to
/// be`), as `was reported to police` is no report.
/// `The court heard (that) CLAUSE`: what was said before a court or a
/// hearing (a noun of `hearing_nouns.txt` ends the subject), by speakers
/// it leaves unnamed. The cue runs from the subject to `heard`.
fn heard_in_court(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let t = &ctx.t;
    let Some(m) = subject_before(ctx, s.c0, s.lo) else {
        return Verdict::Stop;
    };
    if !t.in_list(m.last.as_usize(), List::HearingNoun) {
        return Verdict::Stop;
    }
    let mut a = s.ce;
    if a < s.hi && t.is_text(a, "that") {
        a += 1;
    }
    let b = clause_end(ctx, a, s.hi);
    if !finite_clause(ctx, a, b) {
        return Verdict::Stop;
    }
    let Some(c) = content(ctx, a, b) else {
        return Verdict::Stop;
    };
    let rule = RuleId::PassiveCue;
    let conf = confidence(rule, [s.strength(), Some(Adjust::NoSpeaker)]);
    let who = Who {
        speaker: None,
        cue: Some(t.span(m.first.as_usize(), s.c0)),
    };
    let mut at = report(ctx, c, who, rule, conf, claimed);
    at.act = s.cue.verb.act.public();
    Verdict::Fire(at)
}

fn passive_content(ctx: &Ctx, s: &CueSite, p: usize, subject_it: bool) -> Option<(usize, usize)> {
    let t = &ctx.t;
    let hi = s.hi;
    if p >= hi {
        return None;
    }
    let speech = s.cue.verb.act.public() == Act::Speech;
    let a = if t.is_text(p, "that") && subject_it {
        p + 1
    } else if t.is_text(p, "to") && infinitive_at(t, p + 1, hi) {
        if speech && !(t.is_text(p + 1, "be") || t.is_text(p + 1, "have")) {
            return None;
        }
        p
    } else if t.is_text(p, "as") && p + 1 < hi && t.toks[p + 1].kind != TokKind::Punct {
        // (`was quoted as saying …` is the participle's to report.)
        if t.cue_verb_at(p + 1)
            .is_some_and(|v| v.form == VerbForm::Gerund)
        {
            return None;
        }
        p
    } else if subject_it && finite_clause(ctx, p, clause_end(ctx, p, hi)) {
        p
    } else {
        // (Not `will be called “Keep the Ice Nice”`: a name, not a report.)
        return None;
    };
    let b = clause_end(ctx, a, hi);
    (b > a).then_some((a, b))
}

/// `The dam is considered a risk`, `He has been called a fraud by his
/// rivals`: in the wider scope, the noun phrase or adjective after the
/// passive of `considered` or `called` at `p`, up to an agent (`by` and
/// its phrase), which is returned too. `None` for another verb, or when
/// no object opens at `p` (`was considered on Monday`).
fn predicate_complement(
    ctx: &Ctx,
    s: &CueSite,
    p: usize,
) -> Option<(usize, usize, Option<Mention>)> {
    let t = &ctx.t;
    // (The scope and the word first: they need no search.)
    if !ctx.wide()
        || !(t.is_text_ci(s.c0, "considered") || t.is_text_ci(s.c0, "called"))
        || !opens_object(ctx, p, s.hi)
    {
        return None;
    }
    let b = clause_end(ctx, p, object_end(ctx, p, s.hi));
    // An agent after the complement ends it.
    let by = (p + 1..b).find(|&k| t.is_text(k, "by"));
    match by {
        Some(k) => {
            let m = t.np_starting_at(k + 1, s.hi)?;
            (k > p).then_some((p, k, Some(m)))
        }
        None => (b > p).then_some((p, b, None)),
    }
}

/// The token after the adverbs (at most two: `is widely expected`, `was
/// not thought`) before the cue of `s`: where its `be` should end.
fn back_over_adverbs(t: &Toks, s: &CueSite) -> usize {
    let mut j = s.c0;
    while j > s.lo
        && s.c0 - j < 2
        && (t.is_verb_adjunct_at(j - 1) || t.in_list(j - 1, List::VerbGap))
    {
        j -= 1;
    }
    j
}

/// `The bill is expected to pass`, `It is believed (that) CLAUSE`, `He is
/// widely seen as the favourite`, `The story was first reported by the
/// Courier`: a participle after a form of `be` (over adverbs). The content
/// is the infinitive, the `as` phrase or the clause after the participle;
/// the speaker is the agent right after it (`is expected by analysts to
/// …`), else there is none. An agent with nothing after it reports the
/// subject; in the wider scope, so does the agent of a verb of saying
/// or reaction that is no listed passive (`was criticized by the
/// union`). (Tried at past forms.)
#[inline]
pub(super) fn passive_cue(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let t = &ctx.t;
    if t.is_text_ci(s.c0, "heard") {
        return heard_in_court(ctx, s, claimed);
    }
    // Back over adverbs (`is widely expected`, `was not thought`) to `be`.
    let j = back_over_adverbs(t, s);
    let be = j > s.lo
        && (t.in_list(j - 1, List::FiniteBe)
            || t.is_text_ci(j - 1, "been")
            || t.is_text_ci(j - 1, "be")
            || t.is_text_ci(j - 1, "being"));
    // (`was endorsed by the union`, `was denied by the ministry on
    // Friday`: in the wider scope, the passive of any other verb of
    // saying, reaction or topic with its agent reports the subject,
    // whatever follows the agent.)
    let listed = t.in_list(s.c0, List::PassiveCue);
    let stance_by = !listed
        && matches!(
            s.cue.verb.act,
            lexicon::Act::React | lexicon::Act::Topic | lexicon::Act::Speech
        )
        && s.ce + 1 < s.hi
        && t.is_text(s.ce, "by");
    if !be || !(listed || stance_by) {
        return Verdict::Pass;
    }
    // (The default scope reports no such passive.)
    if stance_by && !ctx.wide() {
        return Verdict::Stop;
    }
    if s.ce != s.c0 + 1 || s.cue.verb.frame == Frame::Addressee {
        return Verdict::Stop;
    }
    // Back over auxiliaries to the subject (`will be seen`, `has been`).
    let mut k = j - 1;
    while k > s.lo
        && (t.in_list(k - 1, List::Auxiliary)
            || t.is_text_ci(k - 1, "been")
            || (ctx.wide() && matches!(t.s(k - 1), "has" | "have" | "had")))
    {
        k -= 1;
    }
    let subject_it = k > s.lo && t.is_text_ci(k - 1, "it");
    // The agent: `by analysts`.
    let mut p = s.ce;
    let mut agent = None;
    if p + 1 < s.hi && t.is_text(p, "by") {
        if let Some(m) = t.np_starting_at(p + 1, s.hi) {
            p = mention_end(ctx, &m);
            agent = Some(m);
        }
    }
    let rule = RuleId::PassiveCue;
    let mut found = if stance_by {
        None
    } else {
        passive_content(ctx, s, p, subject_it)
    };
    if found.is_none() && agent.is_none() {
        if let Some((a, b, by)) = predicate_complement(ctx, s, p) {
            found = Some((a, b));
            agent = by;
        }
    }
    let (a, b) = match (found, agent) {
        (Some(ab), _) => ab,
        // `The story was first reported by the Courier.`: the subject.
        (None, Some(_)) if stance_by || p >= s.hi || matches!(t.s(p), "." | "," | ";") => {
            match subject_before(ctx, k, s.lo) {
                Some(m) if !subject_it => (m.first.as_usize(), m.last.as_usize() + 1),
                _ => return Verdict::Stop,
            }
        }
        _ => return Verdict::Stop,
    };
    // (`And while many are expected to back her | , she …`: in the wider
    // scope, a passive of thought in a fronted clause ends with it.)
    // (So does one's infinitive before what goes with it: `are expected
    // to continue | , with both …`.)
    let b = if ctx.wide() && !s.cue.verb.act.is_speech() {
        let b = fronted_clause_end(ctx, s, a, b).unwrap_or(b);
        accompanying_end(ctx, a, b).unwrap_or(b)
    } else {
        b
    };
    let Some(c) = content(ctx, a, b) else {
        return Verdict::Stop;
    };
    let adjust = agent.is_none().then_some(Adjust::NoSpeaker);
    let conf = confidence(rule, [s.strength(), adjust]);
    let cue = t.span(j - 1, s.c0);
    let who = Who {
        speaker: agent,
        cue: Some(cue),
    };
    let mut at = report(ctx, c, who, rule, conf, claimed);
    at.act = s.cue.verb.act.public();
    Verdict::Fire(at)
}

/// `Republicans seem confident they have the votes`, `The plan appears to
/// have failed`, `It seems (that) CLAUSE`: an apparent state, reported for
/// its subject (none for `it`). `seem` takes any complement, `appear` an
/// infinitive or a clause (`appeared in court` is no report). (Tried at
/// `seem` and `appear`, which no other rule reads.)
#[inline]
pub(super) fn apparent_state(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let t = &ctx.t;
    let p = s.ce;
    if p >= s.hi {
        return Verdict::Stop;
    }
    let Some(subject) = subject_before(ctx, s.c0, s.lo) else {
        return Verdict::Stop;
    };
    let it = t.is_text_ci(subject.first.as_usize(), "it") && subject.first == subject.last;
    let seem = t
        .bytes(s.c0)
        .get(..4)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"seem"));
    let a = if t.is_text(p, "that") {
        p + 1
    } else if (t.is_text(p, "to") && infinitive_at(t, p + 1, s.hi))
        || seem
        || (it && finite_clause(ctx, p, clause_end(ctx, p, s.hi)))
    {
        p
    } else {
        return Verdict::Stop;
    };
    let mut b = clause_end(ctx, a, s.hi);
    // (`seemed to shrink | as the night went on`, `appears calm | ,
    // despite …`: a state ends before a comma or an adjunct clause.)
    if a == p && !it {
        b = (a + 1..b).find(|&k| state_ends_at(ctx, k)).unwrap_or(b);
    }
    b = fronted_clause_end(ctx, s, a, b).unwrap_or(b);
    let Some(c) = content(ctx, a, b) else {
        return Verdict::Stop;
    };
    let rule = RuleId::ApparentState;
    let speaker = (!it).then_some(subject);
    let adjust = it.then_some(Adjust::NoSpeaker);
    let conf = confidence(rule, [adjust]);
    let who = Who {
        speaker,
        cue: Some(s.span(ctx)),
    };
    let mut at = report(ctx, c, who, rule, conf, claimed);
    at.act = Act::Evidence;
    Verdict::Fire(at)
}

/// Whether an apparent state's complement ends before `k`: a comma, a
/// subordinator (`as`, `because`, `when`) or `despite`, `even`.
fn state_ends_at(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.t;
    matches!(t.s(k), "," | ";" | ":")
        || t.toks[k].kind == TokKind::Dash
        || (t.toks[k].kind == TokKind::Word
            && (t.in_list(k, List::Subordinator)
                || t.is_text(k, "when")
                || t.is_text(k, "despite")
                || (t.is_text(k, "even")
                    && (t.is_text(k + 1, "if") || t.is_text(k + 1, "though")))))
}

/// Whether the word at `k` opens the object of a verb (`the plan`, `Roe`,
/// `her effort`, `higher taxes`): not a preposition, a clause's subject
/// pronoun, punctuation or a word that opens a clause.
fn opens_object(ctx: &Ctx, k: usize, hi: usize) -> bool {
    let t = &ctx.t;
    if k >= hi || t.toks[k].kind != TokKind::Word {
        return ctx.opens_quote(k) && k < hi;
    }
    // (`does not defend it.`: a pronoun alone before the clause's end is
    // the object, not a clause's subject.)
    if matches!(t.s(k), "it" | "this" | "that")
        && (k + 1 >= hi || matches!(t.s(k + 1), "." | ";" | "!" | "?"))
    {
        return true;
    }
    !(t.in_list(k, List::Preposition)
        || t.in_list(k, List::Coordinator)
        || t.in_list(k, List::Relative)
        || t.in_list(k, List::QuestionWord)
        || t.in_list(k, List::Subordinator)
        || t.in_list(k, List::Auxiliary)
        || t.in_list(k, List::FiniteBe)
        || time_phrase_at(ctx, k, hi)
        || t.is_text(k, "it")
        || t.is_text(k, "or")
        || t.is_text(k, "that")
        || t.is_text(k, "this")
        || t.is_text(k, "so")
        || t.is_text(k, "not")
        || super::phrases::is_subject_pronoun(t, k))
}

/// Whether a phrase of time starts at `k` (`last week`, `this month`,
/// `on Monday`, `during the debate`, `yesterday`): it ends an object.
fn time_phrase_at(ctx: &Ctx, k: usize, hi: usize) -> bool {
    let t = &ctx.t;
    let time =
        |i: usize| i < hi && (t.has(i, lexicon::CALENDAR_WORD) || t.in_list(i, List::TimeNoun));
    // (A calendar word before a noun is a modifier: `its July meeting`; so
    // is one with a possessive, `Monday's debate`.)
    let modifier = || {
        k + 1 < hi
            && ((t.toks[k + 1].kind == TokKind::Word && !t.toks[k + 1].is(CAP))
                || t.toks[k + 1].kind == TokKind::Possessive)
    };
    let relative_time = |i: usize| i < hi && matches!(t.s(i), "last" | "this" | "next");
    t.in_list(k, List::TimeAdverb)
        || (t.has(k, lexicon::CALENDAR_WORD) && !modifier())
        || t.is_text(k, "during")
        || (relative_time(k) && time(k + 1))
        || (t.in_list(k, List::Preposition)
            && (time(k + 1)
                || ((t.has(k + 1, lexicon::DETERMINER) || relative_time(k + 1)) && time(k + 2))))
}

/// Whether a phrase of the channel starts at `k` (`in a statement`, `on
/// its website`, `in early-morning tweets`): `in`, `on` or `during`, then
/// at most two words and a noun of [`List::ChannelNoun`].
fn channel_phrase_at(ctx: &Ctx, k: usize, hi: usize) -> bool {
    let t = &ctx.t;
    matches!(t.s(k), "in" | "on" | "during")
        && (k + 1..hi.min(k + 4))
            .take_while(|&i| t.toks[i].kind == TokKind::Word)
            .any(|i| t.in_list(i, List::ChannelNoun))
}

/// Where the object phrase that starts at `a` ends (before `hi`, the end
/// of the clause there): before a phrase of time, a clause opened by a
/// subordinator (not `as`: `defended the plan as fair`), `and` or `but`
/// before a verb, or a comma before a verb, a relative word or a
/// subordinator. (A period inside the phrase is an abbreviation's.)
fn object_end(ctx: &Ctx, a: usize, hi: usize) -> usize {
    let t = &ctx.t;
    let verb_at = |i: usize| {
        i < hi
            && (t.cue_verb_at(i).is_some()
                || t.is_past_at(i)
                || t.in_list(i, List::Auxiliary)
                || t.in_list(i, List::FiniteBe))
    };
    let mut k = a + 1;
    // (A quotation that opens the object is skipped whole.)
    if ctx.opens_quote(a) {
        k = ctx.quote_end_at(a).max(k);
    }
    while k < hi {
        // (A word in no list and of no class that times, not one of the
        // words the tests below read, is passed over at once.)
        let tk = &t.toks[k];
        if tk.kind == TokKind::Word
            && tk.lex & (List::TimeAdverb.class() | lexicon::CALENDAR_WORD | lexicon::LISTED) == 0
            && !tk.is(crate::tokens::OPENS)
            && !matches!(
                t.bytes(k),
                b"during" | b"last" | b"this" | b"next" | b"and" | b"but"
            )
        {
            k += 1;
            continue;
        }
        if ctx.opens_quote(k) {
            k = ctx.quote_end_at(k).max(k + 1);
            continue;
        }
        // (`supports “fair pay,” opposes …`: a comma inside the closing
        // mark, then a verb.)
        if k >= a + 2
            && t.toks[k - 1].kind == TokKind::QuoteChar
            && t.is_text(k - 2, ",")
            && verb_at(k)
        {
            break;
        }
        let stop = match t.toks[k].kind {
            TokKind::Word => {
                time_phrase_at(ctx, k, hi)
                    || (k > a && channel_phrase_at(ctx, k, hi))
                    || (t.in_list(k, List::Subordinator) && !t.is_text(k, "as"))
                    // (`condemned the attack | as the rebels fired`: `as`
                    // and a subject with its verb open a clause of time.)
                    || (t.is_text(k, "as") && k > a && clause_of_time(ctx, k + 1, hi))
                    || ((t.is_text(k, "and") || t.is_text(k, "but"))
                        && (verb_at(k + 1)
                            || super::phrases::is_subject_pronoun(t, k + 1)
                            // (`but also had to …`: over an adverb.)
                            || (t.is_verb_adjunct_at(k + 1) && verb_at(k + 2))))
            }
            TokKind::Possessive => false,
            _ if t.is_text(k, ",") => {
                k + 1 >= hi
                    || verb_at(k + 1)
                    // (`echo her concerns | , in large part because …`: a
                    // comma and a preposition open an adjunct.)
                    || t.in_list(k + 1, List::Preposition)
                    || t.in_list(k + 1, List::Relative)
                    || t.is_text(k + 1, "who")
                    || t.in_list(k + 1, List::Subordinator)
                    || super::phrases::is_subject_pronoun(t, k + 1)
            }
            _ if t.is_text(k, ".") => k + 1 >= hi || t.toks[k + 1].kind != TokKind::Word,
            _ => {
                matches!(t.s(k), ";" | ":" | "(" | ")" | "!" | "?")
                    || t.toks[k].kind == TokKind::Dash
            }
        };
        if stop {
            break;
        }
        k += 1;
    }
    super::phrases::trim_end(ctx, a, k)
}

/// Whether a clause's subject and its finite verb start at `k` (after an
/// object's `as`): a subject pronoun, or a noun phrase followed by a verb
/// in the past or a verb in `-s` (`as the rebels fired`, `as the mayor
/// consolidates`; not `as a threat`, `as the best man for the job`).
fn clause_of_time(ctx: &Ctx, k: usize, hi: usize) -> bool {
    let t = &ctx.t;
    if k >= hi {
        return false;
    }
    if super::phrases::is_subject_pronoun(t, k) {
        return true;
    }
    t.np_starting_at(k, hi).is_some_and(|m| {
        let v = m.last.as_usize() + 1;
        v < hi
            && t.toks[v].kind == TokKind::Word
            && !t.toks[v].is(CAP)
            && (t.is_past_at(v)
                || t.in_list(v, List::Auxiliary)
                || t.in_list(v, List::FiniteBe)
                || t.cue_verb_at(v).is_some_and(|c| c.form != VerbForm::Gerund)
                // (A word in `-s` after a singular noun: `the mayor
                // consolidates`.)
                || (t.bytes(v).ends_with(b"s")
                    && !t.bytes(m.last.as_usize()).ends_with(b"s")
                    && !t.has(v, lexicon::FUNCTION)))
    })
}

/// Whether the verb at `c` with the subject `m` reports inside another
/// phrase: a relative clause (`who endorsed him`, `the fees he reported`,
/// `what they want`) or another cue's clause (`say they support him`).
fn embedded(ctx: &Ctx, m: &Mention) -> bool {
    let t = &ctx.t;
    let f = m.first.as_usize();
    // (`…, who praised the plan`: a relative clause between commas makes
    // a report of its own, for the phrase before it; `voters who praised
    // it` does not.)
    let l = m.last.as_usize();
    if l + 2 < t.toks.len() && t.is_text(l + 1, ",") && t.pronoun_at(l + 2) == Some(Pronoun::Who) {
        return false;
    }
    if m.kind == MentionKind::Pronoun(Pronoun::Who) {
        return !(f > 0 && t.is_text(f - 1, ","));
    }
    // (`hard for the mayor to defend …`: the subject of an infinitive.)
    if f > 0 && t.is_text(f - 1, "for") && t.is_text(m.last.as_usize() + 1, "to") {
        return false;
    }
    let Some(p) = f.checked_sub(1) else {
        return false;
    };
    if t.toks[p].kind != TokKind::Word {
        return false;
    }
    // (`now that Cruz has endorsed him`: `that` after `now` or `so`
    // opens an adverbial clause.)
    let adverbial_that = t.is_text(p, "that") && p > 0 && matches!(t.s(p - 1), "now" | "so");
    (t.in_list(p, List::Relative) && !adverbial_that)
        || t.in_list(p, List::QuestionWord)
        || t.cue_verb_at(p).is_some()
        || (matches!(m.kind, MentionKind::Pronoun(_))
            && !t.toks[p].is(CAP)
            && !t.in_list(p, List::Coordinator)
            && !t.in_list(p, List::Connective)
            && !t.in_list(p, List::Subordinator)
            && !t.in_list(p, List::TimeAdverb)
            && !t.has(p, lexicon::FUNCTION))
}

/// `Roe praised the plan`, `The senator wants a vote this week`, `They
/// denied the allegations`: in the wider scope only, the noun-phrase
/// object of a verb of [`List::ObjectCue`] is its content, up to a time
/// phrase or a new clause; so is the object of `call for` and `call on`
/// (`called for a moratorium`) and the topic of any cue after `about`,
/// `against` or `of` (`warned against hackers`, `complained about the
/// noise`, `spoke of her years in office`).
/// (Tried at the cues the rules of `X said CLAUSE` passed over: in the
/// default scope a noun phrase is no reported speech, and they stop.)
#[inline]
pub(super) fn noun_phrase_content(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    if !ctx.wide() || !ctx.wants(s.cue.verb.act.public()) {
        return Verdict::Stop;
    }
    let Some(speaker) = s.subject(ctx).flatten().filter(|m| !embedded(ctx, m)) else {
        return Verdict::Stop;
    };
    match object_content(ctx, s, speaker, claimed) {
        Verdict::Pass => Verdict::Stop,
        v => v,
    }
}

/// The noun-phrase object of the cue of `s` as the content of `speaker`
/// (the rule `reported/NOUN_PHRASE_CONTENT`, also tried by the rules of a
/// participle and of a second verb, for their speaker: `…, citing his
/// record`, `… and praised the plan`); passes when there is none.
pub(super) fn object_content(
    ctx: &Ctx,
    s: &CueSite,
    speaker: Mention,
    claimed: &mut [bool],
) -> Verdict {
    let t = &ctx.t;
    let act = s.cue.verb.act.public();
    if !ctx.wide() || !ctx.wants(act) {
        return Verdict::Pass;
    }
    let (mut a, mut cue_end) = s.complement(ctx);
    let topic = a + 1 < s.hi && ["about", "against", "of"].iter().any(|w| t.is_text(a, w));
    let call = s.cue.verb.frame == Frame::Describe && s.ce == s.c0 + 2;
    // (`dismissed the allegations`: a verb of description listed too.)
    let object = matches!(s.cue.verb.frame, Frame::Clause | Frame::Describe)
        && t.in_list(s.c0, List::ObjectCue);
    // (`sees the plan as a threat`: a verb of thought or evidence with an
    // object and its description in `as`.)
    // (Only when `as` follows within a short object: this runs at many
    // cues.)
    let described = s.cue.verb.frame == Frame::Clause
        && !s.cue.verb.act.is_speech()
        && (a + 1..s.hi.min(a + MAX_DESCRIBED_OBJECT)).any(|k| t.is_text(k, "as"));
    // (`a builder accused of fraud`: a verb that needs its object before
    // `of` is a passive participle right before it.)
    if topic && object && t.is_text(a, "of") {
        return Verdict::Pass;
    }
    if topic {
        if cue_end == a {
            cue_end = a + 1;
        }
        a += 1;
    } else if !(call || object || described) {
        return Verdict::Pass;
    }
    if !opens_object(ctx, a, s.hi) {
        return Verdict::Pass;
    }
    // (The clause's end is looked for within the object only: most
    // objects are short, and this runs at many cues.)
    let b = clause_end(ctx, a, object_end(ctx, a, s.hi));
    if b <= a {
        return Verdict::Pass;
    }
    let b = fronted_clause_end(ctx, s, a, b).unwrap_or(b);
    // (`showed patience as they waited`: `as` and a subject pronoun open
    // a clause of time, no description.)
    let described_as = || {
        (a + 1..b.saturating_sub(1))
            .any(|k| t.is_text(k, "as") && !super::phrases::is_subject_pronoun(t, k + 1))
    };
    if !(topic || call || object || described_as()) {
        return Verdict::Pass;
    }
    let c = content(ctx, a, b).unwrap_or(Content::Clause {
        a,
        b,
        quoted: false,
    });
    let rule = RuleId::NounPhraseContent;
    let conf = confidence(rule, [s.strength()]);
    let who = Who {
        speaker: Some(speaker),
        cue: Some(t.span(s.c0, cue_end - 1)),
    };
    let mut at = report(ctx, c, who, rule, conf, claimed);
    at.act = act;
    Verdict::Fire(at)
}

/// Where the content `a..b` of a cue in a clause fronted by a subordinator
/// ends (`While the mayor has railed against the tax | , her deputy …`,
/// `As she talked about the season | , …`): at the first comma, which
/// closes that clause before the main clause's subject. `None` when the
/// sentence opens with no subordinator (over a coordinator: `And while
/// …`), or when no such comma is inside the content.
pub(super) fn fronted_clause_end(ctx: &Ctx, s: &CueSite, a: usize, b: usize) -> Option<usize> {
    let t = &ctx.t;
    let mut f = s.lo;
    if f + 1 < s.c0 && t.in_list(f, List::Coordinator) {
        f += 1;
    }
    // (The list in any case: the word opens the sentence.)
    let l = List::Subordinator;
    let subordinator = if l.is_token_class() {
        t.toks[f].lex & l.class() != 0
    } else {
        t.lists_at(f) & l.bit() != 0
    };
    let fronted = f < s.c0 && (subordinator || t.is_text_ci(f, "when") || t.is_text_ci(f, "if"));
    if !fronted {
        return None;
    }
    // (The comma before a main clause's subject: a name, a determiner or
    // a pronoun; not `its important, oil-rich ally`, `Sept. 11, 2001`.)
    (a + 1..b.saturating_sub(1)).find(|&k| {
        let w = k + 1;
        t.is_text(k, ",")
            && t.toks[w].kind == TokKind::Word
            && (t.toks[w].is(CAP)
                || t.has(w, lexicon::DETERMINER)
                || super::phrases::is_subject_pronoun(t, w))
    })
}

/// Where the content `a..b` after the cue of `s` ends when, in the wider
/// scope, it is the noun-phrase object of a verb of [`List::ObjectCue`],
/// with or without a quotation (`praised the “bold” budget | on Monday`,
/// `supports “fair pay,” | opposes …`, `praised the plan | but also had
/// doubts`): at the object's end (see
/// [`noun_phrase_content`]). `None` in the default scope, for another
/// verb, or when the object has a verb of its own.
pub(super) fn quoted_object_end(ctx: &Ctx, s: &CueSite, a: usize, b: usize) -> Option<usize> {
    let t = &ctx.t;
    // (Cheap rejections first.)
    if !ctx.wide()
        || s.cue.verb.frame != Frame::Clause
        || a != s.ce
        || !t.in_list(s.c0, List::ObjectCue)
        || !opens_object(ctx, a, b)
    {
        return None;
    }
    let e = clause_end(ctx, a, object_end(ctx, a, b));
    // (No verb of its own outside the quotation: `denied that the “secret”
    // fund existed` is a clause.)
    let mut k = a;
    while k < e {
        if ctx.opens_quote(k) {
            k = ctx.quote_end_at(k).max(k + 1);
            continue;
        }
        if t.toks[k].kind == TokKind::Word && !t.toks[k].is(CAP) && relative_verb(ctx, k) {
            return None;
        }
        k += 1;
    }
    (e > a && e < b).then_some(e)
}

/// The most tokens from an object's start to its description's `as`
/// (`sees the new dam on the river | as a threat`).
const MAX_DESCRIBED_OBJECT: usize = 12;

/// The most words of an object before a directive's infinitive (`called on
/// the party's leaders to …`).
const MAX_DIRECTIVE_OBJECT: usize = 8;

/// Where the clause `a..b` after the cue of `s` ends when it is a
/// directive's request, which reports speech: an addressee the cue
/// skipped, then an infinitive (`urged Congress | to pass the bill`, `told
/// them | to leave`), or, after an addressee the cue did not know
/// (`urged lawmakers to …`) and, in the wider scope, after `call on` or
/// `call for`, a noun phrase and an infinitive (`called on | the party to
/// act`). The request ends
/// before `and` or `but` and a verb (`urged members to vote | but has
/// said …`). (Not `declined to comment`, `agreed to meet`: no one is
/// asked.)
pub(super) fn directive_request(ctx: &Ctx, s: &CueSite, a: usize, b: usize) -> Option<usize> {
    let t = &ctx.t;
    let addressee = s.cue.verb.frame == Frame::Addressee;
    // (`called on X to …` is a campaign's call, reported in the wider
    // scope only, as the suites' conventions have it.)
    let call_on = s.cue.verb.frame == Frame::Describe
        && ctx.wide()
        && s.ce == s.c0 + 2
        && (t.is_text(s.c0 + 1, "on") || t.is_text(s.c0 + 1, "for"));
    if !(addressee || call_on) || a < s.ce || a >= b {
        return None;
    }
    // (`urged people not to …`: a negation before the infinitive.)
    let negated =
        a + 1 < b && (t.is_text(a, "not") || t.is_text(a, "never")) && t.is_text(a + 1, "to");
    let to = if addressee && (t.is_text(a, "to") || negated) {
        // (`was told to leave`: a passive has no addressee.)
        let skipped = (s.ce..a).any(|k| t.toks[k].kind == TokKind::Word && !t.is_text(k, "that"));
        skipped.then_some(if negated { a + 1 } else { a })?
    } else {
        // An object with no verb of its own, then `to` (`asked for the
        // price to be kept secret`; not `warned residents in the area to
        // …`, a place after the addressee).
        if t.in_list(a, List::Preposition) && !t.is_text(a, "for") {
            return None;
        }
        let plain = |k: usize| {
            matches!(t.toks[k].kind, TokKind::Word | TokKind::Possessive)
                && !t.in_list(k, List::Auxiliary)
                && !t.in_list(k, List::FiniteBe)
                && !t.in_list(k, List::Relative)
                && !t.is_text(k, "that")
                // (`asked not to be named`: no addressee.)
                && !t.is_text(k, "not")
                && !t.is_text(k, "never")
                && t.cue_verb_at(k).is_none()
        };
        let mut k = a;
        while k < b && k < a + MAX_DIRECTIVE_OBJECT && plain(k) && !t.is_text(k, "to") {
            k += 1;
        }
        // `urged people not to spread rumours`: a negation after the
        // addressee.
        if k > a && k + 1 < b && (t.is_text(k, "not") || t.is_text(k, "never")) {
            k += 1;
        }
        (k > a && k < b && t.is_text(k, "to")).then_some(k)?
    };
    if !infinitive_at(t, to + 1, b) {
        return None;
    }
    let verb = |i: usize| {
        i < b
            && (t.in_list(i, List::Auxiliary)
                || t.in_list(i, List::FiniteBe)
                || t.cue_verb_at(i).is_some())
    };
    // (Over an adverb: `… and repeatedly says, “…”`.)
    let verb_after = |i: usize| verb(i) || (i + 1 < b && t.is_verb_adjunct_at(i) && verb(i + 1));
    let end = (to + 2..b)
        .find(|&k| (t.is_text(k, "and") || t.is_text(k, "but")) && verb_after(k + 1))
        .map_or(b, |k| super::phrases::trim_end(ctx, a, k));
    Some(end)
}

/// The most tokens between a document's noun and its verb of evidence
/// (`A poll from the state university released Wednesday found …`).
const MAX_EVIDENCE_GAP: usize = 12;

/// `A poll out Monday showed …`, `The report published Tuesday found …`,
/// `A survey of delegates, who vote first, found …`: in the wider scope,
/// a document or figures, with what modifies them, as the subject of a
/// verb of evidence. The noun is followed by its verb, or by a modifier:
/// a preposition, a participle, `out`, a time word, or a relative clause
/// between commas. `None` when a word between them could be the verb of a
/// clause of its own, or when the noun phrase is another word's object
/// (`officials who read the report found …`).
pub(super) fn evidence_subject(ctx: &Ctx, s: &CueSite) -> Option<Mention> {
    let t = &ctx.t;
    // (The scope and the form first: they need no lookup.)
    if !ctx.wants(Act::Evidence) || s.cue.verb.form == VerbForm::Gerund {
        return None;
    }
    if s.cue.verb.act != lexicon::Act::Evidence && !t.in_list(s.c0, List::EvidenceVerb) {
        return None;
    }
    let from = s.c0.saturating_sub(MAX_EVIDENCE_GAP + 1).max(s.lo);
    let mut k = s.c0;
    // (`by the Valley Post and City Radio`: `and` between two names.)
    let between_names = |k: usize| {
        k > s.lo && t.is_text(k, "and") && t.toks[k - 1].is(CAP) && t.toks[k + 1].is(CAP)
    };
    // Inside `, who …,` (read backwards from its closing comma).
    let mut insertion = false;
    'noun: loop {
        loop {
            if k <= from {
                return None;
            }
            k -= 1;
            let kind = t.toks[k].kind;
            if t.is_text(k, ",") {
                if insertion && !(t.in_list(k + 1, List::Relative) || t.is_text(k + 1, "who")) {
                    return None;
                }
                insertion = !insertion;
                continue;
            }
            if insertion {
                continue;
            }
            // The word's lists, looked up once for the tests below (as
            // `Toks::in_list` reads them).
            let lists = if kind == TokKind::Word && t.has(k, lexicon::LISTED) {
                t.lists_at(k)
            } else {
                0
            };
            let cap = t.toks[k].is(CAP);
            let listed = |l: List| {
                if l.is_token_class() {
                    t.in_list(k, l)
                } else {
                    lists & l.bit() != 0 && (!cap || l.matches_capitalised())
                }
            };
            if listed(List::EvidenceNoun) {
                break;
            }
            let plain = match kind {
                TokKind::Word => {
                    // (`Recent polls … have found`: the cue's own
                    // auxiliary.)
                    !((listed(List::Auxiliary) && k + 1 != s.c0)
                        || listed(List::FiniteBe)
                        || listed(List::Relative)
                        || listed(List::Subordinator)
                        || (listed(List::Coordinator) && !between_names(k))
                        || (t.cue_verb_at(k).is_some() && !cap)
                        || t.pronoun_at(k).is_some())
                }
                TokKind::Possessive => true,
                _ => matches!(t.s(k), "." | "/" | "-" | "&"),
            };
            if !plain {
                return None;
            }
        }
        // What follows the noun modifies it.
        let n = k + 1;
        let modifier = n == s.c0
            || t.in_list(n, List::Preposition)
            || t.is_text(n, ",")
            || t.is_text(n, "out")
            || t.is_text(n, "there")
            || t.is_past_at(n)
            // (Irregular participles: `polls taken this week`.)
            || matches!(t.s(n), "taken" | "given" | "made" | "done" | "held" | "drawn")
            || t.has(n, lexicon::CALENDAR_WORD)
            || t.in_list(n, List::TimeAdverb);
        if !modifier {
            return None;
        }
        let m = t.np_ending_at(k, s.lo)?;
        let f = m.first.as_usize();
        let opens = f == s.lo
            || t.toks[f - 1].kind != TokKind::Word
            || t.in_list(f - 1, List::Coordinator)
            || t.in_list(f - 1, List::Connective)
            || t.in_list(f - 1, List::Subordinator)
            || t.is_text(f - 1, "that");
        if opens {
            return Some(m);
        }
        // `The average of polls taken … shows`: a document after `of` is
        // another document's; its head is further back.
        if f > from + 1 && t.is_text(f - 1, "of") {
            k = f - 1;
            continue 'noun;
        }
        return None;
    }
}

/// The most tokens from a subject's head to its verb over the subject's
/// modifiers.
const MAX_SUBJECT_GAP: usize = 14;

/// The subject of the verb at `c` over the phrases that modify it: back
/// over prepositional phrases (`voters | in each state | want`), a
/// participle (`a poll | released Monday | found`) and adverbs, to the
/// noun phrase that no preposition governs (`About 4 in 10 voters in each
/// state want …`, `Only about a third of voters want …`). `None` when a
/// word on the way could be a verb of another clause, or when the phrase
/// found is a pronoun past a modifier (`the poll he cited`).
pub(super) fn modified_subject(ctx: &Ctx, c: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let from = c.saturating_sub(MAX_SUBJECT_GAP).max(lo);
    let mut j = c;
    let mut skipped = false;
    loop {
        // Adverbs and a participle before the verb or after a phrase.
        while j > from
            && t.toks[j - 1].kind == TokKind::Word
            && !t.toks[j - 1].is(CAP)
            && (t.is_verb_adjunct_at(j - 1)
                || (t.is_past_at(j - 1) && t.cue_verb_at(j - 1).is_none()))
            && !t.in_list(j - 1, List::Auxiliary)
            && !t.in_list(j - 1, List::FiniteBe)
        {
            j -= 1;
            skipped = true;
        }
        if j <= from {
            return None;
        }
        let m = t.np_ending_at(j - 1, lo)?;
        let f = m.first.as_usize();
        // (`about a third of voters`: `about` a number's adverb.)
        let about = f > lo
            && t.is_text_ci(f - 1, "about")
            && (f - 1 == lo || t.toks[f - 2].kind != TokKind::Word || t.is_text_ci(f - 2, "only"));
        if f > from && t.in_list(f - 1, List::Preposition) && !about {
            j = f - 1;
            skipped = true;
            continue;
        }
        // (`polls in Ostland and Norland`: the second of two names after
        // a preposition.)
        if let Some(n) = (m.kind == MentionKind::Name && f > from + 1 && t.is_text(f - 1, "and"))
            .then(|| t.np_ending_at(f - 2, lo))
            .flatten()
            .filter(|n| {
                let g = n.first.as_usize();
                n.kind == MentionKind::Name && g > from && t.in_list(g - 1, List::Preposition)
            })
        {
            j = n.first.as_usize() - 1;
            skipped = true;
            continue;
        }
        let pronoun = matches!(m.kind, MentionKind::Pronoun(_));
        if pronoun && skipped || m.kind == MentionKind::Pronoun(Pronoun::Who) {
            return None;
        }
        let opens = f == lo
            || t.toks[f - 1].kind != TokKind::Word
            || t.in_list(f - 1, List::Coordinator)
            || t.in_list(f - 1, List::Connective)
            || t.in_list(f - 1, List::Subordinator)
            || t.in_list(f - 1, List::Quantifier)
            || t.is_text_ci(f - 1, "only")
            || about
            || t.is_text(f - 1, "that");
        return opens.then_some(m);
    }
}

/// Where the content `a..b` of a cue inside a relative clause ends: before
/// the verb of the main clause (`The man who said the plant was safe |
/// resigned`, `The novice who wants to unseat the mayor | is …`), or at
/// the comma that closes a relative clause between commas (`The senator,
/// who believes the media are unfair, | spoke …`). `b` when the cue's
/// subject is no relative pronoun right before it.
/// [`relative_content_end`] after a relative `which` at `w` (`the union,
/// which said …, is …`): the content ends at the dash or the comma that
/// closes the insertion, and is `a` (nothing) unless what is left reports
/// (a that-clause, a quotation, a finite clause or a description; in the
/// wider scope, whatever the cue's rules took) and
/// opens right after the cue's phrase (`the court, which rules on
/// appeals, said …` reports nothing for `rules`).
fn which_content_end(ctx: &Ctx, s: &CueSite, w: usize, a: usize, b: usize) -> usize {
    let t = &ctx.t;
    let dash = t.toks[w - 1].kind == TokKind::Dash;
    let mut e = a;
    while e < b {
        if ctx.opens_quote(e) {
            e = ctx.quote_end_at(e).max(e + 1);
            continue;
        }
        if (dash && t.toks[e].kind == TokKind::Dash) || (!dash && t.is_text(e, ",")) {
            break;
        }
        e += 1;
    }
    let e = e.min(b);
    let after_comma = a > 0 && t.is_text(a - 1, ",") && !ctx.opens_quote(a);
    let reports = (a > 0 && t.is_text(a - 1, "that"))
        || (a..e).any(|k| ctx.opens_quote(k))
        || s.cue.verb.frame == Frame::Describe
        || ctx.wide()
        || super::phrases::finite_clause(ctx, a, e);
    if after_comma || !reports {
        a
    } else {
        e
    }
}

pub(super) fn relative_content_end(
    ctx: &Ctx,
    s: &CueSite,
    speaker: &Mention,
    a: usize,
    b: usize,
) -> usize {
    let t = &ctx.t;
    let from = speaker.first.as_usize();
    // (Or a `which` after the speaker's phrase: `the union, which said
    // …`.)
    let Some(w) = (from..s.c0)
        .rev()
        .find(|&k| t.pronoun_at(k) == Some(Pronoun::Who) || t.is_text(k, "which"))
    else {
        return b;
    };
    // (`who has long said`: only adverbs and auxiliaries between.)
    let close = (w + 1..s.c0).all(|k| {
        t.is_verb_adjunct_at(k)
            || t.in_list(k, List::Auxiliary)
            || t.in_list(k, List::FiniteBe)
            || t.in_list(k, List::VerbGap)
    });
    if !close {
        return b;
    }
    let verb = |k: usize| {
        t.toks[k].kind == TokKind::Word
            && !t.toks[k].is(CAP)
            && (t.in_list(k, List::Auxiliary) || t.in_list(k, List::FiniteBe) || t.is_past_at(k))
    };
    let aux = |k: usize| {
        t.in_list(k, List::Auxiliary)
            || t.in_list(k, List::FiniteBe)
            || t.in_list(k, List::VerbGap)
            || t.is_verb_adjunct_at(k)
            || ["be", "been", "being", "have", "has", "had"]
                .iter()
                .any(|x| t.is_text(k, x))
    };
    let mut k = a;
    if t.is_text(w, "which") {
        return which_content_end(ctx, s, w, a, b);
    }
    if w > s.lo && t.is_text(w - 1, ",") {
        // The comma that closes the insertion (not one inside a quotation).
        while k < b {
            if ctx.opens_quote(k) {
                k = ctx.quote_end_at(k).max(k + 1);
                continue;
            }
            // (`…, is making his pitch`: a verb after it, perhaps over an
            // adverb; not an apposition's comma.)
            let adverb = t.is_verb_adjunct_at(k + 1) && !t.in_list(k + 1, List::Auxiliary);
            let next = if k + 2 < b && adverb { k + 2 } else { k + 1 };
            if t.is_text(k, ",") && next < b && (verb(next) || t.cue_verb_at(next).is_some()) {
                return k;
            }
            k += 1;
        }
        return b;
    }
    // Past the content's own verb group (none in an infinitive's `to`).
    if !t.is_text(a, "to") {
        while k < b && !verb(k) {
            k += 1;
        }
        while k < b && aux(k) {
            k += 1;
        }
    }
    k += 1;
    // The main clause's verb: a finite form after a word that is no
    // function word (`safe | resigned`; not `and resigned`, `to be`).
    // (A subordinate clause has verbs of its own: `… if the law is
    // passed`; the content then runs to its end.)
    (k..b)
        .take_while(|&i| !t.in_list(i, List::Subordinator) && !t.is_text(i, "if"))
        .find(|&i| {
            verb(i)
                && !aux(i - 1)
                && !t.in_list(i - 1, List::Coordinator)
                && !t.in_list(i - 1, List::Relative)
                && !t.has(i - 1, lexicon::FUNCTION)
                && !t.is_text(i - 1, ",")
        })
        .unwrap_or(b)
}

/// `The mayor is confident (that) the dam will hold`, `Voters are eager to
/// move on`, `She is convinced the vote was rigged`: an adjective of
/// attitude after a form of `be` (over an adverb), with a
/// clause or an infinitive, reported as the subject's thought. (Tried at
/// the adjectives of `verbs.txt`, which no other rule reads; not after
/// `it`: `it is certain that …` holds no one's attitude.)
#[inline]
pub(super) fn attitude_state(ctx: &Ctx, s: &CueSite, claimed: &mut [bool]) -> Verdict {
    let t = &ctx.t;
    let j = back_over_adverbs(t, s);
    let linking = j > s.lo
        && (super::phrases::be_before(t, j - 1)
            || t.is_text_ci(j - 1, "be")
            || t.is_text_ci(j - 1, "being"));
    if !linking {
        return Verdict::Stop;
    }
    // Back over auxiliaries to the subject (`has long been`, `will be`).
    let mut k = j - 1;
    while k > s.lo
        && (t.in_list(k - 1, List::Auxiliary)
            || t.is_text_ci(k - 1, "been")
            || t.is_verb_adjunct_at(k - 1)
            || t.in_list(k - 1, List::VerbGap))
    {
        k -= 1;
    }
    let Some(subject) = subject_before(ctx, k, s.lo) else {
        return Verdict::Stop;
    };
    if t.is_text_ci(subject.first.as_usize(), "it") && subject.first == subject.last {
        return Verdict::Stop;
    }
    let p = s.ce;
    let a = if p < s.hi && t.is_text(p, "that") {
        p + 1
    } else if (p < s.hi && t.is_text(p, "to") && infinitive_at(t, p + 1, s.hi))
        || finite_clause(ctx, p, clause_end(ctx, p, s.hi))
    {
        p
    } else {
        return Verdict::Stop;
    };
    let b = clause_end(ctx, a, s.hi);
    let Some(c) = content(ctx, a, b) else {
        return Verdict::Stop;
    };
    let rule = RuleId::AttitudeState;
    let conf = confidence(rule, [None]);
    let who = Who {
        speaker: Some(subject),
        cue: Some(t.span(j - 1, s.c0)),
    };
    let mut at = report(ctx, c, who, rule, conf, claimed);
    at.act = Act::Thought;
    Verdict::Fire(at)
}
