//! Runs the stages in order over a text, chunk by chunk.
//!
//! ```text
//! segment ─▶ scan (marks, pairs) ─▶ sentences ─▶ attribute (cues, mentions) ─▶ resolve
//! ```
//!
//! Long texts are cut into chunks of about [`CHUNK_LEN`] bytes at paragraph
//! breaks that no quotation crosses, so the per-token working memory stays
//! bounded whatever the input size; scratch buffers are reused across
//! chunks. Speaker resolution then runs once over the whole document.
//!
//! Each stage takes the output of the stages before it and returns its own:
//! [`segment`] the tokens and paragraphs, [`scan`] the quotations (a
//! [`QuoteIndex`], and the [`OPENS`] bit of the tokens that open one),
//! [`sentences`] the sentences.
//!
//! The parsing methods of [`Attributor`] are here: they run the stages with
//! its options.

use crate::attribute::{attribute, Attribution, Ctx};
use crate::error::{ErrorKind, Result};
use crate::mentions::MentionKind;
use crate::model::Document;
use crate::options::Attributor;
use crate::resolve::{resolve, NameMention};
use crate::scan::{may_open, scan, QuoteIndex};
use crate::segment::{segment, sentence_break, Segments};
use crate::sentences::{sentences, Sentence};
use crate::tokens::{TokKind, Toks, CAP, OPENS};

/// The longest text parsed: offsets are stored in `u32`.
pub(crate) const MAX_TEXT_LEN: usize = u32::MAX as usize;

/// Target chunk length in bytes.
pub(crate) const CHUNK_LEN: usize = 64 * 1024;

/// Scratch buffers for one chunk, reused across chunks.
#[derive(Default)]
struct Scratch {
    seg: Segments,
    quotes: QuoteIndex,
    sentences: Vec<Sentence>,
    attributions: Vec<Attribution>,
    rules: crate::attribute::Scratch,
}

thread_local! {
    /// Each thread keeps its scratch buffers between texts, so parsing many
    /// short texts does not allocate them again and again.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Runs `f` with this thread's scratch buffers (fresh ones if they are in
/// use, which cannot happen unless a parse re-enters itself).
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => f(&mut sc),
        Err(_) => f(&mut Scratch::default()),
    })
}

/// The end of the chunk starting at `start`: the first line break at or
/// after `start + CHUNK_LEN` whose next paragraph does not open with a mark
/// that may open a quotation ([`may_open`], so no continued quotation is
/// cut), or the text end.
///
/// Linear in the bytes read: a run of blank lines is read once (its line
/// breaks all lead to the same paragraph), not once from each line break.
fn chunk_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start + CHUNK_LEN;
    while i < bytes.len() {
        // Text without line breaks is cut at a sentence end instead, so
        // working memory stays bounded.
        let window = (i + CHUNK_LEN).min(bytes.len());
        match bytes[i..window].iter().position(|&b| b == b'\n') {
            None if window == bytes.len() => return bytes.len(),
            None => match sentence_break(text, i, window) {
                Some(k) => return k,
                None => i = window,
            },
            Some(p) => {
                let nl = i + p;
                let (line, first) = next_paragraph(text, nl + 1);
                if !first.is_some_and(may_open) {
                    return nl + 1;
                }
                // The line of that mark, past every blank line.
                i = line;
            }
        }
    }
    bytes.len()
}

/// The first visible character at or after `from` (past blank lines, and
/// the characters the tokenizer steps over: blanks, controls, invisible
/// formatting), if any, and where its line starts.
fn next_paragraph(text: &str, from: usize) -> (usize, Option<char>) {
    let bytes = text.as_bytes();
    let (mut i, mut line) = (from, from);
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b > b' ' && b != 0x7f {
                return (line, Some(b as char));
            }
            i += 1;
            if b == b'\n' {
                line = i;
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if !(c.is_whitespace() || c.is_control() || crate::segment::is_invisible(c)) {
            return (line, Some(c));
        }
        i += c.len_utf8();
    }
    (line, None)
}

impl Attributor {
    /// Parses `text`. Fails only when the text exceeds
    /// [`AttributorBuilder::max_input_len`](crate::AttributorBuilder::max_input_len),
    /// or 4 GiB (offsets are 32-bit).
    ///
    /// ```
    /// let doc = quote_attribution::Attributor::new().parse("She said the vote was close.")?;
    /// assert_eq!(doc.quotes()[0].text(), "the vote was close");
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn parse<'a>(&self, text: &'a str) -> Result<Document<'a>> {
        // The option's limit, if any, and the offsets' own.
        let limit = self.max_input_len.unwrap_or(usize::MAX).min(MAX_TEXT_LEN);
        if text.len() > limit {
            return Err(ErrorKind::InputTooLarge {
                len: text.len(),
                limit,
            }
            .into());
        }
        Ok(run(self, text))
    }

    /// Parses UTF-8 bytes; invalid UTF-8 is an
    /// [`ErrorKind::InvalidUtf8`] error with
    /// the offset of the first bad byte.
    ///
    /// ```
    /// use quote_attribution::{Attributor, ErrorKind};
    /// let a = Attributor::new();
    /// assert_eq!(a.parse_bytes(b"\"Ok,\" he said.")?.quotes().len(), 1);
    /// let err = a.parse_bytes(b"abc\x80").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 3 });
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Document<'a>> {
        let text = std::str::from_utf8(bytes).map_err(|e| ErrorKind::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.parse(text)
    }

    /// Parses many texts, spread over `threads` worker threads (0 means one
    /// per available core). Results come back in input order.
    ///
    /// ```
    /// let a = quote_attribution::Attributor::new();
    /// let texts = ["“A,” he said.", "She said B was true.", "No quotes."];
    /// let docs = a.parse_many(&texts, 2);
    /// let counts: Vec<usize> = docs.iter().map(|d| d.as_ref().unwrap().quotes().len()).collect();
    /// assert_eq!(counts, [1, 1, 0]);
    /// ```
    pub fn parse_many<'a, S: AsRef<str> + Sync>(
        &self,
        texts: &'a [S],
        threads: usize,
    ) -> Vec<Result<Document<'a>>> {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        }
        .min(texts.len().max(1));
        if threads <= 1 {
            return texts.iter().map(|t| self.parse(t.as_ref())).collect();
        }
        // Workers take the next text from a shared counter, longest texts
        // first, so that no long text is left to run alone at the end. The
        // calling thread is one of them (one thread fewer to start, and its
        // scratch buffers are warm).
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(texts[i].as_ref().len()));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let work = || {
            let mut mine = Vec::new();
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&i) = order.get(k) else { break };
                mine.push((i, self.parse(texts[i].as_ref())));
            }
            mine
        };
        let mut results: Vec<(usize, Result<Document<'a>>)> = std::thread::scope(|s| {
            let helpers: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
            let mut all = work();
            for h in helpers {
                match h.join() {
                    Ok(mine) => all.extend(mine),
                    // Parsing does not panic; if it ever did, say so here
                    // rather than return fewer results than texts.
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            all
        });
        results.sort_by_key(|r| r.0);
        results.into_iter().map(|r| r.1).collect()
    }
}

/// Parses `text` with `attributor`'s options.
pub(crate) fn run<'a>(attributor: &Attributor, full_text: &'a str) -> Document<'a> {
    // Offsets are stored in `u32`: a longer text is parsed up to the last
    // character boundary below 4 GiB (`Attributor::parse` refuses it).
    let mut cut = full_text.len().min(MAX_TEXT_LEN);
    while !full_text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &full_text[..cut];
    let mut all: Vec<Attribution> = Vec::new();
    let mut names: Vec<NameMention> = Vec::new();
    with_scratch(|sc| {
        let mut start = 0;
        while start < text.len() {
            let end = chunk_end(text, start);
            run_chunk(attributor, text, start..end, sc, &mut names);
            all.append(&mut sc.attributions);
            start = end;
        }
    });
    let (mut quotes, speakers) = resolve(text, &all, names);
    quotes.retain(|q| attributor.wants(q.kind) && q.confidence >= attributor.min_confidence);
    Document {
        text: std::borrow::Cow::Borrowed(full_text),
        quotes,
        speakers,
    }
}

// Out of line so that profiles show this stage on its own.
#[inline(never)]
fn run_chunk(
    attributor: &Attributor,
    text: &str,
    range: std::ops::Range<usize>,
    sc: &mut Scratch,
    names: &mut Vec<NameMention>,
) {
    let (chunk, base) = (&text[range.clone()], range.start);
    let lex = attributor.lexicon();
    segment(text, range, lex.classes(), &mut sc.seg);
    scan(
        chunk,
        base,
        &mut sc.seg,
        attributor.styles.as_deref(),
        &mut sc.quotes,
    );
    sentences(chunk, base, &sc.seg, &sc.quotes, &mut sc.sentences);
    let ctx = Ctx {
        t: Toks {
            text: chunk,
            base,
            toks: &sc.seg.tokens,
            lex,
        },
        seg: &sc.seg,
        quotes: &sc.quotes.quotes,
        top: &sc.quotes.top,
        quote_at: &sc.quotes.at,
        quote_end: &sc.quotes.end_at,
        sentences: &sc.sentences,
    };
    attribute(&ctx, &mut sc.rules, &mut sc.attributions);
    collect_names(&ctx, names);
}

/// Every name in narration (outside quotations), for resolution.
// Out of line so that profiles show this stage on its own.
#[inline(never)]
fn collect_names(ctx: &Ctx, names: &mut Vec<NameMention>) {
    use crate::lexicon::{CALENDAR_WORD, CUE, FUNCTION};
    /// The most lowercase words that describe a subject's name before it.
    const MAX_DESCRIPTOR_WORDS: usize = 4;
    let t = &ctx.t;
    for s in ctx.sentences {
        let mut i = s.tokens.start;
        // No content word yet: a name here is a likely subject.
        let mut first = true;
        while i < s.tokens.end {
            // Step over the tokens that neither open a quotation nor may
            // start a name, testing only their bits. A name starts at a
            // capitalised word that is no function word (`But`, `The`:
            // `The White House` is found from `White`'s side by the rules
            // that need it). (`&` and `|` rather than `&&` and `||`: one
            // branch, not several hard-to-predict ones.)
            let from = i;
            let rest = &t.toks[i..s.tokens.end];
            i += rest
                .iter()
                .position(|tk| {
                    let name_start = tk.is(CAP) & (tk.lex & (FUNCTION | CALENDAR_WORD) == 0);
                    tk.is(OPENS) | name_start
                })
                .unwrap_or(rest.len());
            // Until its first name or quotation, a sentence's first
            // content word is still to come if only conjunctions, adverbs
            // and punctuation were stepped over (`But`, `So`), and a
            // descriptor right before the name (`His colleague Dana Lee`,
            // `Season-ticket holder Jo Roe`).
            if first {
                let stretch = &t.toks[from..i];
                let descriptor = stretch
                    .iter()
                    .rev()
                    .take_while(|tk| {
                        tk.kind == TokKind::Word && !tk.is(CAP) && tk.lex & (FUNCTION | CUE) == 0
                    })
                    .count();
                first = descriptor <= MAX_DESCRIPTOR_WORDS
                    && stretch[..stretch.len() - descriptor]
                        .iter()
                        .all(|tk| (tk.kind != TokKind::Word) | (tk.lex & FUNCTION != 0));
            }
            if i == s.tokens.end {
                break;
            }
            if ctx.opens_quote(i) {
                i = ctx.quote_end_at(i).max(i + 1);
            } else {
                match t.np_starting_at(i, s.tokens.end) {
                    Some(mut m) if m.kind == MentionKind::Name => {
                        // `the United States`, `the Treasury`: a place or
                        // an organisation (not `the Chancellor`).
                        m.nonperson |= i > 0
                            && t.is_text_ci(i - 1, "the")
                            && m.gender == 0
                            && !t.is_title_at(m.last.as_usize());
                        // `Herons coach Ingrid Sollberg praised …`: the
                        // subject is the person the first name describes.
                        let describes = first && t.described_name(&m, s.tokens.end).is_some();
                        names.extend(NameMention::new(&m, first && !describes, t));
                        i = m.last.as_usize() + 1;
                        if describes {
                            continue;
                        }
                    }
                    // A capitalised word that starts no name is a content
                    // word all the same.
                    _ => i += 1,
                }
            }
            first = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Narration, then a paragraph that credits a quotation to its speaker
    /// (opened with `open`) and runs over the `CHUNK_LEN` mark, then a
    /// paragraph that reopens the quotation with `reopen` and closes it with
    /// `close`.
    fn reopened_at_the_chunk_end(open: &str, reopen: &str, close: &str) -> String {
        let mut text = String::new();
        let line = "The council met again and discussed the harbour budget.\n";
        while text.len() + line.len() < CHUNK_LEN - 20 {
            text.push_str(line);
        }
        let first = format!(
            "The minister, Jane Roe, said: {open}We will stay the course, whatever it may cost us in the end.\n"
        );
        assert!(text.len() < CHUNK_LEN && text.len() + first.len() > CHUNK_LEN);
        text.push_str(&first);
        text.push_str(&format!(
            "{reopen}We will not give up.{close}\nThe meeting ended.\n"
        ));
        text
    }

    #[test]
    fn no_chunk_ends_before_a_paragraph_that_reopens_a_quotation() {
        for (open, reopen, close) in [
            ("“", "“", "”"),
            ("“", "‟", "”"),
            ("“", "”", "”"),
            ("«", "«", "»"),
            ("‘", "‘", "’"),
            ("‘", "‛", "’"),
            ("‘", "‚", "’"),
            ("‹", "‹", "›"),
        ] {
            let text = reopened_at_the_chunk_end(open, reopen, close);
            let doc = crate::parse(&text);
            let q = doc
                .quotes()
                .iter()
                .find(|q| q.text().contains("not give up"))
                .unwrap_or_else(|| panic!("{reopen}: no quotation"));
            // One quotation, with its first paragraph and its speaker.
            assert!(
                q.text().contains("stay the course"),
                "{reopen}: {}",
                q.text()
            );
            assert_eq!(
                q.speaker().map(|s| s.name()),
                Some("Jane Roe"),
                "{reopen}: {}",
                q.text()
            );
        }
    }

    #[test]
    fn a_chunk_ends_at_the_first_line_break_before_narration() {
        let text = reopened_at_the_chunk_end("“", "‟", "”");
        let end = chunk_end(&text, 0);
        assert!(text[end..].starts_with("The meeting ended."), "{end}");
        // Without the reopening mark, the chunk ends before that paragraph.
        let cut = text.replace('‟', "");
        let end = chunk_end(&cut, 0);
        assert!(cut[end..].starts_with("We will not give up"), "{end}");
    }

    #[test]
    fn blank_lines_before_a_mark_are_read_once() {
        // Quadratic if every line break looked past the whole blank run
        // again: 200,000 blank lines, then an opening mark.
        let mut text = "The budget was discussed at length. ".repeat(CHUNK_LEN / 36 + 1);
        text.push_str(&"\n".repeat(200_000));
        text.push_str("“Yes,” she said.\nThe end.");
        let end = chunk_end(&text, 0);
        assert_eq!(&text[end..], "The end.");
        let doc = crate::parse(&text);
        assert_eq!(doc.quotes()[0].text(), "Yes,");
        assert_eq!(
            doc.quotes()[0].speaker().map(|s| s.mention().text()),
            Some("she")
        );
        // Blank lines up to the text's end.
        let mut text = "x".repeat(CHUNK_LEN);
        text.push_str(&"\n \r\n".repeat(100_000));
        assert_eq!(chunk_end(&text, 0), CHUNK_LEN + 1);
    }

    #[test]
    fn the_next_paragraph_starts_past_what_the_tokenizer_steps_over() {
        assert_eq!(next_paragraph("\n \n\u{200b}\u{a0}“x", 0), (3, Some('“')));
        assert_eq!(next_paragraph("ab", 1), (1, Some('b')));
        assert_eq!(next_paragraph(" \t\x01\n\n", 0), (5, None));
        assert_eq!(next_paragraph("", 0), (0, None));
    }

    #[test]
    fn inputs_over_the_limit_are_refused() {
        let a = Attributor::builder()
            .max_input_len(5)
            .build()
            .expect("valid options");
        assert!(a.parse("12345").is_ok());
        let err = a.parse("123456").unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::InputTooLarge { len: 6, limit: 5 });
    }
}
