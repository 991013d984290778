//! Output is the same in any context: the quotations a text yields do not
//! depend on what stands before or after it, nor on where the parser cuts
//! the whole into chunks.
//!
//! - The reference article placed at every offset class around a chunk
//!   boundary (64 KiB): wholly before it, ending on it, starting on it,
//!   straddling it, after it; with each style of quotation marks.
//! - As a property, in `tests/properties.rs`
//!   (`a_text_keeps_its_quotations_whatever_follows`): for news-like texts
//!   A and B, the quotations of `A + "\n\n" + B` that lie in A are those of
//!   A alone, when no quotation crosses from A into B.

mod common;

use quote_attribution::{parse, Document, QuoteKind};

const ARTICLE: &str = include_str!("corpus/perth-security-accord.txt");

/// The chunk length the parser aims at.
const CHUNK: usize = 64 * 1024;

/// What must not change with the context of a quotation: kind, span
/// (shifted by `shift`), rule, cue span, speaker mention span, confidence.
type Key = (
    QuoteKind,
    usize,
    usize,
    String,
    Option<(usize, usize)>,
    Option<(usize, usize)>,
    u32,
);

fn keys(doc: &Document<'_>, shift: usize, within: std::ops::Range<usize>) -> Vec<Key> {
    let at = |s: quote_attribution::Span| (s.start() - shift, s.end() - shift);
    doc.quotes()
        .iter()
        .filter(|q| within.contains(&q.span().start()))
        .map(|q| {
            (
                q.kind(),
                q.span().start() - shift,
                q.span().end() - shift,
                q.rule().to_string(),
                q.cue().map(|c| at(c.span())),
                q.speaker().map(|s| at(s.mention().span())),
                q.confidence().to_bits(),
            )
        })
        .collect()
}

/// Paragraphs of narration with nothing to attribute: no quotation mark,
/// no name, no reporting verb.
fn filler(len: usize) -> String {
    let line = "the harbour budget was discussed again at length and nothing was decided.\n";
    let mut s = line.repeat(len / line.len());
    // Exactly `len` bytes, ending a paragraph.
    while s.len() + 1 < len {
        s.insert(0, 'x');
    }
    if s.len() < len {
        s.insert(0, '\n');
    }
    assert_eq!(s.len(), len);
    s
}

/// The article with its curly double marks in another style (`open`,
/// `close`), and apostrophes kept.
fn restyled(open: &str, close: &str) -> String {
    ARTICLE.replace('“', open).replace('”', close)
}

#[test]
fn the_article_gives_the_same_quotations_at_every_offset_around_a_chunk_boundary() {
    let mut failures = Vec::new();
    for (open, close) in [
        ("“", "”"),
        ("«", "»"),
        ("\"", "\""),
        ("„", "“"),
        ("‹", "›"),
        ("‘", "’"),
    ] {
        let article = restyled(open, close);
        let alone = parse(&article);
        let want = keys(&alone, 0, 0..article.len());
        assert!(want.len() >= 10, "{open}: {}", want.len());
        let len = article.len();
        // Where the article starts: before the boundary (it ends before,
        // on, or after it), on it, and after it.
        // A chunk ends at the first line break at or after the boundary
        // (before a paragraph that opens no quotation): one start for each
        // line break of the article that can fall on the boundary.
        let breaks = article
            .match_indices('\n')
            .map(|(i, _)| CHUNK - i)
            .filter(|&s| s > 0);
        let starts = [
            CHUNK - len - 100,
            CHUNK - len,
            CHUNK - len + 1,
            CHUNK - len / 2,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            CHUNK + 100,
        ];
        for start in starts.into_iter().chain(breaks) {
            let text = filler(start) + &article + "\n" + &filler(CHUNK);
            let doc = parse(&text);
            common::check_document(&text, &doc);
            let got = keys(&doc, start, start..start + len);
            if got != want {
                failures.push(format!(
                    "{open}{close} at {start}: {} quotations alone, {} here; first difference {:?}",
                    want.len(),
                    got.len(),
                    want.iter().zip(&got).find(|(a, b)| a != b)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
