//! Gold quotations from PolNeAR's own files: brat standoff annotations
//! (`.ann`) over a text (feature `eval`).
//!
//! The PolNeAR corpus (Newell, Margolin & Ruths, LREC 2018) publishes each
//! article as `data/<split>/text/<id>.txt` and its attributions as
//! `data/<split>/attributions/<id>_<annotator>.ann` in brat's standoff
//! format. [`gold_from_brat`] reads one article's annotation into a
//! [`GoldDoc`], the same gold that the project's converted corpus holds for
//! it, so that scores on the public layout and on the converted gold agree
//! exactly. Like the rest of [`eval`](super) it does no I/O: the caller
//! reads the two files (the `evaluate` example does, with
//! `--polnear DIR --split dev`).
//!
//! ```
//! use quote_attribution::eval::polnear::gold_from_brat;
//! use quote_attribution::QuoteKind;
//!
//! let text = "“We will win,” Jo Roe said. Officials said the vote was close.";
//! // Offsets count characters: “ is one.
//! let ann = "T1\tContent 0 14\t“We will win,”\n\
//!            T2\tSource 15 21\tJo Roe\n\
//!            T3\tCue 22 26\tsaid\n\
//!            T4\tAttribution 22 26\tsaid\n\
//!            E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n\
//!            T5\tSource 28 37\tOfficials\n\
//!            T6\tCue 38 42\tsaid\n\
//!            T7\tContent 43 61\tthe vote was close\n\
//!            T8\tAttribution 38 42\tsaid\n\
//!            E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n";
//! let gold = gold_from_brat(text, ann)?;
//! let q = &gold.quotes()[0];
//! assert_eq!((q.kind(), &text[q.span()]), (QuoteKind::Direct, "We will win,"));
//! assert_eq!((q.speaker(), q.cue()), (Some("Jo Roe"), Some("said")));
//! assert_eq!(&text[q.speaker_spans()[0]], "Jo Roe");
//! let q = &gold.quotes()[1];
//! assert_eq!((q.kind(), &text[q.span()]), (QuoteKind::Indirect, "the vote was close"));
//! # Ok::<(), quote_attribution::eval::polnear::BratError>(())
//! ```
//!
//! # From annotation to gold
//!
//! - Each event (`E` line) with a content becomes one gold quotation for
//!   each piece of its content. Its content is every text-bound annotation
//!   of a role named `Content` or `Content2`, `Content3`, …; the pieces are
//!   the annotation's fragments (`Content 10 20;25 40`) in text order, two
//!   of them joined into one piece when only blanks separate them. Each
//!   piece is trimmed of blanks. An event without content gives nothing.
//! - The **kind** comes from the double quotation marks (`“`, `”`, `"`):
//!   a piece with none is **indirect**. It is **direct** when it opens
//!   with one and that quotation runs to the piece's end: the only other
//!   double marks are a closing one (`”` or `"`) at the end, which only
//!   `? ! . , ; :` may follow, marks that reopen a paragraph (after a line
//!   break), and a second opening right after the first (`"“`). A piece
//!   that opens with a mark and never closes it is direct when it is one
//!   paragraph. Any other piece with a double mark is **mixed**. Single
//!   marks (`‘ ’ '`) are not counted.
//! - A direct piece's span is what stands inside the marks: after the
//!   opening mark, up to the closing one (if any). Others keep the trimmed
//!   piece.
//! - The **speaker** is the text of the `Source` role, its fragments
//!   joined (when only blanks separate them) and trimmed as the content's
//!   are, the pieces' texts joined by a space; its spans are the
//!   [speaker spans](super::GoldQuote::speaker_spans). An event with no
//!   source (PolNeAR's `Attribution-no-source`) has no speaker. The
//!   **cue** is read in the same way from the `Cue` role.
//! - Quotations are in order of their start (stably: events in file
//!   order, then their pieces). Offsets in a `.ann` file count characters
//!   (Unicode scalar values); gold offsets are UTF-8 byte offsets.
//! - Other annotations (`Discard`, `Discuss`, notes) are not quotations.
//!   An annotation's own text, which may run over several lines when it
//!   holds a line break, is not read: the offsets are the truth.
//!
//! An article annotated by several annotators has several `.ann` files;
//! the converted gold, and the `evaluate` example, take the first by file
//! name.

use super::{GoldDoc, GoldQuote};
use crate::{QuoteKind, Span};
use std::collections::HashMap;

/// What is wrong with a `.ann` file.
///
/// ```
/// use quote_attribution::eval::polnear::{gold_from_brat, BratError};
/// let err = gold_from_brat("short", "T1\tContent 0 99\tshort\nE1\tAttribution:T1 Content:T1\n").unwrap_err();
/// assert!(matches!(err, BratError::OutOfBounds { line: 1, .. }));
/// assert_eq!(err.to_string(), "line 1: offset 99 is past the end of the text (5 characters)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BratError {
    /// A text-bound annotation (`T` line) whose offsets do not read.
    #[error("line {line}: bad offsets {offsets:?}")]
    BadOffsets {
        /// The line, from 1.
        line: usize,
        /// The offsets as written.
        offsets: String,
    },
    /// An offset past the end of the text.
    #[error("line {line}: offset {offset} is past the end of the text ({len} characters)")]
    OutOfBounds {
        /// The line, from 1.
        line: usize,
        /// The offset, in characters.
        offset: usize,
        /// The length of the text in characters.
        len: usize,
    },
    /// An event argument naming no text-bound annotation of the file.
    #[error("line {line}: {id} is not a text-bound annotation of this file")]
    UnknownAnnotation {
        /// The line, from 1.
        line: usize,
        /// The id the event names (`T12`).
        id: String,
    },
}

/// Character ranges, from a `T` line.
type Fragments = Vec<(usize, usize)>;

/// Reads one article's brat annotation `ann` over its `text` into gold
/// quotations, as described in the [module documentation](self).
///
/// ```
/// use quote_attribution::eval::polnear::gold_from_brat;
/// use quote_attribution::QuoteKind;
///
/// // An interrupted quotation, annotated as one content of two fragments,
/// // gives two direct gold quotations with one speaker.
/// let text = "“We tried,” she said, “but failed.”";
/// let ann = "T1\tContent 0 11;22 35\t“We tried,” “but failed.”\n\
///            T2\tSource 12 15\tshe\n\
///            T3\tCue 16 20\tsaid\n\
///            E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";
/// let gold = gold_from_brat(text, ann)?;
/// let spans: Vec<&str> = gold.quotes().iter().map(|q| &text[q.span()]).collect();
/// assert_eq!(spans, ["We tried,", "but failed."]);
/// assert!(gold.quotes().iter().all(|q| q.kind() == QuoteKind::Direct && q.speaker() == Some("she")));
/// # Ok::<(), quote_attribution::eval::polnear::BratError>(())
/// ```
pub fn gold_from_brat(text: &str, ann: &str) -> Result<GoldDoc, BratError> {
    let chars: Vec<char> = text.chars().collect();
    // Byte offset of each character offset, the text's end included.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut bounds: HashMap<&str, Fragments> = HashMap::new();
    let mut events = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let line_no = n + 1;
        let mut fields = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        let numbered = |prefix: char| {
            id.strip_prefix(prefix)
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        };
        if numbered('T') {
            // `Type START END[;START END]*`; the text after the next tab is
            // not read.
            let Some((_, offsets)) = body.split_once(' ') else {
                continue;
            };
            let fragments = read_offsets(offsets, chars.len()).map_err(|e| match e {
                None => BratError::BadOffsets {
                    line: line_no,
                    offsets: offsets.to_string(),
                },
                Some(offset) => BratError::OutOfBounds {
                    line: line_no,
                    offset,
                    len: chars.len(),
                },
            })?;
            bounds.insert(id, fragments);
        } else if numbered('E') {
            events.push((line_no, body));
        }
        // Anything else (notes, relations, the continued text of an
        // annotation that holds a line break) is not a quotation.
    }

    let fragments_of = |line: usize, id: &str| {
        bounds.get(id).ok_or_else(|| BratError::UnknownAnnotation {
            line,
            id: id.to_string(),
        })
    };
    let mut quotes: Vec<GoldQuote> = Vec::new();
    for (line, body) in events {
        let (mut content, mut source, mut cue) = (Vec::new(), None, None);
        for arg in body.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            // `Content`, `Content2`, …; the trigger (`Attribution`) and any
            // other role carry no quotation.
            let base = role.trim_end_matches(|c: char| c.is_ascii_digit());
            match base {
                "Content" => content.extend_from_slice(fragments_of(line, id)?),
                "Source" => source
                    .get_or_insert_with(Vec::new)
                    .extend(fragments_of(line, id)?),
                "Cue" => cue
                    .get_or_insert_with(Vec::new)
                    .extend(fragments_of(line, id)?),
                _ => {}
            }
        }
        if content.is_empty() {
            continue;
        }
        let source = source.map(|f| pieces(&chars, f));
        let cue = cue.map(|f| pieces(&chars, f));
        let joined = |p: &[(usize, usize)]| -> String {
            p.iter()
                .map(|&(s, e)| &text[bytes[s]..bytes[e]])
                .collect::<Vec<_>>()
                .join(" ")
        };
        for (s, e) in pieces(&chars, content) {
            let (kind, (s, e)) = kind_and_span(&chars[s..e], s);
            let (start, end) = (bytes[s], bytes[e]);
            quotes.push(GoldQuote {
                id: None,
                kind,
                start,
                end,
                content: Some(text[start..end].to_string()),
                speaker: source.as_deref().map(joined),
                cue: cue.as_deref().map(joined),
                speaker_spans: source
                    .iter()
                    .flatten()
                    .map(|&(s, e)| Span::new(bytes[s], bytes[e]))
                    .collect(),
                optional: false,
            });
        }
    }
    quotes.sort_by_key(|q| q.start);
    Ok(GoldDoc::new(quotes))
}

/// `START END[;START END]*` in characters, each checked against the text
/// length: `Err(None)` when it does not read, `Err(Some(offset))` for an
/// offset past the end.
fn read_offsets(offsets: &str, len: usize) -> Result<Fragments, Option<usize>> {
    let mut out = Vec::new();
    for range in offsets.split(';') {
        let mut ends = range.split(' ').map(|n| n.parse::<usize>());
        let (Some(Ok(s)), Some(Ok(e)), None) = (ends.next(), ends.next(), ends.next()) else {
            return Err(None);
        };
        if s > e {
            return Err(None);
        }
        if e > len {
            return Err(Some(e));
        }
        out.push((s, e));
    }
    Ok(out)
}

/// A blank, as Python's `str.isspace` (with which the corpus was
/// converted) counts them.
fn blank(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The fragments in text order, those separated by blanks alone joined,
/// each trimmed of blanks.
fn pieces(chars: &[char], mut fragments: Fragments) -> Fragments {
    fragments.sort_unstable();
    let mut joined: Fragments = Vec::with_capacity(fragments.len());
    for (s, e) in fragments {
        match joined.last_mut() {
            Some(last) if s >= last.1 && chars[last.1..s].iter().all(|&c| blank(c)) => {
                last.1 = last.1.max(e);
            }
            // Overlapping fragments are joined too.
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => joined.push((s, e)),
        }
    }
    for (s, e) in &mut joined {
        while *s < *e && blank(chars[*s]) {
            *s += 1;
        }
        while *e > *s && blank(chars[*e - 1]) {
            *e -= 1;
        }
    }
    joined
}

/// Double quotation marks.
fn double_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"')
}

/// The kind of a trimmed content piece that starts at character `at`,
/// and its span in characters (inside the marks when direct).
fn kind_and_span(piece: &[char], at: usize) -> (QuoteKind, (usize, usize)) {
    let whole = (at, at + piece.len());
    if !piece.iter().any(|&c| double_mark(c)) {
        return (QuoteKind::Indirect, whole);
    }
    match direct_end(piece) {
        Some(end) => (QuoteKind::Direct, (at + 1, at + end)),
        None => (QuoteKind::Mixed, whole),
    }
}

/// Where the quotation that opens `piece` ends, when it runs to the
/// piece's end (see the [module documentation](self)).
fn direct_end(piece: &[char]) -> Option<usize> {
    if piece.len() < 2 || !matches!(piece[0], '“' | '"') {
        return None;
    }
    let mut reopened = false;
    let mut close = None;
    for (i, &c) in piece.iter().enumerate().skip(1) {
        if !double_mark(c) {
            continue;
        }
        // A second opening right after the first (`"“`).
        if i == 1 {
            continue;
        }
        // A mark at the start of a paragraph reopens the quotation.
        let before = piece[..i]
            .iter()
            .rev()
            .find(|&&c| !matches!(c, ' ' | '\t' | '\u{a0}'));
        if before == Some(&'\n') {
            reopened = true;
            continue;
        }
        if close.is_some() {
            return None;
        }
        close = Some(i);
    }
    match close {
        None if reopened => None,
        None => Some(piece.len()),
        Some(i) => {
            let closing = matches!(piece[i], '”' | '"');
            let rest_ok = piece[i + 1..]
                .iter()
                .all(|c| matches!(c, '?' | '!' | '.' | ',' | ';' | ':'));
            (closing && rest_ok).then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(pieces: &[&str]) -> Vec<(QuoteKind, String)> {
        pieces
            .iter()
            .map(|p| {
                let chars: Vec<char> = p.chars().collect();
                let (kind, (s, e)) = kind_and_span(&chars, 0);
                (kind, chars[s..e].iter().collect())
            })
            .collect()
    }

    #[test]
    fn kinds_follow_the_double_marks() {
        use QuoteKind::*;
        let got = kinds(&[
            "the vote was close",
            "‘single’ marks do not count",
            "“We won,”",
            "“Did we win”?",
            "\"Unclosed, in one paragraph.",
            "“First paragraph.\n\n“Second.”",
            "“First paragraph.\n\n“Second, never closed.",
            "\"“Doubled opening,”",
            "“A,” “B.”",
            "the plan was “a disaster”",
            "“Closed with an opening mark“",
            "\"",
        ]);
        let want = [
            (Indirect, "the vote was close"),
            (Indirect, "‘single’ marks do not count"),
            (Direct, "We won,"),
            (Direct, "Did we win"),
            (Direct, "Unclosed, in one paragraph."),
            (Direct, "First paragraph.\n\n“Second."),
            (Mixed, "“First paragraph.\n\n“Second, never closed."),
            (Direct, "“Doubled opening,"),
            (Mixed, "“A,” “B.”"),
            (Mixed, "the plan was “a disaster”"),
            (Mixed, "“Closed with an opening mark“"),
            (Mixed, "\""),
        ];
        let want: Vec<(QuoteKind, String)> =
            want.iter().map(|&(k, s)| (k, s.to_string())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn fragments_separated_by_blanks_are_joined_and_trimmed() {
        let chars: Vec<char> = "ab \n cd, ef ".chars().collect();
        assert_eq!(pieces(&chars, vec![(5, 12), (0, 3)]), [(0, 11)]);
        assert_eq!(pieces(&chars, vec![(0, 2), (9, 12)]), [(0, 2), (9, 11)]);
        assert_eq!(pieces(&chars, vec![(0, 4), (2, 7)]), [(0, 7)]);
    }

    #[test]
    fn offsets_count_characters_and_gold_offsets_bytes() {
        let text = "«Ça», dit-elle. “Très bien,” dit-il.";
        // Offsets in characters; the text has two-byte characters before them.
        let ann = "T1\tContent 16 28\t“Très bien,”\nT2\tSource 33 35\til\n\
                   E1\tAttribution:T2 Content:T1 Source:T2\n";
        let gold = gold_from_brat(text, ann).unwrap();
        let q = &gold.quotes()[0];
        assert_eq!(&text[q.span()], "Très bien,");
        assert_eq!(q.content(), Some("Très bien,"));
        assert_eq!(q.speaker(), Some("il"));
        assert_eq!(&text[q.speaker_spans()[0]], "il");
    }

    #[test]
    fn annotation_text_over_several_lines_is_skipped() {
        let text = "He said the plan\nhad failed. Done.";
        let ann = "T1\tContent 8 28\tthe plan\nhad failed\nT2\tSource 0 2\tHe\n\
                   E1\tAttribution-no-source:T2 Content:T1\nE2\tAttribution:T2\n";
        let gold = gold_from_brat(text, ann).unwrap();
        assert_eq!(gold.quotes().len(), 1);
        assert_eq!(&text[gold.quotes()[0].span()], "the plan\nhad failed.");
        assert_eq!(gold.quotes()[0].speaker(), None);
    }

    #[test]
    fn bad_files_are_errors() {
        let text = "abc";
        assert_eq!(
            gold_from_brat(text, "T1\tContent 2 1\tx\n"),
            Err(BratError::BadOffsets {
                line: 1,
                offsets: "2 1".into()
            })
        );
        assert_eq!(
            gold_from_brat(text, "T1\tContent 0 4\tx\n"),
            Err(BratError::OutOfBounds {
                line: 1,
                offset: 4,
                len: 3
            })
        );
        assert_eq!(
            gold_from_brat(text, "E1\tAttribution:T1 Content:T9\n"),
            Err(BratError::UnknownAnnotation {
                line: 1,
                id: "T9".into()
            })
        );
        assert_eq!(gold_from_brat(text, "").unwrap().quotes().len(), 0);
    }
}
