//! Checks shared by the integration tests: every span of a parse is in
//! bounds, on `char` boundaries, and is where its reported text lies in the
//! input; and the document holds its structural invariants.
//!
//! The library builds each reported text by slicing the input with its own
//! span, so comparing `&input[span]` with the text could never fail (and a
//! span out of bounds would panic inside the library before any check ran).
//! These checks therefore also test what does not follow from the slicing:
//! where the text lies in memory (it must borrow the input at
//! `span.start()`), and what the documentation says each span holds: a
//! direct quotation stands strictly inside its quotation marks, a speaker
//! mention and a cue are not blank and lie outside the reported clause they
//! attribute, a quotation's speaker mention is one of its entity's mentions,
//! and an entity's mentions come in document order. `tests/checks.rs`
//! shows that the span checks fail when they should.

use quote_attribution::{Document, QuoteKind, Span};

/// The characters quotation marks are made of: every style's marks, and
/// the backtick of the two-character marks.
const MARK_CHARS: &[char] = &[
    '"', '\'', '`', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›',
];

/// `span` is a valid span of `input` (in bounds, on `char` boundaries), and
/// `reported`, the text the library gives for it, is exactly `&input[span]`:
/// equal to it, and borrowed from `input` at `span.start()`. `input` must be
/// the buffer that was parsed (not a copy of it); `what` names the span in
/// a failure.
pub fn check_span(what: &str, input: &str, span: Span, reported: &str) {
    assert!(
        span.start() <= span.end() && span.end() <= input.len(),
        "{what} span {span:?} out of bounds (len {})",
        input.len()
    );
    assert!(
        input.is_char_boundary(span.start()) && input.is_char_boundary(span.end()),
        "{what} span {span:?} not on char boundaries"
    );
    // Where the reported text really is, found from its address rather than
    // from the span.
    let base = input.as_ptr() as usize;
    let at = (reported.as_ptr() as usize)
        .checked_sub(base)
        .filter(|&offset| offset + reported.len() <= input.len());
    assert_eq!(
        at.map(|start| Span::new(start, start + reported.len())),
        Some(span),
        "{what} text {:?} does not lie at its span {span:?} of the input",
        short(reported)
    );
    assert_eq!(
        &input[span], reported,
        "{what} span {span:?} does not slice to its text"
    );
}

/// The start of a text, for failure messages.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    s
}

/// Whether two spans share a byte.
fn overlaps(a: Span, b: Span) -> bool {
    a.start().max(b.start()) < a.end().min(b.end())
}

/// Every structural property of `doc`, the parse of `text`:
///
/// - all spans (quotations, speaker mentions, cues, entity mentions and
///   roles) pass [`check_span`];
/// - quotations are sorted by start, with confidences in `[0, 1]`;
/// - only direct quotations have a mark style, and one that has stands
///   inside quotation marks (or runs to the end of its paragraph, unclosed);
/// - speaker mentions are not blank, cues have no blank at either end, and
///   both lie outside a mixed or indirect quotation's reported clause;
/// - a quotation's speaker points at an entity of the same name that lists
///   the same mention; entity mentions are in document order;
/// - no quotation is empty, no two of one kind overlap, and every speaker
///   entity has a quotation.
pub fn check_document(text: &str, doc: &Document<'_>) {
    assert_eq!(doc.text(), text);
    // The buffer that was parsed: every reported text borrows it.
    let input = doc.text();
    let mut last_start = 0;
    for q in doc.quotes() {
        let span = q.span();
        check_span("quotation", input, span, q.text());
        assert!(span.start() >= last_start, "quotations not sorted by start");
        last_start = span.start();
        let c = q.confidence();
        assert!((0.0..=1.0).contains(&c), "confidence {c} outside [0, 1]");
        // Only direct quotations have marks (a transcript line, `JANE ROE:
        // text`, is direct and has none).
        assert!(
            q.mark_style().is_none() || q.kind() == QuoteKind::Direct,
            "{:?} quotation {span:?} with mark style {:?}",
            q.kind(),
            q.mark_style()
        );
        if q.mark_style().is_some() {
            // Strictly inside the marks: blanks may stand between the marks
            // and the content. An unclosed quotation runs to the end of its
            // paragraph: a line end, or on a line over 4 KiB (cut into
            // pieces at sentence ends) the end of a sentence.
            let blank = |c: char| c.is_whitespace() && c != '\n';
            let before = input[..span.start()]
                .trim_end_matches(blank)
                .chars()
                .next_back();
            let after = input[span.end()..].trim_start_matches(blank).chars().next();
            assert!(
                before.is_some_and(|c| MARK_CHARS.contains(&c)),
                "direct quotation {span:?} {:?} not after a quotation mark (after {before:?})",
                short(q.text())
            );
            assert!(
                after.is_none_or(|c| MARK_CHARS.contains(&c) || c == '\n')
                    || q.text().ends_with(['.', '!', '?']),
                "direct quotation {span:?} {:?} neither before a quotation mark nor at a \
                 paragraph end (before {after:?})",
                short(q.text())
            );
        }
        if let Some(s) = q.speaker() {
            let mention = s.mention();
            check_span("speaker mention", input, mention.span(), mention.text());
            assert!(
                !mention.text().trim().is_empty(),
                "blank speaker mention at {:?}",
                mention.span()
            );
            // Not checked for direct quotations: in garbage input, marks
            // paired across sentences can make a quotation swallow the
            // sentence that attributes it (`.« Jane Roe said: “the the.”
            // “the” Jane Roe said.`); the news of PolNeAR and Wikinews
            // never does.
            assert!(
                q.kind() == QuoteKind::Direct || !overlaps(mention.span(), span),
                "speaker mention {:?} {:?} inside its quotation {span:?}",
                mention.span(),
                short(mention.text())
            );
            let entity = doc
                .speaker(s.id())
                .unwrap_or_else(|| panic!("speaker id {} out of range", s.id()));
            assert_eq!(entity.id(), s.id(), "an entity's id is its index");
            assert_eq!(
                s.name(),
                entity.name(),
                "quotation speaker name differs from its entity's"
            );
            assert!(
                entity.mentions().iter().any(|m| m.span() == mention.span()),
                "speaker mention {:?} {:?} not among the mentions of {:?}",
                mention.span(),
                mention.text(),
                entity.name()
            );
        }
        if let Some(cue) = q.cue() {
            check_span("cue", input, cue.span(), cue.text());
            let t = cue.text();
            assert!(
                !t.is_empty() && t.trim() == t,
                "cue {t:?} at {:?} is blank or has blanks at an end",
                cue.span()
            );
            assert!(
                q.kind() == QuoteKind::Direct || !overlaps(cue.span(), span),
                "cue {t:?} {:?} inside its quotation {span:?}",
                cue.span()
            );
        }
    }
    check_no_overlaps(doc);
    check_speakers_referenced(doc);
    for (i, s) in doc.speakers().iter().enumerate() {
        assert_eq!(s.id().as_usize(), i, "speaker {i} has id {}", s.id());
        let mut last = 0;
        for m in s.mentions() {
            check_span("entity mention", input, m.span(), m.text());
            assert!(
                m.span().start() >= last,
                "mentions of {:?} not in document order",
                s.name()
            );
            last = m.span().start();
        }
        for r in s.roles() {
            check_span("entity role", input, r.span(), r.text());
        }
    }
}

/// No two quotations of one kind share a byte (nothing in the output
/// declares nesting), and none has an empty text.
pub fn check_no_overlaps(doc: &Document<'_>) {
    let qs = doc.quotes();
    for (i, a) in qs.iter().enumerate() {
        assert!(
            a.text()
                .chars()
                .any(|c| !c.is_whitespace() && !MARK_CHARS.contains(&c)),
            "quotation {:?} {:?} has no words",
            a.span(),
            short(a.text())
        );
        for b in &qs[i + 1..] {
            if b.span().start() >= a.span().end() {
                break;
            }
            assert!(
                a.kind() != b.kind() || !overlaps(a.span(), b.span()),
                "{:?} quotations overlap: {:?} {:?} and {:?} {:?}",
                a.kind(),
                a.span(),
                short(a.text()),
                b.span(),
                short(b.text())
            );
        }
    }
}

/// Every speaker entity is the speaker of some quotation.
pub fn check_speakers_referenced(doc: &Document<'_>) {
    let mut used = vec![false; doc.speakers().len()];
    for q in doc.quotes() {
        if let Some(s) = q.speaker() {
            used[s.id().as_usize()] = true;
        }
    }
    if let Some(k) = used.iter().position(|u| !u) {
        panic!(
            "speaker {k} {:?} has no quotation",
            doc.speakers()[k].name()
        );
    }
}
