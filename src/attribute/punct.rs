//! The rules of a sentence's punctuation and openers: a colon or a dash
//! that credits a quotation, and a fronted `Asked`.

use super::phrases::{content, mention_end, only_punct, report, Content, Who};
use super::rules::confidence;
use super::{Attribution, Ctx};
use crate::lexicon::{self, List};
use crate::mentions::{Mention, MentionKind};
use crate::model::{QuoteKind, RuleId};
use crate::scan::QuoteIdx;

/// `… Jane Roe: “Q”`: a name, a colon, then a quotation.
pub(super) fn name_colon_quote(
    ctx: &Ctx,
    lo: usize,
    c: usize,
    claimed: &mut [bool],
) -> Option<Attribution> {
    let q = ctx.quote_opening_at(c + 1).filter(|&q| !claimed[q])?;
    if c == lo {
        return None;
    }
    let m = match ctx.t.np_ending_at(c - 1, lo) {
        Some(m) if m.kind == MentionKind::Name => m,
        _ => speech_noun_owner(ctx, lo, c)?,
    };
    Some(mark_credit(ctx, q, m, c, RuleId::NameColonQuote, claimed))
}

/// `Her advice is blunt: “Q”`, `Jo Roe had a message for voters: “Q”`: a
/// noun of speech in the clause before the colon at `c`; the speaker is the
/// possessive opening the clause, or the clause's subject when it is a
/// person's name or noun (before the noun of speech).
fn speech_noun_owner(ctx: &Ctx, lo: usize, c: usize) -> Option<Mention> {
    let t = &ctx.t;
    let k = (lo..c).find(|&k| t.in_list(k, List::SpeechNoun))?;
    if let Some(p) = t.possessive_at(lo) {
        return Some(Mention {
            kind: MentionKind::Pronoun(p),
            ..t.phrase_mention(lo, lo)
        });
    }
    // (`The club’s coach, Ann Lee, had …`: the description, whose name in
    // apposition resolution finds.)
    let m = super::phrases::main_subject(ctx, lo, c)?;
    let person = m.kind == MentionKind::Name || (m.kind == MentionKind::Nominal && !m.nonperson);
    (person && m.last.as_usize() < k && !t.in_list(m.last.as_usize(), List::EvidenceNoun))
        .then_some(m)
}

/// Quotation `q` credited to `m` by the mark at token `p` (a colon, a
/// dash), which is the cue.
fn mark_credit(
    ctx: &Ctx,
    q: QuoteIdx,
    m: Mention,
    p: usize,
    rule: RuleId,
    claimed: &mut [bool],
) -> Attribution {
    let who = Who {
        speaker: Some(m),
        cue: Some(ctx.t.span(p, p)),
    };
    report(
        ctx,
        Content::Quote(q),
        who,
        rule,
        confidence(rule, []),
        claimed,
    )
}

/// `Asked about the deal, she said …`: the fronted participle reports a
/// question put by someone unnamed; its content runs to the comma.
pub(super) fn asked(ctx: &Ctx, lo: usize, hi: usize, claimed: &mut [bool]) -> Option<Attribution> {
    let t = &ctx.t;
    // Every sentence comes here: class bits turn nearly all away, as
    // `Asked` (a cue) must be one of its first three tokens.
    let first = &t.toks[lo.min(hi)..hi.min(lo + 3)];
    if first.iter().fold(0, |acc, tk| acc | tk.lex) & lexicon::CUE == 0 {
        return None;
    }
    let mut a = lo;
    while a < hi && a < lo + 2 && t.in_list(a, List::Connective) {
        a += 1;
    }
    // `Asked` opens the sentence, capitalised, or follows a connective.
    if a + 2 >= hi || !t.is_text_ci(a, "asked") || (a == lo && !t.is_text(a, "Asked")) {
        return None;
    }
    if !t.in_list(a + 1, List::QuestionWord) {
        return None;
    }
    // `Asked by reporters outside the court whether …`: the asker, then
    // the question (past a place or a time).
    let mut q = a + 1;
    let mut asker = None;
    if t.is_text(q, "by") {
        // (`by reporters`: an addressee word is a phrase of its own.)
        let m = t.np_starting_at(q + 1, hi).or_else(|| {
            (q + 1 < hi && t.in_list(q + 1, List::Addressee))
                .then(|| t.phrase_mention(q + 1, q + 1))
        })?;
        let from = m.last.as_usize() + 1;
        q = (from..hi.min(from + 8)).find(|&i| {
            t.in_list(i, List::QuestionWord) && !matches!(t.s(i), "by" | "for" | "to")
        })?;
        asker = Some(m);
    }
    let about = t.is_text(q, "about");
    let start = if about { q + 1 } else { q };
    let comma = (start..hi.min(start + 40)).find(|&i| t.is_text(i, ","))?;
    // `Asked about the deal`: a topic is no reported question.
    if about && !super::phrases::finite_clause(ctx, start, comma) {
        return None;
    }
    let rule = RuleId::Asked;
    let who = Who {
        speaker: asker,
        cue: Some(t.span(a, a)),
    };
    let mut c = report(
        ctx,
        content(ctx, start, comma)?,
        who,
        rule,
        confidence(rule, []),
        claimed,
    );
    // A question is reported, never verbatim, even when all quoted.
    if c.kind == QuoteKind::Direct {
        c.kind = QuoteKind::Mixed;
    }
    Some(c)
}

/// `“Q” — Jane Roe`: a dash after a quotation, then a name. The dash may
/// open the next line when the quotation is its own line (`“Q”` then `-
/// Jane Roe`).
pub(super) fn dash_credit(
    ctx: &Ctx,
    lo: usize,
    hi: usize,
    d: usize,
    claimed: &mut [bool],
) -> Option<Attribution> {
    let paras = &ctx.seg.paragraphs;
    let pi = ctx.t.toks[d].para.as_usize();
    let q = if d == lo && pi > 0 && paras[pi].tokens.start == d {
        // The quotation stands alone on the line before.
        ctx.quote_ending_before(d, 0).filter(|&q| {
            let open = ctx.quotes[q].open.as_usize();
            paras[pi - 1].tokens.start == open && ctx.quotes[q].last_para.as_usize() == pi - 1
        })
    } else {
        ctx.quote_ending_before(d, lo)
    };
    let q = q.filter(|&q| !claimed[q])?;
    let m = ctx.t.np_starting_at(d + 1, hi)?;
    if m.kind != MentionKind::Name
        || !only_punct(ctx, mention_end(ctx, &m), hi)
            && m.role.is_none()
            && hi - m.last.as_usize() > 8
    {
        return None;
    }
    Some(mark_credit(ctx, q, m, d, RuleId::DashCredit, claimed))
}
