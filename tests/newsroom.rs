//! The newsroom suite (`tests/newsroom/`): 83 full-length news articles
//! (350 to 700 words) of 79 kinds, in US, British, Scottish, Canadian,
//! Australian, Irish, New Zealand, Indian and South African styles, written
//! for the suite in six batches without running the library, with gold in the corpus schema: a proxy for
//! articles from newsrooms nobody tuned on. The library's scores on it may
//! only go up: this test holds each figure at or above the one last reached
//! (batches 1 to 5 together, batch 6 apart).
//!
//! Needs the `eval` feature (`cargo test --all-features`).

mod common;
mod suite;

use quote_attribution::eval::GoldDoc;
use suite::Floors;

/// Batches 1 to 5's figures on the seventh round's library
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

/// The kinds of batch 6 (one article each, `<kind>-01`), written blind in
/// the eighth round: nobody tunes on them.
const BATCH_6_KINDS: [&str; 12] = [
    "archaeology",
    "boxing",
    "budget",
    "ferry",
    "golf",
    "marathon",
    "merger",
    "mining",
    "protest",
    "startup",
    "vineyard",
    "zoo",
];

fn in_batch_6(name: &str) -> bool {
    let kind = name.rsplit_once('-').map_or(name, |(kind, _)| kind);
    BATCH_6_KINDS.contains(&kind)
}

/// Batch 6's figures at first contact (blind, at `d9186b7`), rounded down:
/// 177 of 186 predictions and of 182 gold records matched, 164 of them
/// with the right speaker. The whole suite with batch 6 falls below
/// [`FLOORS`] (end-to-end F1 0.916, speaker accuracy 0.950), so those
/// floors hold batches 1 to 5 and these hold batch 6 apart.
const BATCH_6_FLOORS: Floors = Floors {
    end_to_end_f1: 0.891,
    speaker_accuracy: 0.926,
    precision: 0.951,
    recall: 0.972,
};

#[test]
fn batch_6_is_twelve_articles_of_kinds_no_other_batch_has() {
    let suite = suite();
    let sixth: Vec<&str> = suite
        .iter()
        .map(|(name, _, _)| name.as_str())
        .filter(|name| in_batch_6(name))
        .collect();
    assert_eq!(sixth.len(), 12, "{sixth:?}");
    assert!(sixth.iter().all(|name| name.ends_with("-01.gold.json")));
}

#[test]
fn scores_on_batch_6_hold() {
    let sixth: Vec<_> = suite()
        .into_iter()
        .filter(|(name, _, _)| in_batch_6(name))
        .collect();
    suite::hold_summary(
        "newsroom suite batch 6",
        &suite::score(&sixth),
        &BATCH_6_FLOORS,
    );
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
    let first_five: Vec<_> = suite()
        .into_iter()
        .filter(|(name, _, _)| !in_batch_6(name))
        .collect();
    suite::hold_summary(
        "newsroom suite batches 1 to 5",
        &suite::score(&first_five),
        &FLOORS,
    );
}
