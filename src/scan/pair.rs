//! Pairing classified marks into quotations.

use super::marks::{classify, Mark, MarkStyle, Role};
use crate::segment::Segments;
use crate::span::Span;
use crate::tokens::{ParaIdx, TokIdx, TokKind};

/// How far down the opener stack a closer looks for its partner. Bounds the
/// cost of pathological inputs (thousands of unmatched openers) to linear.
const MAX_OPENER_SEARCH: usize = 32;

/// A quoted span: the marks, the content between them, and where it lies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// Token index of the opening mark.
    pub open: TokIdx,
    /// Token index of the closing mark; `None` when the quotation was never
    /// closed and was recovered at its paragraph's end.
    pub close: Option<TokIdx>,
    /// Token index one past the quotation (after the closing mark).
    pub end_tok: TokIdx,
    /// The bytes strictly between the marks (for an unclosed quotation, up
    /// to the end of its last paragraph).
    pub content: Span,
    pub style: MarkStyle,
    /// Paragraph indices of the first and last paragraph.
    pub first_para: ParaIdx,
    pub last_para: ParaIdx,
    /// Token indices of the marks that reopen continued paragraphs.
    pub reopens: Vec<TokIdx>,
}

struct Open {
    mark: Mark,
    /// Set when this opener continues a quotation from earlier paragraphs.
    carried: Option<(ParaIdx, Vec<TokIdx>)>,
}

/// Pairs the quotation marks of `seg` into quotations, sorted by start.
pub(crate) fn pair(text: &str, base: usize, seg: &Segments, out: &mut Vec<Quotation>) {
    out.clear();
    let toks = &seg.tokens;
    let mut marks: Vec<Mark> = Vec::new();
    let mut later_close: Vec<bool> = Vec::new();
    let mut carried: Option<Open> = None;
    // Openers not yet closed, innermost last (allocated once).
    let mut stack: Vec<Open> = Vec::new();
    // The next quotation-mark character to visit.
    let mut next_mark = 0;
    for (pi, p) in seg.paragraphs.iter().enumerate() {
        marks.clear();
        let in_para = seg.quote_chars[next_mark..]
            .iter()
            .take_while(|&&ti| ti.as_usize() < p.tokens.end)
            .count();
        crate::work::steps(in_para + 1);
        if in_para == 0 && carried.is_none() {
            continue; // nothing opens, closes or continues here
        }
        for &ti in &seg.quote_chars[next_mark..next_mark + in_para] {
            if let Some(m) = classify(text, base, ti, &toks[ti]) {
                if m.role != Role::Apostrophe {
                    marks.push(m);
                }
            }
        }
        next_mark += in_para;
        // For `’` after a plural: is there a later closer of the same style
        // in the paragraph? (`‘the students’ union is here’`).
        later_close.clear();
        later_close.resize(marks.len(), false);
        // The styles of the marks after the current one that may close
        // (bits of `MarkStyle::bit`).
        let mut seen = 0u8;
        for (i, m) in marks.iter().enumerate().rev() {
            later_close[i] = seen & m.style.bit() != 0;
            if !matches!(m.role, Role::Open | Role::Elision) {
                seen |= m.style.bit();
            }
        }
        stack.clear();
        // The quotations closed in this paragraph are `out[closed_from..]`.
        let closed_from = out.len();
        let mut first = 0;
        if let Some(mut c) = carried.take() {
            // The quotation reopens with this paragraph's first mark.
            if let Some(m) = marks.first() {
                if let Some((_, reopens)) = c.carried.as_mut() {
                    reopens.push(m.tok);
                }
            }
            first = 1;
            stack.push(c);
        }
        // The first elision since the last quotation closed, which opens
        // one when a closer finds no other opener (`'Tis the season,' she
        // said.`).
        let mut elision: Option<Mark> = None;
        for (mi, &m) in marks.iter().enumerate().skip(first) {
            if m.role == Role::Elision {
                elision = elision.or(Some(m));
                continue;
            }
            let wants_close = match m.role {
                Role::Close => true,
                Role::Either => stack
                    .iter()
                    .rev()
                    .take(MAX_OPENER_SEARCH)
                    .any(|o| o.mark.style == m.style),
                _ => false,
            };
            if wants_close {
                if m.role == Role::Close
                    && !m.style.is_double()
                    && later_close[mi]
                    && looks_possessive(text, base, toks[m.tok].start as usize)
                {
                    continue; // an apostrophe after a plural
                }
                if let Some(k) = find_opener(&stack, m.style) {
                    stack.truncate(k + 1);
                    let o = stack.pop().expect("k is in the stack");
                    out.push(make(seg, ParaIdx::new(pi), o, Some(m.tok)));
                    elision = None;
                    continue;
                }
                if m.role == Role::Close {
                    if let Some(e) = elision.take().filter(|e| e.style == m.style) {
                        let o = Open {
                            mark: e,
                            carried: None,
                        };
                        out.push(make(seg, ParaIdx::new(pi), o, Some(m.tok)));
                    }
                    continue; // a stray closer, or an apostrophe
                }
            }
            if m.role != Role::Close {
                stack.push(Open {
                    mark: m,
                    carried: None,
                });
            }
        }
        // Paragraph end: an outer opener left open continues if the next
        // paragraph reopens with a mark of the same kind; otherwise it is
        // recovered here. Inner openers left open were apostrophes.
        if let Some(o) = stack.drain(..).next() {
            // The convention closes each continued paragraph's text with
            // punctuation (`…development.`); an opener left dangling
            // mid-phrase (`He shouted “stop`) is a stray mark instead.
            let last = &toks[seg.paragraphs[pi].tokens.end - 1];
            let last_text = &text[last.start as usize - base..last.end as usize - base];
            let ends_with_punct =
                matches!(last_text, "." | "!" | "?" | "…" | ";" | ":" | "," | ")")
                    || last.kind == TokKind::Dash;
            let next_reopens = ends_with_punct
                && seg.paragraphs.get(pi + 1).is_some_and(|np| {
                    let t = np.tokens.start;
                    classify(text, base, TokIdx::new(t), &toks[t]).is_some_and(|m| {
                        !matches!(m.role, Role::Close | Role::Apostrophe | Role::Elision)
                            && same_kind(m.style, o.mark.style)
                    })
                });
            if next_reopens {
                let first_para = o.carried.as_ref().map_or(ParaIdx::new(pi), |c| c.0);
                let reopens = o.carried.map(|c| c.1).unwrap_or_default();
                carried = Some(Open {
                    mark: o.mark,
                    carried: Some((first_para, reopens)),
                });
            } else if o.carried.is_some()
                || (o.mark.style.is_double()
                    && !stray(text, base, seg, &o.mark, &out[closed_from..]))
            {
                out.push(make(seg, ParaIdx::new(pi), o, None));
            }
        }
    }
    out.sort_by_key(|q| q.content.start());
}

/// Whether the opener `m`, left open at its paragraph's end, is a stray
/// mark: it stands apart (blanks on both sides) and holds a quotation of
/// its own style closed in the paragraph (`He said " it. "We won," she
/// said.`), which a quotation never does.
fn stray(text: &str, base: usize, seg: &Segments, m: &Mark, closed: &[Quotation]) -> bool {
    let t = &seg.tokens[m.tok];
    let (s, e) = (t.start as usize - base, t.end as usize - base);
    let before = text[..s]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    let after = text[e..].chars().next().is_none_or(char::is_whitespace);
    before && after && closed.iter().any(|q| q.open > m.tok && q.style == m.style)
}

fn same_kind(a: MarkStyle, b: MarkStyle) -> bool {
    a == b || (a.is_double() && b.is_double())
}

/// The stack index of the nearest opener `style` may close: same style, or
/// (for double marks, forgiving mixed typography) the topmost double opener.
fn find_opener(stack: &[Open], style: MarkStyle) -> Option<usize> {
    let lo = stack.len().saturating_sub(MAX_OPENER_SEARCH);
    for k in (lo..stack.len()).rev() {
        crate::work::step();
        let s = stack[k].mark.style;
        if s == style {
            return Some(k);
        }
        if !style.is_double() && s.is_double() {
            return None; // a single mark never closes across a double opener
        }
    }
    if style.is_double() {
        return (lo..stack.len())
            .rev()
            .find(|&k| stack[k].mark.style.is_double());
    }
    None
}

/// `students’ union`: the mark follows an `s` and a lowercase word follows.
fn looks_possessive(text: &str, base: usize, at: usize) -> bool {
    let before = &text[..at - base];
    let c = text[at - base..].chars().next().map_or(1, char::len_utf8);
    let after = &text[at - base + c..];
    before.ends_with('s')
        && after.starts_with(' ')
        && after[1..].chars().next().is_some_and(char::is_lowercase)
}

fn make(seg: &Segments, last_para: ParaIdx, o: Open, close: Option<TokIdx>) -> Quotation {
    let toks = &seg.tokens;
    let open_tok = &toks[o.mark.tok];
    let (first_para, reopens) = o.carried.unwrap_or((open_tok.para, Vec::new()));
    let (end, end_tok) = match close {
        Some(c) => (toks[c].start as usize, c.next()),
        None => {
            let p = &seg.paragraphs[last_para];
            (p.span.end(), TokIdx::new(p.tokens.end))
        }
    };
    Quotation {
        open: o.mark.tok,
        close,
        end_tok,
        content: Span::new(open_tok.end as usize, end),
        style: o.mark.style,
        first_para,
        last_para,
        reopens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (content, depth) of every quotation: its depth is how many
    /// quotations enclose it.
    fn quotes(text: &str) -> Vec<(&str, u16)> {
        let seg = crate::segment::segmented(text);
        let mut out = Vec::new();
        pair(text, 0, &seg, &mut out);
        // The ends of the enclosing quotations, innermost last.
        let mut ends: Vec<usize> = Vec::new();
        out.iter()
            .map(|q| {
                while ends.last().is_some_and(|&e| e <= q.content.start()) {
                    ends.pop();
                }
                let depth = ends.len() as u16;
                ends.push(q.content.end());
                (&text[q.content], depth)
            })
            .collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(quotes("“Go,” she said."), [("Go,", 0)]);
        assert_eq!(quotes("\"Go,\" she said."), [("Go,", 0)]);
        assert_eq!(quotes("He said: ''Poor us.''"), [("Poor us.", 0)]);
    }

    #[test]
    fn british_single_outer_with_apostrophes() {
        assert_eq!(
            quotes("‘It’s Norway’s turn,’ he said."),
            [("It’s Norway’s turn,", 0)]
        );
        assert_eq!(quotes("'We won,' she said."), [("We won,", 0)]);
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(
            quotes("“He called it ‘a disgrace’ twice,” she said."),
            [("He called it ‘a disgrace’ twice,", 0), ("a disgrace", 1)]
        );
        assert_eq!(
            quotes("\"They said 'never' again,\" he said."),
            [("They said 'never' again,", 0), ("never", 1)]
        );
        // An inner closer right before the outer one is the inner's.
        assert_eq!(
            quotes("\"He told me 'no,'\" Ruiz said."),
            [("He told me 'no,'", 0), ("no,", 1)]
        );
    }

    #[test]
    fn guillemets_and_low_marks() {
        assert_eq!(quotes("Il a dit «non» hier."), [("non", 0)]);
        assert_eq!(quotes("Er sagte „nein“ gestern."), [("nein", 0)]);
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        assert!(quotes("Norway’s navy hasn’t moved since the ’90s.").is_empty());
        assert!(quotes("The students’ union met the teachers’ group.").is_empty());
        assert!(quotes("They play rock ’n’ roll.").is_empty());
        assert_eq!(
            quotes("‘The students’ union is strong,’ she said."),
            [("The students’ union is strong,", 0)]
        );
    }

    #[test]
    fn an_elision_opens_a_quotation_no_other_mark_opens() {
        assert_eq!(
            quotes("'Tis the season,' said the mayor."),
            [("Tis the season,", 0)]
        );
        assert_eq!(quotes("’Em all gone,’ she said."), [("Em all gone,", 0)]);
        assert_eq!(
            quotes("'90s music was better,' she said."),
            [("90s music was better,", 0)]
        );
        // An opener of its own: the elision stays an apostrophe.
        assert_eq!(
            quotes("‘Get ’em out,’ the students’ union said."),
            [("Get ’em out,", 0)]
        );
        // Mid-sentence and lowercase, an elision opens nothing.
        assert!(quotes("He got ’em all, the students’ union said.").is_empty());
    }

    #[test]
    fn a_stray_mark_does_not_swallow_the_next_quotation() {
        for text in [
            "He said \" something. \"We will win,\" she said.",
            "He said “ something. “We will win,” she said.",
        ] {
            assert_eq!(quotes(text), [("We will win,", 0)], "{text}");
        }
        // Left open next to a word, or with no quotation of its style
        // inside, a quotation is recovered at the paragraph's end.
        assert_eq!(
            quotes("Jo Roe said “the plan. “We will win,” she said."),
            [
                ("the plan. “We will win,” she said.", 0),
                ("We will win,", 1)
            ]
        );
        assert_eq!(
            quotes("She said “it is ‘over’ now."),
            [("it is ‘over’ now.", 0), ("over", 1)]
        );
    }

    #[test]
    fn multi_paragraph_quotation_is_one() {
        let text = "“First part.\n“Second part.\n“Third part.”\nHe left.";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "First part.\n“Second part.\n“Third part.");
    }

    #[test]
    fn unclosed_quotation_recovers_at_paragraph_end() {
        let text = "She said “this never ends.\nThen “a real one” came.";
        assert_eq!(quotes(text), [("this never ends.", 0), ("a real one", 0)]);
        let text = "A stray ” mark.\n“Fine,” he said.";
        assert_eq!(quotes(text), [("Fine,", 0)]);
    }

    #[test]
    fn pairing_is_by_style_not_order() {
        // The straight mark inside does not close the curly quotation.
        assert_eq!(
            quotes("“He said \"no\" loudly,” she said."),
            [("He said \"no\" loudly,", 0), ("no", 1)]
        );
    }

    #[test]
    fn continuation_needs_a_reopening_mark() {
        let text = "“First part.\nNarration here.\n“Other.”";
        assert_eq!(quotes(text), [("First part.", 0), ("Other.", 0)]);
    }
}
