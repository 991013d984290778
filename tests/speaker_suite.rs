//! The speaker suite (`tests/speakers/`): 56 passages of two or more
//! speakers each, written for the suite without running the library, in
//! eight classes of speaker identity (addressees, organisations,
//! participles, channels, Q&A, pronouns, names, and articles that mix them
//! all), with gold in the corpus schema. The library's scores on it may
//! only go up: this test holds each figure at or above the one last
//! reached.
//!
//! Needs the `eval` feature (`cargo test --all-features`).

mod common;

use quote_attribution::eval::{score_document, GoldDoc, Metric, Summary};
use quote_attribution::parse;
use std::path::Path;

/// End-to-end F1 (span and speaker), reached and held.
const END_TO_END_F1: f64 = 0.927;
/// Speaker accuracy on matched quotations, reached and held.
const SPEAKER_ACCURACY: f64 = 0.955;
/// Detection precision and recall (lenient), reached and held.
const PRECISION: f64 = 0.969;
const RECALL: f64 = 0.969;

fn suite() -> Vec<(String, GoldDoc, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/speakers");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/speakers is there") {
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
fn the_suite_covers_every_class_with_two_speakers_a_passage() {
    let suite = suite();
    assert!(suite.len() >= 40, "{} passages", suite.len());
    let mut classes: Vec<&str> = suite
        .iter()
        .map(|(n, _, _)| n.split('-').next().unwrap())
        .collect();
    classes.dedup();
    assert_eq!(
        classes,
        [
            "addressee",
            "channel",
            "mixed",
            "names",
            "organisation",
            "participle",
            "pronoun",
            "qa"
        ]
    );
    for (name, gold, text) in &suite {
        let speakers: std::collections::HashSet<_> =
            gold.quotes().iter().filter_map(|q| q.speaker()).collect();
        assert!(speakers.len() >= 2, "{name}: {speakers:?}");
        for q in gold.quotes() {
            let span = q.span();
            assert_eq!(
                text.get(span.start()..span.end()),
                q.content(),
                "{name}: {span:?}"
            );
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
        "speaker suite: end-to-end F1 {:.3}, speaker accuracy {:.3}, precision {:.3}, recall {:.3}",
        e2e.f1(),
        total.speaker_accuracy(),
        lenient.precision(),
        lenient.recall()
    );
    assert!(e2e.f1() >= END_TO_END_F1, "end-to-end F1 {:.3}", e2e.f1());
    assert!(
        total.speaker_accuracy() >= SPEAKER_ACCURACY,
        "speaker accuracy {:.3}",
        total.speaker_accuracy()
    );
    assert!(
        lenient.precision() >= PRECISION,
        "precision {:.3}",
        lenient.precision()
    );
    assert!(lenient.recall() >= RECALL, "recall {:.3}", lenient.recall());
}
