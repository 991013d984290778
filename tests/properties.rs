//! Property tests: whatever the input, parsing never panics, and its output
//! is well formed.
//!
//! For arbitrary Unicode strings and for generated news-like text (words,
//! names, titles, reporting verbs in several inflections, every kind of
//! quotation mark, apostrophes, punctuation, line breaks):
//!
//! - `parse` never panics;
//! - every span (quotation, speaker mention, cue, entity mentions and roles)
//!   is in bounds, on `char` boundaries, and slices to the reported text;
//! - quotations are sorted by start; confidences are in `[0, 1]`;
//! - the output is deterministic (parsing twice, or on several threads with
//!   `parse_many`, gives equal documents);
//! - the `kinds` and `min_confidence` options hold for every quotation.
//!
//! Case counts are modest by default so the suite stays fast in debug
//! builds. Set `QA_PROPTEST_CASES=N` to run N cases per property instead,
//! e.g. `QA_PROPTEST_CASES=20000 cargo test --release --test properties`.
//! The random seed is fixed so that runs are reproducible; set
//! `QA_PROPTEST_SEED=N` (a number) or `QA_PROPTEST_SEED=random` to explore
//! other inputs. A failure prints the shrunk (minimal) input.

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::RngSeed;
mod common;

use common::check_document;
use quote_attribution::{parse, Attributor, Document, QuoteKind};

/// The number of cases per property: `QA_PROPTEST_CASES` when set, else
/// `default`.
fn cases(default: u32) -> u32 {
    std::env::var("QA_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The seed: `QA_PROPTEST_SEED` (a number, or `random`), else a fixed one.
fn seed() -> RngSeed {
    match std::env::var("QA_PROPTEST_SEED") {
        Ok(v) if v.trim() == "random" => RngSeed::Random,
        Ok(v) => RngSeed::Fixed(
            v.trim()
                .parse()
                .expect("QA_PROPTEST_SEED is a number or `random`"),
        ),
        Err(_) => RngSeed::Fixed(0x5eed),
    }
}

fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        rng_seed: seed(),
        // Failures are reported with their shrunk input; no regression
        // files are written into the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Parses `text` twice and checks both results.
fn check(text: &str) {
    let a = parse(text);
    check_document(text, &a);
    let b = parse(text);
    assert_eq!(a, b, "parsing twice gave different documents");
}

// ---------------------------------------------------------------------
// Generators

const WORDS: &[&str] = &[
    "the",
    "talks",
    "had",
    "failed",
    "government",
    "plan",
    "would",
    "be",
    "important",
    "agreement",
    "was",
    "a",
    "response",
    "to",
    "an",
    "it",
    "we",
    "they",
    "officials",
    "minister",
    "on",
    "Monday",
    "in",
    "Perth",
    "security",
    "and",
    "that",
    "said",
    "not",
    "will",
    "hasn’t",
    "Japan’s",
    "don't",
    "it's",
    "we’re",
    "’90s",
    "rock ’n’ roll",
    "O'Brien",
    "students'",
    "Jones’",
    "of",
    "for",
    "is",
    "are",
    "very",
    "good",
    "news",
    "market",
    "Australia",
    "2050",
    "15-year-old",
    "U.S.",
    "e.g.",
    "—",
    "...",
    "…",
    "Ça",
    "naïve",
    "東京",
    "😀",
];
const NAMES: &[&str] = &[
    "Jane Roe",
    "Anthony Albanese",
    "Fumio Kishida",
    "Bryce Wakefield",
    "Mary-Jane O’Neill",
    "José Álvarez",
    "Zoë",
    "Smith",
    "Li Wei",
    "Ng",
    "JAXA",
    "the White House",
    "Reuters",
];
const TITLES: &[&str] = &[
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Mr.",
    "Prime Minister",
    "Senator",
    "Sen.",
    "President",
    "Professor",
    "expert",
    "spokeswoman",
    "Chief Executive",
];
const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "He",
    "She",
    "the spokesman",
    "officials",
    "a source",
    "the minister",
    "Some",
];
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told reporters",
    "tells",
    "telling",
    "added",
    "adds",
    "adding",
    "claimed",
    "claims",
    "warned",
    "warns",
    "insisted",
    "insists",
    "announced",
    "declared",
    "argued",
    "explained",
    "noted",
    "stated",
    "asked",
    "replied",
    "has said",
    "had told",
    "will say",
    "described",
    "according to",
    "wrote",
    "tweeted",
];
const MARKS: &[&str] = &[
    "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‚", "`", "``", "''", "‹", "›",
];
const PAIRS: &[(&str, &str)] = &[
    ("“", "”"),
    ("\"", "\""),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("« ", " »"),
    ("„", "“"),
    ("„", "”"),
    ("‚", "‘"),
    ("``", "''"),
    ("‹", "›"),
    ("“", "\""),
    ("”", "“"),
    ("“", ""),
    ("", "”"),
];
const PUNCT: &[&str] = &[
    ",", ".", ":", ";", " —", " – ", "-", "!", "?", " (", ")", "…", ", ", ". ",
];
const BREAKS: &[&str] = &[" ", " ", " ", " ", "", "\n", "\n\n", "\r\n", "\t", "  "];

fn clause() -> impl Strategy<Value = String> {
    prop::collection::vec(select(WORDS), 1..9).prop_map(|w| w.join(" "))
}

fn speaker() -> impl Strategy<Value = String> {
    prop_oneof![
        select(NAMES).prop_map(str::to_string),
        (select(TITLES), select(NAMES)).prop_map(|(t, n)| format!("{t} {n}")),
        select(PRONOUNS).prop_map(str::to_string),
        (select(NAMES), select(TITLES)).prop_map(|(n, t)| format!("{n}, {t} of the institute,")),
    ]
}

/// One sentence built on a common attribution pattern.
fn sentence() -> impl Strategy<Value = String> {
    (
        0..12usize,
        select(PAIRS),
        clause(),
        clause(),
        speaker(),
        select(VERBS),
        select(&["", ",", "."][..]),
    )
        .prop_map(|(t, (o, c), q1, q2, who, verb, p)| match t {
            0 => format!("{o}{q1}{p}{c} {who} {verb}."),
            1 => format!("{o}{q1}{p}{c} {verb} {who}."),
            2 => format!("{who} {verb}: {o}{q1}.{c}"),
            3 => format!("{who} {verb} {q1}."),
            4 => format!("{who} {verb} that {q1}, {o}{q2}{c}."),
            5 => format!("According to {who}, {q1}."),
            6 => format!("{o}{q1}.\n\n{o}{q2}.{c} {who} {verb}."),
            7 => format!("{o}{q1},{c} {who} {verb}, {o}{q2}.{c}"),
            8 => format!("{}: {q1}", who.to_uppercase()),
            9 => format!("{o}{q1}{c} — {who}"),
            10 => format!("{who} {verb}:\n{o}{q1}.{c}"),
            _ => format!("{q1}, {who} {verb}{p}"),
        })
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(WORDS).prop_map(str::to_string),
        2 => select(NAMES).prop_map(str::to_string),
        1 => select(TITLES).prop_map(str::to_string),
        2 => select(VERBS).prop_map(str::to_string),
        3 => select(MARKS).prop_map(str::to_string),
        2 => select(PUNCT).prop_map(str::to_string),
    ]
}

/// News-like text: attribution sentences and loose tokens, separated by
/// blanks, line breaks and blank lines.
fn news() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop_oneof![3 => sentence(), 2 => token()], select(BREAKS)),
        0..40,
    )
    .prop_map(|pieces| pieces.into_iter().map(|(p, b)| p + b).collect())
}

/// Strings over every `char`, control characters included.
fn any_chars() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(|v| v.into_iter().collect())
}

/// Strings dense in the characters the scanner looks at.
fn dense_chars() -> impl Strategy<Value = String> {
    let special: Vec<char> =
        "“”\"‘’'«»„‚‹›`   \n\n\r\t,.:;—–-!?()aeAEsaidhe\u{0}\u{feff}\u{200f}é東😀"
            .chars()
            .collect();
    prop::collection::vec(
        prop_oneof![4 => select(special), 1 => any::<char>()],
        0..300,
    )
    .prop_map(|v| v.into_iter().collect())
}

// ---------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_strings_parse_to_well_formed_documents(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn arbitrary_chars_parse_to_well_formed_documents(text in any_chars()) {
        check(&text);
    }

    #[test]
    fn quote_dense_strings_parse_to_well_formed_documents(text in dense_chars()) {
        check(&text);
    }
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn news_like_text_parses_to_well_formed_documents(text in news()) {
        check(&text);
    }

    #[test]
    fn parse_many_agrees_with_parse(a in news(), b in news()) {
        let texts = [a.as_str(), b.as_str(), a.as_str()];
        let many = Attributor::new().parse_many(&texts, 3);
        prop_assert_eq!(many.len(), 3);
        for (text, doc) in texts.iter().zip(many) {
            let doc = doc.expect("no input limit");
            prop_assert_eq!(&doc, &parse(text));
        }
    }

    #[test]
    fn options_hold_for_every_quotation(text in news(), min in 0.0f32..=1.0, kind in 0..3usize) {
        let kind = [QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect][kind];
        let a = Attributor::builder().kinds(&[kind]).min_confidence(min).build().expect("valid options");
        let doc = a.parse(&text).expect("no input limit");
        check_document(&text, &doc);
        for q in doc.quotes() {
            prop_assert_eq!(q.kind(), kind);
            prop_assert!(q.confidence() >= min, "confidence {} below {}", q.confidence(), min);
        }
    }

    #[test]
    fn documents_round_trip_through_json_and_into_owned(text in prop_oneof![news(), dense_chars()]) {
        let doc = parse(&text);
        let json = serde_json::to_string(&doc).expect("serializes");
        let back: Document<'static> = serde_json::from_str(&json).expect("reads back");
        prop_assert_eq!(back.quotes(), doc.quotes());
        prop_assert_eq!(back.speakers(), doc.speakers());
        prop_assert_eq!(serde_json::to_string(&back).expect("serializes"), json);
        let owned: Document<'static> = doc.clone().into_owned();
        prop_assert_eq!(&owned, &doc);
    }

    #[test]
    fn text_after_a_prefix_keeps_its_quotations(text in news()) {
        // Offsets are absolute: the same text after a paragraph of other text
        // yields quotations whose spans are shifted by the prefix length.
        let prefix = "Unrelated opening paragraph, with no quotation in it.\n\n";
        let shifted = format!("{prefix}{text}");
        let doc = parse(&shifted);
        check_document(&shifted, &doc);
        let plain = parse(&text);
        let key = |d: &Document, shift: usize| {
            d.quotes().iter().map(|q| (q.kind(), q.span().start() - shift, q.span().end() - shift)).collect::<Vec<_>>()
        };
        prop_assert_eq!(key(&doc, prefix.len()), key(&plain, 0));
    }
}

/// What must not change with what follows a quotation's text: kind, span,
/// rule, cue and speaker mention spans, confidence.
type Key = (
    QuoteKind,
    (usize, usize),
    &'static str,
    Option<(usize, usize)>,
    Option<(usize, usize)>,
    u32,
);

/// News-like text that does not open with a quotation mark: a paragraph
/// that does may go on with a quotation left open in the one before it
/// (reported or not), which is then no text of its own.
fn news_after_a_paragraph() -> impl Strategy<Value = String> {
    news().prop_map(|b| {
        if b.trim_start()
            .starts_with(|c: char| "“”„‟\"‘’‚‛'`«‹".contains(c))
        {
            format!("Later, {b}")
        } else {
            b
        }
    })
}

fn context_keys(doc: &Document<'_>, end: usize) -> Vec<Key> {
    let at = |s: quote_attribution::Span| (s.start(), s.end());
    doc.quotes()
        .iter()
        .filter(|q| q.span().start() < end)
        .map(|q| {
            (
                q.kind(),
                at(q.span()),
                q.rule().as_str(),
                q.cue().map(|c| at(c.span())),
                q.speaker().map(|s| at(s.mention().span())),
                q.confidence().to_bits(),
            )
        })
        .collect()
}

proptest! {
    // About one case in twenty has a quotation crossing into `b`.
    #![proptest_config(ProptestConfig { max_global_rejects: cases(192).max(1024), ..config(192) })]

    #[test]
    fn a_text_keeps_its_quotations_whatever_follows(a in news(), b in news_after_a_paragraph()) {
        // Context neutrality: the quotations of `a + "\n\n" + b` that lie in
        // `a` are those of `a` alone, when no quotation (nor the speaker or
        // cue of one in `a`) crosses into `b`.
        let joined = format!("{a}\n\n{b}");
        let doc = parse(&joined);
        check_document(&joined, &doc);
        let crosses = doc.quotes().iter().any(|q| {
            let start = [Some(q.span()), q.cue().map(|c| c.span()), q.speaker().map(|s| s.mention().span())]
                .into_iter()
                .flatten()
                .map(|s| s.start())
                .min()
                .unwrap_or(0);
            start < a.len() && q.span().end() > a.len()
                || q.span().start() < a.len()
                    && [q.cue().map(|c| c.span()), q.speaker().map(|s| s.mention().span())]
                        .into_iter()
                        .flatten()
                        .any(|s| s.end() > a.len())
        });
        prop_assume!(!crosses);
        let alone = parse(&a);
        prop_assert_eq!(context_keys(&doc, a.len()), context_keys(&alone, a.len()));
    }
}
