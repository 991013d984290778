//! Classifying quotation-mark candidates from their neighbours.

use crate::lexicon::{default_lexicon, key_in, List};
use crate::segment::{is_invisible, is_quote_char};
use crate::tokens::{TokIdx, TokKind, Token};
use serde::Serialize;
use std::str::FromStr;

/// The typographic style of a quotation's marks.
///
/// Pairing is by style: a curly opening mark is closed only by a curly
/// closing mark, a straight mark by a straight mark.
///
/// ```
/// use quote_attribution::{parse, MarkStyle};
/// let doc = parse("‘We will win,’ she said.");
/// assert_eq!(doc.quotes()[0].mark_style(), Some(MarkStyle::CurlySingle));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarkStyle {
    /// `“…”`, also `„…“` and `„…”`.
    CurlyDouble,
    /// `"…"`, also `''…''` and two backticks.
    StraightDouble,
    /// `‘…’`, also `‚…‘`.
    CurlySingle,
    /// `'…'`.
    StraightSingle,
    /// `«…»`.
    Guillemet,
    /// `‹…›`.
    SingleGuillemet,
}

impl MarkStyle {
    /// Every style, in the order of the type.
    ///
    /// ```
    /// assert_eq!(quote_attribution::MarkStyle::ALL.len(), 6);
    /// ```
    pub const ALL: &'static [MarkStyle] = &[
        MarkStyle::CurlyDouble,
        MarkStyle::StraightDouble,
        MarkStyle::CurlySingle,
        MarkStyle::StraightSingle,
        MarkStyle::Guillemet,
        MarkStyle::SingleGuillemet,
    ];

    /// The snake-case name used in JSON (`"curly_double"`, …).
    ///
    /// ```
    /// assert_eq!(quote_attribution::MarkStyle::CurlySingle.as_str(), "curly_single");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            MarkStyle::CurlyDouble => "curly_double",
            MarkStyle::StraightDouble => "straight_double",
            MarkStyle::CurlySingle => "curly_single",
            MarkStyle::StraightSingle => "straight_single",
            MarkStyle::Guillemet => "guillemet",
            MarkStyle::SingleGuillemet => "single_guillemet",
        }
    }

    /// Whether this is a double-mark style (the usual outer quotation).
    pub fn is_double(self) -> bool {
        matches!(
            self,
            MarkStyle::CurlyDouble | MarkStyle::StraightDouble | MarkStyle::Guillemet
        )
    }

    /// Whether `c` is one of the characters the style's marks are made of
    /// (either side).
    pub(crate) fn is_mark(self, c: char) -> bool {
        match self {
            MarkStyle::CurlyDouble => matches!(c, '“' | '”' | '„' | '‟'),
            MarkStyle::StraightDouble => matches!(c, '"' | '\'' | '`'),
            MarkStyle::CurlySingle => matches!(c, '‘' | '’' | '‚' | '‛'),
            MarkStyle::StraightSingle => c == '\'',
            MarkStyle::Guillemet => matches!(c, '«' | '»'),
            MarkStyle::SingleGuillemet => matches!(c, '‹' | '›'),
        }
    }

    /// A bit of its own, for sets of styles in a `u8`. (A match with no
    /// catch-all: a new style must be given a bit before the crate
    /// compiles.)
    #[inline]
    pub(crate) const fn bit(self) -> u8 {
        match self {
            MarkStyle::CurlyDouble => 1,
            MarkStyle::StraightDouble => 2,
            MarkStyle::CurlySingle => 4,
            MarkStyle::StraightSingle => 8,
            MarkStyle::Guillemet => 16,
            MarkStyle::SingleGuillemet => 32,
        }
    }
}

impl std::fmt::Display for MarkStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads the name that [`MarkStyle::as_str`] gives.
///
/// ```
/// use quote_attribution::MarkStyle;
/// assert_eq!("guillemet".parse::<MarkStyle>()?, MarkStyle::Guillemet);
/// assert!("curly".parse::<MarkStyle>().is_err());
/// # Ok::<(), quote_attribution::Error>(())
/// ```
impl FromStr for MarkStyle {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<MarkStyle, crate::Error> {
        crate::model::from_name(
            "mark style",
            s,
            MarkStyle::ALL,
            MarkStyle::as_str,
            &[
                "curly_double",
                "straight_double",
                "curly_single",
                "straight_single",
                "guillemet",
                "single_guillemet",
            ],
        )
    }
}

crate::model::deserialize_from_str!(MarkStyle);

/// What a mark can do, judged from its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Open,
    Close,
    /// A straight mark that could open or close.
    Either,
    /// Not a quotation mark: an apostrophe or elision (`’90s`, `rock ’n’ roll`).
    Apostrophe,
    /// An elision where a quotation may open (`'Tis the season,' she
    /// said.`): an apostrophe, unless a closing mark of its style later in
    /// the paragraph finds no other opener, when it opens the quotation as
    /// well.
    Elision,
}

/// A classified mark: its token index, style and role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    pub tok: TokIdx,
    pub style: MarkStyle,
    pub role: Role,
}

#[inline]
fn is_open_punct(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '―' | '-' | '/' | '…') || is_quote_char(c)
}

/// Whether a mark starting with the character `c` may open a quotation (or
/// reopen one in a later paragraph): [`classify`] gives every other
/// character [`Role::Close`] or [`Role::Apostrophe`], or no mark at all,
/// wherever it stands. The one definition of an opening mark: the pipeline
/// asks it of a paragraph's first character, so as not to cut a chunk
/// before a paragraph that reopens a quotation.
#[inline]
pub(crate) fn may_open(c: char) -> bool {
    is_quote_char(c) && !matches!(c, '»' | '›')
}

/// Whether `next`, the text right after a mark, starts with a word an
/// apostrophe elides (`’em`, `’n’`, `'til`; [`List::ElidedWord`], any
/// case) or with a digit (`’90s`). The word is the run of alphanumeric
/// characters, lowercased.
fn is_elided_word(next: &str) -> bool {
    if next.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let end = next
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(next.len(), |(i, _)| i);
    let word = &next[..end];
    let listed = |w: &[u8]| {
        key_in(w, 0, w.len())
            .is_some_and(|key| default_lexicon().lists(key) & List::ElidedWord.bit() != 0)
    };
    if word.is_ascii() {
        // The key folds ASCII case.
        listed(word.as_bytes())
    } else {
        // A letter beyond ASCII may lowercase to one (`K`, the Kelvin sign).
        let lower: String = word.chars().flat_map(char::to_lowercase).collect();
        listed(lower.as_bytes())
    }
}

/// Classifies the quote-character token `t` (index `ti`) of `text`.
///
/// `base` is the offset of `text` in the document. Returns `None` for a
/// token that is no quote character.
pub(crate) fn classify(text: &str, base: usize, ti: TokIdx, t: &Token) -> Option<Mark> {
    if t.kind != TokKind::QuoteChar {
        return None;
    }
    let s = t.start as usize - base;
    let e = t.end as usize - base;
    let mark = &text[s..e];
    // Direction marks and zero-width characters are looked through.
    let visible = |c: &char| !is_invisible(*c);
    let prev = text[..s].chars().rev().find(visible).filter(|c| *c != '\n');
    let after = &text[e..];
    let after = after.trim_start_matches(is_invisible);
    let next = after.chars().next().filter(|c| *c != '\n');
    let blank = |c: Option<char>| c.is_none_or(char::is_whitespace);
    // An elision at a word's start: where a quotation may open too (at the
    // line's start, after a colon or comma, or before a capital: `'Tis`),
    // an [`Role::Elision`].
    let elision = || {
        let lead = text[..s]
            .trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c))
            .chars()
            .next_back();
        let initial = lead.is_none_or(|c| matches!(c, '\n' | ':' | ',' | '(' | '—'));
        if initial || after.starts_with(char::is_uppercase) {
            Role::Elision
        } else {
            Role::Apostrophe
        }
    };
    // Left-flanking: may open. Right-flanking: may close.
    let left = !blank(next) && (blank(prev) || prev.is_some_and(is_open_punct));
    let right = !blank(prev)
        && (blank(next)
            || next.is_some_and(|c| {
                c.is_ascii_punctuation() || is_quote_char(c) || !c.is_alphanumeric()
            }));
    let flank = |open_style: bool| match (left, right) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ if open_style => Role::Open,
        _ => Role::Either,
    };
    let (style, role) = match mark {
        "“" | "‟" => (
            MarkStyle::CurlyDouble,
            if right && !left {
                Role::Close
            } else {
                Role::Open
            },
        ),
        "„" => (MarkStyle::CurlyDouble, Role::Open),
        "”" => (
            MarkStyle::CurlyDouble,
            if left && !right {
                Role::Open
            } else {
                Role::Close
            },
        ),
        "\"" | "''" => (MarkStyle::StraightDouble, flank(false)),
        "``" => (MarkStyle::StraightDouble, Role::Open),
        "‘" | "‛" | "‚" => {
            if next.is_some_and(|c| c.is_ascii_digit()) {
                (MarkStyle::CurlySingle, elision())
            } else if right && !left {
                (MarkStyle::CurlySingle, Role::Close)
            } else {
                (MarkStyle::CurlySingle, Role::Open)
            }
        }
        "’" => {
            let role = if left && !right {
                // A right mark at a word's start is an elision (’em, ’90s)
                // unless it plainly opens a phrase.
                if is_elided_word(after) {
                    elision()
                } else {
                    Role::Open
                }
            } else if right {
                Role::Close
            } else {
                Role::Apostrophe
            };
            (MarkStyle::CurlySingle, role)
        }
        "'" => {
            let role = match (left, right) {
                (true, false) if is_elided_word(after) => elision(),
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => Role::Apostrophe,
            };
            (MarkStyle::StraightSingle, role)
        }
        "«" => (MarkStyle::Guillemet, Role::Open),
        "»" => (MarkStyle::Guillemet, Role::Close),
        "‹" => (MarkStyle::SingleGuillemet, Role::Open),
        "›" => (MarkStyle::SingleGuillemet, Role::Close),
        "`" => (MarkStyle::StraightSingle, Role::Open),
        _ => return None,
    };
    // `rock ’n’ roll`: both marks around a lone n are elisions.
    let before_n = after.starts_with("n ") || after.starts_with("n’") || after.starts_with("n'");
    let after_n = text[..s].ends_with('n')
        && text[..s]
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| matches!(c, '’' | '\''));
    let role = if matches!(mark, "’" | "'") && ((before_n && blank(prev)) || after_n) {
        Role::Apostrophe
    } else {
        role
    };
    Some(Mark {
        tok: ti,
        style,
        role,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(String, Role)> {
        let seg = crate::segment::segmented(text);
        seg.tokens
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                classify(text, 0, TokIdx::new(i), t).map(|m| (t.text(text).to_string(), m.role))
            })
            .collect()
    }

    #[test]
    fn curly_double_marks() {
        assert_eq!(
            roles("He said “yes” today."),
            [("“".into(), Role::Open), ("”".into(), Role::Close)]
        );
    }

    #[test]
    fn straight_marks_by_flanking() {
        assert_eq!(
            roles("He said \"yes\" today."),
            [("\"".into(), Role::Open), ("\"".into(), Role::Close)]
        );
    }

    #[test]
    fn elisions_are_apostrophes() {
        for text in ["the ’90s boom", "rock ’n’ roll", "get ’em out", "the '80s"] {
            assert!(
                roles(text).iter().all(|(_, r)| *r == Role::Apostrophe),
                "{text}: {:?}",
                roles(text)
            );
        }
    }

    #[test]
    fn elided_words_in_any_case() {
        for next in [
            "em out",
            "EM",
            "n’ roll",
            "Til then",
            "twas",
            "cos.",
            "90s",
            "1",
        ] {
            assert!(is_elided_word(next), "{next:?}");
        }
        for next in [
            "", " em", "emu", "tiles", "nuffs", "a", "é", "ém", "x9", "-em",
        ] {
            assert!(!is_elided_word(next), "{next:?}");
        }
    }

    #[test]
    fn only_the_marks_that_may_open_open() {
        // Every quote character, before and after every kind of neighbour:
        // wherever `classify` lets a mark open, `may_open` says it may.
        let marks = [
            "\"", "'", "`", "''", "``", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "‟", "‛",
        ];
        let befores = ["", " ", "\n", "a", "s", "(", "—", "“", ".", "\u{200b}"];
        let afters = [
            "",
            " ",
            "\n",
            "a",
            "A",
            "1",
            "n ",
            "em ",
            ".",
            ",",
            "”",
            "\u{200b}b",
        ];
        let mut opened = String::new();
        for mark in marks {
            for before in befores {
                for after in afters {
                    let text = format!("{before}{mark}{after}");
                    let seg = crate::segment::segmented(&text);
                    for (i, t) in seg.tokens.iter().enumerate() {
                        let Some(m) = classify(&text, 0, TokIdx::new(i), t) else {
                            continue;
                        };
                        let c = t.text(&text).chars().next().unwrap();
                        if matches!(m.role, Role::Open | Role::Either) {
                            assert!(may_open(c), "{text:?}: {m:?}");
                            opened.push(c);
                        }
                    }
                }
            }
        }
        // And every character `may_open` accepts does open somewhere.
        for c in marks
            .iter()
            .flat_map(|m| m.chars())
            .filter(|&c| may_open(c))
        {
            assert!(opened.contains(c), "{c:?}");
        }
    }

    #[test]
    fn style_bits_are_distinct() {
        let styles = MarkStyle::ALL;
        let all = styles.iter().fold(0u8, |set, s| {
            assert_eq!(s.bit().count_ones(), 1, "{s:?}");
            assert_eq!(set & s.bit(), 0, "{s:?}");
            set | s.bit()
        });
        assert_eq!(all.count_ones() as usize, styles.len());
    }

    #[test]
    fn plural_possessive_may_close() {
        // Whether it closes is the pairing's decision; here it only may.
        assert_eq!(roles("the students’ union"), [("’".into(), Role::Close)]);
    }
}
