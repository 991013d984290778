//! The newsroom suite (`tests/newsroom/`): 71 full-length news articles
//! (350 to 700 words) of 67 kinds, in US, British, Scottish, Canadian,
//! Australian, Irish, New Zealand, Indian and South African styles, written
//! for the suite in five batches without running the library, with gold in the corpus schema: a proxy for
//! articles from newsrooms nobody tuned on. The library's scores on it may
//! only go up: this test holds each figure at or above the one last reached.
//!
//! Needs the `eval` feature (`cargo test --all-features`).

mod common;
mod suite;

use quote_attribution::eval::GoldDoc;
use suite::Floors;

/// The whole suite's figures (five batches) on the seventh round's library
/// after the fixes for batch 5's classes (batch 5 tuned on after its first
/// contact, batch 4 never), rounded down (each batch's first-contact
/// figures are in `tests/newsroom/README.md`). Batch 5, new and harder,
/// brought three whole-suite figures below the four batches' floors
/// (0.920, 0.956, 0.952), which batches 1 to 4 alone still reach.
const FLOORS: Floors = Floors {
    end_to_end_f1: 0.919,
    speaker_accuracy: 0.953,
    precision: 0.951,
    recall: 0.976,
};

fn suite() -> Vec<(String, GoldDoc, String)> {
    suite::load("tests/newsroom")
}

#[test]
fn the_suite_is_seventy_one_full_length_articles_of_sixty_seven_kinds() {
    let suite = suite();
    assert!(suite.len() >= 71, "{} articles", suite.len());
    let kinds = suite::kinds(&suite);
    assert!(kinds.len() >= 67, "{kinds:?}");
    for (name, gold, text) in &suite {
        let words = text.split_whitespace().count();
        assert!((350..=700).contains(&words), "{name}: {words} words");
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
    suite::hold("newsroom suite", "tests/newsroom", &FLOORS);
}
