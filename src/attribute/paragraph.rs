//! The rules of quotations with no cue in their sentence: transcript
//! labels, and quoted blocks that continue a speaker, follow a colon
//! header, or are left to a guess.

use super::phrases::{direct, subject_before, Who};
use super::rules::{confidence, Adjust, Verdict};
use super::{Attribution, Ctx};
use crate::cues::cue_at;
use crate::lexicon::{List, Pronoun};
use crate::mentions::{Mention, MentionKind};
use crate::model::{Act, QuoteKind, RuleId};
use crate::scan::QuoteIdx;
use crate::tokens::{ParaIdx, TokKind};

/// How many paragraphs back an unattributed block looks for its speaker.
const GUESS_WINDOW: usize = 3;

/// A continuing quotation keeps at least this much of the confidence of
/// the attribution it continues in its own paragraph…
const SENTENCE_FLOOR: f32 = 0.5;
/// … and at least this much of one in the paragraph before.
const PARAGRAPH_FLOOR: f32 = 0.6;

/// An unclaimed quotation that stands as a sentence of its own in
/// paragraph `pi`, with what the block rules read.
pub(super) struct Block<'o> {
    pub pi: usize,
    pub q: QuoteIdx,
    /// The quotation opens its paragraph.
    pub at_para_start: bool,
    /// Words inside the quotation (in this paragraph).
    pub words: usize,
    /// The nearest attribution in this paragraph, earlier first.
    pub here: Option<&'o Attribution>,
    /// Every paragraph's attributions, by index into `out`.
    pub by_para: &'o [Vec<usize>],
    pub out: &'o [Attribution],
}

/// A quoted sentence after an attributed one in the same paragraph: the
/// same speaker.
pub(super) fn continues_sentence(ctx: &Ctx, b: &Block, _: &mut [bool]) -> Verdict {
    let Some(h) = b.here else {
        return Verdict::Pass;
    };
    // (`Jo Roe told him: “…,” she said. “…”`: the credit right before
    // the quotation names its speaker.)
    let speaker = credit_before(ctx, b, h).or(h.speaker);
    continue_speaker(
        ctx,
        b,
        h,
        speaker,
        RuleId::ContinuesSentence,
        SENTENCE_FLOOR,
    )
}

/// The longest credit between two quotations, in tokens (`, she said
/// on Monday.`).
const MAX_CREDIT_TOKENS: usize = 10;

/// The subject of a credit between the quotation before and the
/// quotation of `b` (`“…,” she said. “…”`), when another mention than
/// the speaker of `h`, the attribution it continues.
fn credit_before(ctx: &Ctx, b: &Block, h: &Attribution) -> Option<Mention> {
    let t = &ctx.t;
    let open = ctx.quotes[b.q].open.as_usize();
    let stop = open.saturating_sub(MAX_CREDIT_TOKENS);
    // The closing mark of the quotation before.
    let close = (stop..open)
        .rev()
        .find(|&k| t.toks[k].kind == TokKind::QuoteChar && !ctx.opens_quote(k))?;
    // (The credit may end `h`'s content: `Jo Roe said she felt it
    // because “…,” she said. “…”`.)
    let lo = close + 1;
    let k = (lo..open).find(|&k| t.cue_verb_at(k).is_some())?;
    // (`…,” she said, according to the paper. “…”`: the source the
    // paper is stays with the attribution it made.)
    if (k..open).any(|i| t.is_text_ci(i, "according")) {
        return None;
    }
    let m = subject_before(ctx, k, lo)?;
    (h.speaker.map(|s| s.span) != Some(m.span)).then_some(m)
}

/// The quotation of `b` as a continuation of `from` by `speaker`: no cue,
/// the confidence of `rule` times that of `from` (at least `floor`).
fn continue_speaker(
    ctx: &Ctx,
    b: &Block,
    from: &Attribution,
    speaker: Option<Mention>,
    rule: RuleId,
    floor: f32,
) -> Verdict {
    let conf = confidence(
        rule,
        [Some(Adjust::Inherit {
            from: from.confidence,
            floor,
        })],
    );
    let who = Who { speaker, cue: None };
    Verdict::Fire(direct(ctx, b.q, who, rule, conf))
}

/// Whether the quotation opens a paragraph after the first, whose
/// previous paragraph ends (`true`) or does not end (`false`) in a colon.
fn after_paragraph_ending_in_colon(ctx: &Ctx, b: &Block, colon: bool) -> bool {
    b.at_para_start && b.pi > 0 && {
        let prev = &ctx.seg.paragraphs[b.pi - 1];
        ctx.t.is_text(prev.tokens.end - 1, ":") == colon
    }
}

/// `She said:` ending a paragraph, then a quoted paragraph: the speaker
/// the colon announces.
pub(super) fn colon_header(ctx: &Ctx, b: &Block, _: &mut [bool]) -> Verdict {
    if !after_paragraph_ending_in_colon(ctx, b, true) {
        return Verdict::Pass;
    }
    match announced_speaker(ctx, b.pi - 1) {
        Some((speaker, cue)) => {
            let rule = RuleId::ColonHeader;
            let who = Who {
                speaker: Some(speaker),
                cue,
            };
            Verdict::Fire(direct(ctx, b.q, who, rule, confidence(rule, [])))
        }
        None => Verdict::Pass,
    }
}

/// A quotation opening a paragraph continues the previous paragraph's
/// speaker when that paragraph ended with their quotation or reported
/// speech.
pub(super) fn continuation_paragraph(ctx: &Ctx, b: &Block, _: &mut [bool]) -> Verdict {
    if !after_paragraph_ending_in_colon(ctx, b, false) {
        return Verdict::Pass;
    }
    let prev = &ctx.seg.paragraphs[b.pi - 1];
    let out = b.out;
    let Some(&k) = b.by_para[b.pi - 1]
        .iter()
        .max_by_key(|&&k| out[k].content.end())
    else {
        return Verdict::Pass;
    };
    let a = &out[k];
    // The attribution must reach the paragraph's last sentence.
    let last_sentence_start = last_sentence_start(ctx, prev);
    if a.content.end() < ctx.t.toks[last_sentence_start].start as usize || a.speaker.is_none() {
        return Verdict::Pass;
    }
    continue_speaker(
        ctx,
        b,
        a,
        a.speaker,
        RuleId::ContinuationParagraph,
        PARAGRAPH_FLOOR,
    )
}

/// A quoted block with no cue: four words or more opening a paragraph, six
/// or more after narration, or a shorter line of speech of its own after a
/// line of narration ([`speech_line`]). The most recent speaker nearby,
/// else the subject of the nearest narration paragraph that opens with a
/// name; low confidence.
pub(super) fn unattributed(ctx: &Ctx, b: &Block, _: &mut [bool]) -> Verdict {
    let long_enough = if b.at_para_start {
        b.words >= 4 || speech_line(ctx, b)
    } else {
        b.words >= 6
    };
    if !long_enough {
        return Verdict::Pass;
    }
    // (`Jo Roe praised the plan. “It will work.”`: the subject of the
    // narration right before it in the paragraph.)
    let narrator = if b.at_para_start {
        None
    } else {
        narration_subject(ctx, b.pi, ctx.quotes[b.q].open.as_usize())
    };
    let speaker = narrator.or_else(|| guess(ctx, b.pi, b.by_para, b.out));
    let rule = RuleId::Unattributed;
    let none = speaker.is_none().then_some(Adjust::NoSpeaker);
    let who = Who { speaker, cue: None };
    Verdict::Fire(direct(ctx, b.q, who, rule, confidence(rule, [none])))
}

/// The fewest words of the narration line before a [`speech_line`].
const NARRATION_WORDS: usize = 4;

/// `The mayor walked in.` then `“Where?”`: a quotation of a few words that
/// is its whole line, ends a sentence inside its marks (`.`, `?`, `!`,
/// `…`), and follows a line of narration of [`NARRATION_WORDS`] words or
/// more on the line right before it. (Alone, or under a title, a short
/// quoted line is more often a name or a slogan.)
fn speech_line(ctx: &Ctx, b: &Block) -> bool {
    let t = &ctx.t;
    let paras = &ctx.seg.paragraphs;
    let p = &paras[b.pi];
    let q = &ctx.quotes[b.q];
    let Some(close) = q.close.map(|c| c.as_usize()) else {
        return false;
    };
    let Some(prev) = b.pi.checked_sub(1).map(|k| &paras[k]) else {
        return false;
    };
    b.words >= 1
        && close > q.open.as_usize() + 1
        && matches!(t.s(close - 1), "." | "?" | "!" | "…")
        && (close + 1..p.tokens.end).all(|k| t.toks[k].kind != TokKind::Word)
        && !p.after_blank
        && !super::engine::is_page_furniture(ctx, b.pi - 1)
        && !t.toks[prev.tokens.start].is(crate::tokens::OPENS)
        && super::phrases::word_count(ctx, prev.tokens.start, prev.tokens.end) >= NARRATION_WORDS
}

/// The most recent speaker within [`GUESS_WINDOW`] paragraphs before `pi`,
/// or the subject of the nearest paragraph that opens with a full or
/// titled name; page furniture (a byline, a credit) is passed over.
fn guess(ctx: &Ctx, pi: usize, by_para: &[Vec<usize>], out: &[Attribution]) -> Option<Mention> {
    let t = &ctx.t;
    for pj in (pi.saturating_sub(GUESS_WINDOW)..pi).rev() {
        // A byline, a credit or a caption names no speaker.
        if super::engine::is_page_furniture(ctx, pj) {
            continue;
        }
        let p = &ctx.seg.paragraphs[pj];
        // (Right before, narration about a person: `Ann Lee was more
        // careful. … Lee kept to the plan.` then `“…”`.)
        if pj + 1 == pi {
            let lo = last_sentence_start(ctx, p);
            if let Some(m) = super::phrases::verb_subject(ctx, lo, p.tokens.end) {
                let person = match m.kind {
                    MentionKind::Name => {
                        !m.nonperson
                            && (m.last > m.first || m.gender != 0 || known_surname(ctx, &m, pj))
                    }
                    MentionKind::Pronoun(p) => matches!(p, Pronoun::He | Pronoun::She),
                    _ => false,
                };
                if person && !by_para[pj].iter().any(|&k| out[k].speaker.is_some()) {
                    return Some(m);
                }
            }
        }
        if let Some(m) = t.np_starting_at(p.tokens.start, p.tokens.end) {
            // A full or titled name: a lone capitalised word opening a
            // paragraph (`Markets fell`) is too often no person.
            if m.kind == MentionKind::Name && !m.nonperson && (m.last > m.first || m.gender != 0) {
                return Some(m);
            }
        }
        if let Some(&k) = by_para[pj]
            .iter()
            .rev()
            .find(|&&k| out[k].speaker.is_some())
        {
            return out[k].speaker;
        }
    }
    None
}

/// How many paragraphs back a lone surname looks for its full name.
const SURNAME_WINDOW: usize = 6;

/// Whether the one-word name `m` (in paragraph `pj`) ends a longer name
/// earlier in the text, within [`SURNAME_WINDOW`] paragraphs: `Lee` after
/// `Ann Lee` is a person; `Wikinews` alone is not known to be one.
fn known_surname(ctx: &Ctx, m: &Mention, pj: usize) -> bool {
    let t = &ctx.t;
    let w = m.first.as_usize();
    let from = ctx.seg.paragraphs[pj.saturating_sub(SURNAME_WINDOW)]
        .tokens
        .start;
    (from.max(1)..w).any(|k| {
        t.bytes(k) == t.bytes(w)
            && t.toks[k - 1].is(crate::tokens::CAP)
            && t.toks[k - 1].kind == TokKind::Word
            && t.toks[k - 1].para == t.toks[k].para
    })
}

/// The subject of the sentence of paragraph `pi` that ends right before
/// token `before`, when it names a person: a full or titled name, a
/// person's noun (`the senator`) or a personal pronoun.
fn narration_subject(ctx: &Ctx, pi: usize, before: usize) -> Option<Mention> {
    let t = &ctx.t;
    let p = &ctx.seg.paragraphs[pi];
    if before <= p.tokens.start {
        return None;
    }
    let k = ctx
        .sentences
        .partition_point(|s| s.tokens.start < before)
        .checked_sub(1)?;
    let lo = ctx.sentences[k].tokens.start;
    if lo < p.tokens.start {
        return None;
    }
    let m = super::phrases::verb_subject(ctx, lo, before)?;
    let person = match m.kind {
        MentionKind::Name => !m.nonperson && (m.last > m.first || m.gender != 0),
        MentionKind::Nominal => t.has(m.last.as_usize(), crate::lexicon::SPEAKER_NOUN),
        MentionKind::Pronoun(p) => matches!(p, Pronoun::He | Pronoun::She),
        _ => false,
    };
    person.then_some(m)
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
fn announced_speaker(ctx: &Ctx, pi: usize) -> Option<(Mention, Option<crate::span::Span>)> {
    let p = &ctx.seg.paragraphs[pi];
    let t = &ctx.t;
    let lo = last_sentence_start(ctx, p);
    for i in (lo..p.tokens.end).rev() {
        if t.toks[i].kind != TokKind::Word {
            continue;
        }
        if let Some(c) = cue_at(t, i, i.checked_sub(1), p.tokens.end) {
            if let Some(m) = subject_before(ctx, c.tok.as_usize(), lo) {
                // (`Jo Roe made the following claim:`: the cue is a noun
                // whose phrase is an object; the speaker is the subject.)
                let object = m.kind == MentionKind::Nominal
                    && t.has(m.first.as_usize(), crate::lexicon::DETERMINER)
                    && m.first.as_usize() > lo;
                let m = object
                    .then(|| super::phrases::verb_subject(ctx, lo, m.first.as_usize()))
                    .flatten()
                    .unwrap_or(m);
                return Some((m, Some(t.span(c.tok.as_usize(), c.end.as_usize() - 1))));
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

/// How many paragraphs before a labelled one are searched for the other
/// turns of its transcript.
const TRANSCRIPT_WINDOW: usize = 8;

/// How a paragraph's label is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LabelForm {
    /// `ROE:`, `Q:`: capitals and a colon; a turn only in a transcript.
    Capitals,
    /// `Jo Roe: ‘We will win’`: a headline's credit.
    Headline,
    /// `((Jo Roe))`, `((WN))`: a transcript's turn.
    Parenthesised,
    /// `Jo Roe: I think …`: a full name and a colon; a turn only in a
    /// transcript.
    Name,
}

/// The label opening paragraph `pi` (`ROE:`, `Q:`, `Jo Roe: ‘…’`,
/// `((Jo Roe))`), if it has one that is no format label (`UPDATE:`), with
/// the token after it and how it is written.
fn paragraph_label(ctx: &Ctx, pi: usize) -> Option<(Mention, usize, LabelForm)> {
    let p = &ctx.seg.paragraphs[pi];
    let t = &ctx.t;
    let mut a = p.tokens.start;
    if a < p.tokens.end && t.toks[a].kind == TokKind::QuoteChar {
        a += 1;
    }
    if let Some((m, after)) = parenthesised_label(ctx, a, p.tokens.end) {
        return Some((m, after, LabelForm::Parenthesised));
    }
    // Both kinds of label end in a colon within the longest name of their
    // start: paragraphs without one there (nearly all) are turned away. (The
    // paragraph's first colon is at or after `a`: a mark is no colon.)
    if a >= p.tokens.end || p.first_colon.as_usize() > a + crate::mentions::MAX_NAME_TOKENS {
        return None;
    }
    let (m, form) = match t.label_at(a, p.tokens.end) {
        Some(m) => (m, LabelForm::Capitals),
        None => match headline_label(ctx, a, p.tokens.end) {
            Some(m) => (m, LabelForm::Headline),
            None => (name_label(ctx, a, p.tokens.end)?, LabelForm::Name),
        },
    };
    if t.in_list(m.first.as_usize(), List::FormatLabel) {
        return None;
    }
    Some((m, m.last.as_usize() + 2, form))
}

/// The most words of a parenthesised label (`((Jo Roe))`).
const MAX_PAREN_LABEL_WORDS: usize = 4;

/// `((Jo Roe))` or `((WN))` at token `a`: the name (a mention of a name,
/// else a label) and the token after the parentheses.
fn parenthesised_label(ctx: &Ctx, a: usize, hi: usize) -> Option<(Mention, usize)> {
    let t = &ctx.t;
    let paren = |i: usize, c: &str| i < hi && t.toks[i].kind == TokKind::Punct && t.is_text(i, c);
    if !(paren(a, "(") && paren(a + 1, "(")) {
        return None;
    }
    let b = a + 2;
    let e = (b..hi.min(b + MAX_PAREN_LABEL_WORDS + 1)).find(|&i| !t.word(i))?;
    if e == b || !(paren(e, ")") && paren(e + 1, ")")) || !t.toks[b].is(crate::tokens::CAP) {
        return None;
    }
    // Capitals (`WN`, `NG`: perhaps initials), else a name.
    let m = match t.capitals_label(b, e) {
        Some(m) => m,
        None => t
            .np_starting_at(b, e)
            .filter(|m| m.kind == MentionKind::Name && m.last.as_usize() + 1 == e)?,
    };
    Some((m, e + 2))
}

/// `Jo Roe: I think …`: a person's full name and a colon opening a
/// paragraph.
fn name_label(ctx: &Ctx, a: usize, hi: usize) -> Option<Mention> {
    let t = &ctx.t;
    let m = t.np_starting_at(a, hi)?;
    let colon = m.last.as_usize() + 1;
    let ok = m.kind == MentionKind::Name
        && !m.nonperson
        && m.last > m.first
        && colon + 1 < hi
        && t.is_text(colon, ":");
    ok.then_some(m)
}

/// Whether a label is the questioner's (`Q:`, `QUESTION:`).
fn is_questioner(ctx: &Ctx, m: &Mention) -> bool {
    let t = &ctx.t;
    let a = m.first.as_usize();
    a == m.last.as_usize() && (t.is_text(a, "Q") || t.is_text_ci(a, "question"))
}

/// Whether the turn of paragraph `pi` (label `m`) is a questioner's by
/// what it does: it ends in a question or, under initials (`HBJ:`), puts
/// something to the answerer ([`puts_to_you`]), and so did every earlier
/// turn of its label
/// (`INTERVIEWER:`, an outlet's initials `WR:`). Only earlier turns count.
fn asks_only(ctx: &Ctx, pi: usize, m: &Mention) -> bool {
    // (Putting to `you` marks initials only: a named moderator's turn,
    // `WALLACE: … you …`, is often reported.)
    let initials = m.first == m.last && (2..=3).contains(&ctx.t.s(m.first.as_usize()).len());
    let asks = |pj: usize, start: usize| {
        ends_in_question(ctx, pj) || (initials && puts_to_you(ctx, pj, start))
    };
    paragraph_label(ctx, pi).is_some_and(|(_, s, _)| asks(pi, s))
        && (pi.saturating_sub(TRANSCRIPT_WINDOW)..pi).all(|pj| {
            paragraph_label(ctx, pj).is_none_or(|(l, s, _)| !same_words(ctx, &l, m) || asks(pj, s))
        })
}

/// Whether the turn of paragraph `pi` (its text from token `start`) puts
/// something to the answerer without a question mark: it says `you` and
/// no first person (`HBJ: The union says you want to sell the boats.`).
fn puts_to_you(ctx: &Ctx, pi: usize, start: usize) -> bool {
    let t = &ctx.t;
    any_outside_quotes(ctx, pi, start, |i| t.pronoun_at(i) == Some(Pronoun::You))
        && !any_outside_quotes(ctx, pi, start, |i| {
            matches!(t.pronoun_at(i), Some(Pronoun::I | Pronoun::We))
                || (t.in_list(i, List::FirstSecondPerson)
                    && !["your", "yours", "yourself", "yourselves"]
                        .iter()
                        .any(|w| t.is_text_ci(i, w)))
        })
}

/// Whether two mentions have the same words.
fn same_words(ctx: &Ctx, a: &Mention, b: &Mention) -> bool {
    let (a0, a1, b0) = (a.first.as_usize(), a.last.as_usize(), b.first.as_usize());
    a1 - a0 == b.last.as_usize() - b0 && (0..=a1 - a0).all(|k| ctx.t.s(a0 + k) == ctx.t.s(b0 + k))
}

/// Whether the labelled paragraph `pi` (label `m`, its text from token
/// `start`) is a turn of a transcript: a questioner's turn is; any other
/// needs a turn that reads as speech (a first or second person, or a
/// question, outside quotations), or a labelled paragraph shortly before
/// it with a label that recurs or a questioner. A run of section labels
/// (`ENERGY: Oil rose …`, `CURRENCIES: The dollar fell …`) is none. Only
/// what comes before counts, so that what follows a text never changes
/// what is found in it.
fn in_transcript(ctx: &Ctx, pi: usize, m: &Mention, start: usize) -> bool {
    if is_questioner(ctx, m) || reads_as_speech(ctx, pi, start) {
        return true;
    }
    (pi.saturating_sub(TRANSCRIPT_WINDOW)..pi).any(|pj| {
        paragraph_label(ctx, pj).is_some_and(|(l, s, _)| {
            is_questioner(ctx, &l) || same_words(ctx, &l, m) || reads_as_speech(ctx, pj, s)
        })
    })
}

/// Whether a labelled turn of a transcript (a questioner's, or one in
/// capitals or parentheses) stands shortly before paragraph `pi`.
fn after_a_turn(ctx: &Ctx, pi: usize) -> bool {
    (pi.saturating_sub(TRANSCRIPT_WINDOW)..pi).any(|pj| {
        paragraph_label(ctx, pj).is_some_and(|(l, _, form)| match form {
            LabelForm::Parenthesised => true,
            LabelForm::Capitals | LabelForm::Name => is_questioner(ctx, &l),
            LabelForm::Headline => false,
        })
    })
}

/// Whether a turn by name (a `Name` label that reads as speech) stands
/// shortly before paragraph `pi`.
fn after_a_name_turn(ctx: &Ctx, pi: usize) -> bool {
    (pi.saturating_sub(TRANSCRIPT_WINDOW)..pi).any(|pj| {
        paragraph_label(ctx, pj)
            .is_some_and(|(_, s, form)| form == LabelForm::Name && reads_as_speech(ctx, pj, s))
    })
}

/// Whether the parenthesised turn of paragraph `pi` (label `m`) is the
/// interviewer's: its label is a questioner's, or the label's turns
/// shortly before and here ask more questions (hold a `?` outside
/// quotations) than the other labels' turns, or as many and this turn ends
/// in a question.
fn asks(ctx: &Ctx, pi: usize, m: &Mention) -> bool {
    if is_questioner(ctx, m) {
        return true;
    }
    let (mut mine, mut others) = (0, 0);
    for pj in pi.saturating_sub(TRANSCRIPT_WINDOW)..=pi {
        if let Some((l, s, LabelForm::Parenthesised)) = paragraph_label(ctx, pj) {
            if has_question(ctx, pj, s) {
                if same_words(ctx, &l, m) {
                    mine += 1;
                } else {
                    others += 1;
                }
            }
        }
    }
    mine > others || (mine == others && ends_in_question(ctx, pi))
}

/// Whether paragraph `pi` ends in a question mark (before any closing
/// marks).
fn ends_in_question(ctx: &Ctx, pi: usize) -> bool {
    let p = &ctx.seg.paragraphs[pi];
    (p.tokens.start..p.tokens.end)
        .rev()
        .find(|&i| ctx.t.toks[i].kind != TokKind::QuoteChar)
        .is_some_and(|i| ctx.t.is_text(i, "?"))
}

/// Whether a token of paragraph `pi` from token `start`, outside its
/// quotations, is one `wanted` accepts.
fn any_outside_quotes(ctx: &Ctx, pi: usize, start: usize, wanted: impl Fn(usize) -> bool) -> bool {
    let end = ctx.seg.paragraphs[pi].tokens.end;
    let mut i = start;
    while i < end {
        if ctx.opens_quote(i) {
            i = ctx.quote_end_at(i).max(i + 1);
            continue;
        }
        if wanted(i) {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether paragraph `pi` from token `start` holds a question mark outside
/// its quotations.
fn has_question(ctx: &Ctx, pi: usize, start: usize) -> bool {
    any_outside_quotes(ctx, pi, start, |i| ctx.t.is_text(i, "?"))
}

/// Whether a paragraph's first word is a questioner's `Q` run into the
/// question (`QLast October, you …`), as some transcripts print it.
fn glued_q(w: &str) -> bool {
    let mut c = w.chars();
    c.next() == Some('Q')
        && c.next().is_some_and(char::is_uppercase)
        && c.next().is_some_and(char::is_lowercase)
}

/// Whether paragraph `pi` from token `start` has a first or second person
/// outside its quotations.
fn in_person(ctx: &Ctx, pi: usize, start: usize) -> bool {
    let t = &ctx.t;
    any_outside_quotes(ctx, pi, start, |i| {
        matches!(
            t.pronoun_at(i),
            Some(Pronoun::I | Pronoun::We | Pronoun::You)
        ) || t.in_list(i, List::FirstSecondPerson)
    })
}

/// Whether paragraph `pi` from token `start` has a first or second person
/// or a question mark outside its quotations.
fn reads_as_speech(ctx: &Ctx, pi: usize, start: usize) -> bool {
    in_person(ctx, pi, start) || has_question(ctx, pi, start)
}

/// `PENCE: text` in a transcript, or `Jo Roe: ‘We will win’`: the rest of
/// the paragraph is the label's (without the marks around it). A
/// questioner's turn (`Q: …`) reports nothing, and nothing in it is
/// reported: the rule stops.
pub(super) fn transcript_label(ctx: &Ctx, pi: usize, claimed: &mut [bool]) -> Verdict {
    let p = &ctx.seg.paragraphs[pi];
    let t = &ctx.t;
    let Some((m, start, form)) = paragraph_label(ctx, pi) else {
        return Verdict::Pass;
    };
    let turn = match form {
        LabelForm::Headline | LabelForm::Parenthesised => true,
        LabelForm::Capitals => in_transcript(ctx, pi, &m, start),
        // `Jo Roe: Credit scores …` also heads a section: a name is a
        // turn only where it reads as speech after another turn.
        // (Or after such a turn by name: `Tom Hale: The second winter, …`.)
        LabelForm::Name => {
            !super::engine::is_page_furniture(ctx, pi)
                && (reads_as_speech(ctx, pi, start) || after_a_name_turn(ctx, pi))
                && after_a_turn(ctx, pi)
        }
    };
    if start >= p.tokens.end || !turn {
        return Verdict::Pass;
    }
    let claim_all = |claimed: &mut [bool]| {
        for i in p.tokens.start..p.tokens.end {
            if let Some(q) = ctx.quote_opening_at(i) {
                claimed[q] = true;
            }
        }
    };
    let questioner = match form {
        LabelForm::Parenthesised => asks(ctx, pi, &m),
        _ => is_questioner(ctx, &m) || asks_only(ctx, pi, &m),
    };
    if questioner {
        claim_all(claimed);
        return Verdict::Stop;
    }
    // The cue: the colon, or the closing parentheses.
    let cue = t.span(m.last.as_usize() + 1, start - 1);
    // A headline's claim in the writer's words (`Lane: Talks Have
    // Stalled`) is reported speech, without its closing stop.
    let claim = form == LabelForm::Headline
        && start < p.tokens.end
        && t.toks[start].kind != TokKind::QuoteChar;
    let mut start = start;
    while start < p.tokens.end && t.toks[start].kind == TokKind::QuoteChar {
        start += 1;
    }
    let mut end = p.tokens.end;
    while !claim && end > start && t.toks[end - 1].kind == TokKind::QuoteChar {
        end -= 1;
    }
    let kind = if !claim {
        QuoteKind::Direct
    } else {
        end = super::phrases::trim_end(ctx, start, end);
        if (start..end).any(|k| ctx.opens_quote(k)) {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        }
    };
    if end <= start {
        return Verdict::Pass;
    }
    claim_all(claimed);
    // `VASSEUR: …` / `We put that in writing.`: the unlabelled paragraphs
    // after an answer carry the answer until the next label, inside a
    // transcript, while they speak in the first or second person and ask
    // nothing at their end (a question whose label was lost, `QWhy …?`,
    // or the editor's `What are they afraid of?`, is no answer's).
    let mut last = pi;
    if form != LabelForm::Headline {
        while last + 1 < ctx.seg.paragraphs.len() && last + 1 - pi <= TRANSCRIPT_WINDOW {
            let next = last + 1;
            let q = &ctx.seg.paragraphs[next];
            if q.tokens.start >= q.tokens.end
                || paragraph_label(ctx, next).is_some()
                || super::engine::is_page_furniture(ctx, next)
                || ends_in_question(ctx, next)
                || glued_q(ctx.t.s(q.tokens.start))
                || !in_person(ctx, next, q.tokens.start)
            {
                break;
            }
            for i in q.tokens.start..q.tokens.end {
                if let Some(q) = ctx.quote_opening_at(i) {
                    claimed[q] = true;
                }
            }
            last = next;
        }
    }
    if last > pi {
        end = ctx.seg.paragraphs[last].tokens.end;
    }
    let rule = RuleId::TranscriptLabel;
    Verdict::Fire(Attribution {
        kind,
        content: t.span(start, end - 1),
        speaker: Some(m),
        cue: Some(cue),
        rule,
        confidence: confidence(rule, []),
        style: None,
        act: Act::Speech,
        para: ParaIdx::new(pi),
        last_para: ParaIdx::new(last),
    })
}

/// The most words of a headline that credits its claim to a name.
const MAX_HEADLINE_WORDS: usize = 30;

/// The most tokens after a headline in which its name must come back.
const MAX_HEADLINE_ECHO: usize = 600;

/// `Lane: Budget Talks Have Stalled`: a headline that credits a claim to
/// the name before its colon, the common headline form of news. The
/// label is a name alone (capitalised words, no function word, no
/// determiner first, not a furniture label), the line is short, and what
/// follows the colon is a clause (a finite verb, in any case) that asks
/// nothing. The name must come back in the text after the line, within
/// [`MAX_HEADLINE_ECHO`] tokens, so that a section head or a topic
/// (`Slippery Business: …`) is no speaker.
fn credit_headline(ctx: &Ctx, m: &Mention, a: usize, hi: usize) -> bool {
    let t = &ctx.t;
    let (first, last) = (m.first.as_usize(), m.last.as_usize());
    let plain_name = (first..=last).all(|k| {
        // (`BREAKING`, `EXCLUSIVE`: a shouted label; `AP` may credit.)
        let shouted = t.s(k).len() > 3 && crate::segment::is_all_capitals(t.s(k));
        // (`Jo Lane Backs Ed Moss: …` credits what she backs.)
        let minor = t.has(k, crate::lexicon::FUNCTION)
            || t.has(k, crate::lexicon::DETERMINER)
            || t.has(k, crate::lexicon::CUE);
        t.toks[k].kind == TokKind::Word && t.toks[k].is(crate::tokens::CAP) && !minor && !shouted
    });
    if !plain_name
        || t.in_list(first, List::FurnitureLabel)
        || t.in_list(last, List::EvidenceNoun)
        || a >= hi
        || hi - a > MAX_HEADLINE_WORDS
        || t.is_text(hi - 1, "?")
    {
        return false;
    }
    // A clause: a finite verb, found in a headline's capitals too (`Trump
    // Is Right`, `Voters Won’t Wait`).
    let aux = List::Auxiliary.bit() | List::FiniteBe.bit();
    let clause = super::phrases::finite_clause(ctx, a, hi)
        || (a..hi).any(|k| {
            t.toks[k].kind == TokKind::Word
                && (t.lists_at(k) & aux != 0 || t.s(k).ends_with("n’t") || t.s(k).ends_with("n't"))
        });
    if !clause {
        return false;
    }
    // The name comes back after the line (its last word, as written).
    let p = t.toks[first].para;
    let word = t.bytes(last);
    let from = (hi..t.toks.len())
        .find(|&k| t.toks[k].para != p)
        .unwrap_or(t.toks.len());
    (from..t.toks.len().min(from + MAX_HEADLINE_ECHO)).any(|k| t.bytes(k) == word)
}

/// `Jo Roe: ‘We will win’`: a headline crediting a name with a colon.
fn headline_label(ctx: &Ctx, a: usize, hi: usize) -> Option<Mention> {
    let t = &ctx.t;
    let m = t.np_starting_at(a, hi)?;
    let colon = m.last.as_usize() + 1;
    let ok = m.kind == MentionKind::Name
        && colon < hi
        && t.is_text(colon, ":")
        // A titled name, or a name crediting a quotation (`Jo Roe: ‘…’`):
        // `South Carolina: names…` is a list, not speech.
        && (m.gender != 0
            || (colon + 1 < hi && t.toks[colon + 1].kind == TokKind::QuoteChar)
            || credit_headline(ctx, &m, colon + 1, hi))
        && (colon + 1..hi)
            .filter(|&i| t.toks[i].kind == TokKind::Word)
            .take(3)
            .count()
            >= 3;
    ok.then_some(m)
}
