//! The genre suite (`tests/genres/`): 106 short passages of 15 kinds of
//! news writing (sports, markets, courts, police, obituaries, health,
//! lifestyle, business, interviews, press releases, opinion, wire copy,
//! British, Canadian and Australian style), written for the suite, with
//! gold in the corpus schema. The library's scores on it may only go up:
//! this test holds each figure at or above the one last reached.
//!
//! Needs the `eval` feature (`cargo test --all-features`).

mod common;

use quote_attribution::eval::{score_document, GoldDoc, Metric, Summary};
use quote_attribution::parse;
use std::path::Path;

/// End-to-end F1 (span and speaker), reached and held.
const END_TO_END_F1: f64 = 0.956;
/// Detection precision and recall (lenient), reached and held.
const PRECISION: f64 = 0.986;
const RECALL: f64 = 0.974;

fn suite() -> Vec<(String, GoldDoc, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/genres");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/genres is there") {
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

#[test]
fn the_suite_covers_fifteen_kinds_of_news() {
    let suite = suite();
    assert!(suite.len() >= 100, "{} passages", suite.len());
    let mut kinds: Vec<&str> = suite
        .iter()
        .map(|(n, _, _)| n.split('-').next().unwrap())
        .collect();
    kinds.dedup();
    assert!(kinds.len() >= 15, "{kinds:?}");
}

#[test]
fn every_gold_record_annotates_its_text() {
    for (name, gold, text) in suite() {
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
}

#[test]
fn scores_on_the_suite_hold() {
    let scores: Vec<_> = suite()
        .iter()
        .map(|(_, gold, text)| {
            let doc = parse(text);
            common::check_document(text, &doc);
            score_document(gold, &doc)
        })
        .collect();
    let total: Summary = scores.iter().collect();
    let e2e = total.prf(Metric::EndToEnd);
    let lenient = total.prf(Metric::Lenient);
    eprintln!(
        "genre suite: end-to-end F1 {:.3}, precision {:.3}, recall {:.3}",
        e2e.f1(),
        lenient.precision(),
        lenient.recall()
    );
    assert!(e2e.f1() >= END_TO_END_F1, "end-to-end F1 {:.3}", e2e.f1());
    assert!(
        lenient.precision() >= PRECISION,
        "precision {:.3}",
        lenient.precision()
    );
    assert!(lenient.recall() >= RECALL, "recall {:.3}", lenient.recall());
}
