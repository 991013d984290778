//! Runs the stages in order over a text, chunk by chunk.
//!
//! ```text
//! segment ─▶ scan (marks, pairs) ─▶ sentences ─▶ cues + mentions ─▶ attribute ─▶ resolve
//! ```
//!
//! Long texts are cut into chunks of about [`CHUNK_LEN`] bytes at paragraph
//! breaks that no quotation crosses, so the per-token working memory stays
//! bounded whatever the input size; scratch buffers are reused across
//! chunks. Speaker resolution then runs once over the whole document.

use crate::attribute::{attribute, Attribution, Ctx};
use crate::mentions::{add_titles, MentionKind, Toks};
use crate::model::Document;
use crate::options::Attributor;
use crate::resolve::{resolve, NameMention};
use crate::scan::{pair, Quotation};
use crate::segment::{segment, sentences, Segments, Sentence, TokKind};

/// The longest text parsed: offsets are stored in `u32`.
pub(crate) const MAX_TEXT_LEN: usize = u32::MAX as usize;

/// Target chunk length in bytes.
pub(crate) const CHUNK_LEN: usize = 64 * 1024;

/// Scratch buffers for one chunk, reused across chunks.
#[derive(Default)]
struct Scratch {
    seg: Segments,
    quotes: Vec<Quotation>,
    top: Vec<u32>,
    quote_at: Vec<u32>,
    quote_end: Vec<u32>,
    sentences: Vec<Sentence>,
    attributions: Vec<Attribution>,
    rules: crate::attribute::Scratch,
}

thread_local! {
    /// Each thread keeps its scratch buffers between texts, so parsing many
    /// short texts does not allocate them again and again.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Runs `f` with this thread's scratch buffers (fresh ones if they are in
/// use, which cannot happen unless a parse re-enters itself).
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => f(&mut sc),
        Err(_) => f(&mut Scratch::default()),
    })
}

/// The end of the chunk starting at `start`: the first line break at or
/// after `start + CHUNK_LEN` whose next line does not open with a mark (so
/// no continued quotation is cut), or the text end.
fn chunk_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start + CHUNK_LEN;
    while i < bytes.len() {
        // Text without line breaks is cut at a sentence end instead, so
        // working memory stays bounded.
        let window = (i + CHUNK_LEN).min(bytes.len());
        match bytes[i..window].iter().position(|&b| b == b'\n') {
            None if window == bytes.len() => return bytes.len(),
            None => match crate::segment::sentence_break(text, i, window) {
                Some(k) => return k,
                None => i = window,
            },
            Some(p) => {
                let nl = i + p;
                let next = text[nl + 1..].trim_start();
                let opens_with_mark = next.starts_with(['"', '\'', '“', '‘', '«', '„', '`']);
                if !opens_with_mark {
                    return nl + 1;
                }
                i = nl + 1;
            }
        }
    }
    bytes.len()
}

/// Parses `text` with `attributor`'s options.
pub(crate) fn run<'a>(attributor: &Attributor, full_text: &'a str) -> Document<'a> {
    // Offsets are stored in `u32`: a longer text is parsed up to the last
    // character boundary below 4 GiB (`Attributor::parse` refuses it).
    let mut cut = full_text.len().min(MAX_TEXT_LEN);
    while !full_text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &full_text[..cut];
    let mut all: Vec<Attribution> = Vec::new();
    let mut names: Vec<NameMention> = Vec::new();
    with_scratch(|sc| {
        let mut start = 0;
        while start < text.len() {
            let end = chunk_end(text, start);
            run_chunk(attributor, text, start..end, sc, &mut names);
            all.append(&mut sc.attributions);
            start = end;
        }
    });
    let (mut quotes, speakers) = resolve(text, &all, names);
    quotes.retain(|q| attributor.wants(q.kind) && q.confidence >= attributor.min_confidence);
    Document {
        text: full_text,
        quotes,
        speakers,
    }
}

// Out of line so that profiles show this stage on its own.
#[inline(never)]
fn run_chunk(
    attributor: &Attributor,
    text: &str,
    range: std::ops::Range<usize>,
    sc: &mut Scratch,
    names: &mut Vec<NameMention>,
) {
    let (chunk, base) = (&text[range.clone()], range.start);
    segment(text, range, &mut sc.seg);
    pair(chunk, base, &sc.seg, &mut sc.quotes);
    if let Some(styles) = &attributor.styles {
        sc.quotes.retain(|q| styles.contains(&q.style));
    }
    // Top-level quotations: atomic units for sentences and rules.
    // `quote_at` and `quote_end` are read only at tokens flagged
    // `OPENS`, and written at every one of those below, so they are not
    // cleared: entries left from an earlier chunk are never read.
    let n = sc.seg.tokens.len();
    sc.top.clear();
    if sc.quote_at.len() < n {
        sc.quote_at.resize(n, u32::MAX);
        sc.quote_end.resize(n, u32::MAX);
    }
    let mut covered_to = 0u32;
    for (qi, q) in sc.quotes.iter().enumerate() {
        if q.open < covered_to {
            continue; // nested
        }
        covered_to = q.end_tok;
        sc.top.push(qi as u32);
        for &o in std::iter::once(&q.open).chain(q.reopens.iter()) {
            let para = &sc.seg.paragraphs[sc.seg.tokens[o as usize].para as usize];
            sc.quote_at[o as usize] = qi as u32;
            sc.seg.tokens[o as usize].flags |= crate::segment::OPENS;
            sc.quote_end[o as usize] = q.end_tok.min(para.tokens.end as u32);
        }
    }
    sentences(chunk, base, &sc.seg, &sc.quote_end, &mut sc.sentences);
    add_titles(chunk, base, &mut sc.seg.tokens, &attributor.titles);
    let ctx = Ctx {
        t: Toks {
            text: chunk,
            base,
            toks: &sc.seg.tokens,
        },
        seg: &sc.seg,
        quotes: &sc.quotes,
        top: &sc.top,
        quote_at: &sc.quote_at,
        sentences: &sc.sentences,
        table: attributor.table.as_deref(),
    };
    attribute(&ctx, &mut sc.rules, &mut sc.attributions);
    collect_names(&ctx, names);
}

/// Every name in narration (outside quotations), for resolution.
// Out of line so that profiles show this stage on its own.
#[inline(never)]
fn collect_names(ctx: &Ctx, names: &mut Vec<NameMention>) {
    use crate::lexicon::{CALENDAR_WORD, FUNCTION};
    use crate::segment::{CAP, OPENS};
    let t = &ctx.t;
    for s in ctx.sentences {
        let mut i = s.tokens.start;
        // No content word yet: a name here is a likely subject.
        let mut first = true;
        while i < s.tokens.end {
            // Step over the tokens that neither open a quotation nor may
            // start a name, testing only their bits. A name starts at a
            // capitalised word that is no function word (`But`, `The`:
            // `The White House` is found from `White`'s side by the rules
            // that need it). (`&` and `|` rather than `&&` and `||`: one
            // branch, not several hard-to-predict ones.)
            let from = i;
            let rest = &t.toks[i..s.tokens.end];
            i += rest
                .iter()
                .position(|tk| {
                    let name_start = tk.is(CAP) & (tk.lex & (FUNCTION | CALENDAR_WORD) == 0);
                    tk.is(OPENS) | name_start
                })
                .unwrap_or(rest.len());
            // Until its first name or quotation, a sentence's first
            // content word is still to come if only conjunctions, adverbs
            // and punctuation were stepped over (`But`, `So`).
            if first {
                first = t.toks[from..i]
                    .iter()
                    .all(|tk| (tk.kind != TokKind::Word) | (tk.lex & FUNCTION != 0));
            }
            if i == s.tokens.end {
                break;
            }
            if let Some(q) = ctx.quote_opening_at(i) {
                i = ctx.quote_end_in_para(q, i).max(i + 1);
            } else {
                match t.np_starting_at(i, s.tokens.end) {
                    Some(m) if m.kind == MentionKind::Name => {
                        names.extend(NameMention::new(&m, first, t));
                        i = m.last as usize + 1;
                    }
                    // A capitalised word that starts no name is a content
                    // word all the same.
                    _ => i += 1,
                }
            }
            first = false;
        }
    }
}
