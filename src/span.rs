//! Byte spans into the input text.
//!
//! Every offset the crate reports is a [`Span`]: a half-open range of UTF-8
//! byte offsets into the text that was parsed. Spans produced by the library
//! always lie on `char` boundaries, so `&text[span]` never panics.

use serde::{Deserialize, Serialize};
use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the parsed text.
///
/// `Span` is `Copy` (unlike `Range<usize>`), and `str` can be indexed by it.
///
/// ```
/// use quote_attribution::Span;
/// let text = "“Hello,” she said.";
/// let span = Span::new(3, 9);
/// assert_eq!(&text[span], "Hello,");
/// assert_eq!(span.len(), 6);
/// ```
///
/// In JSON: `{"start": 3, "end": 9}`. Reading a span whose end is before
/// its start fails.
///
/// ```
/// use quote_attribution::Span;
/// let span: Span = serde_json::from_str(r#"{"start": 3, "end": 9}"#)?;
/// assert_eq!(span, Span::new(3, 9));
/// assert_eq!(serde_json::to_string(&span)?, r#"{"start":3,"end":9}"#);
/// assert!(serde_json::from_str::<Span>(r#"{"start": 9, "end": 3}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(try_from = "SpanRepr")]
pub struct Span {
    start: usize,
    end: usize,
}

/// A [`Span`] as read, before its order is checked.
#[derive(Deserialize)]
struct SpanRepr {
    start: usize,
    end: usize,
}

impl TryFrom<SpanRepr> for Span {
    type Error = String;
    fn try_from(r: SpanRepr) -> Result<Span, String> {
        if r.end < r.start {
            Err(format!("span end {} before its start {}", r.end, r.start))
        } else {
            Ok(Span::new(r.start, r.end))
        }
    }
}

impl Span {
    /// Creates a span. If `end < start`, the span is empty at `start`.
    ///
    /// ```
    /// use quote_attribution::Span;
    /// assert!(Span::new(5, 2).is_empty());
    /// ```
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The first byte of the span.
    ///
    /// ```
    /// # use quote_attribution::Span;
    /// assert_eq!(Span::new(1, 4).start(), 1);
    /// ```
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    ///
    /// ```
    /// # use quote_attribution::Span;
    /// assert_eq!(Span::new(1, 4).end(), 4);
    /// ```
    #[inline]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The number of bytes in the span.
    ///
    /// ```
    /// # use quote_attribution::Span;
    /// assert_eq!(Span::new(1, 4).len(), 3);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// # use quote_attribution::Span;
    /// assert!(Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    ///
    /// ```
    /// # use quote_attribution::Span;
    /// assert_eq!(Span::new(1, 4).range(), 1..4);
    /// ```
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span covering both `self` and `other`.
    ///
    /// ```
    /// # use quote_attribution::Span;
    /// assert_eq!(Span::new(1, 4).cover(Span::new(6, 9)), Span::new(1, 9));
    /// ```
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies entirely inside `self`.
    ///
    /// ```
    /// # use quote_attribution::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 3)));
    /// ```
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Shrinks the span so that it starts and ends on non-blank characters.
    pub(crate) fn trim(self, text: &str) -> Span {
        let s = &text[self.range()];
        let lead = s.len() - s.trim_start().len();
        let core = s.trim();
        Span::new(self.start + lead, self.start + lead + core.len())
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl PartialEq<Range<usize>> for Span {
    fn eq(&self, other: &Range<usize>) -> bool {
        self.start == other.start && self.end == other.end
    }
}

/// Slices a text by a span: `&text[span]`, as `&text[span.range()]`.
///
/// ```
/// use quote_attribution::Span;
/// assert_eq!(&"a quote"[Span::new(2, 7)], "quote");
/// ```
impl Index<Span> for str {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// Slices a `String` by a span, as `str` does.
///
/// ```
/// let text = String::from("She said it rained.");
/// let doc = quote_attribution::parse(&text);
/// assert_eq!(&text[doc.quotes()[0].span()], "it rained");
/// ```
impl Index<Span> for String {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_keeps_char_boundaries() {
        let text = "  “é”  ";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(&text[s], "“é”");
    }

    #[test]
    fn reversed_span_is_empty() {
        assert_eq!(Span::new(7, 3), Span::new(7, 7));
    }
}
