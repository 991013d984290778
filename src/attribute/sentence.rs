//! Rules with a cue inside the sentence.

use super::{Attribution, Ctx};
use crate::cues::{cue_at, CueHit};
use crate::lexicon::{self, Frame, VerbForm};
use crate::mentions::{Mention, MentionKind, Toks};
use crate::model::{QuoteKind, RuleId};
use crate::segment::{TokKind, Token, COLON, DASH, OPENS};
use crate::span::Span;

/// The longest reported clause, in tokens. Longer runs are run-on text
/// (or adversarial input), not one clause.
const MAX_CLAUSE_TOKENS: usize = 150;

/// How far back a participle looks for its subject, in tokens.
const MAX_LOOKBACK: usize = 64;

/// Words that, after a comma, start an adjunct that is not reported content
/// (`…, without naming China`).
fn is_cut_word(w: &str) -> bool {
    matches!(
        w,
        "without"
            | "despite"
            | "following"
            | "amid"
            | "citing"
            | "prompting"
            | "sparking"
            | "according"
            | "referring"
            | "whereas"
            | "while"
            | "although"
            | "though"
            | "before"
            | "after"
            | "but"
            | "where"
            | "when"
            | "because"
            | "even"
            | "especially"
            | "as"
            | "meaning"
            | "which"
    )
}

/// Objects of `tell`-type verbs that stand alone (`told reporters`).
fn is_addressee_word(w: &str) -> bool {
    matches!(
        w,
        "me" | "him"
            | "her"
            | "us"
            | "them"
            | "you"
            | "reporters"
            | "journalists"
            | "lawmakers"
            | "supporters"
            | "viewers"
            | "listeners"
            | "audiences"
            | "colleagues"
            | "staff"
            | "parliament"
            | "congress"
    )
}

/// Time and channel words that may follow a cue (`said Monday`): token
/// `i` of `t`.
fn is_time_word(t: &Toks, i: usize) -> bool {
    t.has(i, lexicon::CALENDAR_WORD)
        || matches!(
            t.bytes(i),
            b"today"
                | b"yesterday"
                | b"tonight"
                | b"earlier"
                | b"later"
                | b"again"
                | b"also"
                | b"repeatedly"
                | b"previously"
                | b"recently"
                | b"once"
                | b"then"
                | b"now"
                | b"privately"
                | b"publicly"
                | b"separately"
                | b"afterward"
                | b"afterwards"
                | b"simply"
                | b"flatly"
                | b"bluntly"
                | b"frankly"
        )
}

/// Prepositions that open a phrase between a cue and its content
/// (`said in a statement that`).
fn is_complement_prep(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "during"
            | "last"
            | "this"
            | "late"
            | "early"
            | "over"
            | "via"
            | "through"
            | "earlier"
            | "while"
    )
}

/// Nouns that make a prepositional phrase part of a multiword cue
/// (`said in a statement`, `wrote in an email`).
fn is_channel_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "interview"
            | "email"
            | "letter"
            | "tweet"
            | "post"
            | "release"
            | "speech"
            | "briefing"
            | "conference"
            | "video"
            | "op-ed"
            | "memo"
            | "report"
            | "filing"
            | "message"
            | "remarks"
            | "broadcast"
    )
}

/// The working lists of [`attribute_sentence`], kept across sentences so
/// that they are allocated once.
#[derive(Default)]
pub(super) struct Scratch {
    cues: Vec<CueHit>,
    dashes: Vec<usize>,
    colons: Vec<usize>,
}

pub(super) fn attribute_sentence(
    ctx: &Ctx,
    si: usize,
    claimed: &mut [bool],
    scratch: &mut Scratch,
    out: &mut Vec<Attribution>,
) {
    let s = &ctx.sentences[si];
    let (lo, hi) = (s.tokens.start, s.tokens.end);
    let first_out = out.len();
    let t = &ctx.t;
    // Top-level cues, colons and dashes, skipping quotations.
    let Scratch {
        cues,
        dashes,
        colons,
    } = scratch;
    cues.clear();
    dashes.clear();
    colons.clear();
    let mut prev = None;
    let mut i = lo;
    // With extra verbs every word may be a cue.
    let every_word = ctx.table.is_some();
    while i < hi {
        // Step over the tokens that are none of these (most), testing only
        // their bits, in a loop of its own for each cue table. (`|` rather
        // than `||`: one branch, not several hard-to-predict ones.)
        let rest = &t.toks[i..hi];
        let marked =
            |tk: &Token| (tk.flags & (OPENS | COLON | DASH) != 0) | (tk.lex & lexicon::CUE != 0);
        let skip = if every_word {
            rest.iter()
                .position(|tk| marked(tk) | (tk.kind == TokKind::Word))
        } else {
            rest.iter().position(marked)
        }
        .unwrap_or(rest.len());
        if skip > 0 {
            i += skip;
            prev = Some(i - 1);
        }
        if i == hi {
            break;
        }
        if let Some(q) = ctx.quote_opening_at(i) {
            let e = ctx.quote_end_in_para(q, i).clamp(i + 1, hi);
            prev = Some(e - 1);
            i = e;
            continue;
        }
        let tk = &t.toks[i];
        // (Only words have class bits.)
        if t.may_be_cue(ctx.table, i) && tk.kind == TokKind::Word {
            if let Some(c) = cue_at(t, ctx.table, i, prev, hi) {
                cues.push(c);
                prev = Some(c.end as usize - 1);
                i = c.end as usize;
                continue;
            }
        } else if tk.is(DASH) {
            dashes.push(i);
        } else if tk.is(COLON) {
            colons.push(i);
        }
        prev = Some(i);
        i += 1;
    }
    for &c in cues.iter() {
        // A cue inside content already reported belongs to that content.
        let inside = out[first_out..].iter().rev().take(4).any(|a| {
            a.content.start() <= t.toks[c.tok as usize].start as usize
                && (t.toks[c.tok as usize].start as usize) < a.content.end()
        });
        if inside {
            continue;
        }
        cue_rule(ctx, lo, hi, c, claimed, out, first_out);
    }
    for &c in colons.iter() {
        if let Some(a) = name_colon_quote(ctx, lo, c, claimed) {
            out.push(a);
        }
    }
    if let Some(a) = asked_fronted(ctx, lo, hi, claimed) {
        out.push(a);
    }
    for &d in dashes.iter() {
        if let Some(a) = dash_credit(ctx, lo, hi, d, claimed) {
            out.push(a);
        }
    }
}

/// The subject of the verb at `c`: a phrase right before it (past adverbs,
/// auxiliaries, a reflexive or a parenthesis), or one before a
/// comma-enclosed appositive role.
pub(super) fn subject_before(ctx: &Ctx, c: usize, lo: usize) -> Option<Mention> {
    let t = &ctx.t;
    let mut j = c;
    let mut skipped = 0;
    while j > lo && skipped < 4 {
        let w = t.s(j - 1);
        // `Jo Roe on Tuesday night said`: a time phrase.
        let time = t.has(j - 1, lexicon::CALENDAR_WORD)
            || (w == "on" && t.has(j, lexicon::CALENDAR_WORD))
            || (matches!(w, "night" | "morning" | "afternoon" | "evening")
                && j >= lo + 2
                && t.has(j - 2, lexicon::CALENDAR_WORD));
        if time
            || t.is_verb_adjunct_at(j - 1)
            || matches!(
                w,
                "not" | "n't" | "himself" | "herself" | "itself" | "themselves"
            )
        {
            j -= 1;
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
    if let Some(m) = t.np_ending_at(j - 1, lo) {
        return Some(with_descriptor(ctx, m, lo));
    }
    // `Mr Smith, director of the institute, said`.
    if t.is_text(j - 1, ",") && j >= lo + 3 {
        let stop = (j - 1).saturating_sub(24).max(lo);
        let mut k = j - 2;
        // A verb or relative word inside is allowed only in a role that
        // opens with a determiner or title (`a member who wants…`).
        let mut clausal = false;
        while k > stop {
            let w = t.s(k);
            let quote_mark =
                ctx.quote_opening_at(k).is_some() || ctx.quote_ending_before(k + 1, lo).is_some();
            if quote_mark {
                return None;
            }
            clausal |= matches!(w, "which" | "that" | "when" | "where");
            if w == "," && k > lo {
                // `Roe, for example, said`: a short insertion, skipped.
                let inner = (k + 1, j - 1);
                if inner.1 - inner.0 <= 3
                    && t.has(inner.0, lexicon::FUNCTION)
                    && !matches!(t.bytes(inner.0), b"who" | b"whose")
                {
                    return t.np_ending_at(k - 1, lo);
                }
                // `One of the authors, Ari Roe, said`: the apposition names the
                // speaker; the phrase starts with the outer noun phrase.
                if let Some(mut n) = t.np_ending_at(j - 2, k + 1) {
                    if n.kind == MentionKind::Name && n.first as usize == k + 1 && !n.nonperson {
                        if let Some(outer) = t.np_ending_at(k - 1, lo) {
                            n.first = outer.first;
                        }
                        return Some(n);
                    }
                }
                // `Roe, in the wake of a poll, told …`: a prepositional
                // insertion, skipped.
                if matches!(
                    t.bytes(k + 1),
                    b"in"
                        | b"at"
                        | b"on"
                        | b"after"
                        | b"before"
                        | b"during"
                        | b"despite"
                        | b"like"
                        | b"unlike"
                        | b"speaking"
                        | b"asked"
                        | b"meanwhile"
                ) {
                    return t.np_ending_at(k - 1, lo);
                }
            }
            if w == "," && matches!(t.bytes(k + 1), b"who" | b"whose") && k > lo {
                // `Roe, who leads the group, said`: the relative clause is
                // no role; the subject stands before it.
                return t.np_ending_at(k - 1, lo).filter(|m| {
                    m.kind != MentionKind::Nominal || t.has(m.first as usize, lexicon::DETERMINER)
                });
            }
            clausal |= t.has(k, lexicon::CUE);
            if w == "," {
                let role_first = k + 1;
                let rw = t.s(role_first);
                let role_like = t.has(role_first, lexicon::DETERMINER)
                    || t.is_title_at(role_first)
                    || (!t.toks[role_first].is(crate::segment::CAP)
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
                    || (clausal
                        && !(t.has(role_first, lexicon::DETERMINER) || t.is_title_at(role_first)))
                {
                    return None;
                }
                // `Jo Roe, 31, a photographer, said`: an age between the
                // name and the role.
                let name_end = if k >= lo + 3
                    && t.toks[k - 1].is(crate::segment::DIGIT)
                    && t.is_text(k - 2, ",")
                {
                    k - 3
                } else {
                    k - 1
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
                return None;
            }
            k -= 1;
        }
    }
    None
}

/// Extends a name back over a lowercase descriptor when a boundary stands
/// before it: `DFA spokesman Jo Roe`, `, party chairman Jo Roe said`.
fn with_descriptor(ctx: &Ctx, m: Mention, lo: usize) -> Mention {
    let t = &ctx.t;
    if m.kind != MentionKind::Name {
        return m;
    }
    let mut k = m.first as usize;
    let mut n = 0;
    while k > lo && n < 4 {
        let p = k - 1;
        let lower_noun = t.toks[p].kind == TokKind::Word
            && !t.toks[p].is(crate::segment::CAP)
            && !t.has(p, lexicon::FUNCTION)
            && !t.is_verb_adjunct_at(p)
            && t.cue_verb_at(ctx.table, p).is_none()
            && !t.toks[p].is(crate::segment::DIGIT);
        if lower_noun || (n > 0 && t.is_name_word(p)) {
            k = p;
            n += 1;
        } else {
            break;
        }
    }
    if n == 0
        || !t.toks[k..m.first as usize]
            .iter()
            .any(|x| !x.is(crate::segment::CAP))
    {
        return m;
    }
    let boundary = k == lo
        || matches!(t.s(k - 1), "," | "(" | ":" | "the" | "The")
        || matches!(t.toks[k - 1].kind, TokKind::Dash | TokKind::QuoteChar);
    if !boundary {
        return m;
    }
    let first = if k > lo && matches!(t.s(k - 1), "the" | "The") {
        k - 1
    } else {
        k
    };
    Mention {
        span: t.span(first, m.last as usize),
        first: first as u32,
        ..m
    }
}

/// The phrase right after the cue (`said Mr Smith`), with an appositive
/// role (`said Jo Roe, the agency’s head`).
fn subject_after(ctx: &Ctx, p: usize, hi: usize) -> Option<Mention> {
    let t = &ctx.t;
    // `said former congressman Jo Roe`: a lowercase descriptor, then a name.
    let mut d = p;
    while d < hi
        && d < p + 4
        && t.toks[d].kind == TokKind::Word
        && !t.toks[d].is(crate::segment::CAP)
        && !t.has(d, lexicon::FUNCTION)
        && !t.has(d, lexicon::DETERMINER)
        && t.cue_verb_at(ctx.table, d).is_none()
    {
        d += 1;
    }
    let mut m = if d > p && d < hi && t.is_name_word(d) {
        let m = t.np_starting_at(d, hi)?;
        Mention {
            span: t.span(p, m.last as usize),
            first: p as u32,
            ..m
        }
    } else {
        t.np_starting_at(p, hi)?
    };
    if matches!(m.kind, MentionKind::Pronoun(_))
        && !matches!(t.s(p), "he" | "she" | "they" | "it" | "we" | "I")
    {
        return None;
    }
    let r = m.last as usize + 1;
    if r + 1 < hi
        && t.is_text(r, ",")
        && (t.has(r + 1, lexicon::DETERMINER)
            || (!t.toks[r + 1].is(crate::segment::CAP) && t.toks[r + 1].kind == TokKind::Word)
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
fn mention_end(ctx: &Ctx, m: &Mention) -> usize {
    let mut e = m.last as usize + 1;
    if let Some(r) = m.role {
        while e < ctx.t.toks.len() && (ctx.t.toks[e].start as usize) < r.end() {
            e += 1;
        }
    }
    e
}

/// Skips what may stand between a cue and its content: time words,
/// an addressee (`told reporters`), a channel (`in a statement`), `that`.
/// Returns the content start and the end of the cue phrase.
fn skip_complement(
    ctx: &Ctx,
    mut p: usize,
    hi: usize,
    frame: Frame,
    cue_end: usize,
) -> (usize, usize) {
    let t = &ctx.t;
    let mut cue_end = cue_end;
    for _ in 0..4 {
        if p >= hi {
            break;
        }
        let w = t.s(p);
        if is_time_word(t, p)
            || (is_time_word(t, p - 1)
                && matches!(
                    w,
                    "night"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                ))
        {
            p += 1;
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
        if frame == Frame::Addressee
            && (is_addressee_word(w) || t.is_name_word(p) || t.has(p, lexicon::DETERMINER))
        {
            if let Some(m) = t.np_starting_at(p, hi) {
                if is_addressee_word(w) && cue_end == p {
                    cue_end = p + 1;
                }
                p = m.last as usize + 1;
                continue;
            }
            if is_addressee_word(w) {
                if cue_end == p {
                    cue_end = p + 1;
                }
                p += 1;
                continue;
            }
        }
        if is_complement_prep(w) {
            // A short phrase ending at `that`, a comma or a colon.
            let mut e = p + 1;
            while e < hi && e < p + 12 && !t.is_text(e, "that") {
                if let Some(q) = ctx.quote_opening_at(e) {
                    e = ctx.quote_end_in_para(q, e).max(e + 1);
                } else if matches!(t.toks[e].kind, TokKind::Word | TokKind::Possessive) {
                    e += 1;
                } else {
                    break;
                }
            }
            let e = e.min(hi);
            if e < hi && e > p + 1 && (t.is_text(e, "that") || matches!(t.s(e), "," | ":"))
                || e == hi
            {
                if cue_end == p && (p + 1..e).any(|k| is_channel_noun(t.s(k))) {
                    cue_end = e;
                }
                p = e;
                continue;
            }
            // `said on Monday the talks failed`: a day ends the phrase.
            if let Some(d) = (p + 1..e.min(p + 4)).find(|&k| t.has(k, lexicon::CALENDAR_WORD)) {
                p = d + 1;
                continue;
            }
        }
        if w == "that" {
            p += 1;
        }
        break;
    }
    (p, cue_end)
}

/// The end (exclusive) of a reported clause starting at `p`: the sentence
/// end, less final punctuation, cut before a trailing adjunct or a second
/// coordinated cue.
fn clause_end(ctx: &Ctx, p: usize, hi: usize) -> usize {
    let t = &ctx.t;
    let mut i = p;
    // A clause longer than the cap is not reported (see `clause`); scanning
    // stops there, which keeps long sentences of many cues linear.
    let hi = hi.min(p + MAX_CLAUSE_TOKENS + 1);
    let mut end = hi;
    while i < hi {
        if let Some(q) = ctx.quote_opening_at(i) {
            i = ctx.quote_end_in_para(q, i).clamp(i + 1, hi);
            continue;
        }
        // (`is_text`, not `s`: this runs at every token of the clause.)
        if t.is_text(i, ";") {
            end = i;
            break;
        }
        if t.is_text(i, ",") && i + 1 < hi {
            let n = t.s(i + 1);
            let gerund_cue = t
                .cue_verb_at(ctx.table, i + 1)
                .is_some_and(|v| v.form == VerbForm::Gerund);
            let and_cue = matches!(n, "and" | "but")
                && i + 2 < hi
                && t.cue_verb_at(ctx.table, i + 2)
                    .is_some_and(|v| v.form != VerbForm::Gerund);
            let and_clause = n == "and"
                && i + 2 < hi
                && (t.pronoun_at(i + 2).is_some()
                    || t.has(i + 2, lexicon::DETERMINER)
                    || t.is_name_word(i + 2));
            if is_cut_word(n) || gerund_cue || and_cue || and_clause {
                end = i;
                break;
            }
            // `…, he said, …` / `…, the minister added.`: a trailing credit.
            if let Some(m) = t.np_starting_at(i + 1, hi) {
                let after = m.last as usize + 1;
                if after < hi && t.cue_verb_at(ctx.table, after).is_some() {
                    end = i;
                    break;
                }
            }
        }
        // `… computers and she accused …`: a new clause with its own subject.
        let and = t.is_text(i, "and");
        if and
            && i > p + 1
            && i + 2 < hi
            && matches!(t.s(i + 1), "he" | "she" | "they" | "we" | "I")
            && t.has(i + 2, lexicon::CUE)
        {
            end = i;
            break;
        }
        if (and || t.is_text(i, "but")) && i > p + 1 && i + 1 < hi {
            if let Some(v) = t.cue_verb_at(ctx.table, i + 1) {
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
        i += 1;
    }
    trim_end(ctx, p, end)
}

/// Drops trailing punctuation (not closing quotation marks) from `p..end`.
fn trim_end(ctx: &Ctx, p: usize, mut end: usize) -> usize {
    let t = &ctx.t;
    while end > p
        && matches!(t.toks[end - 1].kind, TokKind::Punct | TokKind::Dash)
        && !matches!(t.s(end - 1), ")" | "]" | "%" | "$")
    {
        end -= 1;
    }
    end
}

/// Words in tokens `a..b` (quotations count by their words too).
fn word_count(ctx: &Ctx, a: usize, b: usize) -> usize {
    (a..b)
        .filter(|&i| ctx.t.toks[i].kind == TokKind::Word)
        .count()
}

/// `said to a crowd`, `responded by telephone`: a prepositional phrase is
/// no reported content (`to` before a verb is: `wants to win`).
fn starts_with_pp(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.t;
    let w = t.s(a);
    let prep = matches!(
        w,
        "to" | "by"
            | "on"
            | "in"
            | "at"
            | "with"
            | "from"
            | "for"
            | "of"
            | "about"
            | "during"
            | "after"
            | "before"
            | "over"
            | "into"
            | "through"
            | "under"
            | "upon"
            | "toward"
            | "towards"
            | "against"
            | "until"
            | "since"
    );
    if !prep {
        return false;
    }
    if w == "to" && a + 1 < b {
        let n = t.s(a + 1);
        let nominal = t.has(a + 1, lexicon::DETERMINER)
            || t.pronoun_at(a + 1).is_some()
            || t.toks[a + 1].is(crate::segment::CAP)
            || t.toks[a + 1].is(crate::segment::DIGIT)
            || matches!(n, "me" | "him" | "her" | "us" | "them" | "reporters");
        return nominal;
    }
    true
}

/// Builds an attribution for the reported clause `a..b` (tokens), marking
/// the quotations in it claimed; mixed when it holds one.
#[allow(clippy::too_many_arguments)]
fn clause(
    ctx: &Ctx,
    a: usize,
    b: usize,
    speaker: Option<Mention>,
    cue: Span,
    rule: RuleId,
    confidence: f32,
    claimed: &mut [bool],
) -> Option<Attribution> {
    // `talked about the economy`: the topic is the content.
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
    let mut quoted = Vec::new();
    while i < b {
        if let Some(q) = ctx.quote_opening_at(i) {
            quoted.push(q);
            i = ctx.quote_end_in_para(q, i).max(i + 1);
            continue;
        }
        i += 1;
    }
    // The whole clause is one quotation: direct, content inside the marks.
    if let [q] = quoted[..] {
        let qq = &ctx.quotes[q as usize];
        if qq.open as usize == a && qq.end_tok as usize >= b {
            claimed[q as usize] = true;
            return Some(direct(
                ctx,
                q,
                speaker,
                Some(cue),
                rule_for_direct(rule),
                confidence,
            ));
        }
    }
    for &q in &quoted {
        claimed[q as usize] = true;
    }
    let content = ctx.t.span(a, b - 1);
    let tok = &ctx.t.toks[a];
    Some(Attribution {
        kind: if quoted.is_empty() {
            QuoteKind::Indirect
        } else {
            QuoteKind::Mixed
        },
        content,
        speaker,
        cue: Some(cue),
        rule,
        confidence,
        style: None,
        para: tok.para,
        last_para: ctx.t.toks[b - 1].para,
    })
}

fn rule_for_direct(rule: RuleId) -> RuleId {
    match rule {
        RuleId::ClauseCommaNameSaid => RuleId::QuoteCommaNameSaid,
        RuleId::NameSaidClause | RuleId::ToldAddressee | RuleId::DescribedAs => {
            RuleId::NameSaidQuote
        }
        r => r,
    }
}

/// A direct attribution of quotation `q`.
pub(super) fn direct(
    ctx: &Ctx,
    q: u32,
    speaker: Option<Mention>,
    cue: Option<Span>,
    rule: RuleId,
    confidence: f32,
) -> Attribution {
    let qq = &ctx.quotes[q as usize];
    Attribution {
        kind: QuoteKind::Direct,
        content: qq.content,
        speaker,
        cue,
        rule,
        confidence,
        style: Some(qq.style),
        para: qq.first_para,
        last_para: qq.last_para,
    }
}

/// Whether only punctuation stands between token `p` and `hi`.
fn only_punct(ctx: &Ctx, p: usize, hi: usize) -> bool {
    // Bounded: more than a few tokens are never all punctuation in prose,
    // and the bound keeps long sentences linear.
    hi <= p + 8 && (p..hi).all(|i| ctx.t.toks[i].kind != TokKind::Word)
}

/// Whether `a..b` holds at least `n` words (stops counting at `n`).
fn has_words(ctx: &Ctx, a: usize, b: usize, n: usize) -> bool {
    (a..b)
        .filter(|&i| ctx.t.toks[i].kind == TokKind::Word)
        .take(n)
        .count()
        == n
}

/// The rules for the cue `c` of the sentence `lo..hi`: what they attribute
/// is added to `out`, whose entries from `first_out` on are this
/// sentence's earlier attributions.
fn cue_rule(
    ctx: &Ctx,
    lo: usize,
    hi: usize,
    c: CueHit,
    claimed: &mut [bool],
    out: &mut Vec<Attribution>,
    first_out: usize,
) -> Option<()> {
    let t = &ctx.t;
    let (c0, ce) = (c.tok as usize, c.end as usize);
    let cue_span = t.span(c0, ce - 1);
    let weak = if c.verb.strength == crate::lexicon::Strength::Speech { 1.0 } else { 0.7 };
    if c.verb.frame == Frame::According {
        out.push(according(ctx, lo, hi, c0, ce, claimed)?);
        return Some(());
    }
    // This sentence's attributions so far (read before any is added).
    let earlier = &out[first_out..];
    let prev_speaker = earlier.iter().rev().take(4).find_map(|a| a.speaker);
    // `…, saying CLAUSE`: the participle's subject is the sentence's.
    if c.verb.form == VerbForm::Gerund {
        if c0 == lo || !t.is_text(c0 - 1, ",") {
            return None;
        }
        let speaker = prev_speaker
            .or_else(|| t.np_starting_at(lo, c0))
            .or_else(|| last_subject_like(ctx, lo, c0))?;
        let (p, cue_end) = skip_complement(ctx, ce, hi, c.verb.frame, ce);
        let cue_span = t.span(c0, cue_end - 1);
        out.push(after_cue(
            ctx,
            p,
            hi,
            Some(speaker),
            cue_span,
            RuleId::ParticipleCue,
            0.7 * weak,
            claimed,
        )?);
        return Some(());
    }
    // `…, and added CLAUSE`: a second verb of the previous speaker, or of
    // the sentence's subject.
    if c0 > lo && matches!(t.bytes(c0 - 1), b"and" | b"but" | b"then") {
        let sp = prev_speaker.or_else(|| {
            let m = t.np_starting_at(lo, c0 - 1)?;
            (m.kind != MentionKind::Nominal || t.has(lo, lexicon::DETERMINER)).then_some(m)
        });
        if let Some(sp) = sp {
            let (p, cue_end) = skip_complement(ctx, ce, hi, c.verb.frame, ce);
            let cue_span = t.span(c0, cue_end - 1);
            out.push(after_cue(
                ctx,
                p,
                hi,
                Some(sp),
                cue_span,
                RuleId::CoordinatedCue,
                0.8 * weak,
                claimed,
            )?);
            return Some(());
        }
    }
    let subj = subject_before(ctx, c0, lo);
    // `the report`, `their support`: a noun, not a verb.
    if t.has(c0, lexicon::NOUN_HOMOGRAPH)
        && !subj.is_some_and(|m| {
            matches!(m.kind, MentionKind::Pronoun(_))
                || (m.kind == MentionKind::Name && !t.has(m.first as usize, lexicon::DETERMINER))
                // `the new poll shows`: a document noun as subject.
                || (m.kind == MentionKind::Nominal && t.has(m.last as usize, lexicon::NONPERSON_NOUN))
        })
    {
        return None;
    }
    let left = subj.map_or(c0, |m| m.first as usize);
    // Pattern: “Q,” she said / “Q,” said Mr Smith. A quotation ending in a
    // period (`“Q.” Jo Roe said.`) closed the previous sentence: look there.
    // Only when the credit is all this sentence holds (`Jo Roe said.`) and
    // the quotation is a sentence of its own.
    let credit_only = || {
        let after = subj.map_or(ce + 1, |_| ce);
        after >= hi
            || (hi - after <= 8
                && tail_is_adjunct(ctx, after, hi)
                && !(after..hi).any(|i| t.is_text(i, "that")))
    };
    let own_sentence = |q: u32| {
        let o = ctx.quotes[q as usize].open as usize;
        let p = &ctx.seg.paragraphs[t.toks[o].para as usize];
        o == p.tokens.start || matches!(t.s(o - 1), "." | "!" | "?" | "”" | "\"")
    };
    let qlo = if left == lo { 0 } else { lo };
    if let Some(q) = ctx
        .quote_ending_before(left, qlo)
        .filter(|&q| !claimed[q as usize])
        .filter(|&q| left != lo || (credit_only() && own_sentence(q)))
    {
        let (speaker, rule) = match subj {
            Some(m) => (Some(m), RuleId::QuoteCommaNameSaid),
            None => (subject_after(ctx, ce, hi), RuleId::QuoteCommaSaidName),
        };
        let speaker = speaker?;
        let conf = if matches!(speaker.kind, MentionKind::Pronoun(_)) {
            0.85
        } else {
            0.95
        } * weak;
        // `The failure was “heartbreaking,” she said.`: narration before the
        // quotation makes the whole clause mixed speech.
        let start = clause_start(ctx, lo, left, earlier);
        let open = ctx.quotes[q as usize].open as usize;
        let mixed = (start < open && word_count(ctx, start, open) >= 2).then(|| {
            let end = trim_end(ctx, start, ctx.quote_end_in_para(q, open));
            let rule = if subj.is_some() {
                RuleId::ClauseCommaNameSaid
            } else {
                RuleId::QuoteCommaSaidName
            };
            clause(
                ctx,
                start,
                end,
                Some(speaker),
                cue_span,
                rule,
                conf * 0.9,
                claimed,
            )
        });
        match mixed {
            Some(m) => out.extend(m),
            None => {
                claimed[q as usize] = true;
                out.push(direct(ctx, q, Some(speaker), Some(cue_span), rule, conf));
            }
        }
        // `“Q1,” she said, “Q2.”`
        let mut p = ce.max(mention_end(ctx, &speaker));
        let (p2, _) = skip_complement(ctx, p, hi, c.verb.frame, ce);
        p = p2;
        if p < hi && matches!(t.bytes(p), b"," | b":" | b".") {
            p += 1;
        }
        if let Some(q2) = ctx
            .quote_opening_at(p)
            .filter(|&q2| p < hi && !claimed[q2 as usize])
        {
            claimed[q2 as usize] = true;
            out.push(direct(
                ctx,
                q2,
                Some(speaker),
                Some(cue_span),
                RuleId::InterruptedQuote,
                conf,
            ));
        }
        return Some(());
    }
    // Pattern: CLAUSE, she said. / CLAUSE, said the minister.
    if left > lo + 1 && t.is_text(left - 1, ",") {
        let (speaker, tail) = match subj {
            Some(m) => (Some(m), ce),
            None => match subject_after(ctx, ce, hi) {
                Some(m) => (Some(m), mention_end(ctx, &m)),
                None => (None, ce),
            },
        };
        // `…, Jo Roe told a Senate panel Wednesday.`: the addressee is no
        // clause of its own.
        let tail = if c.verb.frame == Frame::Addressee && subj.is_some() {
            skip_complement(ctx, tail, hi, c.verb.frame, ce).0
        } else {
            tail
        };
        let parenthetical =
            tail + 2 < hi && t.is_text(tail, ",") && has_words(ctx, tail + 1, hi, 2);
        let short_tail = parenthetical
            || (hi - tail <= 12
                && tail_is_adjunct(ctx, tail, hi)
                && !(tail..hi).any(|i| t.is_text(i, "that") || ctx.quote_opening_at(i).is_some()));
        // `In a statement Thursday, Jo Roe said: …`: a fronted adverbial
        // before the credit is no reported clause.
        let fronted = is_fronted_adverbial(ctx, clause_start(ctx, lo, left, earlier), left - 1);
        if let (Some(sp), true, false) = (speaker, short_tail, fronted) {
            let start = clause_start(ctx, lo, left, earlier);
            let end = trim_end(ctx, start, left - 1);
            out.extend(clause(
                ctx,
                start,
                end,
                Some(sp),
                cue_span,
                RuleId::ClauseCommaNameSaid,
                0.8 * weak,
                claimed,
            ));
            if parenthetical {
                // `The plan, she said, would fail.`: both halves are hers.
                let b = skip_leading_marks(ctx, tail + 1, hi);
                let e = clause_end(ctx, b, hi);
                out.extend(clause(
                    ctx,
                    b,
                    e,
                    Some(sp),
                    cue_span,
                    RuleId::ClauseCommaNameSaid,
                    0.7 * weak,
                    claimed,
                ));
            }
            return Some(());
        }
    }
    // Pattern: she said (that) CLAUSE / she said: “Q.”
    let speaker = subj?;
    let (p, cue_end) = skip_complement(ctx, ce, hi, c.verb.frame, ce);
    let cue_span = t.span(c0, cue_end - 1);
    let rule = match c.verb.frame {
        Frame::Describe => RuleId::DescribedAs,
        Frame::Addressee => RuleId::ToldAddressee,
        _ => RuleId::NameSaidClause,
    };
    out.push(after_cue(
        ctx,
        p,
        hi,
        Some(speaker),
        cue_span,
        rule,
        0.8 * weak,
        claimed,
    )?);
    Some(())
}

/// Whether what follows a cue at `p` is only an adjunct (`in a
/// statement on Monday.`), not a clause of its own.
fn tail_is_adjunct(ctx: &Ctx, p: usize, hi: usize) -> bool {
    if p >= hi || ctx.t.toks[p].kind != TokKind::Word {
        return true;
    }
    let w = ctx.t.s(p);
    is_time_word(&ctx.t, p)
        || is_complement_prep(w)
        || matches!(
            w,
            "to" | "after"
                | "before"
                | "when"
                | "from"
                | "with"
                | "for"
                | "as"
                | "by"
                | "about"
                | "of"
                | "last"
        )
}

/// Whether `a..b` is a fronted adverbial (`In a statement Thursday`,
/// `Asked about it`, `Walking into the room`): a preposition,
/// subordinator or participle first, and no finite verb after it.
fn is_fronted_adverbial(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.t;
    if a >= b || t.toks[a].kind != TokKind::Word {
        return false;
    }
    let w = t.s(a).to_ascii_lowercase();
    let opener = matches!(
        w.as_str(),
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "as"
            | "asked"
            | "during"
            | "despite"
            | "because"
            | "since"
            | "while"
            | "when"
            | "thus"
            | "meanwhile"
            | "following"
            | "according"
            | "pressed"
            | "reached"
            | "speaking"
            | "addressing"
            | "responding"
            | "walking"
            | "writing"
            | "earlier"
            | "later"
    ) || (t.toks[a].is(crate::segment::CAP) && w.len() > 5 && w.ends_with("ing"));
    // A comma-free stretch of at most a dozen words.
    opener && b - a <= 14 && !(a..b).any(|i| t.is_text(i, ",") || ctx.quote_opening_at(i).is_some())
}

/// Where a clause before a cue starts: the sentence start, or after the
/// content of an earlier attribution in the sentence; stray marks skipped.
fn clause_start(ctx: &Ctx, lo: usize, left: usize, earlier: &[Attribution]) -> usize {
    let t = &ctx.t;
    let start = earlier.last().map_or(lo, |a| {
        let mut k = lo + t.toks[lo..left].partition_point(|x| (x.start as usize) < a.content.end());
        while k < left && t.toks[k].kind != TokKind::Word && ctx.quote_opening_at(k).is_none() {
            k += 1;
        }
        k
    });
    skip_leading_marks(ctx, start, left)
}

/// The last personal pronoun or name before `c` in the sentence: the
/// likely subject of a trailing participle (`…, he sounded a note, saying`).
fn last_subject_like(ctx: &Ctx, lo: usize, c: usize) -> Option<Mention> {
    let t = &ctx.t;
    let mut i = c;
    let stop = c.saturating_sub(MAX_LOOKBACK).max(lo);
    while i > stop {
        i -= 1;
        let k = ctx
            .top
            .partition_point(|&q| (ctx.quotes[q as usize].end_tok as usize) < i + 1);
        if let Some(&q) = ctx
            .top
            .get(k)
            .filter(|&&q| ctx.quotes[q as usize].end_tok as usize == i + 1)
        {
            i = ctx.quotes[q as usize].open as usize;
            continue;
        }
        let w = t.s(i);
        if matches!(w, "he" | "she" | "He" | "She" | "they" | "They") {
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
fn skip_leading_marks(ctx: &Ctx, mut a: usize, b: usize) -> usize {
    while a < b && ctx.t.toks[a].kind == TokKind::QuoteChar && ctx.quote_opening_at(a).is_none() {
        a += 1;
    }
    a
}

/// Content after a cue: a quotation (`said: “Q”`) or a reported clause.
#[allow(clippy::too_many_arguments)]
fn after_cue(
    ctx: &Ctx,
    mut p: usize,
    hi: usize,
    speaker: Option<Mention>,
    cue: Span,
    rule: RuleId,
    conf: f32,
    claimed: &mut [bool],
) -> Option<Attribution> {
    let t = &ctx.t;
    let introduced = p < hi && matches!(t.bytes(p), b"," | b":");
    if introduced {
        p += 1;
    }
    if let Some(q) = ctx.quote_opening_at(p).filter(|&q| !claimed[q as usize]) {
        let qe = ctx.quote_end_in_para(q, p);
        // `She said: “Q”` — a comma or colon introduces a verbatim quotation,
        // whatever follows it; without one, text after the quotation makes
        // the clause mixed.
        if introduced || only_punct(ctx, qe, hi) {
            claimed[q as usize] = true;
            return Some(direct(
                ctx,
                q,
                speaker,
                Some(cue),
                RuleId::NameSaidQuote,
                conf + 0.1,
            ));
        }
    }
    if p < hi && t.is_text(p, "that") {
        p += 1;
    }
    let end = clause_end(ctx, p, hi);
    clause(ctx, p, end, speaker, cue, rule, conf, claimed)
}

/// `According to X, CLAUSE` and `CLAUSE, according to X`.
fn according(
    ctx: &Ctx,
    lo: usize,
    hi: usize,
    c0: usize,
    ce: usize,
    claimed: &mut [bool],
) -> Option<Attribution> {
    let t = &ctx.t;
    // `according to expert Jo Roe`: skip a lowercase descriptor.
    let mut p = ce;
    while p + 1 < hi
        && p < ce + 2
        && t.toks[p].kind == TokKind::Word
        && !t.toks[p].is(crate::segment::CAP)
        && !t.has(p, lexicon::DETERMINER)
        && t.is_name_word(p + 1)
    {
        p += 1;
    }
    let speaker = t.np_starting_at(p, hi)?;
    let cue = t.span(c0, ce - 1);
    let after = speaker.last as usize + 1;
    let initial = c0 == lo
        || (c0 == lo + 1
            && matches!(
                t.bytes(lo),
                b"But" | b"And" | b"So" | b"Yet" | b"Still" | b"Now"
            ));
    if initial && after < hi && t.is_text(after, ",") {
        let end = clause_end(ctx, after + 1, hi);
        return clause(
            ctx,
            after + 1,
            end,
            Some(speaker),
            cue,
            RuleId::AccordingTo,
            0.85,
            claimed,
        );
    }
    // `82 percent view him unfavorably according to the poll`: from the
    // last comma (or the sentence start) to the cue.
    if c0 > lo + 1
        && t.toks[c0 - 1].kind == TokKind::Word
        && (after >= hi || matches!(t.bytes(after), b"," | b"." | b";"))
    {
        let from = (lo..c0)
            .rev()
            .find(|&k| t.is_text(k, ","))
            .map_or(lo, |k| k + 1);
        let start = skip_leading_marks(ctx, from, c0);
        return clause(
            ctx,
            start,
            c0,
            Some(speaker),
            cue,
            RuleId::AccordingTo,
            0.7,
            claimed,
        );
    }
    if c0 > lo + 1 && t.is_text(c0 - 1, ",") {
        let end = trim_end(ctx, lo, c0 - 1);
        let start = skip_leading_marks(ctx, lo, end);
        return clause(
            ctx,
            start,
            end,
            Some(speaker),
            cue,
            RuleId::AccordingTo,
            0.8,
            claimed,
        );
    }
    None
}

/// `Asked about the deal, she said …`: the fronted participle reports a
/// question put by someone unnamed; its content runs to the comma.
fn asked_fronted(ctx: &Ctx, lo: usize, hi: usize, claimed: &mut [bool]) -> Option<Attribution> {
    let t = &ctx.t;
    // Every sentence comes here: class bits turn nearly all away, as
    // `Asked` (a cue) must be one of its first three tokens.
    // (Their bits are ORed, with no branch per token.)
    let first = &t.toks[lo.min(hi)..hi.min(lo + 3)];
    if first.iter().fold(0, |acc, tk| acc | tk.lex) & lexicon::CUE == 0 {
        return None;
    }
    let mut a = lo;
    while a < hi
        && a < lo + 2
        && matches!(
            t.bytes(a),
            b"And" | b"But" | b"When" | b"when" | b"and" | b"So"
        )
    {
        a += 1;
    }
    if a + 2 >= hi
        || !matches!(t.bytes(a), b"Asked" | b"asked")
        || (a == lo && !t.is_text(a, "Asked"))
    {
        return None;
    }
    let first = t.s(a + 1);
    if !matches!(
        first,
        "about"
            | "whether"
            | "if"
            | "why"
            | "how"
            | "what"
            | "who"
            | "when"
            | "where"
            | "to"
            | "by"
            | "for"
    ) {
        return None;
    }
    let start = if first == "about" { a + 2 } else { a + 1 };
    let comma = (start..hi.min(start + 40)).find(|&i| t.is_text(i, ","))?;
    let mut c = clause(
        ctx,
        start,
        comma,
        None,
        t.span(a, a),
        RuleId::AskedFronted,
        0.6,
        claimed,
    )?;
    c.kind = if c.kind == QuoteKind::Direct {
        QuoteKind::Mixed
    } else {
        c.kind
    };
    Some(c)
}

/// `… Jane Roe: “Q”`: a name, a colon, then a quotation.
fn name_colon_quote(ctx: &Ctx, lo: usize, c: usize, claimed: &mut [bool]) -> Option<Attribution> {
    let q = ctx
        .quote_opening_at(c + 1)
        .filter(|&q| !claimed[q as usize])?;
    if c == lo {
        return None;
    }
    let m = ctx.t.np_ending_at(c - 1, lo)?;
    if m.kind != MentionKind::Name {
        return None;
    }
    claimed[q as usize] = true;
    Some(direct(
        ctx,
        q,
        Some(m),
        Some(ctx.t.span(c, c)),
        RuleId::NameColonQuote,
        0.75,
    ))
}

/// `“Q” — Jane Roe`: a dash after a quotation, then a name.
fn dash_credit(
    ctx: &Ctx,
    lo: usize,
    hi: usize,
    d: usize,
    claimed: &mut [bool],
) -> Option<Attribution> {
    let q = ctx
        .quote_ending_before(d, lo)
        .filter(|&q| !claimed[q as usize])?;
    let m = ctx.t.np_starting_at(d + 1, hi)?;
    if m.kind != MentionKind::Name
        || !only_punct(ctx, mention_end(ctx, &m), hi)
            && m.role.is_none()
            && hi - m.last as usize > 8
    {
        return None;
    }
    claimed[q as usize] = true;
    Some(direct(
        ctx,
        q,
        Some(m),
        Some(ctx.t.span(d, d)),
        RuleId::DashCredit,
        0.85,
    ))
}
