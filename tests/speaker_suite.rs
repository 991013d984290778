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
mod suite;

use quote_attribution::eval::GoldDoc;
use suite::Floors;

/// The figures reached, held.
const FLOORS: Floors = Floors {
    end_to_end_f1: 0.979,
    speaker_accuracy: 0.984,
    precision: 0.988,
    recall: 1.000,
};

fn suite() -> Vec<(String, GoldDoc, String)> {
    suite::load("tests/speakers")
}

#[test]
fn the_suite_covers_every_class_with_two_speakers_a_passage() {
    let suite = suite();
    assert!(suite.len() >= 40, "{} passages", suite.len());
    let classes = suite::kinds(&suite);
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
    suite::hold("speaker suite", "tests/speakers", &FLOORS);
}
