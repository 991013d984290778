//! Phrases the rules share: the subject of a cue, the phrase after it, where
//! a reported clause starts and ends, and how content becomes an
//! attribution. Word knowledge comes from the lexicon's lists.

use super::{Attribution, Ctx};
use crate::lexicon::{self, Frame, List, Pronoun, VerbForm};
use crate::mentions::{Mention, MentionKind, MAX_NAME_TOKENS};
use crate::model::{Act, QuoteKind, RuleId};
use crate::scan::QuoteIdx;
use crate::span::Span;
use crate::tokens::{TokIdx, TokKind, Toks};

/// The longest reported clause, in tokens. Longer runs are run-on text
/// (or adversarial input), not one clause.
pub(super) const MAX_CLAUSE_TOKENS: usize = 150;

/// How far back a participle looks for its subject, in tokens.
const MAX_LOOKBACK: usize = 64;

/// Time and manner words that may follow a cue (`said Monday`, `said
/// flatly`): token `i` of `t`.
pub(super) fn is_time_word(t: &Toks, i: usize) -> bool {
    t.has(i, lexicon::CALENDAR_WORD) || t.in_list(i, List::TimeAdverb)
}

/// A subject pronoun as it follows a verb (`said he`): lowercase, or `I`.
pub(super) fn is_subject_pronoun(t: &Toks, i: usize) -> bool {
    matches!(
        t.pronoun_at(i),
        Some(Pronoun::He | Pronoun::She | Pronoun::They | Pronoun::It | Pronoun::We | Pronoun::I)
    ) && (!t.toks[i].is(crate::tokens::CAP) || t.is_text(i, "I"))
}

/// Whether a noun ends at `k` in a phrase that no preposition governs
/// (`An appeals panel | in 2009 said`; not `the wake of the defeat | in
/// 2012`, `control of the Senate | in November`).
fn free_noun_before(t: &Toks, k: usize, lo: usize) -> bool {
    t.np_ending_at(k, lo).is_some_and(|m| {
        let f = m.first.as_usize();
        matches!(m.kind, MentionKind::Nominal | MentionKind::Name)
            && m.last.as_usize() == k
            && (f == lo || !(t.word(f - 1) && t.in_list(f - 1, List::Preposition)))
    })
}

/// `who` or `whose`, opening a relative clause.
fn is_who(t: &Toks, i: usize) -> bool {
    t.pronoun_at(i) == Some(Pronoun::Who) || t.is_text_ci(i, "whose")
}

/// The subject of the verb at `c`: a phrase right before it (past adverbs,
/// auxiliaries, a reflexive or a parenthesis), or one before a
/// comma-enclosed appositive role.
/// The most words of a count before a unit of time (`less than two`, `a
/// few`) in [`time_span_before`].
const MAX_TIME_COUNT: usize = 4;

/// Whether the word at `k` is a unit of time, singular or plural (`week`,
/// `weeks`, `days`).
fn time_unit(t: &Toks, k: usize) -> bool {
    t.in_list(k, List::TimeNoun)
        || matches!(
            t.s(k),
            "days" | "weeks" | "months" | "years" | "hours" | "decades" | "day" | "hour" | "decade"
        )
}

/// Where a span of time back from now that ends right before `j` starts:
/// a count, a unit and `ago` (`less than two weeks ago`, `a month ago`),
/// or a preposition and the recent past (`in the past`, `in recent
/// weeks`, `over the past year`, `during the last two months`). `None`
/// when none ends there.
fn time_span_before(t: &Toks, j: usize, lo: usize) -> Option<usize> {
    if j < lo + 3 {
        return None;
    }
    let count = |k: usize| {
        t.toks[k].is(crate::tokens::DIGIT)
            || t.in_list(k, List::NumberWord)
            || matches!(
                t.s(k),
                "a" | "an"
                    | "few"
                    | "several"
                    | "couple"
                    | "of"
                    | "than"
                    | "less"
                    | "more"
                    | "just"
                    | "only"
                    | "about"
                    | "nearly"
                    | "some"
                    | "one"
            )
    };
    if t.is_text(j - 1, "ago") {
        let unit = j - 2;
        if !time_unit(t, unit) {
            return None;
        }
        let mut k = unit;
        while k > lo && unit - k < MAX_TIME_COUNT && count(k - 1) {
            k -= 1;
        }
        return (k < unit && k > lo).then_some(k);
    }
    let mut k = j - 1;
    let unit = time_unit(t, k);
    if unit {
        while k > lo + 1 && j - 1 - k < MAX_TIME_COUNT && count(k - 1) {
            k -= 1;
        }
        k -= 1;
    }
    // (`recent` needs its unit: `in the past` stands alone.)
    let recent = matches!(t.s(k), "past" | "last") || (unit && t.is_text(k, "recent"));
    if !recent {
        return None;
    }
    if k > lo && t.is_text(k - 1, "the") {
        k -= 1;
    } else if !t.is_text(k, "recent") {
        return None;
    }
    (k > lo + 1 && matches!(t.s(k - 1), "in" | "over" | "during" | "within")).then_some(k - 1)
}

pub(super) fn subject_before(ctx: &Ctx, c: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let mut j = c;
    let mut skipped = 0;
    while j > lo && skipped < 4 {
        let w = t.s(j - 1);
        // `Jo Roe on Tuesday night said`: a time phrase.
        // (`Theresa May said`: a month after a name is the name's.)
        let name_month = j >= lo + 2
            && !w.ends_with("day")
            && t.toks[j - 2].is(crate::tokens::CAP)
            && t.toks[j - 2].kind == TokKind::Word
            && !t.has(j - 2, lexicon::CALENDAR_WORD);
        let time = (t.has(j - 1, lexicon::CALENDAR_WORD) && !name_month)
            || (w == "on" && t.has(j, lexicon::CALENDAR_WORD))
            // (`The council in May said`.)
            || (w == "in"
                && j < c
                && j >= lo + 2
                && t.has(j, lexicon::CALENDAR_WORD)
                && free_noun_before(t, j - 2, lo))
            || (j >= lo + 2
                && (t.has(j - 2, lexicon::CALENDAR_WORD)
                    || matches!(t.s(j - 2), "this" | "last" | "next"))
                && t.in_list(j - 1, List::TimeNoun))
            // (`Wells Fargo just this month announced`.)
            || (matches!(w, "this" | "last" | "next") && j < c && t.in_list(j, List::TimeNoun));
        // `A statement from the ministry during the weekend said`: a
        // preposition, `the` and a time noun, skipped as one.
        if j >= lo + 4
            && t.in_list(j - 1, List::TimeNoun)
            && t.is_text(j - 2, "the")
            && matches!(
                t.s(j - 3),
                "during" | "over" | "at" | "in" | "on" | "through"
            )
        {
            j -= 3;
            skipped += 1;
            continue;
        }
        // `The ministry less than two weeks ago said`, `have in the past
        // said`, `in recent weeks has said`: a span of time back from now,
        // skipped as one.
        if let Some(k) = time_span_before(t, j, lo) {
            j = k;
            skipped += 1;
            continue;
        }
        // `is confirming`, `has been saying`: a progressive.
        let progressive =
            be_before(t, j - 1) && t.cue_verb_at(c).is_some_and(|v| v.form == VerbForm::Gerund);
        // `He's said`: a perfect's `’s` after a pronoun.
        let perfect = t.toks[j - 1].kind == TokKind::Possessive
            && j >= lo + 2
            && t.pronoun_at(j - 2).is_some()
            && t.cue_verb_at(c).is_some_and(|v| v.form == VerbForm::Past);
        // `Paul Ng Jr. said`: the period of letters after a name.
        let post_nominal_period = w == "." && j >= lo + 2 && t.in_list(j - 2, List::PostNominal);
        if time
            || progressive
            || perfect
            || post_nominal_period
            || t.is_verb_adjunct_at(j - 1)
            || t.in_list(j - 1, List::VerbGap)
            // (`His aides didn't say`: a negated auxiliary in one word.)
            || (t.toks[j - 1].kind == TokKind::Word && (w.ends_with("n't") || w.ends_with("n’t")))
        {
            j -= 1;
            skipped += 1;
        } else if j >= lo + 3
            && t.is_text(j - 2, "in")
            && (t.toks[j - 1].is(crate::tokens::DIGIT) && t.bytes(j - 1).len() == 4
                || t.has(j - 1, lexicon::CALENDAR_WORD))
            && (t.pronoun_at(j - 3) == Some(Pronoun::Who)
                || t.is_name_word(j - 3)
                || free_noun_before(t, j - 3, lo))
        {
            // `who in 2010 said`: a year after `who` or a name (not after
            // a thing's phrase: `which in the wake of the defeat in 2012
            // urged`).
            j -= 2;
            skipped += 1;
        } else if w == ")" {
            // `Sen. Jo Roe (D-Ore.) said`.
            let open = (lo..j - 1).rev().take(8).find(|&k| t.is_text(k, "("))?;
            j = open;
            skipped += 1;
        } else {
            break;
        }
    }
    if j == lo {
        return None;
    }
    if let Some(m) = subject_before_which(ctx, j, lo) {
        return Some(m);
    }
    if let Some(m) = subject_before_who(ctx, j, lo) {
        return Some(m);
    }
    // `Jo Roe -- co-editor of a book on debates -- said`: a role between
    // dashes.
    if t.toks[j - 1].kind == TokKind::Dash && j >= lo + 3 {
        let d = (lo..j - 2)
            .rev()
            .take(MAX_INSERTION_TOKENS)
            .find(|&k| t.toks[k].kind == TokKind::Dash)?;
        if d > lo && ctx.quote_ending_before(j - 1, d).is_none() {
            let mut m = t.np_ending_at(d - 1, lo)?;
            if matches!(m.kind, MentionKind::Name | MentionKind::Nominal) {
                if m.role.is_none() && d + 1 < j - 1 {
                    m.role = Some(t.span(d + 1, j - 2));
                }
                return Some(m);
            }
        }
        return None;
    }
    // `Friends close to her say`: an object pronoun ends no subject.
    if j >= lo + 2
        && t.in_list(j - 2, List::Preposition)
        && is_object_pronoun(t, j - 1)
        && !t.has(c, lexicon::NOUN_HOMOGRAPH)
    {
        if let Some(h) = subject_of_ing_phrase(ctx, t.phrase_mention(j - 1, j - 1), lo) {
            return Some(h);
        }
    }
    if let Some(m) = t.np_ending_at(j - 1, lo) {
        if let Some(part) = part_of_group(ctx, m, j - 1, lo) {
            return Some(part);
        }
        let m = place_of(ctx, m, lo);
        // (`files obtained by the paper suggest`: the agent of a
        // participle is no subject; the phrase the participle follows is.)
        if let Some(head) = agent_of_participle(ctx, m, lo) {
            return Some(head);
        }
        // (Not for a cue that is likelier a noun or a naming participle
        // there: `blamed for the coordinated attacks`, `linked to a group
        // called …`.)
        let nominal_cue = t.has(c, lexicon::NOUN_HOMOGRAPH)
            || t.cue_verb_at(c)
                .is_some_and(|v| v.frame == Frame::Describe && v.form != VerbForm::Present);
        if !nominal_cue {
            if let Some(head) = subject_of_ing_phrase(ctx, m, lo) {
                return Some(head);
            }
        }
        return Some(affiliated(ctx, m, lo).unwrap_or_else(|| with_descriptor(ctx, m, lo)));
    }
    // `Residents evacuated on Sunday said …`: a speaker noun and a
    // participle that describes it.
    let w = t.s(j - 1);
    if j >= lo + 2
        && w.len() >= 5
        && w.ends_with("ed")
        && !t.toks[j - 1].is(crate::tokens::CAP)
        && t.cue_verb_at(j - 1).is_none()
    {
        if let Some(m) = t
            .np_ending_at(j - 2, lo)
            .filter(|m| t.has(m.last.as_usize(), lexicon::SPEAKER_NOUN))
        {
            return Some(m);
        }
    }
    // `Another 19 percent said …`: a share of those polled.
    if j >= lo + 2
        && matches!(t.s(j - 1), "percent" | "per" | "%")
        && t.toks[j - 2].is(crate::tokens::DIGIT)
    {
        let mut a = j - 2;
        if a > lo && (t.has(a - 1, lexicon::DETERMINER) || t.in_list(a - 1, List::Quantifier)) {
            a -= 1;
        }
        return Some(t.phrase_mention(a, j - 1));
    }
    // `Sixty percent said`, `4 in 10 say`, `half said`, `Most of them
    // said`: a share of those asked.
    // (`many of whom` only before a verb of saying: `many of whom opposed
    // the deal` is a stance on a noun phrase.)
    let whom_stance = t.is_text(j - 1, "whom")
        && !t
            .cue_verb_at(c)
            .is_some_and(|v| v.act == lexicon::Act::Speech);
    if let Some(a) = share_start(t, j - 1, lo).filter(|_| !whom_stance) {
        return Some(t.phrase_mention(a, j - 1));
    }
    // `Some said …`, `Many warned …`, `while another says …`: a
    // quantifier, `another` or `one` standing alone, first in its clause.
    let q = j - 1;
    // (`another`, `one` only before a verb's `-s` or past form: `One label
    // …` is a noun's phrase.)
    let inflected = t.cue_verb_at(c).is_some_and(|v| {
        v.form == VerbForm::Past || (v.form == VerbForm::Present && t.s(c).ends_with('s'))
    });
    let alone = (inflected && (t.is_text_ci(q, "another") || t.is_text_ci(q, "one")))
        || t.in_list(q, List::Quantifier);
    // (`But few believe …`: also after a coordinator that opens the
    // sentence.)
    let first = q == lo
        || t.toks[q - 1].kind != TokKind::Word
        || t.in_list(q - 1, List::Coordinator)
        || (q - 1 == lo && (t.is_text(q - 1, "But") || t.is_text(q - 1, "And")))
        || t.is_text(q - 1, "while");
    if alone && first {
        return Some(t.phrase_mention(q, q));
    }
    // `No one expected …`: `no one` standing alone, first in its clause.
    if inflected && q > lo && t.is_text_ci(q, "one") && t.is_text_ci(q - 1, "no") {
        let n = q - 1;
        let first = n == lo
            || t.toks[n - 1].kind != TokKind::Word
            || t.in_list(n - 1, List::Coordinator)
            || (n - 1 == lo && (t.is_text(n - 1, "But") || t.is_text(n - 1, "And")))
            || t.is_text(n - 1, "while");
        if first {
            return Some(t.phrase_mention(n, q));
        }
    }
    // `56 percent of riders said …`: a share of a bare plural.
    let of = (j.saturating_sub(MAX_CONJUNCT_WORDS + 1).max(lo + 1)..j - 1)
        .rev()
        .find(|&k| t.is_text(k, "of"));
    let bare = |w: usize| t.toks[w].kind == TokKind::Word && !t.has(w, lexicon::FUNCTION);
    if let Some(k) = of.filter(|&k| (k + 1..j).all(bare)) {
        if let Some(a) = share_start(t, k - 1, lo) {
            return Some(t.phrase_mention(a, j - 1));
        }
    }
    // `Her advisers and allies say …`: a second bare noun after `and`,
    // joined to the phrase before it.
    if let Some(m) = coordinated_subject(ctx, j - 1, lo) {
        return Some(m);
    }
    // `But environmentalists say …`, `Still, conservationists argue …`: a
    // bare plural first in its clause, before a plural's form of a verb of
    // saying (its base or past form); in the wider scope, of thought or
    // evidence too (`But ecologists worry …`).
    let pw = t.s(j - 1);
    let plural_form = t.cue_verb_at(c).is_some_and(|v| {
        (v.act == lexicon::Act::Speech || (!v.act.is_speech() && ctx.wide()))
            && (v.form == VerbForm::Past || (v.form == VerbForm::Present && !t.s(c).ends_with('s')))
    });
    if plural_form
        && pw.len() >= 5
        && pw.ends_with('s')
        && !pw.ends_with("ss")
        && t.toks[j - 1].kind == TokKind::Word
        && !t.toks[j - 1].is(crate::tokens::CAP)
        && !t.has(j - 1, lexicon::FUNCTION)
        && !t.is_verb_adjunct_at(j - 1)
        && t.cue_verb_at(j - 1).is_none()
        && (j - 1 == lo
            || t.is_text(j - 2, ",")
            || t.in_list(j - 2, List::Coordinator)
            || t.in_list(j - 2, List::Connective))
    {
        return Some(t.phrase_mention(j - 1, j - 1));
    }
    // `riders polled said`, `voters overall said`: a word on who was
    // asked, after the phrase.
    // (Once: the phrase before is no such word, so this recurses no
    // deeper, whatever the input.)
    let asked = |k: usize| matches!(t.s(k), "polled" | "surveyed" | "overall");
    if j > lo + 1 && asked(j - 1) && !asked(j - 2) {
        return subject_before(ctx, j - 1, lo);
    }
    // `Mr Smith, director of the institute, said`.
    if t.is_text(j - 1, ",") && j >= lo + 3 {
        // (A participle's phrase goes first: its place names are no
        // subject, `Lezcano, speaking in Fenwick, Ostmark, warned`.)
        // (And a name opening the sentence goes before a phrase in its
        // insertion: `Alan Roe, the founder’s grandson, who sold …, said`.)
        return match subject_before_insertion(ctx, j, lo) {
            Some((m, true)) => Some(m),
            other => match (subject_before_role(ctx, j, lo), other) {
                (Some(r), Some((m, _)))
                    if r.kind == MentionKind::Nominal && m.kind == MentionKind::Name =>
                {
                    Some(m)
                }
                // (`Ann Lee, the mayor of Dover, one of the towns …, said`:
                // a place inside the insertion is the role's.)
                (Some(r), Some((m, _)))
                    if m.kind == MentionKind::Name
                        && r.first > m.last
                        && t.in_list(r.first.as_usize() - 1, List::Preposition) =>
                {
                    Some(m)
                }
                // (`Ann Lee, who lost her home in Riverton, Ostland, in
                // May, said`: a town's region inside the insertion is no
                // subject.)
                (Some(r), Some((m, _)))
                    if m.kind == MentionKind::Name
                        && r.first > m.last
                        && t.is_text(r.first.as_usize() - 1, ",")
                        && t.toks[r.first.as_usize() - 2].is(crate::tokens::CAP)
                        && t.toks[r.first.as_usize() - 2].kind == TokKind::Word =>
                {
                    Some(m)
                }
                (r, other) => r.or(other.map(|(m, _)| m)),
            },
        };
    }
    None
}

/// The most words of a bare noun phrase after `and` in a subject
/// (`and former rivals`).
const MAX_CONJUNCT_WORDS: usize = 3;

/// `advisers and allies`, `the mayor and party leader` ending at token
/// `e` (not before `lo`): lowercase words (no function word, no verb of
/// the lexicon) after `and`, and a noun phrase before it: the whole.
fn coordinated_subject(ctx: &Ctx, e: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let plain = |k: usize| {
        t.toks[k].kind == TokKind::Word
            && !t.toks[k].is(crate::tokens::CAP)
            && !t.has(k, lexicon::FUNCTION)
            && !t.has(k, lexicon::CUE)
    };
    let mut k = e;
    while k > lo && e - k < MAX_CONJUNCT_WORDS && plain(k) {
        k -= 1;
    }
    if k == e || k <= lo || !t.is_text(k, "and") {
        return None;
    }
    let m = t.np_ending_at(k - 1, lo)?;
    if !matches!(m.kind, MentionKind::Name | MentionKind::Nominal) {
        return None;
    }
    // `Experts on trade and nuclear policy said`: the two join inside a
    // preposition's object; the subject is the phrase before it.
    let f = m.first.as_usize();
    if f >= lo + 2 && t.in_list(f - 1, List::Preposition) {
        let head = t.np_ending_at(f - 2, lo)?;
        return Some(t.phrase_mention(head.first.as_usize(), e));
    }
    // (Else a noun for people, a plural, or after a person's phrase:
    // `advisers and allies`, `the former minister and current nominee`.)
    (t.has(e, lexicon::SPEAKER_NOUN) || t.s(e).ends_with('s') || !m.nonperson)
        .then(|| t.phrase_mention(f, e))
}

/// Where a share of those asked that ends at token `e` (not before `lo`)
/// starts: a number and `percent` (`Sixty percent`), `N in M` (`4 in
/// 10`, `two in three`), a fraction or a majority (`half`, `a third`,
/// `Three-quarters`, `a majority`), or a quantifier `of them` (`Most of
/// them`).
pub(super) fn share_start(t: &Toks, e: usize, lo: usize) -> Option<usize> {
    use crate::cues::is_number;
    if e < lo || t.toks[e].kind != TokKind::Word {
        return None;
    }
    let w = t.s(e);
    if matches!(w, "percent" | "per" | "%") && e > lo && is_number(t, e - 1) {
        return Some(e - 1);
    }
    // (`one` is no number word: `One says …` is no plural noun.)
    if e >= lo + 2
        && t.is_text(e - 1, "in")
        && is_number(t, e)
        && (is_number(t, e - 2) || t.is_text_ci(e - 2, "one"))
    {
        return Some(e - 2);
    }
    // (`three-fourths of them`: a share before `of them`, looked at once.)
    // (`many of whom`: a share of a relative clause's antecedent.)
    let them = |k: usize| matches!(t.s(k), "them" | "those" | "whom");
    if e >= lo + 2 && them(e) && t.is_text(e - 1, "of") {
        if t.in_list(e - 2, List::Quantifier) {
            return Some(e - 2);
        }
        if !them(e - 2) {
            return share_start(t, e - 2, lo);
        }
    }
    // (Compared in any ASCII case, with no lowercase copy: this runs at
    // most subjects.)
    let last = w.rsplit('-').next().unwrap_or("");
    let fraction = [
        "half", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths",
    ]
    .iter()
    .any(|f| last.eq_ignore_ascii_case(f))
        || ["majority", "minority", "plurality"]
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f));
    if !fraction {
        return None;
    }
    // (`a third`, `the majority`, `one half`.)
    let det = e > lo && (t.has(e - 1, lexicon::DETERMINER) || is_number(t, e - 1));
    Some(if det { e - 1 } else { e })
}

/// Whether token `k` is a form of `be` before a participle: `is`,
/// `were`, `been`, or `’s` after a pronoun (`It’s denouncing …`).
pub(super) fn be_before(t: &Toks, k: usize) -> bool {
    t.in_list(k, List::FiniteBe)
        || t.is_text(k, "been")
        || (t.toks[k].kind == TokKind::Possessive && k > 0 && t.pronoun_at(k - 1).is_some())
}

/// `the union, which said …`, `the audit -- which notes …`: a relative
/// `which` right before the verb at `j` (past its adverbs), after a comma
/// or a dash, stands for the phrase before it when that is a name (of a
/// body, mostly) or a noun of a body or a document (`the union`, `the
/// report`); not a place or a time (`the hall, which suggests`).
fn subject_before_which(ctx: &Ctx, j: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    if j < lo + 3
        || !t.is_text(j - 1, "which")
        || !(t.is_text(j - 2, ",") || t.toks[j - 2].kind == TokKind::Dash)
    {
        return None;
    }
    let m = t.np_ending_at(j - 3, lo)?;
    let head = m.last.as_usize();
    let body = match m.kind {
        MentionKind::Name => !t.has(head, lexicon::CALENDAR_WORD),
        MentionKind::Nominal => {
            t.in_list(head, List::OrgWord) || t.in_list(head, List::EvidenceNoun)
        }
        _ => false,
    };
    body.then_some(m)
}

/// The longest relative clause without commas between a subject and its
/// verb, in tokens (`who spoke on condition of anonymity`).
const MAX_RELATIVE_TOKENS: usize = 12;

/// `Residents who live near the plant said …`: a relative clause with no
/// commas ends right before the verb at `j`; the subject is the phrase
/// before `who` (a person or group), not the clause's last noun.
fn subject_before_who(ctx: &Ctx, j: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let from = j.saturating_sub(MAX_RELATIVE_TOKENS).max(lo + 1);
    let mut k = j - 1;
    let mut that = false;
    loop {
        if k < from || !matches!(t.toks[k].kind, TokKind::Word | TokKind::Possessive) {
            return None;
        }
        if t.pronoun_at(k) == Some(Pronoun::Who) {
            break;
        }
        // (`behavior that can be proved … and what most people would
        // consider`: a clause of its own starts after the relative one.)
        if matches!(t.s(k), "and" | "but" | "or" | "what" | "whether" | "which") {
            return None;
        }
        // `Critics that don't like the plan say`, `A study that appeared
        // in a journal found`: `that` right before a verb (an auxiliary,
        // a past form) relates a clause to the phrase before it. (Before
        // a subject, `said that voters want`, it opens a clause.)
        if k > lo && t.is_text(k, "that") && relative_verb(t, k + 1) {
            that = true;
            break;
        }
        k -= 1;
    }
    // The clause has a verb and more: `who live near the plant`.
    if j - k < 3 {
        return None;
    }
    let m = t.np_ending_at(k - 1, lo)?;
    // (`said that elected officials`: a verb before `that` is no phrase.)
    let verb = that && {
        let l = m.last.as_usize();
        t.cue_verb_at(l).is_some() || t.s(l).ends_with("ed")
    };
    (matches!(m.kind, MentionKind::Name | MentionKind::Nominal) && !verb).then_some(m)
}

/// Whether token `k` opens a relative clause's verb after `that`: an
/// auxiliary or a form of `be` (`that were`, `that don't`), `has`,
/// `have`, `had`, or a lowercase past form (`that appeared`).
fn relative_verb(t: &Toks, k: usize) -> bool {
    k < t.toks.len()
        && (verb_word(t, k) || {
            let w = t.s(k);
            t.toks[k].kind == TokKind::Word
                && !t.toks[k].is(crate::tokens::CAP)
                && (w.ends_with("n't") || w.ends_with("n’t"))
        })
}

/// Whether token `k` is a lowercase word that can only be a verb here: an
/// auxiliary, a form of `be`, `has`, `have`, `had`, or a past form in
/// `-ed`.
pub(super) fn verb_word(t: &Toks, k: usize) -> bool {
    if t.toks[k].kind != TokKind::Word || t.toks[k].is(crate::tokens::CAP) {
        return false;
    }
    let w = t.s(k);
    t.in_list(k, List::Auxiliary)
        || t.in_list(k, List::FiniteBe)
        || matches!(w, "has" | "have" | "had")
        || (w.len() > 4 && w.ends_with("ed"))
}

/// When `m` follows `by` after a participle (`files obtained by the
/// paper`, `a report released by the agency`, `notes handed out by staff`), the noun phrase before the
/// participle: the subject of the verb after `m`.
fn agent_of_participle(ctx: &Ctx, m: Mention, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let mut by = m.first.as_usize().checked_sub(1)?;
    // (`by the Daily Vex`: a name without its `the`.)
    if by > lo && t.is_text_ci(by, "the") {
        by -= 1;
    }
    if by <= lo + 1 || !t.is_text(by, "by") {
        return None;
    }
    // Over a particle (`handed out`).
    let mut v = by - 1;
    if v > lo + 1 && t.in_list(v, List::Preposition) {
        v -= 1;
    }
    let w = t.s(v);
    let participle = !t.toks[v].is(crate::tokens::CAP)
        && (w.ends_with("ed") || t.in_list(v, List::IrregularPast))
        && t.cue_verb_at(v).is_none();
    if !participle || v <= lo {
        return None;
    }
    t.np_ending_at(v - 1, lo)
        .filter(|h| matches!(h.kind, MentionKind::Name | MentionKind::Nominal))
}

/// `The Court of Session in Scotland ruled`, `Ryan Norris of the
/// University of Guelph in Ontario said`: a name after `in` is a place of
/// the phrase before it, which is the subject.
fn place_of(ctx: &Ctx, m: Mention, lo: usize) -> Mention {
    let t = &ctx.t;
    let f = m.first.as_usize();
    if m.kind != MentionKind::Name || f < lo + 2 || !t.is_text(f - 1, "in") {
        return m;
    }
    t.np_ending_at(f - 2, lo)
        .filter(|h| matches!(h.kind, MentionKind::Name | MentionKind::Nominal))
        .unwrap_or(m)
}

/// `One of the nurses`, `Two of the three judges`, `Some of the
/// residents`: a count or quantifier and `of` before `m` (opening the
/// sentence or after a comma) make one phrase, the part of the group.
fn part_of_group(ctx: &Ctx, m: Mention, end: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let mut f = m.first.as_usize();
    // (`the three judges` may come without its article.)
    if f > lo && t.word(f - 1) && t.has(f - 1, lexicon::DETERMINER) {
        f -= 1;
    }
    // (`Two of the three judges` may come as one phrase headed by `Two`.)
    let q = if f + 1 < end && t.is_text(f + 1, "of") {
        f
    } else if f >= lo + 2 && t.is_text(f - 1, "of") && m.kind == MentionKind::Nominal {
        f - 2
    } else {
        return None;
    };
    let count = t.is_count(q)
        || t.in_list(q, List::Quantifier)
        || ["one", "none", "each", "either", "neither", "half"]
            .iter()
            .any(|w| t.is_text_ci(q, w));
    let opens = q == lo || !t.word(q - 1);
    (count && opens).then(|| t.phrase_mention(q, end))
}

/// Whether token `i` is a pronoun in the objective case (`him`, `her`).
fn is_object_pronoun(t: &Toks, i: usize) -> bool {
    ["him", "her", "them", "us", "me"]
        .iter()
        .any(|w| t.is_text(i, w))
}

/// When `m` is the object of a participle in `-ing` after a subject
/// (`Residents living near the quarry`, `Parents attending the meeting on
/// Elm Road`), that subject: the phrase before the participle. At most
/// two prepositional phrases are crossed back.
fn subject_of_ing_phrase(ctx: &Ctx, m: Mention, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    // (`began circulating after it announced`: a pronoun is a clause's
    // subject of its own; `close to him`: not one in the objective case.)
    if matches!(m.kind, MentionKind::Pronoun(_)) && !is_object_pronoun(t, m.first.as_usize()) {
        return None;
    }
    let ing = |k: usize| {
        let w = t.s(k);
        t.word(k) && w.len() > 4 && w.ends_with("ing") && !t.toks[k].is(crate::tokens::CAP)
    };
    // (`Doctors treating patients at the clinic`, one phrase over its
    // `at`: the participle inside, with an object after it, follows the
    // subject: a plural, a noun for people or a name of two words.)
    let (f0, l0) = (m.first.as_usize(), m.last.as_usize());
    if let Some(k) = (f0 + 1..l0).find(|&k| ing(k)) {
        if let Some(h) = t.np_ending_at(k - 1, lo).filter(|h| {
            let l = h.last.as_usize();
            matches!(h.kind, MentionKind::Name | MentionKind::Nominal)
                && (t.has(l, lexicon::SPEAKER_NOUN)
                    || (t.s(l).ends_with('s') && !t.s(l).ends_with("ss"))
                    || (h.kind == MentionKind::Name && l > h.first.as_usize()))
                && !t.is_past_at(l)
        }) {
            return Some(h);
        }
    }
    let mut f = m.first.as_usize();
    for _ in 0..3 {
        let mut v = f.checked_sub(1)?;
        let prep =
            v > lo && (t.in_list(v, List::Preposition) || t.in_list(v, List::PlacePreposition));
        if prep {
            v -= 1;
            // (`published Wednesday in the journal`: a day between the
            // participle and its place.)
            if v > lo + 1
                && is_time_word(t, v)
                && t.s(v - 1).ends_with("ed")
                && !t.toks[v - 1].is(crate::tokens::CAP)
            {
                v -= 1;
            }
        }
        if v <= lo || !t.word(v) {
            return None;
        }
        let w = t.s(v);
        // (`the meeting`: a noun in `-ing` has no phrase before it.)
        // (One in `-ed` with a preposition, `briefed on the talks`: with
        // an object it is a verb in the past, `launched a game called …`.)
        let participle = w.len() > 4
            && (w.ends_with("ing") || (prep && w.ends_with("ed")))
            && !t.toks[v].is(crate::tokens::CAP);
        // `People familiar with the talks`, `Those close to her`.
        let adjective = prep && t.in_list(v, List::SubjectAdjective);
        if participle || adjective {
            if let Some(h) = t.np_ending_at(v - 1, lo).filter(|h| {
                matches!(h.kind, MentionKind::Name | MentionKind::Nominal)
                    && !t.is_past_at(h.last.as_usize())
            }) {
                return Some(h);
            }
            if adjective && (t.is_text_ci(v - 1, "those") || t.is_text_ci(v - 1, "anyone")) {
                return Some(t.phrase_mention(v - 1, v - 1));
            }
        }
        // (Over one more phrase: `the meeting on Elm Road`.)
        if !prep {
            return None;
        }
        // (And over a participle's object: `Doctors treating patients at
        // the clinic`, a bare plural; `Scientists studying patients in
        // Dorval`, whose phrase took in the participle.)
        f = match t.np_ending_at(v, lo) {
            Some(n) => {
                let nf = n.first.as_usize();
                (nf + 1..v).rev().find(|&k| ing(k)).map_or(nf, |k| k + 1)
            }
            None if t.toks[v].kind == TokKind::Word
                && !t.toks[v].is(crate::tokens::CAP)
                && !t.has(v, lexicon::FUNCTION)
                && t.cue_verb_at(v).is_none()
                && ing(v - 1) =>
            {
                v
            }
            None => return None,
        };
    }
    None
}

/// The longest insertion between a subject and its verb, in tokens.
const MAX_INSERTION_TOKENS: usize = 40;

/// The name opening the sentence when a long insertion between commas
/// stands between it and the verb at `j` (the comma at `j - 1`): `Ann Lee,
/// president of the union, which represents 4,000 nurses, said …`. The
/// insertion is the name's role unless it is a relative clause.
fn subject_before_insertion(ctx: &Ctx, j: usize, lo: usize) -> Option<(Mention, bool)> {
    let t = &ctx.t;
    // (`“…,” Tom Pratt, the attorney general, one of …, said`: after a
    // quotation that opens the sentence, the name comes after it. Looked
    // for in a bounded window: this runs at many cues.)
    let from = j
        .saturating_sub(MAX_INSERTION_TOKENS + MAX_NAME_TOKENS)
        .max(lo);
    // (Only a quotation that opens the sentence: a title or a nickname in
    // the insertion, `whose guide “Pack Light” has sold …`, is part of it.)
    let lo = (from..j)
        .rev()
        .find(|&k| {
            ctx.quote_ending_before(k + 1, lo)
                .is_some_and(|q| ctx.quotes[q].open.as_usize() <= lo + 1)
        })
        .map_or(lo, |k| k + 1);
    let mut a = lo;
    while a < j && (t.in_list(a, List::Connective) || t.toks[a].kind != TokKind::Word) {
        a += 1;
    }
    let mut m = t.np_starting_at(a, j)?;
    // `Chief financial officer Omar Lezcano, …`: the person a descriptor
    // describes.
    if !t.is_text(m.last.as_usize() + 1, ",") {
        m = t.described_person(m, j);
    }
    let mut comma = m.last.as_usize() + 1;
    // `Dr Ellen Moray at the University of Carrick, who led the work,
    // said`: an affiliation before the insertion is the name's role.
    if m.kind == MentionKind::Name
        && comma + 1 < j
        && (t.in_list(comma, List::AffiliationPrep) || t.is_text(comma, "of"))
    {
        if let Some(org) = t.np_starting_at(comma + 1, j) {
            let after = org.last.as_usize() + 1;
            if after < j && t.is_text(after, ",") {
                m.role.get_or_insert(t.span(comma, org.last.as_usize()));
                comma = after;
            }
        }
    }
    if !matches!(m.kind, MentionKind::Name | MentionKind::Nominal)
        || comma + 2 >= j
        || !t.is_text(comma, ",")
        || j - comma > MAX_INSERTION_TOKENS
    {
        return None;
    }
    // The insertion holds no sentence end and no cue of its own (but for a
    // participle opening it: `Omar Lezcano, speaking from the plant in
    // Fenwick, Ostmark, warned …`).
    let participle = t
        .cue_verb_at(comma + 1)
        .is_some_and(|v| v.form == VerbForm::Gerund);
    // (`Witnesses, according to the paper, said …`: a source's insertion,
    // no role.)
    let according = t.is_text(comma + 1, "according") && t.is_text(comma + 2, "to");
    let from = if participle {
        comma + 2
    } else if according {
        comma + 3
    } else {
        comma + 1
    };
    // (`one of the states suing`: a cue's form after an article is a
    // noun.)
    // (`of Ashton, Md., said`: an abbreviation's period before a comma.)
    let abbreviation = |k: usize| {
        t.is_text(k, ".")
            && k > from
            && k + 1 < j
            && t.is_text(k + 1, ",")
            && t.toks[k - 1].is(crate::tokens::CAP)
            && t.toks[k - 1].end == t.toks[k].start
            && t.s(k - 1).len() <= 5
    };
    let clean = (from..j - 1).all(|k| {
        (!matches!(t.s(k), "." | "!" | "?" | ";" | ":") || abbreviation(k))
            && (!t.has(k, lexicon::CUE) || (k > from && t.has(k - 1, lexicon::DETERMINER)))
    });
    if !clean {
        return None;
    }
    if according {
        return Some((m, true));
    }
    if m.role.is_none() && !t.in_list(comma + 1, List::Relative) && !is_who(t, comma + 1) {
        let end = (comma + 1..j - 1)
            .find(|&k| t.is_text(k, ","))
            .unwrap_or(j - 1);
        if end > comma + 1 {
            m.role = Some(t.span(comma + 1, end - 1));
        }
    }
    Some((m, participle))
}

/// The subject before a comma-enclosed role, the comma at `j - 1`: `Mr
/// Smith, director of the institute, said`, `Jo Roe, 31, a photographer,
/// said`, `One of the authors, Ari Roe, said`.
fn subject_before_role(ctx: &Ctx, j: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let stop = (j - 1).saturating_sub(24).max(lo);
    let mut k = j - 2;
    // A verb or relative word inside is allowed only in a role that
    // opens with a determiner or title (`a member who wants…`).
    let mut clausal = false;
    // The comma of `Oslo, Norway` when stepped over.
    let mut place = None;
    while k > stop {
        let w = t.s(k);
        let quote_mark =
            ctx.quote_opening_at(k).is_some() || ctx.quote_ending_before(k + 1, lo).is_some();
        if quote_mark {
            return None;
        }
        clausal = clausal || t.in_list(k, List::Relative);
        // `the mayor of Oslo, Norway, said`: a place and its region are
        // one place, no apposition.
        if w == ","
            && k > lo
            && k + 2 == j - 1
            && t.toks[k - 1].is(crate::tokens::CAP)
            && t.toks[k + 1].is(crate::tokens::CAP)
        {
            place = Some(k);
            k -= 1;
            continue;
        }
        if w == "," && k > lo {
            // `Roe, for example, said`: a short insertion, skipped.
            let inner = (k + 1, j - 1);
            if inner.1 - inner.0 <= 3 && t.has(inner.0, lexicon::FUNCTION) && !is_who(t, inner.0) {
                return t.np_ending_at(before_tag(ctx, k - 1, lo), lo);
            }
            // `One of the authors, Ari Roe, said`: the apposition names the
            // speaker; the phrase starts with the outer noun phrase.
            if let Some(mut n) = t.np_ending_at(j - 2, k + 1) {
                if n.kind == MentionKind::Name && n.first.as_usize() == k + 1 && !n.nonperson {
                    if let Some(outer) = t.np_ending_at(k - 1, lo) {
                        n.first = outer.first;
                    }
                    return Some(n);
                }
            }
            // `Roe, in the wake of a poll, told …`: a prepositional
            // insertion, skipped.
            if t.in_list(k + 1, List::InsertionOpener) {
                return t.np_ending_at(k - 1, lo);
            }
        }
        if w == "," && is_who(t, k + 1) && k > lo {
            // `Roe, who leads the group, said`: the relative clause is
            // no role; the subject stands before it.
            // (Not a place after a preposition: `Jo Roe, of Ashton, who …`.)
            return t.np_ending_at(k - 1, lo).filter(|m| {
                let f = m.first.as_usize();
                (m.kind != MentionKind::Nominal || t.has(f, lexicon::DETERMINER))
                    && !(f > lo && t.in_list(f - 1, List::Preposition))
            });
        }
        clausal |= t.has(k, lexicon::CUE);
        if w == "," {
            // `Rep. Jo Roe, R-NY, says`: a person's name before the place
            // is the subject; `the mayor of Oslo, Norway` is a role.
            let near = place.and_then(|p| t.np_ending_at(p - 1, lo));
            let person = near.filter(|m| {
                m.kind == MentionKind::Name && !m.nonperson && (m.last > m.first || m.gender != 0)
            });
            return person
                .or_else(|| name_with_role(ctx, k, j, lo, clausal))
                .or(near);
        }
        k -= 1;
    }
    // `a woman in Worcester, Massachusetts, told`, `Rep. Jo Roe, R-NY,
    // says`: no comma before the place; the phrase ends at it.
    place.and_then(|k| t.np_ending_at(k - 1, lo))
}

/// The last token of a name that ends at `e`, or before a short tag in
/// parentheses ending at `e`: `Sen. Jo Roe (D-Ore.), a board member,
/// said` (the tag goes with the name, as in [`subject_before`]).
fn before_tag(ctx: &Ctx, e: usize, lo: usize) -> usize {
    let t = &ctx.t;
    if e <= lo || !t.is_text(e, ")") {
        return e;
    }
    (lo + 1..e)
        .rev()
        .take(8)
        .find(|&k| t.is_text(k, "("))
        .map_or(e, |open| open - 1)
}

/// The name before the comma at `k` with the role from there to the comma
/// at `j - 1` (`Jo Roe, the agency’s head, said`); `clausal` when the role
/// holds a verb or relative word.
fn name_with_role(ctx: &Ctx, k: usize, j: usize, lo: usize, clausal: bool) -> Option<Mention> {
    let t = &ctx.t;
    let role_first = k + 1;
    let rw = t.s(role_first);
    let role_like = t.has(role_first, lexicon::DETERMINER)
        || t.is_title_at(role_first)
        || (!t.toks[role_first].is(crate::tokens::CAP)
            && t.toks[role_first].kind == TokKind::Word
            && !t.has(role_first, lexicon::FUNCTION))
        || t.toks.get(role_first + 1).is_some_and(|x| {
            // `Roe’s aide`, `Dawes’ adviser` (a plural's bare
            // apostrophe, left to the scanner as a mark).
            x.kind == TokKind::Possessive
                || (x.kind == TokKind::QuoteChar
                    && x.start == t.toks[role_first].end
                    && rw.ends_with('s')
                    && ctx.quote_opening_at(role_first + 1).is_none())
        });
    if k == lo
        || (clausal && !(t.has(role_first, lexicon::DETERMINER) || t.is_title_at(role_first)))
    {
        return None;
    }
    // `Jo Roe, 31, a photographer, said`: an age between the
    // name and the role.
    let name_end = if k >= lo + 3 && t.toks[k - 1].is(crate::tokens::DIGIT) && t.is_text(k - 2, ",")
    {
        k - 3
    } else {
        before_tag(ctx, k - 1, lo)
    };
    let mut m = t.np_ending_at(name_end, lo)?;
    // `Jo Roe, R-Ky., said`: a short tag after a name.
    if !(role_like || (m.kind == MentionKind::Name && j - 1 - role_first <= 4)) {
        return None;
    }
    if matches!(m.kind, MentionKind::Name | MentionKind::Nominal) {
        m.role = Some(t.span(role_first, j - 2));
        return Some(m);
    }
    None
}

/// The person before an affiliation that ends at the verb: in `Lena
/// Park at the University of Leeds says`, `m` is the university and the
/// subject is Lena Park, with the affiliation as her role.
fn affiliated(ctx: &Ctx, m: Mention, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    // (`The senator from Eastmark Roy Dane`: a place, then a person, is
    // no organisation.)
    if m.kind == MentionKind::Name
        && m.role.is_some_and(|r| r.start() == m.span.start())
        && (m.first.as_usize()..=m.last.as_usize()).all(|i| !t.is_title_at(i))
    {
        return None;
    }
    let mut k = m.first.as_usize();
    // (`of the Orran County Sheriff’s Office`: a name without its `the`;
    // `at the nonpartisan Fiscal Institute`: nor its adjective.)
    let adjective = |i: usize| {
        t.word(i)
            && !t.toks[i].is(crate::tokens::CAP)
            && !t.in_list(i, List::Preposition)
            && !t.has(i, lexicon::FUNCTION)
    };
    if k > lo + 1 && t.is_text_ci(k - 2, "the") && adjective(k - 1) {
        k -= 2;
    } else if k > lo && t.is_text_ci(k - 1, "the") {
        k -= 1;
    }
    // (`Father of three Kwame Asante`: no organisation.)
    let organisation = t.toks[k].is(crate::tokens::CAP) || t.has(k, lexicon::DETERMINER);
    // (`A former partner of developer Jo Roe`: a relation of a person
    // described; the descriptor is the name's.)
    if organisation
        && t.toks[k].is(crate::tokens::CAP)
        && k > lo + 2
        && adjective(k - 1)
        && t.is_text(k - 2, "of")
    {
        k -= 1;
    }
    // (`of` too here, between a name and its verb: `Jo Roe of the union
    // said`.)
    let prep = k >= lo + 2 && (t.in_list(k - 1, List::AffiliationPrep) || t.is_text(k - 1, "of"));
    // (`An official from the Transit Authority`, `A spokesman for the
    // ministry`: a noun of a speaker takes these too.)
    let speaker_prep = k >= lo + 2
        && (prep
            || t.is_text(k - 1, "from")
            || t.is_text(k - 1, "for")
            || t.is_text(k - 1, "within")
            || t.is_text(k - 1, "in"));
    if !speaker_prep || !organisation {
        return None;
    }
    // (`Lt. Marcus Dell Jr. of the sheriff’s office`: over letters after
    // the name.)
    let mut e = k - 2;
    if e > lo && t.is_text(e, ".") && t.in_list(e - 1, List::PostNominal) {
        e -= 1;
    }
    if e > lo && t.in_list(e, List::PostNominal) {
        e -= 1;
    }
    let mut person = t.np_ending_at(e, lo)?;
    // (A title, or a noun of speakers: `officials`, and `official`, the
    // singular of one.)
    let head = person.last.as_usize();
    // (`the narrator in the ad says`, `Residents in the town say`: a
    // noun phrase of people, or any with a determiner.)
    let speaker_noun = (person.kind == MentionKind::Nominal
        // (`Residents`, capitalised to open the sentence.)
        || (person.first == person.last && t.has(head, lexicon::SPEAKER_NOUN)))
        && !person.nonperson
        && !t.has(head, lexicon::NONPERSON_NOUN)
        && (t.is_title_at(head)
            || t.has(head, lexicon::SPEAKER_NOUN)
            || lexicon::classes(&format!("{}s", t.s(head).to_ascii_lowercase()))
                & lexicon::SPEAKER_NOUN
                != 0
            || t.has(person.first.as_usize(), lexicon::DETERMINER));
    if speaker_noun {
        person.role = Some(t.span(k - 1, m.last.as_usize()));
        return Some(person);
    }
    // (`Speaker of the House Paul Ryan`: a title alone is no person.)
    if !prep || person.kind != MentionKind::Name || person.nonperson || t.is_title_at(e) {
        return None;
    }
    if person.role.is_none() {
        person.role = Some(t.span(k - 1, m.last.as_usize()));
    }
    Some(with_descriptor(ctx, person, lo))
}

/// Extends a name back over a lowercase descriptor when a boundary stands
/// before it: `DFA spokesman Jo Roe`, `, party chairman Jo Roe said`. The
/// descriptor becomes the mention's role (unless it has one).
pub(super) fn with_descriptor(ctx: &Ctx, m: Mention, lo: usize) -> Mention {
    let t = &ctx.t;
    if m.kind != MentionKind::Name {
        return m;
    }
    let mut k = m.first.as_usize();
    let mut n = 0;
    while k > lo && n < 4 {
        let p = k - 1;
        let lower_noun = t.toks[p].kind == TokKind::Word
            && !t.toks[p].is(crate::tokens::CAP)
            && !t.has(p, lexicon::FUNCTION)
            && !t.is_verb_adjunct_at(p)
            && t.cue_verb_at(p).is_none()
            && !t.toks[p].is(crate::tokens::DIGIT);
        if lower_noun || (n > 0 && t.is_name_word(p)) {
            k = p;
            n += 1;
        } else {
            break;
        }
    }
    if n == 0
        || !t.toks[k..m.first.as_usize()]
            .iter()
            .any(|x| !x.is(crate::tokens::CAP))
    {
        return m;
    }
    let boundary = k == lo
        || matches!(t.s(k - 1), "," | "(" | ":")
        || t.is_text_ci(k - 1, "the")
        || matches!(t.toks[k - 1].kind, TokKind::Dash | TokKind::QuoteChar);
    if !boundary {
        return m;
    }
    let first = if k > lo && t.is_text_ci(k - 1, "the") {
        k - 1
    } else {
        k
    };
    // The descriptor is the person's role (`party chairman`).
    let role = m.role.or_else(|| Some(t.span(k, m.first.as_usize() - 1)));
    Mention {
        span: t.span(first, m.last.as_usize()),
        first: TokIdx::new(first),
        role,
        ..m
    }
}

/// The phrase right after the cue (`said Mr Smith`), with an appositive
/// role (`said Jo Roe, the agency’s head`).
pub(super) fn subject_after(ctx: &Ctx, p: usize, hi: usize) -> Option<Mention> {
    let t = &ctx.t;
    // `said former congressman Jo Roe`: a lowercase descriptor, then a name.
    let mut d = p;
    while d < hi
        && d < p + 4
        && t.toks[d].kind == TokKind::Word
        && !t.toks[d].is(crate::tokens::CAP)
        && !t.has(d, lexicon::FUNCTION)
        && !t.has(d, lexicon::DETERMINER)
        && t.cue_verb_at(d).is_none()
    {
        d += 1;
    }
    let mut m = if d > p && d < hi && t.is_name_word(d) {
        let m = t.np_starting_at(d, hi)?;
        Mention {
            span: t.span(p, m.last.as_usize()),
            first: TokIdx::new(p),
            ..m
        }
    } else {
        // `said Rovers director of football Helen Quist`: a name that
        // describes the next one, which is the speaker.
        t.described_person(t.np_starting_at(p, hi)?, hi)
    };
    if matches!(m.kind, MentionKind::Pronoun(_)) && !is_subject_pronoun(t, p) {
        return None;
    }
    let r = m.last.as_usize() + 1;
    if r + 1 < hi
        && t.is_text(r, ",")
        && (t.has(r + 1, lexicon::DETERMINER)
            || (!t.toks[r + 1].is(crate::tokens::CAP) && t.toks[r + 1].kind == TokKind::Word)
            || t.is_title_at(r + 1))
    {
        let mut e = r + 1;
        while e < hi
            && !matches!(t.s(e), "," | "." | ";" | ":" | "!" | "?")
            && t.toks[e].kind != TokKind::QuoteChar
        {
            e += 1;
        }
        if e > r + 1 {
            m.role = Some(t.span(r + 1, e - 1));
        }
    }
    Some(m)
}

/// The last token of a mention including its role.
pub(super) fn mention_end(ctx: &Ctx, m: &Mention) -> usize {
    let mut e = m.last.as_usize() + 1;
    if let Some(r) = m.role {
        while e < ctx.t.toks.len() && (ctx.t.toks[e].start as usize) < r.end() {
            e += 1;
        }
    }
    e
}

/// The most tokens of an addressee after `to` before `that` (`said to a
/// crowd of farmers in the valley that …`).
const MAX_TO_ADDRESSEE_TOKENS: usize = 10;

/// Skips what may stand between a cue and its content: time words,
/// an addressee (`told reporters`), a channel (`in a statement`), `that`.
/// Returns the content start and the end of the cue phrase.
pub(super) fn skip_complement(
    ctx: &Ctx,
    mut p: usize,
    hi: usize,
    frame: Frame,
    cue_end: usize,
) -> (usize, usize) {
    let t = &ctx.t;
    let mut cue_end = cue_end;
    let mut addressed = false;
    for _ in 0..4 {
        if p >= hi {
            break;
        }
        let w = t.s(p);
        // (`said Friday's vote was rigged`: a day's possessive opens the
        // content.)
        let possessive = p + 1 < hi && t.toks[p + 1].kind == TokKind::Possessive;
        if !possessive
            && (is_time_word(t, p) || (is_time_word(t, p - 1) && t.in_list(p, List::TimeNoun)))
        {
            p += 1;
            continue;
        }
        // `complain bitterly that …`, `wrote online that …`: an adverb
        // before `that`.
        if p + 1 < hi
            && ((w.len() > 4 && w.ends_with("ly")) || t.is_verb_adjunct_at(p))
            && t.is_text(p + 1, "that")
            && !t.toks[p].is(crate::tokens::CAP)
        {
            p += 1;
            continue;
        }
        // `states, however, that …`: an adverb between commas.
        if w == "," && p + 2 < hi && is_time_word(t, p + 1) && t.is_text(p + 2, ",") {
            p += 3;
            continue;
        }
        // `told a crowded hall in the city that …`: the addressee runs to
        // `that`.
        if frame == Frame::Addressee {
            let that = (p..hi.min(p + 16))
                .take_while(|&k| matches!(t.toks[k].kind, TokKind::Word | TokKind::Possessive))
                .find(|&k| t.is_text(k, "that"));
            if let Some(k) = that {
                p = k;
                continue;
            }
        }
        // `told state media`, `told local reporters`: a word before an
        // addressee.
        if frame == Frame::Addressee
            && !addressed
            && p + 1 < hi
            && t.word(p)
            && !t.is_name_word(p)
            && !t.has(p, lexicon::FUNCTION)
            && t.in_list(p + 1, List::Addressee)
            && !t.has(p + 1, lexicon::FUNCTION)
        {
            addressed = true;
            p += 2;
            continue;
        }
        // One addressee: `told reporters the season would go ahead`.
        if frame == Frame::Addressee
            && !addressed
            && (t.in_list(p, List::Addressee)
                || t.is_name_word(p)
                || t.has(p, lexicon::DETERMINER)
                || t.has(p, lexicon::SPEAKER_NOUN))
        {
            addressed = true;
            if let Some(m) = t.np_starting_at(p, hi) {
                if t.in_list(p, List::Addressee) && cue_end == p {
                    cue_end = p + 1;
                }
                p = m.last.as_usize() + 1;
                continue;
            }
            if t.in_list(p, List::Addressee) {
                if cue_end == p {
                    cue_end = p + 1;
                }
                p += 1;
                continue;
            }
        }
        // `said to reporters that …`, `wrote to its members that …`: an
        // addressee after `to` (a name, a pronoun, a determiner or a noun
        // of people first), up to `that`.
        if w == "to"
            && p + 2 < hi
            && (t.in_list(p + 1, List::Addressee)
                || t.is_name_word(p + 1)
                || t.has(p + 1, lexicon::DETERMINER)
                || t.has(p + 1, lexicon::SPEAKER_NOUN)
                || is_object_pronoun(t, p + 1))
        {
            let that = (p + 1..hi.min(p + 1 + MAX_TO_ADDRESSEE_TOKENS))
                .take_while(|&k| {
                    matches!(t.toks[k].kind, TokKind::Word | TokKind::Possessive)
                        && !t.has(k, lexicon::CUE)
                })
                .find(|&k| t.is_text(k, "that"));
            // (Not a relative `that`, before a verb: `spoke to a party
            // that had adopted …`; nor after `speak` or `talk`, whose `to`
            // phrase is the topic's: `speaks to the fact that …`.)
            let relative = |k: usize| {
                k + 1 >= hi
                    || t.in_list(k + 1, List::Auxiliary)
                    || t.is_past_at(k + 1)
                    || t.has(k + 1, lexicon::CUE)
            };
            let topic = cue_end > 0
                && matches!(
                    t.s(cue_end - 1),
                    "speak"
                        | "speaks"
                        | "spoke"
                        | "speaking"
                        | "talk"
                        | "talks"
                        | "talked"
                        | "talking"
                );
            if let Some(k) = that.filter(|&k| k > p + 1 && !relative(k) && !topic) {
                p = k;
                continue;
            }
        }
        if t.in_list(p, List::ComplementPrep) {
            // A short phrase ending at `that`, a comma or a colon.
            let mut e = p + 1;
            // (The tokens of a clock time and a bracket do not count
            // towards the phrase's length.)
            let mut extra = 0;
            // (`said after the convention he would …`: a subject pronoun
            // ends the phrase too.)
            while e < hi
                && e < p + 12 + extra
                && !t.is_text(e, "that")
                && !(e > p + 1 && is_subject_pronoun(t, e))
            {
                if ctx.opens_quote(e) {
                    e = ctx.quote_end_at(e).max(e + 1);
                } else if matches!(t.toks[e].kind, TokKind::Word | TokKind::Possessive)
                    // (`at 11:30 am`: a clock time's colon.)
                    || (t.is_text(e, ":")
                        && e + 1 < hi
                        && t.toks[e - 1].is(crate::tokens::DIGIT)
                        && t.toks[e + 1].is(crate::tokens::DIGIT)
                        && t.toks[e - 1].end == t.toks[e].start
                        && t.toks[e].end == t.toks[e + 1].start)
                {
                    if t.is_text(e, ":") {
                        extra += 2;
                    }
                    e += 1;
                } else if t.is_text(e, "(") {
                    // (`at 11:30 am (1830 UTC)`: a bracket inside.)
                    match (e + 1..hi.min(e + 8)).find(|&k| t.is_text(k, ")")) {
                        Some(k) => {
                            extra += k + 1 - e;
                            e = k + 1;
                        }
                        None => break,
                    }
                } else {
                    break;
                }
            }
            let e = e.min(hi);
            // (`ruled on the appeal of that decision`: `that` after a
            // preposition is a determiner, and opens no clause.)
            if e < hi && t.is_text(e, "that") && t.in_list(e - 1, List::Preposition) {
                break;
            }
            if e < hi
                && e > p + 1
                && (t.is_text(e, "that") || matches!(t.s(e), "," | ":") || is_subject_pronoun(t, e))
                || e == hi
            {
                if cue_end == p && (p + 1..e).any(|k| t.in_list(k, List::ChannelNoun)) {
                    cue_end = e;
                }
                p = e;
                continue;
            }
            // `said on Monday the talks failed`: a day ends the phrase.
            // (`ruled on September 11 the law was void`: with its date.)
            if let Some(d) = (p + 1..e.min(p + 4)).find(|&k| t.has(k, lexicon::CALENDAR_WORD)) {
                p = d + 1;
                if p + 1 < hi && t.toks[p].is(crate::tokens::DIGIT) && t.s(p).len() <= 2 {
                    p += 1;
                }
                continue;
            }
        }
        // (`said that was not her view`: `that` before a verb is the
        // clause's subject.)
        if w == "that" && !(p + 1 < hi && t.in_list(p + 1, List::Auxiliary)) {
            p += 1;
        }
        break;
    }
    (p, cue_end)
}

/// The end (exclusive) of a reported clause starting at `p`: the sentence
/// end, less final punctuation, cut before a trailing adjunct or a second
/// coordinated cue.
/// `says she hopes to win, but she knows that …`: after a cue in the
/// present (`says`, at `cue`), a clause coordinated at `end` (`, and` or
/// `, but`, a pronoun, a verb in the present) goes on with the content,
/// whose new end this returns (narration after `says` would not be in
/// the present; after `said` it may be: `…, and she left`).
pub(super) fn continued_in_present(ctx: &Ctx, cue: usize, end: usize, hi: usize) -> usize {
    let t = &ctx.t;
    let present = t
        .cue_verb_at(cue)
        .is_some_and(|v| v.form == VerbForm::Present)
        && t.s(cue).ends_with('s');
    if !present || end + 3 >= hi || !t.is_text(end, ",") {
        return end;
    }
    let k = end + 1;
    if !(t.is_text(k, "and") || t.is_text(k, "but")) || t.pronoun_at(k + 1).is_none() {
        return end;
    }
    let mut v = k + 2;
    while v + 1 < hi && v < k + 4 && t.is_verb_adjunct_at(v) {
        v += 1;
    }
    let w = t.s(v);
    // (A cue of a reported act reports for itself: `…, and she tells
    // crowds …`.)
    let cue = t.cue_verb_at(v);
    if cue.is_some_and(|c| ctx.reports(c.act)) {
        return end;
    }
    let verb = matches!(
        w,
        "is" | "has" | "does" | "are" | "have" | "do" | "can" | "will"
    ) || cue.is_some_and(|c| c.form == VerbForm::Present);
    if !verb {
        return end;
    }
    clause_end(ctx, k + 1, hi).max(end)
}

/// `Police say the man fled and refused to stop`: after a cue in the
/// present (`say`, `says`, at `cue`), a verb in the past right after the
/// `and` or `but` at `end` is not the speaker's second verb (which would
/// be in the present too) but the content's: the content goes on, and
/// this returns its new end. (A verb of saying is left to be the
/// speaker's.)
pub(super) fn continued_across_tense(ctx: &Ctx, cue: usize, end: usize, hi: usize) -> usize {
    let t = &ctx.t;
    if end + 1 >= hi || !(t.is_text(end, "and") || t.is_text(end, "but")) {
        return end;
    }
    let present = cue > 0
        && t.cue_verb_at(cue)
            .is_some_and(|v| v.form == VerbForm::Present)
        && !t.in_list(cue - 1, List::Auxiliary);
    // (Not a verb of saying: `says Roe won and noted that …`, a live
    // blog's present headline cue over a story in the past.)
    let past = t
        .cue_verb_at(end + 1)
        .is_some_and(|v| v.form == VerbForm::Past && v.act != lexicon::Act::Speech);
    if !present || !past {
        return end;
    }
    clause_end(ctx, end + 1, hi).max(end)
}

pub(super) fn clause_end(ctx: &Ctx, p: usize, hi: usize) -> usize {
    let t = &ctx.t;
    let mut i = p;
    // A clause longer than the cap is not reported (see `clause`); scanning
    // stops there, which keeps long sentences of many cues linear.
    let hi = hi.min(p + MAX_CLAUSE_TOKENS + 1);
    let mut end = hi;
    let infinitive = p < hi
        && (t.is_text(p, "to") || (t.is_text(p, "not") && p + 1 < hi && t.is_text(p + 1, "to")));
    while i < hi {
        // (Most tokens are words at which no test below ends the clause: no
        // cue there or next, neither `and` nor `but`. They are passed over
        // at once: this runs at every token of the clause.)
        let tk = &t.toks[i];
        if tk.kind == TokKind::Word
            && tk.lex & lexicon::CUE == 0
            && !tk.is(crate::tokens::OPENS)
            && (i + 1 >= hi || t.toks[i + 1].lex & lexicon::CUE == 0)
            && !matches!(t.bytes(i), b"and" | b"but")
        {
            i += 1;
            continue;
        }
        if ctx.opens_quote(i) {
            let q = i;
            i = ctx.quote_end_at(i).clamp(i + 1, hi);
            // `said it was “a disgrace,” adding that …`: a comma inside the
            // closing mark, then a participle or a credit.
            if i < hi && i >= p + 2 && t.is_text(i - 2, ",") && comma_ends_content(ctx, i, hi) {
                end = i;
                break;
            }
            // `blasted the plan as a “disgrace” on Tuesday at …`: the
            // words quoted after `as` end the content before a time or a
            // place of the report.
            if i < hi && as_quoted(t, p, q) && adjunct_of_report(t, i) {
                end = i;
                break;
            }
            continue;
        }
        // (`is_text`, not `s`: this runs at every token of the clause.)
        if t.is_text(i, ";") {
            end = i;
            break;
        }
        // `noted implications for the birds: Lee remarked, “…”`: after a
        // colon, a subject and its cue report for themselves.
        if i > p && t.is_text(i, ":") {
            let credit = t
                .np_starting_at(i + 1, hi)
                .map(|m| m.last.as_usize() + 1)
                .is_some_and(|k| {
                    k < hi
                        && t.cue_verb_at(k).is_some_and(|v| {
                            v.form != VerbForm::Gerund && v.act == lexicon::Act::Speech
                        })
                });
            if credit {
                end = i;
                break;
            }
        }
        if t.is_text(i, ",") && i + 1 < hi {
            // `…, and that Y`, `…, but not Z`: the content goes on.
            if goes_on(t, i + 1, hi) {
                i += 1;
                continue;
            }
            // (Over an adverb: `…, even suggesting …`.)
            let g =
                if i + 2 < hi && t.is_verb_adjunct_at(i + 1) && !t.in_list(i + 1, List::TimeAdverb)
                {
                    i + 2
                } else {
                    i + 1
                };
            let gerund_cue = t.cue_verb_at(g).is_some_and(|v| v.form == VerbForm::Gerund);
            let and_cue = t.in_list(i + 1, List::Coordinator)
                && i + 2 < hi
                && t.cue_verb_at(i + 2)
                    .is_some_and(|v| v.form != VerbForm::Gerund);
            let and_clause = t.is_text(i + 1, "and")
                && i + 2 < hi
                && (t.pronoun_at(i + 2).is_some()
                    || t.has(i + 2, lexicon::DETERMINER)
                    || t.is_name_word(i + 2));
            // `endorsed Clinton, said on Wednesday he agrees`: a second
            // verb of the subject.
            let past_cue = t
                .cue_verb_at(i + 1)
                .is_some_and(|v| v.form == VerbForm::Past && t.s(i + 1).ends_with("id"));
            // `…, and three in 10 said …`: a share of those asked, and its
            // own cue.
            let and_share = (t.is_text(i + 1, "and") || t.is_text(i + 1, "but"))
                && (i + 3..hi.min(i + 3 + MAX_SHARE_TOKENS)).any(|k| {
                    t.cue_verb_at(k).is_some_and(|v| v.form != VerbForm::Gerund)
                        && (i + 2..k).all(|m| t.word(m))
                        && share_start(t, k - 1, i + 2).is_some()
                });
            // (`warned that aid, which had propped up spending, was gone`:
            // a relative clause inside the subject, before its verb.)
            let inserted = t.is_text(i + 1, "which")
                && !infinitive
                && subject_insertion(ctx, i + 2, hi)
                && !finite_clause(ctx, p, i);
            let cut_word = t.in_list(i + 1, List::CutWord) && !inserted;
            // `…, however, a report later found …`: `however` between
            // commas, then a new subject (not `the plan, however, would
            // fail`).
            let however = t.is_text(i + 1, "however")
                && i + 3 < hi
                && t.is_text(i + 2, ",")
                && t.word(i + 3)
                && (t.pronoun_at(i + 3).is_some()
                    || t.has(i + 3, lexicon::DETERMINER)
                    || t.is_name_word(i + 3));
            if cut_word || gerund_cue || and_cue || and_clause || past_cue || and_share || however {
                end = i;
                break;
            }
            // `…, he said, …` / `…, the minister added.`: a trailing credit.
            // (Not a verb with its object: `…, in 1972, he supported a
            // decision` goes on; `told the court` is a credit.)
            if let Some(m) = t.np_starting_at(i + 1, hi) {
                let after = m.last.as_usize() + 1;
                let credit = after < hi
                    && t.cue_verb_at(after).is_some_and(|v| {
                        v.frame == Frame::Addressee
                            || after + 1 >= hi
                            || !t.has(after + 1, lexicon::DETERMINER)
                            || finite_clause(ctx, after + 1, hi)
                    });
                if credit {
                    end = i;
                    break;
                }
            }
            // `said fares would rise, a move that angered riders`: a noun
            // phrase after the reported clause comments on it; the report
            // ends before it.
            if appositive_comment(ctx, p, i, hi) {
                end = i;
                break;
            }
        }
        // `answered critics by saying that …`: a gerund cue after a
        // preposition reports for itself (not after a clause of the
        // content's own: `said he would win by saying less` goes on).
        // (The cue bit first: this runs at every token of the clause.)
        if i > p
            && i + 1 < hi
            && t.may_be_cue(i + 1)
            && super::cue::gerund_after_preposition(ctx, i + 1)
            && !finite_clause(ctx, p, i)
        {
            end = i;
            break;
        }
        // `… computers and she accused …`: a new clause with its own subject.
        let and = t.is_text(i, "and");
        if and
            && i > p + 1
            && i + 2 < hi
            && is_subject_pronoun(t, i + 1)
            && t.pronoun_at(i + 1) != Some(Pronoun::It)
            && t.has(i + 2, lexicon::CUE)
        {
            end = i;
            break;
        }
        // `said the trail was closed and park officials warned …`: a new
        // clause with a subject of its own and a finite cue, after a
        // clause of the report's own (not `said the mayor and his aides
        // told them …`, one subject).
        if and && i > p + 1 && i + 2 < hi && t.word(i + 1) {
            // (`…and how experts say it would work`: a question word opens
            // the new clause, whose plural subject may take a base form.)
            let wh = i + 3 < hi && matches!(t.s(i + 1), "how" | "what" | "why");
            let s0 = if wh { i + 2 } else { i + 1 };
            // (In the past or in `-s`: a base form may be a noun, `his
            // rubble comment`, or share a subject, `Congress and the
            // president agree`.)
            let finite = |v: usize| {
                v < hi
                    && t.cue_verb_at(v).is_some_and(|c| {
                        (c.form == VerbForm::Past
                            || (c.form == VerbForm::Present && (wh || t.bytes(v).ends_with(b"s"))))
                            && matches!(c.act, lexicon::Act::Speech | lexicon::Act::React)
                    })
            };
            // (A name or a noun phrase, else a few plain words: `park
            // staff`.)
            let subject_then_cue = t
                .np_starting_at(s0, hi)
                .is_some_and(|m| finite(m.last.as_usize() + 1))
                || (s0 + 1..hi.min(s0 + 1 + MAX_CONJUNCT_WORDS)).any(|v| {
                    finite(v)
                        && (s0..v).all(|k| {
                            t.word(k)
                                && !t.has(k, lexicon::FUNCTION)
                                && !t.has(k, lexicon::CUE)
                                && !t.is_verb_adjunct_at(k)
                        })
                });
            if subject_then_cue && finite_clause(ctx, p, i) {
                end = i;
                break;
            }
        }
        // (`and` or `but` by their bytes: this runs at every token of the
        // clause, where a look in the lexicon would cost more.)
        if (and || t.is_text(i, "but")) && i > p + 1 && i + 1 < hi {
            // (A verb of thought reports nothing here: `said he was glad
            // and hoped …` is one clause.)
            if let Some(v) = t.cue_verb_at(i + 1).filter(|v| v.act.is_speech()) {
                let comma = t.is_text(i - 1, ",");
                let third_person = t.s(i + 1).ends_with('s');
                if v.form != VerbForm::Gerund
                    && (comma
                        || v.form == VerbForm::Past
                        || v.frame == Frame::Clause
                        || third_person)
                {
                    end = i;
                    break;
                }
            }
        }
        if t.toks[i].kind == TokKind::Dash && ctx.quote_ending_before(i, p).is_some() {
            end = i;
            break;
        }
        // `asked not to be named said …`, `asked them to run, at least 300
        // said …`: an infinitive ends before a finite verb (the main
        // clause's), and at the comma before it.
        if i > p + 2
            && infinitive
            && !t.is_text(i - 1, "to")
            // (Not an adjective after an article: `to offset the expected
            // costs`.)
            && !t.has(i - 1, lexicon::DETERMINER)
            && t.cue_verb_at(i).is_some_and(|v| v.form == VerbForm::Past)
        {
            end = (p + 2..i)
                .rev()
                .take(6)
                .find(|&k| t.is_text(k, ","))
                .unwrap_or(i);
            break;
        }
        // `posted a message on Friday announcing …`: a channel's participle
        // reports for itself (not inside a clause of its own: `said the
        // group provided a statement affirming …`).
        if i > p
            && t.has(i, lexicon::CUE)
            && channel_participle(t, p, i)
            && !finite_clause(ctx, p, i)
        {
            end = i;
            break;
        }
        i += 1;
    }
    trim_end(ctx, p, end)
}

/// Whether the quotation opening at `q` (after `p`) follows `as` or `as
/// a`/`as an` (`criticised the plan as a “disgrace”`).
fn as_quoted(t: &Toks, p: usize, q: usize) -> bool {
    q > p
        && (t.is_text(q - 1, "as")
            || (q > p + 1 && t.is_text(q - 2, "as") && t.in_list(q - 1, List::Indefinite)))
}

/// Whether token `k` opens a time or a place of the report rather than
/// more content: a day or month, a time adverb, or a preposition of time
/// and place (`on`, `during`, `at`, `in`, `last`).
fn adjunct_of_report(t: &Toks, k: usize) -> bool {
    t.has(k, lexicon::CALENDAR_WORD)
        || t.in_list(k, List::TimeAdverb)
        || t.in_list(k, List::ComplementPrep)
}

/// The most words between the article of a comment after a reported
/// clause and its `that` or `which` (`, a move that`, `, an outcome few
/// expected that`).
const MAX_COMMENT_HEAD: usize = 3;

/// Whether the comma at `i` ends the reported clause `p..i` before a noun
/// phrase that comments on it (`, a move that angered riders`, `, the
/// bigger fare rise that riders feared`): an article opens the phrase,
/// whose noun takes a `that` or `which` clause within
/// [`MAX_COMMENT_HEAD`] words, and the clause before is finite and opens
/// with no subordinating word (`if it fails, the town …` goes on).
fn appositive_comment(ctx: &Ctx, p: usize, i: usize, hi: usize) -> bool {
    let t = &ctx.t;
    let k = i + 1;
    if k + 1 >= hi
        || !(t.in_list(k, List::Indefinite) || t.is_text(k, "the"))
        || t.is_text(k, "another")
        || t.in_list(p, List::Subordinator)
    {
        return false;
    }
    // (A comment's noun takes a clause: `a move that …`, `a charge
    // which …`; a short appositive to the last noun, `Jo Roe, a
    // Democrat`, is part of the report.)
    let comment = (k + 2..hi.min(k + 2 + MAX_COMMENT_HEAD))
        .find(|&j| !t.word(j) || t.is_text(j, "that") || t.is_text(j, "which"));
    // (Nor a list's item: `called for tax fairness, the end of breaks
    // that favour a few, and lower rates`.)
    let listed = (k + 1..hi.min(k + MAX_INSERTION_TOKENS)).any(|j| {
        t.is_text(j, ",") && (t.in_list(j + 1, List::Coordinator) || t.is_text(j + 1, "or"))
    });
    !listed
        && comment.is_some_and(|j| t.is_text(j, "that") || t.is_text(j, "which"))
        // (Not an insertion before the clause's verb: `the virus, the
        // strain that spread in May, may return`.)
        && !verb_after_insertion(ctx, k + 1, hi.min(k + MAX_INSERTION_TOKENS), false)
        && finite_clause(ctx, p, i)
}

/// Whether the words at `k` after a comma carry a reported clause on
/// under the same cue: a second that-clause (`, and that Y`, `, but that
/// Y`; not `that` as a subject, `, and that was all`), a contrast with no
/// clause of its own (`, but not Z`, `, but also Z`, `, but was worried`:
/// a verb that shares the subject), or `, as well as Z`.
fn goes_on(t: &Toks, k: usize, hi: usize) -> bool {
    if k + 1 >= hi {
        return false;
    }
    let and = t.is_text(k, "and");
    let but = t.is_text(k, "but");
    if (and || but)
        && t.is_text(k + 1, "that")
        && !(k + 2 < hi && t.in_list(k + 2, List::Auxiliary))
    {
        return true;
    }
    if but {
        // (Not `do`, `does`, `did`: `, but did not give a date` turns to
        // what the speaker did.)
        return ["not", "also", "only", "rather", "still"]
            .iter()
            .any(|w| t.is_text(k + 1, w))
            || (t.in_list(k + 1, List::Auxiliary)
                && !["do", "does", "did"].iter().any(|w| t.is_text_ci(k + 1, w)));
    }
    k + 2 < hi && t.is_text(k, "as") && t.is_text(k + 1, "well") && t.is_text(k + 2, "as")
}

/// Whether what starts at token `k`, right after a comma inside a closing
/// quotation mark, is a participle cue or a credit (`“…,” adding that`,
/// `“…,” she said`), or a word that ends a clause after a comma (`“…,”
/// but talks went on`, `“…,” meaning that`), which end a reported clause
/// before them.
fn comma_ends_content(ctx: &Ctx, k: usize, hi: usize) -> bool {
    let t = &ctx.t;
    if t.cue_verb_at(k).is_some_and(|v| v.form == VerbForm::Gerund) {
        return true;
    }
    // (As after a plain comma, `…,” but not …` goes on; a relative
    // clause on the quoted words, `…,” which …`, `…,” where …`, goes on
    // too.)
    if t.in_list(k, List::CutWord) && !matches!(t.s(k), "which" | "where") && !goes_on(t, k, hi) {
        return true;
    }
    t.np_starting_at(k, hi).is_some_and(|m| {
        let after = m.last.as_usize() + 1;
        after < hi
            && t.cue_verb_at(after)
                .is_some_and(|v| v.form != VerbForm::Gerund)
    })
}

/// The most words of a share of those asked after `, and` (`more than 4
/// in 10`).
const MAX_SHARE_TOKENS: usize = 5;

/// Whether the relative clause from `k` (after `, which`) is an insertion
/// in a subject before its verb: it holds no cue of its own (`which he
/// said was …`), and its closing comma comes before `hi` with a finite
/// verb right after it (`aid, which had propped up spending, was gone`),
/// not a noun phrase's end (`the deal, which would cut taxes.`).
fn subject_insertion(ctx: &Ctx, k: usize, hi: usize) -> bool {
    verb_after_insertion(ctx, k, hi, true)
}

/// Whether the insertion from `k` (a relative clause after `, which`)
/// closes with a comma before `hi` and a finite verb right after it;
/// with `no_cue`, the insertion holds no cue.
fn verb_after_insertion(ctx: &Ctx, mut k: usize, hi: usize, no_cue: bool) -> bool {
    let t = &ctx.t;
    while k < hi {
        if ctx.opens_quote(k) {
            k = ctx.quote_end_at(k).max(k + 1);
            continue;
        }
        if no_cue && t.has(k, lexicon::CUE) {
            return false;
        }
        if t.is_text(k, ",") {
            let v = k + 1;
            return v < hi
                && t.word(v)
                && !t.toks[v].is(crate::tokens::CAP)
                && (t.in_list(v, List::Auxiliary)
                    || t.in_list(v, List::IrregularPast)
                    || t.bytes(v).ends_with(b"ed"));
        }
        k += 1;
    }
    false
}

/// The most words between a channel noun and the participle that says
/// what it says (`a letter to all staff warning`).
pub(super) const MAX_CHANNEL_GAP: usize = 6;

/// Whether the gerund cue at `i` follows a channel noun at most
/// [`MAX_CHANNEL_GAP`] words before it, not before `lo`, with words
/// alone between (`a statement saying`, `a letter to staff warning`).
pub(super) fn channel_participle(t: &Toks, lo: usize, i: usize) -> bool {
    t.cue_verb_at(i).is_some_and(|v| v.form == VerbForm::Gerund)
        && (i.saturating_sub(MAX_CHANNEL_GAP).max(lo)..i)
            .rev()
            .take_while(|&k| {
                t.word(k) && (!t.has(k, lexicon::CUE) || t.in_list(k, List::ChannelNoun))
            })
            .any(|k| t.in_list(k, List::ChannelNoun))
}

/// Drops trailing punctuation (not closing quotation marks, nor a `)`
/// opened in `p..end`) from `p..end`.
pub(super) fn trim_end(ctx: &Ctx, p: usize, mut end: usize) -> usize {
    let t = &ctx.t;
    // (Read once: dropping a `)` opens nothing.)
    let mut opened = None;
    loop {
        while end > p
            && matches!(t.toks[end - 1].kind, TokKind::Punct | TokKind::Dash)
            && !matches!(t.s(end - 1), ")" | "]" | "%" | "$")
        {
            end -= 1;
        }
        // (A parenthesis the content did not open: `(they suggest that
        // growth would follow).`)
        if end > p
            && t.is_text(end - 1, ")")
            && !*opened.get_or_insert_with(|| (p..end - 1).any(|k| t.is_text(k, "(")))
        {
            end -= 1;
        } else if end > p + 2
            && t.is_text(end - 2, ",")
            && matches!(t.s(end - 1), "however" | "though")
        {
            // (`…, however.` at the end: the writer's adverb, no content.)
            end -= 2;
        } else {
            return end;
        }
    }
}

/// Words in tokens `a..b` (quotations count by their words too).
pub(super) fn word_count(ctx: &Ctx, a: usize, b: usize) -> usize {
    (a..b)
        .filter(|&i| ctx.t.toks[i].kind == TokKind::Word)
        .count()
}

/// `said to a crowd`, `responded by telephone`: a prepositional phrase is
/// no reported content (`to` before a verb is: `wants to win`).
pub(super) fn starts_with_pp(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.t;
    if !t.in_list(a, List::Preposition) {
        return false;
    }
    if t.is_text(a, "to") && a + 1 < b {
        let nominal = t.has(a + 1, lexicon::DETERMINER)
            || t.pronoun_at(a + 1).is_some()
            || t.toks[a + 1].is(crate::tokens::CAP)
            || t.toks[a + 1].is(crate::tokens::DIGIT)
            || t.in_list(a + 1, List::Addressee);
        return nominal;
    }
    true
}

/// What a stretch of tokens reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Content {
    /// Exactly one quotation, the whole stretch: direct.
    Quote(QuoteIdx),
    /// A clause, tokens `a..b`: indirect, or mixed when it holds a
    /// quotation.
    Clause { a: usize, b: usize, quoted: bool },
}

/// The content of tokens `a..b`, if they can be reported content: two
/// words or more, no short prepositional phrase (`said to a crowd`), at
/// most [`MAX_CLAUSE_TOKENS`] tokens. A topic after `about` is the
/// content (`talked about the economy`).
pub(super) fn content(ctx: &Ctx, a: usize, b: usize) -> Option<Content> {
    let a = if a + 1 < b && ctx.t.is_text(a, "about") {
        a + 1
    } else {
        a
    };
    if b <= a || b - a > MAX_CLAUSE_TOKENS {
        return None;
    }
    let words = word_count(ctx, a, b);
    if words < 2 || (words <= 5 && starts_with_pp(ctx, a, b)) {
        return None;
    }
    let mut i = a;
    let mut first = None;
    let mut count = 0;
    while i < b {
        if let Some(q) = ctx.quote_opening_at(i) {
            first.get_or_insert(q);
            count += 1;
            i = ctx.quote_end_at(i).max(i + 1);
            continue;
        }
        i += 1;
    }
    if let (Some(q), 1) = (first, count) {
        let qq = &ctx.quotes[q];
        if qq.open.as_usize() == a && qq.end_tok.as_usize() >= b {
            return Some(Content::Quote(q));
        }
    }
    Some(Content::Clause {
        a,
        b,
        quoted: count > 0,
    })
}

/// Who said it, and the cue: what a rule finds besides the content.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Who {
    pub speaker: Option<Mention>,
    pub cue: Option<Span>,
}

/// The attribution of `content`, whose quotations it claims.
pub(super) fn report(
    ctx: &Ctx,
    content: Content,
    who: Who,
    rule: RuleId,
    confidence: f32,
    claimed: &mut [bool],
) -> Attribution {
    let (a, b, quoted) = match content {
        Content::Quote(q) => {
            claimed[q] = true;
            return direct(ctx, q, who, rule, confidence);
        }
        Content::Clause { a, b, quoted } => (a, b, quoted),
    };
    if quoted {
        let mut i = a;
        while i < b {
            if let Some(q) = ctx.quote_opening_at(i) {
                claimed[q] = true;
                i = ctx.quote_end_at(i).max(i + 1);
                continue;
            }
            i += 1;
        }
    }
    Attribution {
        kind: if quoted {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        },
        content: ctx.t.span(a, b - 1),
        speaker: who.speaker,
        cue: who.cue,
        rule,
        confidence,
        style: None,
        act: Act::Speech,
        para: ctx.t.toks[a].para,
        last_para: ctx.t.toks[b - 1].para,
    }
}

/// A direct attribution of quotation `q`.
pub(super) fn direct(
    ctx: &Ctx,
    q: QuoteIdx,
    who: Who,
    rule: RuleId,
    confidence: f32,
) -> Attribution {
    let qq = &ctx.quotes[q];
    Attribution {
        kind: QuoteKind::Direct,
        content: qq.content,
        speaker: who.speaker,
        cue: who.cue,
        rule,
        confidence,
        style: Some(qq.style),
        act: Act::Speech,
        para: qq.first_para,
        last_para: qq.last_para,
    }
}

/// Whether only punctuation stands between token `p` and `hi`.
pub(super) fn only_punct(ctx: &Ctx, p: usize, hi: usize) -> bool {
    // Bounded: more than a few tokens are never all punctuation in prose,
    // and the bound keeps long sentences linear.
    hi <= p + 8 && (p..hi).all(|i| ctx.t.toks[i].kind != TokKind::Word)
}

/// Whether `a..b` holds at least `n` words (stops counting at `n`).
pub(super) fn has_words(ctx: &Ctx, a: usize, b: usize, n: usize) -> bool {
    (a..b)
        .filter(|&i| ctx.t.toks[i].kind == TokKind::Word)
        .take(n)
        .count()
        == n
}

/// Whether what follows a cue at `p` is only an adjunct (`in a
/// statement on Monday.`), not a clause of its own.
pub(super) fn tail_is_adjunct(ctx: &Ctx, p: usize, hi: usize) -> bool {
    if p >= hi || ctx.t.toks[p].kind != TokKind::Word {
        return true;
    }
    let t = &ctx.t;
    // (`said this was wrong`: `this` before no unit of time is the
    // content's subject, no `this week`.)
    if t.is_text_ci(p, "this") && !(p + 1 < hi && (time_unit(t, p + 1) || is_time_word(t, p + 1))) {
        return false;
    }
    is_time_word(t, p) || t.in_list(p, List::ComplementPrep) || t.in_list(p, List::AdjunctOpener)
}

/// Whether `a..b` is a fronted adverbial (`In a statement Thursday`,
/// `Asked about it`, `Walking into the room`): a preposition,
/// subordinator or participle first, and no finite verb after it.
pub(super) fn is_fronted_adverbial(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.t;
    if a >= b || t.toks[a].kind != TokKind::Word {
        return false;
    }
    let w = t.bytes(a);
    let opener = t.in_list(a, List::FrontedOpener)
        || (t.toks[a].is(crate::tokens::CAP)
            && w.len() > 5
            && w[w.len() - 3..].eq_ignore_ascii_case(b"ing"));
    // A comma-free stretch of at most a dozen words, with no auxiliary
    // before a relative word (`At least 30 people were hurt, he said` is
    // a clause; `When asked about a model that might work` is not).
    let mut relative = false;
    opener
        && b - a <= 14
        && !(a..b).any(|i| {
            relative |= t.in_list(i, List::Relative);
            t.is_text(i, ",")
                || ctx.quote_opening_at(i).is_some()
                || (!relative && t.in_list(i, List::Auxiliary))
        })
}

/// Where a clause before a cue starts: the sentence start, or after the
/// content of an earlier attribution in the sentence; stray marks skipped.
pub(super) fn clause_start(ctx: &Ctx, lo: usize, left: usize, earlier_end: Option<usize>) -> usize {
    let t = &ctx.t;
    let start = earlier_end.map_or(lo, |end| {
        let mut k = lo + t.toks[lo..left].partition_point(|x| (x.start as usize) < end);
        while k < left && t.toks[k].kind != TokKind::Word && ctx.quote_opening_at(k).is_none() {
            k += 1;
        }
        k
    });
    let start = dateline_end(ctx, start, left).unwrap_or(start);
    skip_leading_marks(ctx, start, left)
}

/// The longest dateline, in tokens (`PORT ELLEN, Islay, Scotland (AP) —`).
const MAX_DATELINE_TOKENS: usize = 12;

/// After a dateline opening a paragraph at `a` (`MILLBROOK, N.S. —`,
/// `LONDON (Reuters) -`): the token after its dash. A dateline is a place
/// in capitals, then words, commas, periods and parentheses, then a dash.
pub(super) fn dateline_end(ctx: &Ctx, a: usize, hi: usize) -> Option<usize> {
    let t = &ctx.t;
    let p = &ctx.seg.paragraphs[t.toks[a].para];
    let w = t.s(a);
    if a != p.tokens.start || w.len() < 2 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let hi = hi.min(a + MAX_DATELINE_TOKENS);
    let dash = (a + 1..hi).find(|&i| {
        let tk = &t.toks[i];
        tk.kind != TokKind::Word
            && tk.kind != TokKind::Possessive
            && !matches!(t.s(i), "," | "." | "(" | ")")
    })?;
    (t.toks[dash].kind == TokKind::Dash && dash + 1 < hi.max(dash + 2)).then_some(dash + 1)
}

/// The most tokens of a sentence that [`main_subject`] reads.
const MAX_SUBJECT_SEARCH: usize = 40;

/// The subject of the main clause of the sentence `lo..c`: the first noun
/// phrase, at the sentence's start or after a comma or dash, that a verb
/// follows (`Hours after the vote, Jo Roe told …`, `WASHINGTON — Jo Roe
/// said …`, `Speaking in Leeds, Jo Roe said …`); else the phrase opening
/// the sentence.
pub(super) fn main_subject(ctx: &Ctx, lo: usize, c: usize) -> Option<Mention> {
    verb_subject(ctx, lo, c).or_else(|| ctx.t.np_starting_at(past_opening_adverb(ctx, lo, c), c))
}

/// Where the sentence `lo..c` goes on after an adverb and its comma that
/// open it (`Publicly, the nominee feuds …`: at `the`); `lo` when no
/// adverb opens it. (A capitalised adverb is no name.)
pub(super) fn past_opening_adverb(ctx: &Ctx, lo: usize, c: usize) -> usize {
    let t = &ctx.t;
    if lo + 2 < c && t.is_text(lo + 1, ",") && t.word(lo + 2) && t.is_verb_adjunct_at(lo) {
        lo + 2
    } else {
        lo
    }
}

/// The subject of the main clause of the sentence `lo..c` as
/// [`main_subject`] finds it, only when a verb follows it.
pub(super) fn verb_subject(ctx: &Ctx, lo: usize, c: usize) -> Option<Mention> {
    let t = &ctx.t;
    // A finite verb, as far as a word shows it: a cue, an adverb before a
    // verb, an auxiliary, `is`, or a past tense.
    // (An adverb before a verb, not one that ends a phrase: `Hours
    // later, Jo Roe …`.)
    let verb_at = |k: usize| {
        k < c
            && t.word(k)
            && !t.toks[k].is(crate::tokens::CAP)
            && (t.has(k, lexicon::CUE)
                || (t.is_verb_adjunct_at(k) && k + 1 < c && t.word(k + 1))
                || t.in_list(k, List::Auxiliary)
                || t.in_list(k, List::FiniteBe)
                || t.is_past_at(k))
    };
    let hi = c.min(lo + MAX_SUBJECT_SEARCH);
    // After a fronted phrase and its comma the subject comes next, and may
    // be lowercase: `In May, two unions sued`, `Meanwhile, it
    // criticised …`, `Two days later, Jo Roe …`.
    if let Some(k) = (lo + 1..hi).find(|&k| t.is_text(k, ",")) {
        // (Past the closing mark of a title: `On “Meet the Voters,” …`.)
        let mut i = k + 1;
        while i < c && t.toks[i].kind == TokKind::QuoteChar && !ctx.opens_quote(i) {
            i += 1;
        }
        if fronted_phrase(ctx, lo, k) && i < c {
            if let Some(m) = lowercase_subject(ctx, i, c, verb_at) {
                return Some(m);
            }
        }
    }
    let mut i = lo;
    while i < hi {
        let starts = i == lo
            || matches!(t.toks[i - 1].kind, TokKind::Dash)
            || (t.is_text(i - 1, ",") && t.toks[i].is(crate::tokens::CAP));
        if starts && !ctx.opens_quote(i) {
            if let Some(m) = t.np_starting_at(i, c) {
                let kind_ok = matches!(m.kind, MentionKind::Name | MentionKind::Nominal);
                // (Not an owner: `Jo Roe’s aide said`.)
                if kind_ok
                    && t.toks[m.last.as_usize()].kind != TokKind::Possessive
                    && verb_at(past_insertions(ctx, m.last.as_usize() + 1, c))
                {
                    return Some(m);
                }
                i = m.last.as_usize() + 1;
                continue;
            }
        }
        i += 1;
    }
    None
}

/// The longest lowercase subject without a determiner, in tokens
/// (`rebel hackers`).
const MAX_BARE_SUBJECT: usize = 4;

/// The subject at `i`, right after a fronted phrase, when a verb follows
/// it: a name or noun phrase, a subject pronoun (`it criticised`), or
/// lowercase words after a possessive or none (`his mother refused`,
/// `rebel hackers hijacked`).
fn lowercase_subject(
    ctx: &Ctx,
    i: usize,
    c: usize,
    verb_at: impl Fn(usize) -> bool,
) -> Option<Mention> {
    let t = &ctx.t;
    if ctx.opens_quote(i) {
        return None;
    }
    let owner = t.pronoun_at(i).is_some() && !is_subject_pronoun(t, i);
    let m = match t.np_starting_at(i, c) {
        Some(m) if matches!(m.kind, MentionKind::Name | MentionKind::Nominal) => m,
        Some(m) if is_subject_pronoun(t, i) => m,
        _ => {
            let from = if owner { i + 1 } else { i };
            let plain = |k: usize| {
                t.word(k)
                    && !t.toks[k].is(crate::tokens::CAP)
                    && !t.has(k, lexicon::FUNCTION)
                    && t.pronoun_at(k).is_none()
                    && !verb_at(k)
            };
            let e = (from..c.min(from + MAX_BARE_SUBJECT))
                .take_while(|&k| plain(k))
                .last()?;
            t.phrase_mention(i, e)
        }
    };
    let e = m.last.as_usize();
    (t.toks[e].kind != TokKind::Possessive && verb_at(past_insertions(ctx, e + 1, c))).then_some(m)
}

/// The token after what may stand between a subject and its verb from
/// `k` (before `c`): a tag in parentheses (`Sen. Jo Roe (D-Ore.)`) and a
/// relative clause between commas (`, who lost the race to Lee,`).
fn past_insertions(ctx: &Ctx, mut k: usize, c: usize) -> usize {
    let t = &ctx.t;
    if k < c && t.is_text(k, "(") {
        if let Some(close) = (k + 1..c.min(k + 9)).find(|&i| t.is_text(i, ")")) {
            k = close + 1;
        }
    }
    if k + 1 < c && t.is_text(k, ",") && is_who(t, k + 1) {
        let hi = c.min(k + MAX_INSERTION_TOKENS);
        if let Some(comma) = (k + 2..hi).find(|&i| t.is_text(i, ",")) {
            k = comma + 1;
        }
    }
    k
}

/// The longest fronted phrase of time, in tokens (`Late last month`).
const MAX_TIME_PHRASE: usize = 6;

/// Whether `lo..k`, before the comma at `k`, is a fronted phrase and no
/// clause: an adverbial (`In May`, `When her family moved`, `Speaking
/// in Leeds`) after any connectives, or a few words with no verb (`Hours
/// later`, `This year`, `Meanwhile`).
fn fronted_phrase(ctx: &Ctx, lo: usize, k: usize) -> bool {
    let t = &ctx.t;
    let mut a = lo;
    while a < k && t.in_list(a, List::Connective) && !t.in_list(a, List::FrontedOpener) {
        a += 1;
    }
    // (A title in quotation marks counts by its words: `On “Meet the
    // Voters,”`.)
    let words = (a..k).filter(|&i| t.word(i)).count();
    let verbless = || {
        (a..k).all(|i| {
            (t.word(i) || t.toks[i].kind == TokKind::QuoteChar)
                && !t.has(i, lexicon::CUE)
                && !t.in_list(i, List::Auxiliary)
                && !t.in_list(i, List::FiniteBe)
                && !t.is_past_at(i)
        })
    };
    a < k && (is_fronted_adverbial(ctx, a, k) || (words <= MAX_TIME_PHRASE && verbless()))
}

/// The last personal pronoun or name before `c` in the sentence: the
/// likely subject of a trailing participle (`…, he sounded a note, saying`).
pub(super) fn last_subject_like(ctx: &Ctx, lo: usize, c: usize) -> Option<Mention> {
    let t = &ctx.t;
    let mut i = c;
    let stop = c.saturating_sub(MAX_LOOKBACK).max(lo);
    while i > stop {
        i -= 1;
        let k = ctx
            .top
            .partition_point(|&q| ctx.quotes[q].end_tok.as_usize() < i + 1);
        if let Some(&q) = ctx
            .top
            .get(k)
            .filter(|&&q| ctx.quotes[q].end_tok.as_usize() == i + 1)
        {
            i = ctx.quotes[q].open.as_usize();
            continue;
        }
        if matches!(
            t.pronoun_at(i),
            Some(Pronoun::He | Pronoun::She | Pronoun::They)
        ) {
            return t.np_ending_at(i, lo);
        }
        if t.is_name_word(i) {
            return t
                .np_ending_at(i, lo)
                .filter(|m| m.kind == MentionKind::Name && !m.nonperson);
        }
    }
    None
}

/// Skips a stray opening mark at the start of a clause.
pub(super) fn skip_leading_marks(ctx: &Ctx, mut a: usize, b: usize) -> usize {
    while a < b && ctx.t.toks[a].kind == TokKind::QuoteChar && ctx.quote_opening_at(a).is_none() {
        a += 1;
    }
    a
}

/// How far into reported content its finite verb is looked for, in
/// tokens: a reported clause's verb comes early (`the talks, which began
/// in May, stalled`).
pub(super) const FINITE_VERB_WINDOW: usize = 16;

/// How far [`finite_clause`] looks past `, which` or `, who` for the
/// comma that closes the relative clause, in tokens.
const MAX_WHICH_CLAUSE_TOKENS: usize = 24;

/// The most tokens of an object after a cue before a comma and a main
/// clause that [`finite_clause`] reads as no clause (`said her piece,
/// she left`).
const MAX_OBJECT_BEFORE_CLAUSE: usize = 2;

/// The most plain words between a determiner or possessive and the noun
/// before a verb in `-s` that [`finite_clause`] reads (`the bold new
/// budget hides`), and that [`determined`] steps over (`the two-ton vault
/// door`).
const MAX_NOUN_MODIFIERS: usize = 2;

/// Whether tokens `a..b` read as a finite clause (`the talks stalled`,
/// `he would resign`) rather than a noun phrase (`14 counts of fraud`,
/// `the visitors twice in overtime`), a prepositional phrase or an
/// infinitive (`to comment`). The verb must come before any subordinating
/// word (`the visitors as his side held on`).
///
/// Without a tagger this looks for the marks of a finite verb near the
/// start: an auxiliary after the first word (`the plan was`, `it had`), a
/// subject pronoun opening the clause (`he left`, `they're`), or a word in
/// `-ed` or `-s` after a plain word that cannot open a noun phrase's
/// modifier (`the talks stalled`, `the firm owes`; not `the armed men`,
/// `of attempted murder`, `14 counts`).
pub(super) fn finite_clause(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.t;
    if a >= b {
        return false;
    }
    // `he left`, `they're`; `were designed to …` after an extracted
    // subject (`which he said were designed to …`).
    let aux_first = t.in_list(a, List::Auxiliary) && a > 0 && t.toks[a - 1].kind == TokKind::Word;
    if is_subject_pronoun(t, a) || contracted_subject(t.s(a)) || aux_first {
        return true;
    }
    // `there remain big gaps`, `there remains a gap`: an existential
    // `there` and a verb (a plain word, then a determiner, a number or
    // an adjective and noun; not `there in May`).
    if t.is_text(a, "there")
        && a + 2 < b
        && t.word(a + 1)
        && !t.toks[a + 1].is(crate::tokens::CAP)
        && !t.has(a + 1, lexicon::FUNCTION)
        && !t.in_list(a + 1, List::Preposition)
        && (t.in_list(a + 1, List::FiniteBe)
            || t.in_list(a + 1, List::Auxiliary)
            || t.s(a + 1).ends_with('s')
            || t.is_past_at(a + 1)
            || matches!(t.s(a + 1), "remain" | "exist" | "seem" | "appear"))
    {
        return true;
    }
    // `to comment`, `with 14 counts of fraud`: no clause.
    if t.in_list(a, List::Preposition) {
        return false;
    }
    let end = b;
    let b = b.min(a + FINITE_VERB_WINDOW);
    for i in a + 1..b {
        // (A word in no list, no cue and no function word, with no
        // apostrophe and no ending the tests below read, `-d`, `-s`, `-t`,
        // is no verb here: passed over at once.)
        let tk = &t.toks[i];
        if tk.kind == TokKind::Word
            && tk.lex & (lexicon::LISTED | lexicon::CUE | lexicon::FUNCTION) == 0
            && !tk.is(crate::tokens::OPENS)
            && plain_word(t.bytes(i))
        {
            continue;
        }
        if ctx.opens_quote(i) {
            return true;
        }
        // `once she had said her piece, she left`: a comma, then a subject
        // pronoun and its verb, before any verb of the words after the cue:
        // those words are an object, and a main clause follows (not a
        // credit, `the plan, he added, would work`, nor after a fronted
        // subordinate clause, `if it fails, we lose`).
        // (Two words at most: a longer phrase before the comma is likelier
        // fronted in the content, `win or lose in May, he's staying`.)
        if t.is_text(i, ",")
            && i <= a + MAX_OBJECT_BEFORE_CLAUSE
            && i + 2 < end
            && is_subject_pronoun(t, i + 1)
            && !t.has(i + 2, lexicon::CUE)
            && !t.in_list(a, List::Subordinator)
        {
            return false;
        }
        // `the talks, which began in May, stalled`: the verb of a relative
        // clause after a comma is not the clause's; the verb after the
        // insertion is (`praised her players, who have won …` has none).
        if t.is_text(i, ",")
            && i + 1 < end
            && (t.is_text(i + 1, "which") || t.is_text(i + 1, "who"))
        {
            return verb_after_insertion(ctx, i + 2, end.min(i + MAX_WHICH_CLAUSE_TOKENS), false);
        }
        // A verb past a subordinating word is another clause's (`denied
        // the visitors as his side held on`).
        // (`such as` and `as well as` join a noun phrase: no clause.)
        // (Nor the second `as` of a comparison: `as many as 40 people`.)
        let joins_np = t.is_text(i, "as")
            && (t.is_text(i - 1, "such")
                || t.is_text(i - 1, "well")
                || (i >= a + 2 && t.is_text_ci(i - 2, "as")));
        if (t.in_list(i, List::Subordinator) && !joins_np) || matches!(t.s(i), ";" | ":") {
            return false;
        }
        let tk = &t.toks[i];
        if tk.kind == TokKind::Possessive && t.pronoun_at(i - 1).is_some() {
            return true; // `it's`, `he's`
        }
        if tk.kind != TokKind::Word {
            continue;
        }
        let w = t.s(i);
        // (`has pleaded guilty to a charge and is helping …`: a verb right
        // after `and` is the main clause's, coordinated; no subject is
        // between.)
        if t.in_list(i, List::Auxiliary) && t.in_list(i - 1, List::Coordinator) {
            return false;
        }
        if t.in_list(i, List::Auxiliary)
            || w.ends_with("n't")
            || w.ends_with("n’t")
            || contracted_subject(w)
            || (is_subject_pronoun(t, i) && i + 1 < b && t.toks[i + 1].kind == TokKind::Word)
        {
            return true;
        }
        // `parents still want …`, `voters say …`: a verb of the lexicon in
        // its base form after a plain plural, over adverbs.
        let mut p = i - 1;
        while p > a && t.is_verb_adjunct_at(p) {
            p -= 1;
        }
        if t.cue_verb_at(i)
            .is_some_and(|v| v.form == VerbForm::Present && !t.s(i).ends_with('s'))
            && t.toks[p].kind == TokKind::Word
            && !t.has(p, lexicon::FUNCTION)
            && t.s(p).ends_with('s')
        {
            return true;
        }
        // `the old mill still works`: a word in `-s` after adverbs, and
        // before them a noun that a determiner opens (over modifiers), is
        // a verb, even at the clause's end.
        if p < i - 1
            && p > a
            && t.toks[i].lex & lexicon::FUNCTION == 0
            && !t.toks[i].is(crate::tokens::CAP)
            && w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && t.toks[p].kind == TokKind::Word
            && !t.toks[p].is(crate::tokens::CAP)
            && t.toks[p].lex & (lexicon::FUNCTION | lexicon::CUE) == 0
            && !t.bytes(p).ends_with(b"s")
            && !t.in_list(p, List::NonHead)
            && determined(t, a, p)
        {
            return true;
        }
        // (`but recently joined`: a coordinator and adverbs before a verb
        // make it a second verb of the same subject.)
        if p < i - 1 && t.in_list(p, List::Coordinator) {
            continue;
        }
        let prev = i - 1;
        // (`this applied`: a demonstrative alone is a subject too; so is a
        // number standing for people, `the two fled`, `all three left`.)
        let pronoun_before = (prev == a
            && (t.pronoun_at(prev).is_some() || matches!(t.s(prev), "this" | "these" | "those")))
            || (prev == a + 1
                && t.in_list(prev, List::NumberWord)
                && (t.is_text_ci(a, "the") || t.is_text_ci(a, "all")));
        let plain_before = t.toks[prev].kind == TokKind::Word
            && !t.has(prev, lexicon::DETERMINER)
            && !t.in_list(prev, List::Preposition)
            && !t.in_list(prev, List::Function)
            && !t.toks[prev].is(crate::tokens::DIGIT);
        // (`two pilgrims from the north also died`: a past form after
        // adverbs, and before them a plain word, a noun's.)
        let past_after_adverbs = p < prev
            && p > a
            && t.toks[p].kind == TokKind::Word
            && !t.toks[i].is(crate::tokens::CAP)
            && t.toks[p].lex & (lexicon::FUNCTION | lexicon::CUE) == 0
            && !t.in_list(p, List::Preposition)
            && (t.in_list(i, List::IrregularPast) || (w.len() >= 4 && w.ends_with("ed")))
            // (Not a cue: `(her campaign later disclosed …)` is another
            // attribution.)
            && t.cue_verb_at(i).is_none();
        if past_after_adverbs {
            return true;
        }
        if !(plain_before || pronoun_before) {
            continue;
        }
        if t.in_list(i, List::IrregularPast) {
            return true;
        }
        // (`said this provides an incentive`: a demonstrative alone, then a
        // verb in `-s`.)
        if pronoun_before
            && matches!(t.s(prev), "this" | "that")
            && w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !t.has(i, lexicon::FUNCTION)
            && i + 1 < b
            && t.word(i + 1)
        {
            return true;
        }
        let w = w.as_bytes();
        let n = w.len();
        let past = n >= 4 && w.ends_with(b"ed");
        // (A plural noun ends in `-s` too: `record bookings`. A verb in
        // `-s` follows a determiner and a noun: `the firm owes`.)
        // (`the town's budget hides`, `the bold new budget hides`, `the
        // Lee campaign expects`: up to [`MAX_NOUN_MODIFIERS`] plain or
        // capitalised words between the determiner or possessive and the
        // noun.)
        let after_determiner = prev > a && t.has(prev - 1, lexicon::DETERMINER);
        let np_before = prev > a
            && (1..=MAX_NOUN_MODIFIERS + 1)
                .take_while(|&d| prev >= a + d)
                .map(|d| prev - d)
                .take_while(|&k| {
                    k + 1 == prev
                        || (t.toks[k + 1].kind == TokKind::Word
                            && t.bytes(k + 1).last() != Some(&b's')
                            && !t.has(k + 1, lexicon::FUNCTION))
                })
                .any(|k| t.has(k, lexicon::DETERMINER) || t.toks[k].kind == TokKind::Possessive);
        let third = n >= 4
            && w[n - 1] == b's'
            && !matches!(w[n - 2], b's' | b'u' | b'i' | b'\'')
            && !t.toks[prev].is(crate::tokens::CAP)
            // (Not after a plural; `the virus spreads`, `the bus stops`:
            // a singular in `-us`, `-ss` or `-is`.)
            && (t.bytes(prev).last() != Some(&b's')
                || [&b"us"[..], b"ss", b"is"].iter().any(|e| t.bytes(prev).ends_with(e)))
            // (`the first cases`: after an adjective that heads no phrase,
            // a noun.)
            && !t.in_list(prev, List::NonHead)
            // (`by the city councils.`: a plural ending the clause.)
            && i + 1 < b
            && matches!(t.toks[i + 1].kind, TokKind::Word | TokKind::QuoteChar)
            // (`the new charges of fraud`: a plural with its `of`; `the
            // firm's new offices in Leeds`: after a possessive or
            // modifiers, with any preposition.)
            && !t.is_text(i + 1, "of")
            // (Nor a capital or a time word: `the club's young players
            // last season`, `… offices Saturday`.)
            && (after_determiner
                || (np_before
                    && !t.in_list(i + 1, List::Preposition)
                    && !t.toks[i + 1].is(crate::tokens::CAP)
                    && !t.in_list(i + 1, List::ComplementPrep)
                    && !t.in_list(i + 1, List::TimeAdverb)
                    && !t.in_list(i + 1, List::TimeNoun)));
        // `say Quillby deserves the offer`: a name, then a verb in `-s` and
        // its object's determiner (not a plural for people with a place
        // before it: `denied Brackley fans a refund`).
        let named_third = n >= 4
            && w[n - 1] == b's'
            && !matches!(w[n - 2], b's' | b'u' | b'i' | b'\'')
            && t.toks[prev].is(crate::tokens::CAP)
            && t.is_name_word(prev)
            && !t.toks[i].is(crate::tokens::CAP)
            && !t.has(i, lexicon::SPEAKER_NOUN)
            && i + 1 < b
            && t.word(i + 1)
            && (t.has(i + 1, lexicon::DETERMINER)
                // (`said the League plans to add …`: a verb of the lexicon
                // before its infinitive.)
                || (t.is_text(i + 1, "to") && t.cue_verb_at(i).is_some()));
        if past || third || named_third {
            return true;
        }
    }
    false
}

/// Whether a determiner opens the noun phrase that ends with the noun at
/// `noun` (after `a`): right before it (`the firm`), or before at most
/// [`MAX_NOUN_MODIFIERS`] lowercase modifiers (`the old mill`, `the
/// two-ton vault door`).
fn determined(t: &crate::tokens::Toks, a: usize, noun: usize) -> bool {
    let mut d = noun - 1;
    for _ in 0..MAX_NOUN_MODIFIERS {
        if t.has(d, lexicon::DETERMINER) || d <= a {
            break;
        }
        let tk = &t.toks[d];
        if tk.kind != TokKind::Word
            || tk.is(crate::tokens::CAP)
            || tk.lex & (lexicon::FUNCTION | lexicon::CUE) != 0
        {
            return false;
        }
        d -= 1;
    }
    t.has(d, lexicon::DETERMINER)
}

/// Whether `w` has no apostrophe, no byte beyond ASCII and no last letter
/// that [`finite_clause`] reads as a verb's (`-d`, `-s`, `-t`).
fn plain_word(w: &[u8]) -> bool {
    !matches!(w.last(), Some(b'd' | b's' | b't' | b'D' | b'S' | b'T'))
        && w.iter().all(|&b| b != b'\'' && b.is_ascii())
}

/// A subject pronoun with a contracted verb as one word (`she’ll`,
/// `they'd`, `we’re`).
fn contracted_subject(w: &str) -> bool {
    let Some((head, tail)) = w.split_once(['\'', '’']) else {
        return false;
    };
    matches!(tail, "ll" | "d" | "re" | "ve" | "m" | "s")
        && ["i", "he", "she", "we", "they", "you", "it", "there", "that"]
            .iter()
            .any(|p| head.eq_ignore_ascii_case(p))
}
