//! The crate's one error type.

use std::fmt;

/// An error from parsing or from building an [`Attributor`](crate::Attributor).
///
/// The error is opaque; [`Error::kind`] tells what went wrong.
///
/// ```
/// use quote_attribution::{parse_bytes, ErrorKind};
/// let err = parse_bytes(b"ok \xff bad").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 3 });
/// assert_eq!(err.to_string(), "input is not valid UTF-8: invalid byte at offset 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<ErrorKind>);

/// What kind of [`Error`] occurred.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input bytes are not valid UTF-8; `offset` is the first bad byte.
    #[error("input is not valid UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
    /// The input is longer than the limit set with
    /// [`AttributorBuilder::max_input_len`](crate::AttributorBuilder::max_input_len).
    #[error("input of {len} bytes exceeds the limit of {limit} bytes")]
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// A name read with `FromStr` (of [`QuoteKind`](crate::QuoteKind),
    /// [`RuleId`](crate::RuleId), [`MarkStyle`](crate::MarkStyle) or
    /// [`EntityKind`](crate::EntityKind)) names no value of the type.
    ///
    /// ```
    /// use quote_attribution::{ErrorKind, QuoteKind};
    /// let err = "quoted".parse::<QuoteKind>().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::UnknownName { name, .. } if name == "quoted"));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "unknown quotation kind `quoted`; expected one of: direct, mixed, indirect"
    /// );
    /// ```
    #[error("unknown {what} `{name}`; expected one of: {}", .expected.join(", "))]
    UnknownName {
        /// What was being read (`"quotation kind"`, `"rule"`, …).
        what: &'static str,
        /// The name that was given.
        name: String,
        /// The names the type knows.
        expected: &'static [&'static str],
    },
    /// An option given to the builder is invalid.
    #[error("invalid option `{option}`: {reason}")]
    InvalidOption {
        /// The name of the option.
        option: &'static str,
        /// Why the value was refused.
        reason: String,
    },
}

impl Error {
    /// What went wrong.
    ///
    /// ```
    /// use quote_attribution::{Attributor, ErrorKind};
    /// let err = Attributor::builder().min_confidence(2.0).build().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidOption { option: "min_confidence", .. }));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consumes the error, returning its kind.
    ///
    /// ```
    /// use quote_attribution::{parse_bytes, ErrorKind};
    /// let kind = parse_bytes(b"\xc3").unwrap_err().into_kind();
    /// assert_eq!(kind, ErrorKind::InvalidUtf8 { offset: 0 });
    /// ```
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

/// A `Result` whose error is this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
