//! Stage 4: attribution — binding quotations and reported clauses to cues
//! and speakers.
//!
//! Every rule is a function and a row of the rulebook, [`rules::RULES`],
//! which fixes the order rules are tried in and holds each rule's
//! confidence and examples. The rule functions live by family:
//! - [`cue`]: a cue inside a sentence (`“Q,” she said`, `she said
//!   CLAUSE`, `according to X, CLAUSE`), and what follows a fired one
//!   (`“Q1,” she said, “Q2”`);
//! - [`punct`]: a colon or dash credit, a fronted `Asked`;
//! - [`paragraph`]: transcript labels, and quotations without a cue in
//!   their sentence (continued paragraphs, colon headers, unattributed
//!   blocks).
//!
//! [`engine`] finds where rules are tried and runs them; [`site`] holds
//! what the rules of one cue share; [`phrases`] the phrase finders they
//! all use. Every [`Attribution`] records its [`RuleId`] and a confidence.
//! Speakers are left as mentions here; [`crate::resolve`] turns them into
//! entities.

mod cue;
mod engine;
mod frames;
mod paragraph;
mod phrases;
mod punct;
mod rules;
mod site;

pub(crate) use engine::is_byline;

use crate::mentions::Mention;
use crate::model::{Act, QuoteKind, RuleId};
use crate::scan::QuoteIdx;
use crate::scan::{MarkStyle, Quotation};
use crate::segment::Segments;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokens::{ParaIdx, TokIdx, Toks};

/// One attribution, before speaker resolution.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Attribution {
    pub kind: QuoteKind,
    pub content: Span,
    pub speaker: Option<Mention>,
    pub cue: Option<Span>,
    pub rule: RuleId,
    pub confidence: f32,
    pub style: Option<MarkStyle>,
    /// What it attributes (speech unless a cue of thought or evidence).
    pub act: Act,
    /// Paragraph of the content's start and end.
    pub para: ParaIdx,
    pub last_para: ParaIdx,
}

/// Everything the rules read: tokens, paragraphs, sentences, quotations.
pub(crate) struct Ctx<'a> {
    pub t: Toks<'a>,
    pub seg: &'a Segments,
    pub quotes: &'a [Quotation],
    /// Indices into `quotes` of the top-level quotations, by start.
    pub top: &'a [QuoteIdx],
    /// For a token that opens (or reopens) a top-level quotation (flagged
    /// `tokens::OPENS`), its index into `quotes`; read at no other token
    /// (see [`Ctx::quote_opening_at`]).
    pub quote_at: &'a [QuoteIdx],
    /// For such a token, one past the quotation's last token in its
    /// paragraph (see [`Ctx::quote_end_at`]). (`quotes`, `top`, `quote_at`
    /// and `quote_end` are the lists of the scanner's
    /// [`crate::scan::QuoteIndex`].)
    pub quote_end: &'a [TokIdx],
    pub sentences: &'a [Sentence],
    /// The acts to report, by [`Act`] number.
    pub acts: [bool; 3],
}

impl Ctx<'_> {
    /// Whether the attributor reports `act`.
    pub fn wants(&self, act: Act) -> bool {
        self.acts[act as usize]
    }

    /// Whether the attributor reports more than speech (the wider scope).
    pub fn wide(&self) -> bool {
        self.wants(Act::Thought) || self.wants(Act::Evidence)
    }

    /// Whether the attributor reports what a cue verb of `act` reports:
    /// its public act is wanted, and a verb of a topic (`talked about`)
    /// reports in the wider scope only.
    pub fn reports(&self, act: crate::lexicon::Act) -> bool {
        self.wants(act.public()) && (!act.wide_only() || self.wide())
    }
}

impl Ctx<'_> {
    /// The top-level quotation whose closing mark is the token before `i`
    /// (skipping at most one comma or colon), if any.
    pub fn quote_ending_before(&self, i: usize, lo: usize) -> Option<QuoteIdx> {
        let mut j = i;
        if j > lo && (self.t.is_text(j - 1, ",") || self.t.is_text(j - 1, ":")) {
            j -= 1;
        }
        // A closed quotation ends with its closing mark: most tokens are
        // none, and need no search.
        if j == 0 || self.t.toks[j - 1].kind != crate::tokens::TokKind::QuoteChar {
            return None;
        }
        let j = TokIdx::new(j);
        let k = self.top.partition_point(|&q| self.quotes[q].end_tok < j);
        let &q = self.top.get(k)?;
        let qq = &self.quotes[q];
        (qq.end_tok == j && qq.close.is_some() && qq.open.as_usize() >= lo).then_some(q)
    }

    /// The top-level quotation opening at token `i`, if any.
    pub fn quote_opening_at(&self, i: usize) -> Option<QuoteIdx> {
        // The token's flag first: it is at hand, and few tokens open one.
        match self.t.toks.get(i) {
            Some(t) if t.is(crate::tokens::OPENS) => Some(self.quote_at[i]),
            _ => None,
        }
    }

    /// Whether token `i` opens (or reopens) a top-level quotation.
    #[inline]
    pub fn opens_quote(&self, i: usize) -> bool {
        self.t
            .toks
            .get(i)
            .is_some_and(|t| t.is(crate::tokens::OPENS))
    }

    /// For token `i` that opens (or reopens) a top-level quotation, one
    /// past the quotation's last token in `i`'s paragraph, as the scanner
    /// recorded it ([`QuoteIndex::end_at`](crate::scan::QuoteIndex)).
    pub fn quote_end_at(&self, i: usize) -> usize {
        debug_assert!(self.t.toks[i].is(crate::tokens::OPENS));
        self.quote_end[i].as_usize()
    }
}

/// Working lists of the rules, kept from text to text so that they are
/// allocated once per thread rather than once per sentence or paragraph.
#[derive(Default)]
pub(crate) struct Scratch {
    sentence: engine::Scratch,
    /// The attributions of each paragraph, by index into the output.
    by_para: Vec<Vec<usize>>,
    /// The paragraphs that report nothing but their turn, in order, with
    /// the turn's content.
    muted: Vec<(Span, Option<Span>)>,
}

/// Runs every rule over the text and returns attributions sorted by start.
pub(crate) fn attribute(ctx: &Ctx, scratch: &mut Scratch, out: &mut Vec<Attribution>) {
    out.clear();
    let mut claimed = vec![false; ctx.quotes.len()];
    // Titles of works are no one's words: no rule takes them.
    for &q in ctx.top {
        if is_title_of_work(ctx, q) {
            claimed[q] = true;
        }
    }
    for si in 0..ctx.sentences.len() {
        engine::sentence(ctx, si, &mut claimed, &mut scratch.sentence, out);
    }
    // One list per paragraph, emptied (their capacity stays).
    let n = ctx.seg.paragraphs.len();
    for list in scratch.by_para.iter_mut().take(n) {
        list.clear();
    }
    scratch
        .by_para
        .resize_with(n.max(scratch.by_para.len()), Vec::new);
    scratch.muted.clear();
    engine::paragraphs(
        ctx,
        &mut claimed,
        &mut scratch.by_para[..n],
        &mut scratch.muted,
        out,
    );
    sort_by_content(out);
    out.dedup_by(|b, a| a.content == b.content);
    drop_nested(out, &scratch.muted);
}

/// The most words of a title of a work in quotation marks.
const MAX_TITLE_WORDS: usize = 12;

/// The most words of a heading in quotation marks standing alone.
const MAX_HEADING_WORDS: usize = 8;

/// Whether quotation `q` is the title of a work: closed, of at most
/// [`MAX_TITLE_WORDS`] words, every word capitalised but the small ones
/// (`of`, `the`, …), not ending in `!` or `?`, and right after `of`, a
/// noun of a work or `titled` (a comma between), `on`, or a name's
/// possessive: `the author of “Losing the Coast”`, `in her 2015 book,
/// “The Salt Road.”`, `on Radio Vell’s “Morning Call,”`; or a heading, of
/// two to [`MAX_HEADING_WORDS`] words, that is its paragraph.
fn is_title_of_work(ctx: &Ctx, q: QuoteIdx) -> bool {
    let t = &ctx.t;
    let quote = &ctx.quotes[q];
    let (open, Some(close)) = (quote.open.as_usize(), quote.close) else {
        return false;
    };
    let close = close.as_usize();
    if close <= open + 1 || close - open > MAX_TITLE_WORDS * 2 + 2 {
        return false;
    }
    // (Or a heading: a short quotation that is its paragraph, `‘All Bets
    // Are Off.’`.)
    let para = &ctx.seg.paragraphs[t.toks[open].para.as_usize()].tokens;
    let heading = open == para.start
        && phrases::only_punct(ctx, quote.end_tok.as_usize(), para.end)
        && close - open <= MAX_HEADING_WORDS * 2 + 2;
    if !heading {
        if open == 0 {
            return false;
        }
        let mut before = open - 1;
        if before > 0 && t.is_text(before, ",") {
            before -= 1;
        }
        // (A show's after its network's possessive, or after `on`: `on
        // CBS’s “Face the Nation,”`.)
        let owner = t.toks[before].kind == crate::tokens::TokKind::Possessive
            && before > 0
            && t.toks[before - 1].is(crate::tokens::CAP);
        if !owner
            && (!t.word(before)
                || !(t.is_text(before, "of")
                    || t.is_text(before, "on")
                    || t.in_list(before, crate::lexicon::List::WorkNoun)))
        {
            return false;
        }
    }
    let mut words = 0;
    for k in open + 1..close {
        if t.word(k) {
            words += 1;
            let cap = t.toks[k].is(crate::tokens::CAP) || t.toks[k].is(crate::tokens::DIGIT);
            let small = k > open + 1 && t.has(k, crate::lexicon::FUNCTION);
            if !(cap || small) {
                return false;
            }
        } else if matches!(t.s(k), "!" | "?") {
            return false;
        }
    }
    (1..=MAX_TITLE_WORDS).contains(&words) && (!heading || (2..=MAX_HEADING_WORDS).contains(&words))
}

/// Drops what a direct quotation or a muted paragraph (a transcript's
/// turn) already holds: `MINISTER: We said the plan would work.` is one
/// quotation, not also the reported `the plan would work`. `out` is sorted
/// by content and `muted` by position, so one pass does it.
fn drop_nested(out: &mut Vec<Attribution>, muted: &[(Span, Option<Span>)]) {
    let mut cover: Option<Span> = None;
    let mut m = 0;
    out.retain(|a| {
        let c = a.content;
        while m < muted.len() && muted[m].0.end() <= c.start() {
            m += 1;
        }
        // (A muted paragraph reports at most its turn: the attribution
        // kept of those with the turn's content.)
        let in_muted = muted.get(m).is_some_and(|&(s, turn)| {
            s.start() <= c.start() && c.end() <= s.end() && turn != Some(c)
        });
        let inside = cover.is_some_and(|d| c.end() <= d.end());
        if in_muted || inside {
            return false;
        }
        if a.kind == QuoteKind::Direct && cover.is_none_or(|d| c.end() > d.end()) {
            cover = Some(c);
        }
        true
    });
}

/// Sorts attributions by content span, equal spans in their present order
/// (the first of them is the one kept). An attribution is over a hundred
/// bytes: rather than move them around as a sort does, this sorts their
/// keys, then moves each once.
fn sort_by_content(out: &mut Vec<Attribution>) {
    let key = |a: &Attribution| (a.content.start(), a.content.end());
    if out.is_sorted_by_key(key) {
        return;
    }
    // Offsets fit in 32 bits (the pipeline parses at most 4 GiB); with the
    // index last, the keys are distinct, so an unstable sort keeps equal
    // spans in order.
    let mut order: Vec<(u64, u32)> = out
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let (start, end) = key(a);
            ((start as u64) << 32 | end as u64, k as u32)
        })
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Attribution>> = out.drain(..).map(Some).collect();
    out.extend(order.iter().filter_map(|&(_, k)| slots[k as usize].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, text, speaker mention) of every quotation of `text`.
    fn quotes(text: &str) -> Vec<(QuoteKind, String, Option<String>)> {
        crate::parse(text)
            .quotes()
            .iter()
            .map(|q| {
                let speaker = q.speaker().map(|s| s.mention().text().to_string());
                (q.kind(), q.text().to_string(), speaker)
            })
            .collect()
    }

    #[test]
    fn nothing_is_reported_inside_a_turn() {
        let direct =
            |text: &str, who: &str| (QuoteKind::Direct, text.to_string(), Some(who.to_string()));
        assert_eq!(
            quotes("MINISTER: We said the plan would work.\n\nQ: Did it?"),
            [direct("We said the plan would work.", "MINISTER")]
        );
        assert_eq!(
            quotes("Q: Did you say the plant would close?\n\nROE: I did, and it will."),
            [direct("I did, and it will.", "ROE")]
        );
    }

    #[test]
    fn page_furniture_reports_nothing() {
        assert!(quotes("READ MORE: Mayor says the budget is balanced").is_empty());
        assert!(quotes("Related: Council says the road will reopen.").is_empty());
        assert!(quotes(
            "LOOK: Mayor says the storm was the worst in years.\n\nQ: Was it?\n\nA: Yes."
        )
        .iter()
        .all(|(_, text, _)| !text.contains("storm")));
        assert_eq!(
            quotes("Firm announces new plant\n\nThe firm said the plant would open in May."),
            [(
                QuoteKind::Indirect,
                "the plant would open in May".to_string(),
                Some("The firm".to_string())
            )]
        );
        // A line that ends a sentence is no headline.
        assert_eq!(quotes("The firm said it would hire.").len(), 1);
        // Nor is a line of hard-wrapped text.
        assert_eq!(
            quotes("The firm said it would hire\nmore staff next year.").len(),
            1
        );
    }

    #[test]
    fn a_colon_credit_is_one_quotation() {
        assert_eq!(
            quotes("Smith: “We will win.”"),
            [(
                QuoteKind::Direct,
                "We will win.".to_string(),
                Some("Smith".to_string())
            )]
        );
    }

    proptest::proptest! {
        #[test]
        fn sorting_by_content_is_a_stable_sort(
            spans in proptest::collection::vec((0usize..20, 0usize..5), 0..60),
        ) {
            let make = |k: usize, (start, len): (usize, usize)| Attribution {
                kind: QuoteKind::Indirect,
                content: Span::new(start, start + len),
                speaker: None,
                cue: None,
                rule: RuleId::NameSaidClause,
                // Tells equal spans apart.
                confidence: k as f32,
                style: None,
                act: Act::Speech,
                para: ParaIdx::new(0),
                last_para: ParaIdx::new(0),
            };
            let mut fast: Vec<Attribution> =
                spans.iter().enumerate().map(|(k, &s)| make(k, s)).collect();
            let mut stable = fast.clone();
            stable.sort_by_key(|a| (a.content.start(), a.content.end()));
            sort_by_content(&mut fast);
            proptest::prop_assert_eq!(fast, stable);
        }
    }
}
