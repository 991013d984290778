//! The suites of passages with gold (`tests/genres/`, `tests/speakers/`,
//! `tests/newsroom/`, `tests/wide/`):
//! reading a folder of them, checking their gold against their text, and
//! scoring the library on them. Shared by `tests/genres.rs`,
//! `tests/speaker_suite.rs`, `tests/newsroom.rs` and `tests/wide.rs` (the
//! `eval` feature); each uses part of it.
#![allow(dead_code)]

use quote_attribution::eval::{score_document, GoldDoc, Summary};
use quote_attribution::parse;
use std::path::Path;

/// Asserts that every record of `gold` annotates `text`: its span is in
/// bounds and on char boundaries, and its content, if any, is the text
/// there. `name` labels a failure.
pub fn assert_annotates(name: &str, gold: &GoldDoc, text: &str) {
    for q in gold.quotes() {
        let span = q.span();
        assert!(
            text.get(span.start()..span.end()).is_some(),
            "{name}: {span:?}"
        );
        if let Some(content) = q.content() {
            assert_eq!(&text[span.start()..span.end()], content, "{name}");
        }
    }
}

/// Every passage of the folder `dir` (relative to the crate root), by the
/// name of its gold file: (gold file name, gold, text), sorted by name.
pub fn load(dir: &str) -> Vec<(String, GoldDoc, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the suite's folder is there") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".gold.json") {
            continue;
        }
        let gold: GoldDoc =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).expect(&name);
        let text_file = gold.text_file().expect("a text file").to_string();
        let text = std::fs::read_to_string(dir.join(text_file)).unwrap();
        out.push((name, gold, text));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The library's scores on every passage of `suite`, summed; each parse
/// passes the checks of `tests/common` too.
/// The kinds (or classes) of a suite's passages, in file order: each
/// name's part before its first `-` (`courts-04` is a `courts` passage).
pub fn kinds(suite: &[(String, GoldDoc, String)]) -> Vec<&str> {
    let mut kinds: Vec<&str> = suite
        .iter()
        .map(|(n, _, _)| n.split('-').next().unwrap_or(n))
        .collect();
    kinds.dedup();
    kinds
}

pub fn score(suite: &[(String, GoldDoc, String)]) -> Summary {
    score_with(suite, parse)
}

/// The scores of `parse_one` (a parse in some scope) on every passage of
/// `suite`, summed, as [`score`] gives them for the default scope.
pub fn score_with<'t>(
    suite: &'t [(String, GoldDoc, String)],
    parse_one: impl Fn(&'t str) -> quote_attribution::Document<'t>,
) -> Summary {
    let scores: Vec<_> = suite
        .iter()
        .map(|(_, gold, text)| {
            let doc = parse_one(text);
            crate::common::check_document(text, &doc);
            score_document(gold, &doc)
        })
        .collect();
    scores.iter().collect()
}

/// The figures a suite has reached, which its test holds: none may drop.
pub struct Floors {
    /// End-to-end F1 (span and speaker).
    pub end_to_end_f1: f64,
    /// Speaker accuracy on matched quotations.
    pub speaker_accuracy: f64,
    /// Detection precision and recall (lenient).
    pub precision: f64,
    pub recall: f64,
}

/// Scores the library on the suite in `dir` and asserts that every figure
/// is at or above its floor; prints the figures under `label`.
pub fn hold(label: &str, dir: &str, floors: &Floors) {
    hold_summary(label, &score(&load(dir)), floors);
}

/// Asserts that every figure of `total` is at or above its floor; prints
/// the figures under `label`.
pub fn hold_summary(label: &str, total: &Summary, floors: &Floors) {
    use quote_attribution::eval::Metric;
    let e2e = total.prf(Metric::EndToEnd);
    let lenient = total.prf(Metric::Lenient);
    let figures = [
        ("end-to-end F1", e2e.f1(), floors.end_to_end_f1),
        (
            "speaker accuracy",
            total.speaker_accuracy(),
            floors.speaker_accuracy,
        ),
        ("precision", lenient.precision(), floors.precision),
        ("recall", lenient.recall(), floors.recall),
    ];
    let shown: Vec<String> = figures
        .iter()
        .map(|(name, value, _)| format!("{name} {value:.3}"))
        .collect();
    eprintln!("{label}: {}", shown.join(", "));
    for (name, value, floor) in figures {
        assert!(value >= floor, "{label}: {name} {value:.3} below {floor}");
    }
}
