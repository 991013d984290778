//! Checks shared by the integration tests: every span of a parse is in
//! bounds, on `char` boundaries and slices to the reported text, and the
//! document holds its structural invariants.

use quote_attribution::{Document, Span};

/// `span` is in bounds of `text`, on `char` boundaries, and slices to
/// `reported`; `what` names it in a failure.
pub fn check_span(what: &str, text: &str, span: Span, reported: &str) {
    assert!(
        span.start() <= span.end() && span.end() <= text.len(),
        "{what} span {span:?} out of bounds (len {})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()),
        "{what} span {span:?} not on char boundaries"
    );
    assert_eq!(
        &text[span], reported,
        "{what} span {span:?} does not slice to its text"
    );
}

/// Every structural property of `doc`, the parse of `text`: all spans
/// (quotations, speaker mentions, cues, entity mentions and roles),
/// quotations sorted by start, confidences in `[0, 1]`, speakers pointing
/// at an entity of the same name.
pub fn check_document(text: &str, doc: &Document<'_>) {
    assert_eq!(doc.text(), text);
    let mut last_start = 0;
    for q in doc.quotes() {
        check_span("quotation", text, q.span(), q.text());
        assert!(
            q.span().start() >= last_start,
            "quotations not sorted by start"
        );
        last_start = q.span().start();
        let c = q.confidence();
        assert!((0.0..=1.0).contains(&c), "confidence {c} outside [0, 1]");
        if let Some(s) = q.speaker() {
            check_span(
                "speaker mention",
                text,
                s.mention().span(),
                s.mention().text(),
            );
            assert!(
                s.entity() < doc.speakers().len(),
                "speaker entity {} out of range",
                s.entity()
            );
            assert_eq!(
                s.name(),
                doc.speakers()[s.entity()].name(),
                "quotation speaker name differs from its entity's"
            );
        }
        if let Some(cue) = q.cue() {
            check_span("cue", text, cue.span(), cue.text());
        }
    }
    for s in doc.speakers() {
        for m in s.mentions() {
            check_span("entity mention", text, m.span(), m.text());
        }
        for r in s.roles() {
            check_span("entity role", text, r.span(), r.text());
        }
    }
}
