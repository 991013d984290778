//! A mutation fuzzer that runs on stable Rust: proptest mutates the
//! reference article (byte flips, quotation marks of every style inserted
//! and deleted, line breaks removed, random Unicode inserted, pieces of the
//! text copied elsewhere) and every output is checked for every invariant:
//!
//! - no panic; invalid UTF-8 is a typed error at the first bad byte;
//! - every span in bounds, on char boundaries, where its text is
//!   (`tests/common`);
//! - no empty quotation, and no direct quotation whose text starts or ends
//!   with a mark of its own style;
//! - no two quotations of one kind overlap (nothing declares nesting);
//! - every speaker is the speaker of some quotation;
//! - the JSON of the document round-trips (parsed, printed and parsed
//!   again, the same value; each quotation's text and span as the
//!   document has them).
//!
//! `cargo test` runs a short version (`QA_FUZZ_CASES`, default 256). For a
//! long run, on other inputs each time:
//!
//! ```sh
//! QA_FUZZ_CASES=7000000 QA_PROPTEST_SEED=random cargo test --release --test fuzz
//! ```
//!
//! (about an hour on one core of this project's machine: 100,000 cases
//! take 51 s). A failure prints the shrunk list of mutations.

mod common;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use quote_attribution::{parse, parse_bytes, Document, ErrorKind, MarkStyle, QuoteKind};

const ARTICLE: &str = include_str!("corpus/perth-security-accord.txt");

/// Every mark of every style (and the two-character straight ones).
const MARKS: &[&str] = &[
    "“", "”", "„", "‟", "\"", "''", "``", "‘", "’", "‚", "‛", "'", "«", "»", "‹", "›", "`",
];

fn config() -> ProptestConfig {
    let cases = std::env::var("QA_FUZZ_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(256);
    let rng_seed = match std::env::var("QA_PROPTEST_SEED") {
        Ok(v) if v.trim() == "random" => RngSeed::Random,
        Ok(v) => RngSeed::Fixed(v.trim().parse().expect("QA_PROPTEST_SEED is a number")),
        Err(_) => RngSeed::Fixed(0xf022),
    };
    ProptestConfig {
        cases,
        rng_seed,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// One mutation; positions are fractions of the current length (in
/// 1/65536), so that a mutation means something at any length.
#[derive(Clone, Debug)]
enum Mutation {
    FlipBit(u16, u8),
    InsertMark(u16, usize),
    DeleteMark(u16),
    RemoveNewline(u16),
    InsertChar(u16, char),
    Copy(u16, u16, u16),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (any::<u16>(), 0..8u8).prop_map(|(p, b)| Mutation::FlipBit(p, b)),
        4 => (any::<u16>(), 0..MARKS.len()).prop_map(|(p, m)| Mutation::InsertMark(p, m)),
        3 => any::<u16>().prop_map(Mutation::DeleteMark),
        2 => any::<u16>().prop_map(Mutation::RemoveNewline),
        2 => (any::<u16>(), any::<char>()).prop_map(|(p, c)| Mutation::InsertChar(p, c)),
        1 => (any::<u16>(), any::<u16>(), any::<u16>()).prop_map(|(a, b, c)| Mutation::Copy(a, b, c)),
    ]
}

/// The byte at fraction `p` of `bytes`, moved back to a char boundary when
/// the bytes are UTF-8 there.
fn at(bytes: &[u8], p: u16) -> usize {
    let mut i = bytes.len() * usize::from(p) / 65536;
    while i > 0 && i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

/// The `k`-th occurrence (from fraction `p`, wrapping) of a byte sequence
/// that `pick` accepts at a position, and its length.
fn find_from(bytes: &[u8], p: u16, pick: impl Fn(&[u8]) -> usize) -> Option<(usize, usize)> {
    let from = at(bytes, p);
    (from..bytes.len())
        .chain(0..from)
        .find_map(|i| Some((i, pick(&bytes[i..]))).filter(|&(_, n)| n > 0))
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    match *m {
        Mutation::FlipBit(p, b) => {
            if !bytes.is_empty() {
                let i = (bytes.len() * usize::from(p) / 65536).min(bytes.len() - 1);
                bytes[i] ^= 1 << b;
            }
        }
        Mutation::InsertMark(p, k) => {
            let i = at(bytes, p);
            bytes.splice(i..i, MARKS[k].bytes());
        }
        Mutation::DeleteMark(p) => {
            let mark_len = |rest: &[u8]| {
                MARKS
                    .iter()
                    .find(|m| rest.starts_with(m.as_bytes()))
                    .map_or(0, |m| m.len())
            };
            if let Some((i, n)) = find_from(bytes, p, mark_len) {
                bytes.drain(i..i + n);
            }
        }
        Mutation::RemoveNewline(p) => {
            if let Some((i, _)) = find_from(bytes, p, |r| usize::from(r[0] == b'\n')) {
                bytes.remove(i);
            }
        }
        Mutation::InsertChar(p, c) => {
            let i = at(bytes, p);
            let mut buf = [0; 4];
            bytes.splice(i..i, c.encode_utf8(&mut buf).bytes());
        }
        Mutation::Copy(a, b, to) => {
            let (x, y) = (at(bytes, a), at(bytes, b));
            let (x, y) = (x.min(y), x.max(y).min(x.min(y) + 2048));
            let piece = bytes[x..y].to_vec();
            let i = at(bytes, to);
            bytes.splice(i..i, piece);
        }
    }
}

/// Every invariant of the module doc on the parse of `text`.
fn check(text: &str, doc: &Document<'_>) {
    common::check_document(text, doc);
    for q in doc.quotes() {
        let t = q.text().trim();
        assert!(!t.is_empty(), "empty quotation at {:?}", q.span());
        if let (QuoteKind::Direct, Some(style)) = (q.kind(), q.mark_style()) {
            let own = |c: Option<char>| c.is_some_and(|c| is_mark_of(style, c));
            // A final apostrophe after a letter (`‘the students’’`) is no
            // mark.
            let mut end = t.chars().rev();
            let (last, before) = (end.next(), end.next());
            let apostrophe =
                matches!(last, Some('’' | '\'')) && before.is_some_and(char::is_alphanumeric);
            assert!(
                !own(t.chars().next()) && (apostrophe || !own(last)),
                "direct quotation {:?} starts or ends with a {style:?} mark: {:?} … {:?}",
                q.span(),
                t.chars().take(30).collect::<String>(),
                t.chars()
                    .rev()
                    .take(30)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<String>()
            );
        }
    }
    // JSON: printed and parsed, printed and parsed again: the same value;
    // and what it says of each quotation is what the document says.
    let json = serde_json::to_string(doc).expect("serializes");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let again: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(&value).expect("serializes"))
            .expect("valid JSON");
    assert!(again == value, "the JSON does not round-trip");
    let quotes = value["quotes"].as_array().expect("a list of quotations");
    assert_eq!(quotes.len(), doc.quotes().len());
    for (v, q) in quotes.iter().zip(doc.quotes()) {
        assert_eq!(v["text"].as_str(), Some(q.text()));
        assert_eq!(v["span"]["start"].as_u64(), Some(q.span().start() as u64));
        assert_eq!(v["span"]["end"].as_u64(), Some(q.span().end() as u64));
    }
    assert_eq!(
        value["speakers"].as_array().map(Vec::len),
        Some(doc.speakers().len())
    );
}

fn is_mark_of(style: MarkStyle, c: char) -> bool {
    match style {
        MarkStyle::CurlyDouble => matches!(c, '“' | '”' | '„' | '‟'),
        MarkStyle::StraightDouble => matches!(c, '"' | '`'),
        MarkStyle::CurlySingle => matches!(c, '‘' | '’' | '‚' | '‛'),
        MarkStyle::StraightSingle => c == '\'',
        MarkStyle::Guillemet => matches!(c, '«' | '»'),
        MarkStyle::SingleGuillemet => matches!(c, '‹' | '›'),
        _ => false,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_articles_keep_every_invariant(ms in prop::collection::vec(mutation(), 1..40)) {
        let mut bytes = ARTICLE.as_bytes().to_vec();
        for m in &ms {
            apply(&mut bytes, m);
        }
        match parse_bytes(&bytes) {
            Ok(doc) => check(doc.text(), &doc),
            Err(e) => {
                let valid = std::str::from_utf8(&bytes).map_err(|e| e.valid_up_to());
                prop_assert_eq!(e.into_kind(), ErrorKind::InvalidUtf8 { offset: valid.unwrap_err() });
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        check(&text, &parse(&text));
    }
}
