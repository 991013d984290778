//! The reference article (`tests/corpus/perth-security-accord.txt`) against
//! its gold annotation (`.gold.json` beside it).
//!
//! - every gold direct quotation is found with exactly its trimmed span, and
//!   no other direct quotation is reported;
//! - every gold quotation gets its kind, its speaker (by name or alias) and
//!   its cue;
//! - the whole gold, scored with `quote_attribution::eval`, reaches the
//!   figures the library achieves (end-to-end F1 ≥ 0.95, exact F1 ≥ 0.90);
//! - every span of the output slices to the reported text.

use quote_attribution::eval::{self, normalize_name, trim_span, GoldDoc, GoldQuote, Metric};
mod common;

use quote_attribution::{parse, Document, Quote, QuoteKind, Span};

const TEXT: &str = include_str!("corpus/perth-security-accord.txt");
const GOLD: &str = include_str!("corpus/perth-security-accord.gold.json");

fn gold() -> GoldDoc {
    serde_json::from_str(GOLD).expect("the reference gold parses")
}

fn trimmed(q: &GoldQuote) -> Span {
    trim_span(TEXT, q.start, q.end)
}

fn required(gold: &GoldDoc) -> impl Iterator<Item = &GoldQuote> {
    gold.quotes.iter().filter(|q| !q.optional)
}

/// The predicted quotation that best overlaps a gold quotation (the lenient
/// criterion of `score.py`: overlap at least half the union of the trimmed
/// spans).
fn counterpart<'d, 'a>(doc: &'d Document<'a>, q: &GoldQuote) -> Option<&'d Quote<'a>> {
    let g = trimmed(q);
    doc.quotes()
        .iter()
        .map(|p| {
            let s = trim_span(TEXT, p.span().start(), p.span().end());
            let inter = g
                .end()
                .min(s.end())
                .saturating_sub(g.start().max(s.start()));
            let union = g.cover(s).len().max(1);
            (inter as f64 / union as f64, p)
        })
        .filter(|(ov, _)| *ov >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p)| p)
}

fn kind_name(k: QuoteKind) -> &'static str {
    k.as_str()
}

fn label(q: &GoldQuote) -> String {
    format!(
        "{} {:?}",
        q.id.as_deref().unwrap_or("?"),
        q.content.as_deref().unwrap_or("")
    )
}

#[test]
fn gold_matches_the_text() {
    let gold = gold();
    assert_eq!(gold.text_file.as_deref(), Some("perth-security-accord.txt"));
    assert!(required(&gold).count() >= 21);
    for q in &gold.quotes {
        assert_eq!(
            Some(&TEXT[q.start..q.end]),
            q.content.as_deref(),
            "gold {}",
            label(q)
        );
    }
}

#[test]
fn every_direct_quotation_has_its_exact_span_and_no_other_is_reported() {
    let gold = gold();
    let doc = parse(TEXT);
    let mut gold_direct: Vec<Span> = gold
        .quotes
        .iter()
        .filter(|q| q.kind == "direct")
        .map(|q| {
            assert!(!q.optional, "direct gold quotations are all required");
            trimmed(q)
        })
        .collect();
    let mut found: Vec<Span> = doc
        .quotes()
        .iter()
        .filter(|q| q.kind() == QuoteKind::Direct)
        .map(|q| trim_span(TEXT, q.span().start(), q.span().end()))
        .collect();
    gold_direct.sort();
    found.sort();
    let show = |spans: &[Span]| {
        spans
            .iter()
            .map(|s| TEXT[*s].chars().take(50).collect::<String>())
            .collect::<Vec<_>>()
    };
    let missing: Vec<Span> = gold_direct
        .iter()
        .filter(|s| !found.contains(s))
        .copied()
        .collect();
    let extra: Vec<Span> = found
        .iter()
        .filter(|s| !gold_direct.contains(s))
        .copied()
        .collect();
    assert!(
        missing.is_empty(),
        "direct quotations not found exactly: {:?}",
        show(&missing)
    );
    assert!(
        extra.is_empty(),
        "direct quotations not in the gold: {:?}",
        show(&extra)
    );
    assert_eq!(
        found.len(),
        gold_direct.len(),
        "a direct quotation reported twice"
    );
    assert_eq!(gold_direct.len(), 10);
}

#[test]
fn every_gold_quotation_has_its_kind_speaker_and_cue() {
    let gold = gold();
    let doc = parse(TEXT);
    let mut failures = Vec::new();
    for q in required(&gold) {
        let Some(p) = counterpart(&doc, q) else {
            failures.push(format!("{}: not found", label(q)));
            continue;
        };
        if kind_name(p.kind()) != q.kind {
            failures.push(format!(
                "{}: kind {} instead of {}",
                label(q),
                p.kind(),
                q.kind
            ));
        }
        // Speaker: the predicted entity's name is the gold name or an alias.
        let expected = q
            .speaker
            .as_deref()
            .expect("every reference quotation has a speaker");
        let mut names = vec![normalize_name(expected)];
        names.extend(
            gold.speakers
                .get(expected)
                .into_iter()
                .flatten()
                .map(|a| normalize_name(a)),
        );
        match p.speaker() {
            Some(s) if names.contains(&normalize_name(s.name())) => {}
            Some(s) => failures.push(format!(
                "{}: speaker {:?} instead of {expected:?}",
                label(q),
                s.name()
            )),
            None => failures.push(format!("{}: no speaker, expected {expected:?}", label(q))),
        }
        // Cue: none where the gold has none (continuation paragraphs);
        // otherwise the gold cue, or its last words (`announced` for `has
        // announced`).
        match (q.cue.as_deref(), p.cue()) {
            (None, None) => {}
            (Some(g), Some(c))
                if c.text() == g
                    || (g.ends_with(c.text()) && g[..g.len() - c.text().len()].ends_with(' ')) => {}
            (g, c) => failures.push(format!(
                "{}: cue {:?} instead of {g:?}",
                label(q),
                c.map(|c| c.text())
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_reference_scores_at_least_its_current_figures() {
    let gold = gold();
    let doc = parse(TEXT);
    let score = eval::score_document(&gold, &doc);
    let s = &score.summary;
    let details = format!(
        "misses {:?}\nspurious {:?}\nwrong speakers {:?}",
        score
            .misses
            .iter()
            .map(|m| &TEXT[m.span])
            .collect::<Vec<_>>(),
        score
            .spurious
            .iter()
            .map(|m| &TEXT[m.span])
            .collect::<Vec<_>>(),
        score.wrong_speakers
    );
    assert_eq!(s.lenient.gold, 21, "21 required gold quotations");
    for (metric, min) in [
        (Metric::EndToEnd, 0.95),
        (Metric::Exact, 0.90),
        (Metric::Lenient, 0.95),
        (Metric::Overlap08, 0.95),
        (Metric::Overlap03, 0.95),
    ] {
        let prf = s.prf(metric);
        assert!(prf.f1 >= min, "{} {prf:?}\n{details}", metric.name());
    }
    assert!(
        s.speaker_accuracy() >= 0.95,
        "speaker accuracy {}\n{details}",
        s.speaker_accuracy()
    );
    for kind in ["direct", "mixed", "indirect"] {
        let k = s.by_kind[kind];
        assert!(k.recall() >= 0.9, "{kind} recall {k:?}\n{details}");
    }
}

#[test]
fn every_span_slices_to_the_reported_text() {
    let doc = parse(TEXT);
    assert!(!doc.quotes().is_empty());
    common::check_document(TEXT, &doc);
    for q in doc.quotes() {
        assert!(
            !q.text().trim().is_empty(),
            "empty quotation at {:?}",
            q.span()
        );
    }
    // The same spans come back when the article sits after other text:
    // offsets are absolute, not relative to a paragraph or chunk.
    let prefix = "Ünïcödé preface — “nothing here”.\n\n";
    let shifted = format!("{prefix}{TEXT}");
    let doc2 = parse(&shifted);
    let spans = |d: &Document| {
        d.quotes()
            .iter()
            .map(|q| (q.kind(), q.text().to_string()))
            .collect::<Vec<_>>()
    };
    let later: Vec<_> = spans(&doc2)
        .into_iter()
        .filter(|(_, t)| t != "nothing here")
        .collect();
    assert_eq!(later, spans(&doc));
    for q in doc2.quotes() {
        common::check_span("shifted quote", &shifted, q.span(), q.text());
    }
}

#[test]
fn the_reference_speakers_are_resolved() {
    let doc = parse(TEXT);
    let names: Vec<&str> = doc.speakers().iter().map(|s| s.name()).collect();
    for name in ["Anthony Albanese", "Fumio Kishida", "Bryce Wakefield"] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    // Each attributed quotation of Mr Albanese points at one entity.
    let albanese: std::collections::BTreeSet<usize> = doc
        .quotes()
        .iter()
        .filter_map(|q| q.speaker())
        .filter(|s| s.name() == "Anthony Albanese")
        .map(|s| s.entity())
        .collect();
    assert_eq!(albanese.len(), 1);
}
