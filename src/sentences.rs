//! Sentences: the stage after scanning. Sentences are found once the
//! quotations are known, because a quotation is never split by a sentence
//! boundary: [`sentences`] takes the segments and the scanner's
//! [`QuoteIndex`] and returns each paragraph's sentences.

use crate::scan::QuoteIndex;
use crate::segment::{is_initial, Segments};
use crate::tokens::{TokIdx, TokKind, Token, CAP, DIGIT, OPENS, SP_BEFORE, TERMINAL};
use std::ops::Range;

/// A sentence: a range of tokens in one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub tokens: Range<usize>,
}

/// Splits every paragraph of the chunk `text` (at offset `base`) into
/// sentences, into `out`. A top-level quotation of `quotes` (its opening
/// token flagged [`OPENS`]) is crossed whole, so a sentence never ends
/// inside it.
pub(crate) fn sentences(
    text: &str,
    base: usize,
    seg: &Segments,
    quotes: &QuoteIndex,
    out: &mut Vec<Sentence>,
) {
    out.clear();
    // For a token flagged `OPENS`, one past the end of its quotation in
    // its paragraph (read at no other token).
    let quote_end_at = &quotes.end_at[..];
    let toks = &seg.tokens;
    let tt = |i: usize| -> &str {
        let t = &toks[i];
        &text[t.start as usize - base..t.end as usize - base]
    };
    let terminal = |i: usize| toks[i].is(TERMINAL);
    for p in &seg.paragraphs {
        crate::work::steps(p.tokens.len() + 1);
        let mut s = p.tokens.start;
        let mut i = p.tokens.start;
        while i < p.tokens.end {
            // Most tokens neither open a quotation nor end a sentence:
            // step over them in a loop that tests only the flags.
            let rest = &toks[i..p.tokens.end];
            i += rest
                .iter()
                .position(|t| t.flags & (OPENS | TERMINAL) != 0)
                .unwrap_or(rest.len());
            if i == p.tokens.end {
                break;
            }
            let qe = if toks[i].is(OPENS) {
                quote_end_at[i]
            } else {
                TokIdx::NONE
            };
            if qe != TokIdx::NONE && qe.as_usize() > i + 1 {
                // A quotation: a sentence may end right after it when its
                // content ends with terminal punctuation and a capital follows.
                let last = qe.as_usize().min(p.tokens.end);
                let inner_end = last.saturating_sub(2);
                let term = last > i + 1 && terminal(inner_end.max(i));
                i = last;
                if term && i < p.tokens.end && starts_sentence(&toks[i], tt(i)) {
                    out.push(Sentence { tokens: s..i });
                    s = i;
                }
                continue;
            }
            let t = &toks[i];
            if terminal(i) {
                let prev_word = (toks[i].end - toks[i].start == 1
                    && text.as_bytes()[toks[i].start as usize - base] == b'.'
                    && i > p.tokens.start
                    && toks[i - 1].kind == TokKind::Word
                    && toks[i - 1].end == t.start)
                    .then(|| (&toks[i - 1], tt(i - 1)));
                let mut j = i + 1;
                // Closing marks and brackets belong to the sentence they end.
                while j < p.tokens.end
                    && !toks[j].is(SP_BEFORE)
                    && (toks[j].kind == TokKind::QuoteChar || matches!(tt(j), ")" | "]"))
                {
                    j += 1;
                }
                if j < p.tokens.end && ends_sentence(prev_word, &toks[j], tt(j)) {
                    out.push(Sentence { tokens: s..j });
                    s = j;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        if s < p.tokens.end {
            out.push(Sentence {
                tokens: s..p.tokens.end,
            });
        }
    }
}

/// Whether a period after the word `prev_word` (its token and text; `None`
/// for any other terminal mark) ends a sentence before `next`. The words'
/// lexical classes (a user's titles included) are read from their tokens.
fn ends_sentence(prev_word: Option<(&Token, &str)>, next: &Token, next_text: &str) -> bool {
    use crate::lexicon::{ABBREVIATION, FUNCTION, TITLE};
    if !starts_sentence(next, next_text) {
        return false;
    }
    match prev_word {
        // "Mr. Smith", "George W. Bush": never a boundary.
        Some((_, w)) if is_initial(w) => false,
        // A title: capitalised, no boundary (`Gov. Roe`), unless a whole
        // word before a capitalised function word (`met the President.
        // He left`); lowercase, a sentence's last word (`the club's
        // captain. Asked …`).
        // (A title in capitals that is no abbreviation, `CEO`, ends one.)
        Some((t, w))
            if t.lex & TITLE != 0
                && t.is(CAP)
                && !(crate::segment::is_all_capitals(w) && t.lex & ABBREVIATION == 0) =>
        {
            w.len() > 5 && next.lex & FUNCTION != 0
        }
        Some((t, _)) if t.lex & TITLE != 0 => true,
        // "the U.S. He said", but "Sept. 11".
        // `U.S. Embassy` goes on; `the U.S. He left` ends: after a dotted
        // abbreviation only a capitalised function word starts a sentence.
        Some((_, w)) if w.contains('.') => next.is(CAP) && next.lex & FUNCTION != 0,
        // Other abbreviations (`Inc.`, `Sept.`).
        Some((t, _)) if t.lex & ABBREVIATION != 0 => next.is(CAP),
        _ => true,
    }
}

#[inline]
fn starts_sentence(t: &Token, s: &str) -> bool {
    t.is(CAP)
        || t.is(DIGIT)
        || t.kind == TokKind::QuoteChar
        || (t.kind == TokKind::Punct && matches!(s, "(" | "["))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text`, once its quotations are known.
    fn split(text: &str) -> Vec<&str> {
        let mut seg = crate::segment::segmented(text);
        let mut quotes = QuoteIndex::default();
        crate::scan::scan(text, 0, &mut seg, None, &mut quotes);
        let mut out = Vec::new();
        sentences(text, 0, &seg, &quotes, &mut out);
        out.iter()
            .map(|s| {
                &text[seg.tokens[s.tokens.start].start as usize
                    ..seg.tokens[s.tokens.end - 1].end as usize]
            })
            .collect()
    }

    #[test]
    fn quotations_are_crossed_whole() {
        assert_eq!(
            split("He said “No. Never. Not once.” Then he left. “Go!” She went.\nNext one."),
            [
                "He said “No. Never. Not once.”",
                "Then he left.",
                "“Go!”",
                "She went.",
                "Next one."
            ]
        );
        // A quotation that ends without terminal punctuation ends no sentence.
        assert_eq!(
            split("They called it “a farce” Officials said."),
            ["They called it “a farce” Officials said."]
        );
    }

    #[test]
    fn sentences_do_not_split_after_titles() {
        let text = "Mr. Smith said no. She left. Then U.S. officials came.";
        let seg = crate::segment::segmented(text);
        let mut out = Vec::new();
        sentences(text, 0, &seg, &QuoteIndex::default(), &mut out);
        let s: Vec<&str> = out
            .iter()
            .map(|s| {
                &text[seg.tokens[s.tokens.start].start as usize
                    ..seg.tokens[s.tokens.end - 1].end as usize]
            })
            .collect();
        assert_eq!(
            s,
            [
                "Mr. Smith said no.",
                "She left.",
                "Then U.S. officials came."
            ]
        );
    }

    fn count(text: &str) -> usize {
        let seg = crate::segment::segmented(text);
        let mut out = Vec::new();
        sentences(text, 0, &seg, &QuoteIndex::default(), &mut out);
        out.len()
    }

    #[test]
    fn a_lowercase_title_ends_a_sentence() {
        assert_eq!(
            count("He thanked the captain. Asked why, he smiled. Gov. Roe came."),
            3
        );
    }

    #[test]
    fn a_title_in_capitals_ends_a_sentence() {
        // (`CEO` is no abbreviation: its period ends the sentence.)
        let text = "said Jo Roe, its president and CEO. That puts it short. Gov. Roe came.";
        assert_eq!(count(text), 3);
    }
}
