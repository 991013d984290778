//! Rules for quotations with no cue in their sentence.

use super::sentence::{direct, subject_before};
use super::{Attribution, Ctx};
use crate::cues::cue_at;
use crate::mentions::{Mention, MentionKind};
use crate::model::{QuoteKind, RuleId};
use crate::segment::TokKind;

/// How many paragraphs back an unattributed block looks for its speaker.
const GUESS_WINDOW: usize = 3;

/// `by_para` has one empty list per paragraph, to hold the indices into
/// `out` of each paragraph's attributions.
pub(super) fn attribute_paragraphs(
    ctx: &Ctx,
    claimed: &mut [bool],
    by_para: &mut [Vec<usize>],
    out: &mut Vec<Attribution>,
) {
    let n = ctx.seg.paragraphs.len();
    for (k, a) in out.iter().enumerate() {
        by_para[a.para as usize].push(k);
    }
    let mut si = 0;
    for pi in 0..n {
        let p = &ctx.seg.paragraphs[pi];
        while si < ctx.sentences.len() && ctx.sentences[si].tokens.end <= p.tokens.start {
            si += 1;
        }
        let first_sentence = si;
        if let Some(a) = transcript_label(ctx, pi, claimed) {
            by_para[pi].push(out.len());
            out.push(a);
            continue;
        }
        // Every unclaimed quotation that stands as a sentence of its own.
        let mut s = first_sentence;
        while s < ctx.sentences.len() && ctx.sentences[s].tokens.start < p.tokens.end {
            let r = ctx.sentences[s].tokens.clone();
            s += 1;
            let mut a = r.start;
            while a < r.end && ctx.t.toks[a].kind == TokKind::Punct {
                a += 1;
            }
            let Some(q) = ctx.quote_opening_at(a).filter(|&q| !claimed[q as usize]) else {
                continue;
            };
            let qe = ctx.quote_end_in_para(q, a);
            if (qe..r.end).any(|i| ctx.t.toks[i].kind == TokKind::Word) {
                continue; // narration follows: a fragment, not a block
            }
            let at_para_start = a == p.tokens.start;
            let words = (a..qe)
                .filter(|&i| ctx.t.toks[i].kind == TokKind::Word)
                .count();
            let qstart = ctx.quotes[q as usize].content.start();
            // The nearest attribution in this paragraph, earlier first.
            let here = by_para[pi]
                .iter()
                .rev()
                .take(16)
                .find(|&&k| out[k].content.start() < qstart)
                .or_else(|| {
                    by_para[pi]
                        .iter()
                        .take(16)
                        .find(|&&k| out[k].content.start() > qstart)
                })
                .map(|&k| out[k].clone());
            let attribution = if let Some(h) = here {
                Some(direct(
                    ctx,
                    q,
                    h.speaker,
                    None,
                    RuleId::QuoteContinuesSentence,
                    0.8 * h.confidence.max(0.5),
                ))
            } else if at_para_start {
                // A text's first paragraph continues nothing; a guess needs
                // no earlier paragraph either (it may find no speaker).
                (pi > 0)
                    .then(|| continued(ctx, pi, q, by_para, out))
                    .flatten()
                    .or_else(|| (words >= 4).then(|| guess(ctx, pi, q, by_para, out)))
            } else if words >= 6 {
                Some(guess(ctx, pi, q, by_para, out))
            } else {
                None
            };
            if let Some(x) = attribution {
                claimed[q as usize] = true;
                let last = x.last_para as usize;
                by_para[x.para as usize].push(out.len());
                if last != x.para as usize {
                    by_para[last].push(out.len());
                }
                out.push(x);
            }
        }
    }
}

/// A quotation opening paragraph `pi`: it continues the previous
/// paragraph's speaker when that paragraph ended with their quotation or
/// reported speech, or ended with a colon after a speaker.
fn continued(
    ctx: &Ctx,
    pi: usize,
    q: u32,
    by_para: &[Vec<usize>],
    out: &[Attribution],
) -> Option<Attribution> {
    let prev = &ctx.seg.paragraphs[pi - 1];
    let last_tok = prev.tokens.end - 1;
    if ctx.t.is_text(last_tok, ":") {
        let (speaker, cue) = colon_header(ctx, pi - 1)?;
        return Some(direct(ctx, q, Some(speaker), cue, RuleId::ColonHeader, 0.8));
    }
    let &k = by_para[pi - 1]
        .iter()
        .max_by_key(|&&k| out[k].content.end())?;
    let a = &out[k];
    // The attribution must reach the paragraph's last sentence.
    let last_sentence_start = last_sentence_start(ctx, prev);
    if a.content.end() < ctx.t.toks[last_sentence_start].start as usize {
        return None;
    }
    a.speaker?;
    Some(direct(
        ctx,
        q,
        a.speaker,
        None,
        RuleId::ContinuationParagraph,
        0.85 * a.confidence.max(0.6),
    ))
}

/// The first token of the last sentence of paragraph `p` (binary search).
fn last_sentence_start(ctx: &Ctx, p: &crate::segment::Paragraph) -> usize {
    let k = ctx
        .sentences
        .partition_point(|s| s.tokens.start < p.tokens.end);
    k.checked_sub(1)
        .map(|k| ctx.sentences[k].tokens.start)
        .filter(|&s| s >= p.tokens.start)
        .unwrap_or(p.tokens.start)
}

/// The speaker a paragraph ending in a colon announces: the subject of its
/// last cue (`The mayor said:`), or the owner in `From the mayor’s
/// statement:`.
fn colon_header(ctx: &Ctx, pi: usize) -> Option<(Mention, Option<crate::span::Span>)> {
    let p = &ctx.seg.paragraphs[pi];
    let t = &ctx.t;
    let lo = last_sentence_start(ctx, p);
    for i in (lo..p.tokens.end).rev() {
        if t.toks[i].kind != TokKind::Word {
            continue;
        }
        if let Some(c) = cue_at(t, ctx.table, i, i.checked_sub(1), p.tokens.end) {
            if let Some(m) = subject_before(ctx, c.tok as usize, lo) {
                return Some((m, Some(t.span(c.tok as usize, c.end as usize - 1))));
            }
        }
    }
    for i in lo..p.tokens.end {
        if t.toks[i].kind == TokKind::Possessive && i > lo {
            if let Some(m) = t.np_ending_at(i - 1, lo) {
                return Some((m, None));
            }
        }
    }
    None
}

/// `PENCE: text` or `Q: text`: the rest of the paragraph is the label's.
fn transcript_label(ctx: &Ctx, pi: usize, claimed: &mut [bool]) -> Option<Attribution> {
    let p = &ctx.seg.paragraphs[pi];
    let t = &ctx.t;
    let mut a = p.tokens.start;
    if t.toks[a].kind == TokKind::QuoteChar {
        a += 1;
    }
    // Both kinds of label end in a colon within the longest name of their
    // start: paragraphs without one there (nearly all) are turned away. (The
    // paragraph's first colon is at or after `a`: a mark is no colon.)
    if p.first_colon as usize > a + crate::mentions::MAX_NAME_TOKENS {
        return None;
    }
    let m = t
        .label_at(a, p.tokens.end)
        .or_else(|| headline_label(ctx, a, p.tokens.end))?;
    if is_format_label(t.s(m.first as usize)) {
        return None;
    }
    let colon = m.last as usize + 1;
    let start = colon + 1;
    if start >= p.tokens.end {
        return None;
    }
    let mut end = p.tokens.end;
    while end > start && t.toks[end - 1].kind == TokKind::QuoteChar {
        end -= 1;
    }
    if end <= start {
        return None;
    }
    for i in start..end {
        if let Some(q) = ctx.quote_opening_at(i) {
            claimed[q as usize] = true;
        }
    }
    if let Some(q) = ctx.quote_opening_at(p.tokens.start) {
        claimed[q as usize] = true;
    }
    Some(Attribution {
        kind: QuoteKind::Direct,
        content: t.span(start, end - 1),
        speaker: Some(m),
        cue: Some(t.span(colon, colon)),
        rule: RuleId::TranscriptLabel,
        confidence: 0.75,
        style: None,
        para: pi as u32,
        last_para: pi as u32,
    })
}

/// `Jo Roe: ‘We will win’`: a headline crediting a name with a colon.
fn headline_label(ctx: &Ctx, a: usize, hi: usize) -> Option<Mention> {
    let t = &ctx.t;
    let m = t.np_starting_at(a, hi)?;
    let colon = m.last as usize + 1;
    let ok = m.kind == MentionKind::Name
        && colon < hi
        && t.is_text(colon, ":")
        // A titled name, or a name crediting a quotation (`Jo Roe: ‘…’`):
        // `South Carolina: names…` is a list, not speech.
        && (m.gender != 0 || (colon + 1 < hi && t.toks[colon + 1].kind == TokKind::QuoteChar))
        && (colon + 1..hi)
            .filter(|&i| t.toks[i].kind == TokKind::Word)
            .take(3)
            .count()
            >= 3;
    ok.then_some(m)
}

/// Newsroom labels that end in a colon but credit no speaker
/// (`BYLINE: Jo Roe`, `UPDATE: …`).
fn is_format_label(w: &str) -> bool {
    matches!(
        w.to_ascii_uppercase().as_str(),
        "BYLINE"
            | "DATELINE"
            | "UPDATE"
            | "UPDATED"
            | "CORRECTION"
            | "NOTE"
            | "EDITOR"
            | "EDITORS"
            | "PHOTO"
            | "PHOTOS"
            | "VIDEO"
            | "WATCH"
            | "READ"
            | "RELATED"
            | "SOURCE"
            | "SOURCES"
            | "CREDIT"
            | "STAT"
            | "ABSTRACT"
            | "HEADLINE"
            | "SECTION"
            | "LENGTH"
            | "BODY"
            | "LANGUAGE"
            | "GRAPHIC"
            | "TOPIC"
            | "TOPICS"
            | "THE"
            | "SEE"
            | "MORE"
            | "ALSO"
            | "BREAKING"
            | "EXCLUSIVE"
            | "ANALYSIS"
            | "OPINION"
            | "WARNING"
            | "SPOILER"
            | "QUOTE"
            | "TWEET"
            | "LINK"
    )
}

/// A quoted block after narration: the most recent speaker nearby, else the
/// subject of the nearest narration paragraph that opens with a name; low
/// confidence.
fn guess(ctx: &Ctx, pi: usize, q: u32, by_para: &[Vec<usize>], out: &[Attribution]) -> Attribution {
    let lo_para = pi.saturating_sub(GUESS_WINDOW);
    let t = &ctx.t;
    let mut speaker = None;
    for pj in (lo_para..pi).rev() {
        let p = &ctx.seg.paragraphs[pj];
        if let Some(m) = t.np_starting_at(p.tokens.start, p.tokens.end) {
            // A full or titled name: a lone capitalised word opening a
            // paragraph (`Markets fell`) is too often no person.
            if m.kind == MentionKind::Name && !m.nonperson && (m.last > m.first || m.gender != 0) {
                speaker = Some(m);
                break;
            }
        }
        if let Some(&k) = by_para[pj]
            .iter()
            .rev()
            .find(|&&k| out[k].speaker.is_some())
        {
            speaker = out[k].speaker;
            break;
        }
    }
    let conf = if speaker.is_some() { 0.4 } else { 0.3 };
    direct(ctx, q, speaker, None, RuleId::UnattributedQuote, conf)
}
