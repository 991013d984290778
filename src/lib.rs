//! Finds who said what in news prose.
//!
//! `quote_attribution` reads journalistic text and returns every quotation
//! and paraphrase in it, attributed to its speaker:
//!
//! - **direct** quotations, in curly, straight, single (British) or
//!   guillemet marks, including quotations that run over several paragraphs
//!   and apostrophes that look like closing marks (`hasn’t`, `Norway’s`);
//! - **mixed** quotations: reported speech holding a quoted fragment;
//! - **indirect** speech (`she said the talks had failed`, `according to X,
//!   …`, `described A as B`);
//! - the **speaker** of each, resolved to one entity across the document
//!   (`Prime Minister Jane Roe`, `Ms Roe` and `she` are one person), and the
//!   **cue** (`said`, `according to`).
//!
//! Every piece of output carries a byte [`Span`] into the input: `&text[span]`
//! is exactly the reported text.
//!
//! ```
//! use quote_attribution::{parse, QuoteKind};
//!
//! let text = "Prime Minister Jane Roe arrived on Monday.\n\
//!             “We remain a secure partner,” Ms Roe said.\n\
//!             She said the agreement was a response to an “increasingly harsh environment”.";
//! let doc = parse(text);
//! let q = &doc.quotes()[0];
//! assert_eq!(q.kind(), QuoteKind::Direct);
//! assert_eq!(q.text(), "We remain a secure partner,");
//! assert_eq!(&text[q.span()], q.text());
//! assert_eq!(q.speaker().unwrap().name(), "Jane Roe");
//! assert_eq!(q.cue().unwrap().text(), "said");
//!
//! let m = &doc.quotes()[1];
//! assert_eq!(m.kind(), QuoteKind::Mixed);
//! assert_eq!(m.speaker().unwrap().mention().text(), "She");
//! assert_eq!(m.speaker().unwrap().name(), "Jane Roe");
//! ```
//!
//! # Overview
//!
//! [`parse`] uses the default options. For options (extra reporting verbs or
//! titles, which kinds to report, a minimum confidence, which mark styles to
//! accept, an input-size limit) build an [`Attributor`]:
//!
//! ```
//! use quote_attribution::{Attributor, QuoteKind};
//! let attributor = Attributor::builder()
//!     .kinds(&[QuoteKind::Direct, QuoteKind::Mixed])
//!     .min_confidence(0.5)
//!     .build()?;
//! let doc = attributor.parse("“No comment,” the spokesman said.")?;
//! assert_eq!(doc.quotes()[0].speaker().unwrap().mention().text(), "the spokesman");
//! # Ok::<(), quote_attribution::Error>(())
//! ```
//!
//! Bytes that may not be UTF-8 go through [`parse_bytes`], which reports the
//! offset of the first bad byte as an [`Error`].
//!
//! # Output
//!
//! A [`Document`] borrows the text it was parsed from;
//! [`Document::into_owned`] makes one that does not. Every output type
//! serializes with serde to one JSON schema (version [`SCHEMA_VERSION`],
//! documented field by field in the README) and reads it back. Speakers
//! are numbered by [`SpeakerId`]:
//!
//! ```
//! use quote_attribution::{parse, Document};
//!
//! let text = String::from("“Yes,” Ms Roe said. “No,” Mr Lee said. “Fine,” she said.");
//! let doc: Document<'static> = parse(&text).into_owned();
//! drop(text);
//! let roe = doc.speakers()[0].id();
//! assert_eq!(doc.quotes_by(roe).count(), 2);
//!
//! let json = serde_json::to_string(&doc)?;
//! let back: Document<'static> = serde_json::from_str(&json)?;
//! assert_eq!(back.quotes(), doc.quotes());
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # How it works
//!
//! The text flows one way through five stages, each its own module:
//!
//! 1. **segment**: paragraphs (lines; a line over 4 KiB is cut at sentence
//!    ends) and tokens, each with its byte span, its flags and its word's
//!    lexical class bits, looked up as the word is read;
//! 2. **scan**: quotation-mark candidates classified from their neighbours,
//!    then paired by style per paragraph, carrying a quotation over
//!    paragraphs that reopen it;
//! 3. **sentences**: each paragraph split into sentences once the
//!    quotations are known, so that no sentence ends inside one;
//! 4. **attribute**: a rulebook binds content to cue and speaker, finding
//!    cues (reporting verbs, `according to`) and mentions (the noun
//!    phrases that can be speakers) where its rules look for them;
//! 5. **resolve**: mentions become speaker entities ([`Speaker`]).
//!
//! The first four run chunk by chunk (about 64 KiB, cut at paragraph breaks
//! no quotation crosses); speakers are resolved once over the whole text.
//!
//! Every rule of the rulebook is one function and one row of the table
//! `RULES` in `src/attribute/rules.rs`: its id ([`RuleId`]), what it is
//! tried at (a cue, a colon, a dash, a paragraph, a quotation standing
//! alone, …), its confidence and its examples, which the tests run. The
//! rules are tried in the order of [`RuleId::ALL`], and each [`Quote`]
//! records the rule that decided it and a confidence.
//!
//! Word knowledge is data: every word list (titles, pronouns, function
//! words, every form of every reporting verb, …) is a plain text file
//! under `src/lexicon/en/`, compiled in and loaded once into one table.
//!
//! # Performance and untrusted input
//!
//! Any `&str` is valid input. Parsing never panics and takes time linear in
//! the input: the scanner bounds its searches, and long texts are processed
//! in chunks of about 64 KiB so working memory stays small. Many documents
//! can be parsed on all cores with [`Attributor::parse_many`], and a stream
//! of any length with [`Attributor::parse_stream`], which keeps the input
//! order and a bounded number of documents in memory.
//!
//! # Crate features
//!
//! Parsing needs no feature. One is off by default:
//!
//! - **`eval`**: the `quote_attribution::eval` module, which scores
//!   quotations against gold annotations: precision, recall and F1 of
//!   spans (lenient, exact, overlap) and of span and speaker, and recall by
//!   kind, agreeing to the last digit with the project's reference scorer
//!   (`score.py`). It reads gold files through `serde::Deserialize` and
//!   brings in the `regex` crate. The `evaluate` example and the reference
//!   test need it, so the test suite runs with `cargo test --all-features`.
//!
//! ```toml
//! [dependencies]
//! quote-attribution = { version = "0.1", features = ["eval"] }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod attribute;
mod cues;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
mod lexicon;
mod mentions;
mod model;
mod options;
mod pipeline;
mod resolve;
mod scan;
mod segment;
mod sentences;
mod span;
mod stream;
mod swar;
mod tokens;
mod work;

pub use error::{Error, ErrorKind, Result};
pub use model::{
    Act, Document, EntityKind, Gender, Quote, QuoteKind, QuoteSpeaker, RuleId, Snippet, Speaker,
    SpeakerId, SCHEMA_VERSION,
};
pub use options::{Attributor, AttributorBuilder};
pub use scan::MarkStyle;
pub use span::Span;
pub use stream::{STREAM_BATCH, STREAM_WINDOW};

/// Parses `text` with the default options.
///
/// A text longer than 4 GiB is parsed up to its last character boundary
/// below 4 GiB (offsets are 32-bit); [`Attributor::parse`] refuses it instead.
///
/// ```
/// let doc = quote_attribution::parse("“It works,” she said.");
/// assert_eq!(doc.quotes()[0].text(), "It works,");
/// ```
pub fn parse(text: &str) -> Document<'_> {
    pipeline::run(&Attributor::default(), text)
}

/// Parses UTF-8 bytes with the default options.
///
/// ```
/// use quote_attribution::{parse_bytes, ErrorKind};
/// assert_eq!(parse_bytes(b"He said it was fine.")?.quotes().len(), 1);
/// let err = parse_bytes(b"caf\xc3").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 3 });
/// # Ok::<(), quote_attribution::Error>(())
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Document<'_>> {
    Attributor::default().parse_bytes(bytes)
}

#[cfg(test)]
mod testoibits {
    use super::*;

    fn assert_send_sync<T: Send + Sync + std::panic::UnwindSafe>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<Attributor>();
        assert_send_sync::<AttributorBuilder>();
        assert_send_sync::<Document<'static>>();
        assert_send_sync::<Quote<'static>>();
        assert_send_sync::<Speaker<'static>>();
        assert_send_sync::<SpeakerId>();
        assert_send_sync::<Error>();
        assert_send_sync::<Span>();
    }
}
