//! Stage 2: quotation-mark scanning.
//!
//! Two passes, as in `pulldown-cmark`'s smart punctuation: [`marks`]
//! classifies every candidate mark from its neighbours alone (can it open,
//! can it close, is it an apostrophe), and [`pair()`] matches openers with
//! closers of the same style, per paragraph, carrying a quotation over a
//! paragraph break when the next paragraph reopens it.

pub(crate) mod marks;
pub(crate) mod pair;

pub use marks::MarkStyle;
pub(crate) use pair::{pair, Quotation};
