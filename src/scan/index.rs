//! The scanner's output: the quotations of a chunk, the top-level ones,
//! and which quotation each opening mark opens.

use super::pair::Quotation;
use crate::segment::Segments;
use crate::tokens::{TokIdx, OPENS};

/// The index of a quotation in its chunk's [`QuoteIndex::quotes`]. It
/// indexes the quotations (`quotes[q]`) and any per-quotation list, such
/// as the rules' claimed flags (`claimed[q]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct QuoteIdx(u32);

impl QuoteIdx {
    /// The `i`-th quotation (a chunk holds far fewer than 2^32).
    #[inline]
    pub fn new(i: usize) -> QuoteIdx {
        QuoteIdx(i as u32)
    }

    /// The index as a `usize`.
    #[inline]
    pub fn as_usize(self) -> usize {
        self.0 as usize
    }
}

crate::tokens::index_by!(QuoteIdx);

/// The quotations of one chunk, and the lookups the later stages make.
#[derive(Clone, Debug, Default)]
pub(crate) struct QuoteIndex {
    /// Every quotation (nested ones too), by start.
    pub quotes: Vec<Quotation>,
    /// Indices into `quotes` of the top-level quotations (those inside no
    /// other), by start: atomic units for sentences and rules.
    pub top: Vec<QuoteIdx>,
    /// For a token flagged [`OPENS`] (the opening mark of a top-level
    /// quotation, or a mark that reopens it in a later paragraph), the
    /// quotation's index into `quotes`. Read at no other token: entries
    /// there are left from earlier chunks, not cleared.
    pub at: Vec<QuoteIdx>,
    /// For a token flagged [`OPENS`], one past the last token of its
    /// quotation in the token's paragraph (like `at`, read at no other
    /// token).
    pub end_at: Vec<TokIdx>,
}

/// Indexes `out.quotes`, the quotations of `seg` by start, and flags the
/// tokens that open or reopen a top-level one [`OPENS`].
pub(super) fn build(seg: &mut Segments, out: &mut QuoteIndex) {
    let QuoteIndex {
        quotes,
        top,
        at,
        end_at,
    } = out;
    // `at` and `end_at` are read only at tokens flagged `OPENS`, and
    // written at every one of those below, so they are not cleared.
    let n = seg.tokens.len();
    top.clear();
    if at.len() < n {
        at.resize(n, QuoteIdx(u32::MAX));
        end_at.resize(n, TokIdx::NONE);
    }
    let mut covered_to = TokIdx::new(0);
    for (qi, q) in quotes.iter().enumerate() {
        if q.open < covered_to {
            continue; // nested
        }
        covered_to = q.end_tok;
        top.push(QuoteIdx::new(qi));
        for &o in std::iter::once(&q.open).chain(q.reopens.iter()) {
            let para = &seg.paragraphs[seg.tokens[o].para];
            at[o] = QuoteIdx::new(qi);
            seg.tokens[o].flags |= OPENS;
            end_at[o] = q.end_tok.min(TokIdx::new(para.tokens.end));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::{scan, MarkStyle};
    use crate::segment::segment;

    /// The texts of the top-level quotations, and of the tokens flagged
    /// `OPENS` with the quotation each opens.
    fn index(text: &str) -> (Vec<&str>, Vec<(&str, &str)>) {
        let mut seg = crate::segment::segmented(text);
        let mut out = QuoteIndex::default();
        scan(text, 0, &mut seg, None, &mut out);
        let top = out
            .top
            .iter()
            .map(|&q| &text[out.quotes[q].content])
            .collect();
        let opens = (0..seg.tokens.len())
            .filter(|&i| seg.tokens[i].is(OPENS))
            .map(|i| {
                let q = &out.quotes[out.at[i]];
                assert_eq!(
                    out.at[i],
                    out.top[out.top.partition_point(|&k| k < out.at[i])]
                );
                let end = &seg.tokens[out.end_at[i].as_usize() - 1];
                assert_eq!(end.para, seg.tokens[i].para);
                (seg.tokens[i].text(text), &text[q.content])
            })
            .collect();
        (top, opens)
    }

    #[test]
    fn nested_quotations_are_not_top_level() {
        let (top, opens) = index("“He called it ‘a disgrace’,” she said. “Yes.”");
        assert_eq!(top, ["He called it ‘a disgrace’,", "Yes."]);
        assert_eq!(opens, [("“", "He called it ‘a disgrace’,"), ("“", "Yes.")]);
    }

    #[test]
    fn reopening_marks_open_their_quotation() {
        let text = "“First part.\n“Second part.”\nHe left.";
        let (top, opens) = index(text);
        assert_eq!(top, ["First part.\n“Second part."]);
        assert_eq!(opens, [("“", top[0]), ("“", top[0])]);
    }

    #[test]
    fn only_the_chosen_styles_are_indexed() {
        let text = "\"Straight,\" he said. “Curly,” she said.";
        let mut seg = crate::segment::segmented(text);
        let mut out = QuoteIndex::default();
        let styles = [MarkStyle::CurlyDouble];
        scan(text, 0, &mut seg, Some(&styles), &mut out);
        assert_eq!(out.quotes.len(), 1);
        assert_eq!(&text[out.quotes[0].content], "Curly,");
        let opens: Vec<&str> = seg
            .tokens
            .iter()
            .filter(|t| t.is(OPENS))
            .map(|t| t.text(text))
            .collect();
        assert_eq!(opens, ["“"]);
    }

    #[test]
    fn a_token_opens_only_in_its_own_chunk() {
        // Entries left from a longer chunk are never read: only flagged
        // tokens are, and a new chunk's tokens start unflagged.
        let mut seg = Segments::default();
        let mut out = QuoteIndex::default();
        let long = "“A,” he said. “B,” she said.";
        segment(long, 0..long.len(), crate::lexicon::class_table(), &mut seg);
        scan(long, 0, &mut seg, None, &mut out);
        let short = "No quotation here at all.";
        segment(
            short,
            0..short.len(),
            crate::lexicon::class_table(),
            &mut seg,
        );
        scan(short, 0, &mut seg, None, &mut out);
        assert!(out.top.is_empty());
        assert!(seg.tokens.iter().all(|t| !t.is(OPENS)));
    }
}
