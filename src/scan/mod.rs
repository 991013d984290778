//! Stage 2: quotation-mark scanning.
//!
//! Two passes, as in `pulldown-cmark`'s smart punctuation: [`marks`]
//! classifies every candidate mark from its neighbours alone (can it open,
//! can it close, is it an apostrophe), and [`pair()`] matches openers with
//! closers of the same style, per paragraph, carrying a quotation over a
//! paragraph break when the next paragraph reopens it. [`scan`] runs both
//! and returns the quotations as a [`QuoteIndex`].

pub(crate) mod index;
pub(crate) mod marks;
pub(crate) mod pair;

pub(crate) use index::{QuoteIdx, QuoteIndex};
pub(crate) use marks::may_open;
pub use marks::MarkStyle;
pub(crate) use pair::{pair, Quotation};

use crate::segment::Segments;

/// Finds the quotations of the chunk `text` (at offset `base` in the
/// document) in its segments `seg`, keeps those marked in one of `styles`
/// (all when `None`), and returns them indexed in `out` (whose buffers are
/// reused).
///
/// The scanner's output also includes one bit of every token, which it
/// sets itself: [`OPENS`](crate::tokens::OPENS) on the marks that open or
/// reopen a top-level quotation. Nothing else changes the segments.
pub(crate) fn scan(
    text: &str,
    base: usize,
    seg: &mut Segments,
    styles: Option<&[MarkStyle]>,
    out: &mut QuoteIndex,
) {
    pair(text, base, seg, &mut out.quotes);
    if let Some(styles) = styles {
        out.quotes.retain(|q| styles.contains(&q.style));
    }
    index::build(seg, out);
}
