//! PolNeAR read two ways gives one gold and one score.
//!
//! - `eval::polnear::gold_from_brat` on the public repository's own files
//!   (`polnear-raw/data/<split>/{text,attributions}`) gives, for every dev
//!   and train article, exactly the gold quotations of the project's
//!   converted corpus (`polnear/docs/<id>.json`);
//! - `evaluate --polnear DIR --split dev` prints the same scores as
//!   `evaluate --split polnear/splits/dev.txt`.
//!
//! The corpus is copyrighted and never part of the crate: it is read from
//! `../shared/corpus` (beside the crate), and these tests check nothing when
//! that folder is absent, as on a user's machine; CI has it.

mod build;

use quote_attribution::eval::{polnear::gold_from_brat, GoldDoc};
use std::path::{Path, PathBuf};
use std::process::Command;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

/// The corpus folder, or `None` (and a note) when it is absent.
fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(CORPUS);
    if dir.join("polnear-raw/data").is_dir() && dir.join("polnear/docs").is_dir() {
        Some(dir)
    } else {
        eprintln!("{CORPUS} not found: PolNeAR checks skipped");
        None
    }
}

fn ids(corpus: &Path, split: &str) -> Vec<String> {
    let list = corpus.join(format!("polnear/splits/{split}.txt"));
    std::fs::read_to_string(&list)
        .unwrap_or_else(|e| panic!("{}: {e}", list.display()))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// The first annotation file of article `id`, by name.
fn first_ann(dir: &Path, id: &str) -> PathBuf {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| {
            n.strip_prefix(id)
                .is_some_and(|r| r == ".ann" || (r.starts_with('_') && r.ends_with(".ann")))
        })
        .collect();
    names.sort();
    dir.join(names.first().unwrap_or_else(|| panic!("no .ann for {id}")))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_brat_files_give_the_converted_gold() {
    let Some(corpus) = corpus() else { return };
    let (mut docs, mut quotes) = (0, 0);
    for split in ["dev", "train"] {
        let raw = corpus.join("polnear-raw/data").join(split);
        for id in ids(&corpus, split) {
            let text = read(&raw.join("text").join(format!("{id}.txt")));
            let ann = read(&first_ann(&raw.join("attributions"), &id));
            let from_brat = gold_from_brat(&text, &ann).unwrap_or_else(|e| panic!("{id}: {e}"));
            let converted: GoldDoc =
                serde_json::from_str(&read(&corpus.join(format!("polnear/docs/{id}.json"))))
                    .unwrap_or_else(|e| panic!("{id}: {e}"));
            // The same text, and the same gold quotation for quotation.
            let text_file = converted.text_file().expect("text_file");
            assert!(
                read(&corpus.join("polnear/docs").join(text_file)) == text,
                "{id}: texts differ"
            );
            assert_eq!(from_brat.quotes().len(), converted.quotes().len(), "{id}");
            for (i, (a, b)) in from_brat
                .quotes()
                .iter()
                .zip(converted.quotes())
                .enumerate()
            {
                assert_eq!(a, b, "{id}: quotation {i}");
            }
            docs += 1;
            quotes += converted.quotes().len();
        }
    }
    eprintln!("{docs} articles, {quotes} gold quotations agree");
    assert_eq!(docs, 924);
}

#[test]
fn evaluate_scores_dev_the_same_both_ways() {
    let Some(corpus) = corpus() else { return };
    let evaluate = build::example("evaluate", &["eval"], !cfg!(debug_assertions));
    let run = |args: &[&Path]| {
        let out = Command::new(&evaluate)
            .args(args)
            .output()
            .expect("evaluate runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let json = Path::new("--json");
    let split = Path::new("--split");
    let converted = run(&[json, split, &corpus.join("polnear/splits/dev.txt")]);
    let raw = corpus.join("polnear-raw");
    let public = run(&[json, Path::new("--polnear"), &raw, split, Path::new("dev")]);
    let summary: serde_json::Value = serde_json::from_str(&public).expect("JSON");
    assert_eq!(summary["docs"], 84, "{public}");
    assert_eq!(public, converted);
    // The speaker breakdowns add up to score.py's matched and with-speaker
    // counts (the lenient and end-to-end true positives).
    let (lenient, e2e) = (&summary["lenient"]["tp"], &summary["end_to_end"]["tp"]);
    for breakdown in ["by_rule", "by_mention"] {
        let sum = |field: &str| -> u64 {
            let rows = summary[breakdown].as_object().expect("an object");
            rows.values()
                .map(|c| c[field].as_u64().expect("a count"))
                .sum()
        };
        assert_eq!(sum("matched"), lenient.as_u64().unwrap(), "{breakdown}");
        assert_eq!(sum("right_speaker"), e2e.as_u64().unwrap(), "{breakdown}");
    }
    eprintln!("dev, both ways: {public}");
}
