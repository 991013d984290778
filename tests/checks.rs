//! The shared checks of `tests/common` fail when they should: a span out
//! of bounds or splitting a character, a text that is not the input's own
//! bytes at its span, a span off by one, and a document checked against
//! another text. (Their passing on real parses is tested wherever a test
//! calls them.)

mod common;

use common::{check_document, check_span};
use quote_attribution::{parse, Span};

const TEXT: &str = "“Café,” she said.";

#[test]
fn a_span_that_slices_to_its_text_passes() {
    let s = TEXT.find("Café").expect("in the text");
    check_span(
        "test",
        TEXT,
        Span::new(s, s + "Café".len()),
        &TEXT[s..s + 5],
    );
    let doc = parse(TEXT);
    check_document(TEXT, &doc);
    assert_eq!(doc.quotes()[0].text(), "Café,");
}

#[test]
#[should_panic(expected = "out of bounds")]
fn a_span_past_the_text_fails() {
    check_span("test", TEXT, Span::new(3, TEXT.len() + 1), "");
}

#[test]
#[should_panic(expected = "not on char boundaries")]
fn a_span_inside_a_character_fails() {
    // Byte 1 is inside the opening mark, byte 7 inside the "é".
    check_span("test", TEXT, Span::new(1, 7), "");
}

#[test]
#[should_panic(expected = "does not lie at its span")]
fn an_equal_text_from_elsewhere_fails() {
    let copy = String::from("Café");
    check_span("test", TEXT, Span::new(3, 8), &copy);
}

#[test]
#[should_panic(expected = "does not lie at its span")]
fn a_span_off_by_one_fails() {
    // The text of 3..8 ("Café"), reported with the span 3..9 ("Café,").
    check_span("test", TEXT, Span::new(3, 9), &TEXT[3..8]);
}

#[test]
#[should_panic]
fn a_document_of_another_text_fails() {
    let doc = parse(TEXT);
    check_document("“Tea,” she said.", &doc);
}
