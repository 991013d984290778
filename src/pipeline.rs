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
use crate::model::{Document, Quote, QuoteKind, Speaker, SpeakerId};
use crate::options::Attributor;
use crate::resolve::{resolve, NameMention};
use crate::scan::{may_open, scan, QuoteIndex};
use crate::segment::{
    in_wrapped_block, is_invisible, is_quote_char, segment, sentence_break, wrapped_block, Segments,
};
use crate::sentences::{sentences, Sentence};
use crate::span::Span;
use crate::tokens::{TokKind, Toks, CAP, OPENS};

/// The longest text parsed: offsets are stored in `u32`.
pub(crate) const MAX_TEXT_LEN: usize = u32::MAX as usize;

/// Target chunk length in bytes.
pub(crate) const CHUNK_LEN: usize = 64 * 1024;

/// The longest chunk, in bytes: past this a chunk is cut wherever it can
/// be ([`hard_cut`]), so that the working memory of a chunk is bounded.
pub(crate) const MAX_CHUNK_LEN: usize = 4 * CHUNK_LEN;

/// Scratch buffers for one chunk, reused across chunks.
#[derive(Default)]
struct Scratch {
    seg: Segments,
    quotes: QuoteIndex,
    sentences: Vec<Sentence>,
    attributions: Vec<Attribution>,
    rules: crate::attribute::Scratch,
    /// The token view's memo of lexicon entries ([`Toks::entries`]).
    entries: Vec<std::cell::Cell<u16>>,
}

thread_local! {
    /// Each thread keeps its scratch buffers between texts, so parsing many
    /// short texts does not allocate them again and again.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The most tokens a thread's scratch buffers keep room for between texts
/// (about twice what a chunk of news holds); buffers grown past it for a
/// text of dense marks are freed once the text is parsed.
const KEEP_TOKENS: usize = CHUNK_LEN / 2;

impl Scratch {
    /// Whether the buffers hold room for more than [`KEEP_TOKENS`] tokens
    /// (or as many records of the other kinds).
    fn oversized(&self) -> bool {
        self.seg.tokens.capacity() > KEEP_TOKENS
            || self.seg.quote_chars.capacity() > KEEP_TOKENS
            || self.quotes.at.capacity() > KEEP_TOKENS
            || self.quotes.quotes.capacity() > KEEP_TOKENS / 4
            || self.sentences.capacity() > KEEP_TOKENS / 4
            || self.attributions.capacity() > KEEP_TOKENS / 4
            || self.entries.capacity() > KEEP_TOKENS
    }
}

/// Runs `f` with this thread's scratch buffers (fresh ones if they are in
/// use, which cannot happen unless a parse re-enters itself), and frees
/// them afterwards if they grew [`oversized`](Scratch::oversized).
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut sc) => {
            let r = f(&mut sc);
            if sc.oversized() {
                *sc = Scratch::default();
            }
            r
        }
        Err(_) => f(&mut Scratch::default()),
    })
}

/// The end of the chunk starting at `start`.
///
/// A chunk ends at a line break at or after `start + CHUNK_LEN`, and the
/// first one that leaves the output as it would be without a cut: its next
/// paragraph opens no quotation ([`may_open`], so no continued quotation
/// is cut), nor do the [`CONTEXT_PARAGRAPHS`] paragraphs from there
/// ([`quiet`]: the rules for a quotation standing alone look that many
/// paragraphs back for its speaker, and those paragraphs must be in the
/// quotation's chunk). Failing that within `2 * CHUNK_LEN` of the start,
/// it ends at the first line break whose next paragraph opens no
/// quotation; in text without line breaks, at a sentence end.
///
/// Whatever the text, a chunk is at most [`MAX_CHUNK_LEN`] bytes long: when
/// no line break (nor sentence end) serves before that, the chunk is cut
/// there anyway ([`hard_cut`]), so that the working memory stays bounded.
/// Only text built to defeat the cut (hundreds of kilobytes of paragraphs
/// that each reopen a quotation, or of a line with no sentence end) is cut
/// this way.
///
/// Linear in the bytes read: a run of blank lines is read once (its line
/// breaks all lead to the same paragraph), not once from each line break,
/// and [`quiet`] reads a few lines from each line break.
///
/// No chunk ends between two lines of a hard-wrapped block, whose lines
/// make one paragraph ([`in_wrapped_block`]).
fn chunk_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let hard = start + MAX_CHUNK_LEN;
    if start + CHUNK_LEN >= bytes.len() {
        return bytes.len();
    }
    let limit = hard.min(bytes.len());
    // The first line break before a paragraph that opens no quotation.
    let mut fallback = None;
    // A neutral cut is looked for up to here; then the fallback serves.
    let search = start + 2 * CHUNK_LEN;
    // Whether the block of lines being read is hard-wrapped (where its
    // reading ends), once known: no chunk ends inside one.
    let mut block: Option<Option<usize>> = None;
    let mut i = start + CHUNK_LEN;
    while i < limit {
        if i >= search {
            if let Some(k) = fallback {
                return k;
            }
        }
        let window = (i + CHUNK_LEN).min(limit);
        let newline = bytes[i..window].iter().position(|&b| b == b'\n');
        crate::work::steps(newline.map_or(window - i, |p| p + 1));
        match newline {
            None if window == bytes.len() => return bytes.len(),
            // Text without line breaks is cut at a sentence end instead, so
            // working memory stays bounded.
            None => match fallback.or_else(|| sentence_break(text, i, window)) {
                Some(k) => return k,
                None => i = window,
            },
            Some(p) => {
                let nl = i + p;
                // Read no further than the hard limit: blank up to there,
                // the chunk ends at the last line read, so that the next
                // chunk does not read the blank run again.
                let (line, first) = next_paragraph(text, nl + 1, limit);
                if first.is_some() && line != nl + 1 {
                    // Past a blank line a block starts: is it hard-wrapped?
                    block = Some(wrapped_block(text, line, bytes.len()));
                }
                let wrapped = (first.is_some() && line == nl + 1)
                    .then(|| *block.get_or_insert_with(|| in_wrapped_block(text, nl)))
                    .flatten()
                    .filter(|&end| end > nl);
                if let Some(end) = wrapped {
                    // The next lines continue this paragraph, to the
                    // block's end.
                    i = end.max(line);
                    continue;
                }
                match first {
                    None if limit == bytes.len() => return bytes.len(),
                    None => return fallback.unwrap_or(line),
                    Some(c) if !may_open(c) => match quiet(text, line, limit) {
                        Ok(()) => return nl + 1,
                        Err(mark) => {
                            fallback.get_or_insert(nl + 1);
                            // On from the line of that mark.
                            i = mark;
                            continue;
                        }
                    },
                    Some(_) => {}
                }
                // On from the start of that paragraph, past the blank lines.
                i = line;
            }
        }
    }
    if limit == bytes.len() {
        return bytes.len();
    }
    fallback.unwrap_or_else(|| hard_cut(text, start + CHUNK_LEN, hard))
}

/// How many paragraphs before a quotation the rules may read to attribute
/// it: the speaker of a quotation standing alone is looked for up to three
/// paragraphs back (`GUESS_WINDOW` in `attribute/paragraph.rs`). A chunk
/// cut is output-neutral when no quotation can open in the first this many
/// paragraphs after it.
const CONTEXT_PARAGRAPHS: usize = 3;

/// Whether none of the [`CONTEXT_PARAGRAPHS`] lines with visible text from
/// `from` (before `limit`) holds a mark that may open a quotation: any
/// character [`may_open`] but an apostrophe right after a letter or digit
/// (`America’s`, `students’`), which never opens one. `Ok` also when the
/// text ends before that many lines. Otherwise `Err` with the offset of
/// the first such mark (or `limit`): no line break before it is quiet
/// either, as the mark is as near to it, so the search goes on from there.
fn quiet(text: &str, from: usize, limit: usize) -> std::result::Result<(), usize> {
    let bytes = &text.as_bytes()[..limit];
    let mut lines = 0;
    // The line holds a character the tokenizer does not step over.
    let mut visible = false;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            b'\n' => {
                lines += usize::from(visible);
                if lines == CONTEXT_PARAGRAPHS {
                    crate::work::steps(i - from);
                    return Ok(());
                }
                visible = false;
                1
            }
            0..=b' ' | 0x7f => 1,
            // A continuation byte (not reached: characters are stepped
            // over whole).
            0x80..=0xbf => 1,
            b'"' | b'`' | b'\'' | 0xc0.. => {
                // A mark, or a character beyond ASCII.
                let c = text[i..].chars().next().unwrap_or(' ');
                let apostrophe = matches!(c, '’' | '\'')
                    && text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                if may_open(c) && !apostrophe {
                    crate::work::steps(i - from);
                    return Err(i);
                }
                visible |= !(c.is_whitespace() || c.is_control() || is_invisible(c));
                c.len_utf8()
            }
            // Any other ASCII character is visible and no mark.
            _ => {
                visible = true;
                1
            }
        };
        i += len;
    }
    crate::work::steps(i - from);
    if limit == text.len() {
        Ok(())
    } else {
        Err(limit)
    }
}

/// Where to cut a chunk that found no paragraph break to end at between
/// `from` and `hard`: after the last line break there, else after the
/// last blank, else at the last character boundary at or before `hard`.
fn hard_cut(text: &str, from: usize, hard: usize) -> usize {
    let window = &text.as_bytes()[from..hard];
    if let Some(p) = window.iter().rposition(|&b| b == b'\n') {
        return from + p + 1;
    }
    if let Some(p) = window.iter().rposition(|&b| b == b' ') {
        return from + p + 1;
    }
    let mut end = hard;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The first visible character at or after `from` and before `end` (past
/// blank lines, and the characters the tokenizer steps over: blanks,
/// controls, invisible formatting), if any, and where its line starts.
fn next_paragraph(text: &str, from: usize, end: usize) -> (usize, Option<char>) {
    let bytes = &text.as_bytes()[..end];
    let (mut i, mut line) = (from, from);
    while i < bytes.len() {
        crate::work::step();
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

    /// Parses many texts on up to `threads` threads, the calling thread
    /// included. Results come back in input order.
    ///
    /// `threads` is an upper bound: no more threads run than there are
    /// texts, nor than the machine runs at once
    /// ([`std::thread::available_parallelism`]); `0` asks for that many. A
    /// thread the system refuses to start is done without (the texts are
    /// parsed by the threads that did start, at worst by the calling one
    /// alone), so no request aborts the process.
    ///
    /// ```
    /// let a = quote_attribution::Attributor::new();
    /// let texts = ["“A,” he said.", "She said B was true.", "No quotes."];
    /// let docs = a.parse_many(&texts, 2);
    /// let counts: Vec<usize> = docs.iter().map(|d| d.as_ref().unwrap().quotes().len()).collect();
    /// assert_eq!(counts, [1, 1, 0]);
    /// // Far more threads than texts or cores: as many as can help.
    /// assert_eq!(a.parse_many(&texts, 100_000).len(), 3);
    /// ```
    pub fn parse_many<'a, S: AsRef<str> + Sync>(
        &self,
        texts: &'a [S],
        threads: usize,
    ) -> Vec<Result<Document<'a>>> {
        self.parse_many_with(texts, threads, std::thread::Builder::new)
    }

    /// [`Attributor::parse_many`], its threads made by `builder` (the tests
    /// make ones that fail to start).
    fn parse_many_with<'a, S: AsRef<str> + Sync>(
        &self,
        texts: &'a [S],
        threads: usize,
        builder: impl Fn() -> std::thread::Builder,
    ) -> Vec<Result<Document<'a>>> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = match threads {
            0 => cores,
            n => n.min(cores),
        }
        .min(texts.len())
        .max(1);
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
            let mut helpers = Vec::with_capacity(threads - 1);
            for _ in 1..threads {
                match builder().spawn_scoped(s, work) {
                    Ok(h) => helpers.push(h),
                    // Out of threads (or memory for their stacks): the
                    // threads started, this one included, do the work.
                    Err(_) => break,
                }
            }
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
    let (quotes, speakers) = resolve(text, &all, names);
    let (quotes, speakers) = settle(attributor, text, quotes, speakers);
    Document {
        text: std::borrow::Cow::Borrowed(full_text),
        quotes,
        speakers,
    }
}

/// The last pass over the output, which holds whatever the rules did: no
/// marks of a direct quotation's own style at either end of its text
/// ([`trim_own_marks`]); the options' filters (kinds, minimum confidence);
/// no quotation with no words (`“”`); no two quotations of one kind that share a byte (of two
/// such, the one kept is the one whose text neither starts with a
/// quotation mark nor ends with a mark of its own style, then the more
/// confident, then the longer); and no speaker left without a quotation,
/// the others renumbered in their order.
fn settle<'a>(
    attributor: &Attributor,
    text: &'a str,
    mut quotes: Vec<Quote<'a>>,
    mut speakers: Vec<Speaker<'a>>,
) -> (Vec<Quote<'a>>, Vec<Speaker<'a>>) {
    let mut trimmed = false;
    for q in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Direct) {
        trimmed |= trim_own_marks(text, q);
    }
    if trimmed {
        // A start moved: by start again (stable, so ties keep their order).
        quotes.sort_by_key(|q| q.span.start());
    }
    quotes.retain(|q| {
        attributor.wants(q.kind)
            && attributor.acts[q.act as usize]
            && q.confidence >= attributor.min_confidence
            && has_words(&q.text)
    });
    // Sorted by start: of each kind, the last quotation kept is the only
    // one a later one can overlap (those kept do not overlap each other).
    let mut keep = vec![true; quotes.len()];
    let mut last: [Option<usize>; 3] = [None; 3];
    for k in 0..quotes.len() {
        let q = &quotes[k];
        let slot = &mut last[q.kind as usize];
        match *slot {
            Some(j) if q.span.start() < quotes[j].span.end() => {
                if preference(q) > preference(&quotes[j]) {
                    keep[j] = false;
                    *slot = Some(k);
                } else {
                    keep[k] = false;
                }
            }
            _ => *slot = Some(k),
        }
    }
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    // Speakers by first attribution: those still referenced, renumbered.
    let mut new_index: Vec<Option<usize>> = vec![None; speakers.len()];
    for q in &quotes {
        if let Some(s) = &q.speaker {
            new_index[s.id.as_usize()] = Some(0);
        }
    }
    let mut n = 0;
    for slot in new_index.iter_mut().filter(|s| s.is_some()) {
        *slot = Some(n);
        n += 1;
    }
    if n < speakers.len() {
        let mut k = 0;
        speakers.retain(|_| {
            k += 1;
            new_index[k - 1].is_some()
        });
        for (i, s) in speakers.iter_mut().enumerate() {
            s.id = SpeakerId::new(i);
        }
        for q in &mut quotes {
            if let Some(s) = &mut q.speaker {
                s.id = SpeakerId::new(new_index[s.id.as_usize()].unwrap_or(0));
            }
        }
    }
    (quotes, speakers)
}

/// Takes off the marks of its own style (any quotation mark for a direct
/// quotation with no marks of its own, a transcript line) at either end of
/// a direct quotation's text, and the blanks next to them: what stands
/// inside a quotation's marks is its text, and a text in marks of the same
/// style again (`“ “Yes.” ”`, or a transcript line whose text opens with a
/// mark) is the same quotation. A final apostrophe after a letter or digit
/// (`‘the students’’`) stays. Whether it took anything off.
fn trim_own_marks<'a>(text: &'a str, q: &mut Quote<'a>) -> bool {
    let style = q.mark_style;
    let own = |c: char| style.map_or(is_quote_char(c), |s| s.is_mark(c));
    let double = style == Some(crate::MarkStyle::StraightDouble);
    let full: &str = &q.text;
    let mut t = full;
    loop {
        let rest = t.trim_start();
        match rest.chars().next() {
            // (A straight double's `'` comes in pairs: one alone opens an
            // inner single quotation, `"'No,' he said …"`.)
            Some('\'') if double => match rest.strip_prefix("''") {
                Some(r) => t = r,
                None => break,
            },
            Some(c) if own(c) => t = &rest[c.len_utf8()..],
            _ => break,
        }
    }
    if t.len() < full.len() {
        t = t.trim_start();
    }
    // What was taken off the start (`t` is a suffix of the text).
    let lead = full.len() - t.len();
    let before_end = t.len();
    loop {
        let rest = t.trim_end();
        let mut cs = rest.chars();
        match (cs.next_back(), cs.next_back()) {
            (Some(c), prev) if own(c) => {
                let apostrophe = matches!(c, '’' | '\'') && prev.is_some_and(char::is_alphanumeric);
                // (A straight double's `'` comes in pairs, `''`: one alone
                // closes an inner single quotation, `'no,'"`.)
                let lone = c == '\'' && double && prev != Some('\'');
                if apostrophe || lone {
                    break;
                }
                t = &rest[..rest.len() - c.len_utf8()];
                if c == '\'' && double {
                    t = &t[..t.len() - 1];
                }
            }
            _ => break,
        }
    }
    if t.len() < before_end {
        t = t.trim_end();
    }
    if t.len() == full.len() {
        return false;
    }
    let start = q.span.start() + lead;
    q.span = Span::new(start, start + t.len());
    q.text = std::borrow::Cow::Borrowed(&text[q.span]);
    true
}

/// Whether a quotation's text holds more than blanks, invisible
/// characters and quotation marks.
fn has_words(text: &str) -> bool {
    text.chars()
        .any(|c| !(c.is_whitespace() || is_quote_char(c) || is_invisible(c) || c.is_control()))
}

/// Which of two overlapping quotations of one kind to keep: the greater.
fn preference(q: &Quote<'_>) -> (bool, u32, usize) {
    let t = q.text.trim();
    let clean = q.kind != QuoteKind::Direct
        || !(t.starts_with(is_quote_char)
            || q.mark_style
                .is_some_and(|s| t.chars().next_back().is_some_and(|c| s.is_mark(c))));
    // Confidences are in [0, 1]: their bits order as they do.
    (clean, q.confidence.to_bits(), q.span.len())
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
    Toks::unseen_entries(&mut sc.entries, sc.seg.tokens.len());
    let ctx = Ctx {
        t: Toks {
            text: chunk,
            base,
            toks: &sc.seg.tokens,
            lex,
            entries: &sc.entries,
        },
        seg: &sc.seg,
        quotes: &sc.quotes.quotes,
        top: &sc.quotes.top,
        quote_at: &sc.quotes.at,
        quote_end: &sc.quotes.end_at,
        sentences: &sc.sentences,
        acts: attributor.acts,
    };
    attribute(&ctx, &mut sc.rules, &mut sc.attributions);
    collect_names(&ctx, names);
}

/// Every name in narration (outside quotations), for resolution.
// Out of line so that profiles show this stage on its own.
#[inline(never)]
fn collect_names(ctx: &Ctx, names: &mut Vec<NameMention>) {
    use crate::lexicon::{Frame, List, CUE, FUNCTION};
    /// The most lowercase words that describe a subject's name before it.
    const MAX_DESCRIPTOR_WORDS: usize = 4;
    /// The most tokens back to a fronted phrase's comma (bounded: the
    /// stretch is read once a sentence).
    const MAX_FRONTED_TOKENS: usize = 40;
    let t = &ctx.t;
    for s in ctx.sentences {
        let mut i = s.tokens.start;
        // A byline names the writer, no one in the story.
        let pi = t.toks[i.min(t.toks.len().saturating_sub(1))]
            .para
            .as_usize();
        if s.tokens.start < s.tokens.end
            && ctx.seg.paragraphs[pi].tokens.start == s.tokens.start
            && crate::attribute::is_byline(ctx, pi)
        {
            continue;
        }
        // `He` or `She` opening a sentence of narration, before its verb.
        if s.tokens.end > i + 1 && t.toks[i + 1].kind == TokKind::Word && !t.toks[i + 1].is(CAP) {
            let gender = match t.bytes(i) {
                b"He" => 1,
                b"She" => -1,
                _ => 0,
            };
            if gender != 0 {
                let tk = &t.toks[i];
                let span = Span::new(tk.start as usize, tk.end as usize);
                names.push(NameMention::pronoun(span, gender));
            }
        }
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
            crate::work::step();
            let rest = &t.toks[i..s.tokens.end];
            i += rest
                .iter()
                .position(|tk| {
                    // (A month may be a given name: `June Halloran`.)
                    let name_start = tk.is(CAP) & (tk.lex & FUNCTION == 0);
                    tk.is(OPENS) | name_start
                })
                .unwrap_or(rest.len());
            crate::work::steps(i - from);
            // Until its first name or quotation, a sentence's first
            // content word is still to come if only conjunctions, adverbs
            // and punctuation were stepped over (`But`, `So`), and a
            // descriptor right before the name (`His colleague Dana Lee`,
            // `Season-ticket holder Jo Roe`).
            if first {
                let (mut a, mut b) = (from, i);
                // (`His partner, Mia Roe, thanked …`: a descriptor in
                // apposition, its comma before the name.)
                if b > a && t.is_text(b - 1, ",") {
                    b -= 1;
                }
                // (`In a statement read outside, his partner, …`: a fronted
                // phrase and its comma.)
                // (Its comma may be the one right before the name: `In a
                // video posted online, CEO Jo Roe …`.)
                if a == s.tokens.start
                    && (t.in_list(a, List::Preposition) || t.in_list(a, List::FrontedOpener))
                {
                    if let Some(k) = (a..i)
                        .rev()
                        .take(MAX_FRONTED_TOKENS)
                        .find(|&k| t.is_text(k, ","))
                    {
                        a = k + 1;
                        b = b.max(a);
                    }
                }
                // (`The other man, his cousin Al Roe, said …`: a short
                // phrase in apposition before the descriptor.)
                if let Some(k) = (a..b)
                    .rev()
                    .take(MAX_FRONTED_TOKENS)
                    .find(|&k| t.is_text(k, ","))
                {
                    let phrase = &t.toks[a..k];
                    let content = phrase
                        .iter()
                        .filter(|tk| (tk.kind == TokKind::Word) & (tk.lex & FUNCTION == 0))
                        .count();
                    if content <= MAX_DESCRIPTOR_WORDS
                        && phrase
                            .iter()
                            .all(|tk| tk.kind == TokKind::Word && tk.lex & CUE == 0)
                    {
                        a = k + 1;
                    }
                }
                let stretch = &t.toks[a..b];
                let descriptor = stretch
                    .iter()
                    .rev()
                    .take(MAX_DESCRIPTOR_WORDS + 1)
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
                    // `Dunn's mother, who …, wept.`: a relative of a named
                    // owner opening the sentence is its likely subject, a
                    // person of the noun's gender whom a later `she` may
                    // mean (the owner is no subject).
                    Some(m)
                        if m.kind == MentionKind::Name && first && relative_after(t, &m) != 0 =>
                    {
                        let l = m.last.as_usize();
                        let mut r = t.phrase_mention(m.first.as_usize(), l + 1);
                        r.gender = relative_after(t, &m);
                        names.extend(NameMention::new(&r, true, t));
                        names.extend(NameMention::new(&m, false, t));
                        i = l + 2;
                    }
                    Some(mut m) if m.kind == MentionKind::Name => {
                        // `the United States`, `the Treasury`: a place or
                        // an organisation (not `the Chancellor`).
                        // (`the Rev Ann Lee`, `the Rt Hon Jo Roe`: a
                        // title before a full name is a person's.)
                        let last = m.last.as_usize();
                        let titled = (last > i + 1 && t.is_title_at(i))
                            || (last > i + 2 && t.is_title_at(i + 1));
                        m.nonperson |= i > 0
                            && t.is_text_ci(i - 1, "the")
                            && m.gender == 0
                            && !t.is_title_at(last)
                            && !titled;
                        // `Herons coach Ingrid Sollberg praised …`: the
                        // subject is the person the first name describes.
                        let describes = first && t.described_name(&m, s.tokens.end).is_some();
                        // `Speaking to Jo Roe`, `told Jo Roe`, `an
                        // interview with Jo Roe`: an addressee.
                        let to = i >= 2
                            && t.has(i - 1, FUNCTION)
                            && (t.is_text(i - 1, "to") || t.is_text(i - 1, "with"));
                        let addressee = (to
                            && (t.has(i - 2, CUE) || t.in_list(i - 2, List::ChannelNoun)))
                            || (i >= 1
                                && t.has(i - 1, CUE)
                                && t.cue_verb_at(i - 1)
                                    .is_some_and(|v| v.frame == Frame::Addressee));
                        let n = NameMention::new(&m, first && !describes, t);
                        names.extend(n.map(|n| if addressee { n.as_addressee() } else { n }));
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

/// The gender of a noun for a relative right after the possessive name
/// `m` (`Dunn's mother`: -1, `Lee's son`: 1: a gendered noun of the
/// lexicon that is no title), 0 when none follows.
fn relative_after(t: &Toks, m: &crate::mentions::Mention) -> i8 {
    let l = m.last.as_usize();
    if t.toks[l].kind != TokKind::Possessive || l + 1 >= t.toks.len() || !t.word(l + 1) {
        return 0;
    }
    // (A relation, not a title: `Cameron's spokesman` is no relative.)
    if t.toks[l + 1].is(CAP) || t.has(l + 1, crate::lexicon::TITLE) {
        return 0;
    }
    if t.has(l + 1, crate::lexicon::FEMALE) {
        -1
    } else if t.has(l + 1, crate::lexicon::MALE) {
        1
    } else {
        0
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
    fn an_inner_single_closer_stays_in_a_straight_double_quotation() {
        // (`'` is a straight double's mark only as `''`.)
        let doc = crate::parse("\"He told me 'no,'\" Ruiz said.");
        assert_eq!(doc.quotes()[0].text(), "He told me 'no,'");
        let doc = crate::parse("He said: ''Poor us.''");
        assert_eq!(doc.quotes()[0].text(), "Poor us.");
        let doc = crate::parse("\"'No,' he told me,\" Ruiz said.");
        assert_eq!(doc.quotes()[0].text(), "'No,' he told me,");
    }

    #[test]
    fn a_chunk_ends_at_the_first_line_break_before_narration() {
        let text = reopened_at_the_chunk_end("“", "‟", "”");
        let end = chunk_end(&text, 0);
        assert!(text[end..].starts_with("The meeting ended."), "{end}");
        // Without the reopening mark, the paragraph still holds a mark that
        // may open a quotation (its closing `”`), so no cut before it.
        let cut = text.replace('‟', "");
        let end = chunk_end(&cut, 0);
        assert!(cut[end..].starts_with("The meeting ended."), "{end}");
        // Without any mark there, the chunk ends before it.
        let cut = text.replace(['‟', '”'], "");
        let end = chunk_end(&cut, 0);
        assert!(cut[end..].starts_with("We will not give up"), "{end}");
    }

    #[test]
    fn a_chunk_ends_before_paragraphs_that_open_no_quotation() {
        let narration = "The council met again and discussed the harbour budget.\n";
        let mut text = narration.repeat(CHUNK_LEN / narration.len() + 1);
        let quoted = "The crowd cheered. “This town will stand again,” one said.\n";
        // Two paragraphs of narration between quotations: too few.
        for _ in 0..3 {
            text.push_str(&narration.repeat(2));
            text.push_str(quoted);
        }
        let three = text.len();
        text.push_str(&narration.repeat(3));
        text.push_str(quoted);
        let end = chunk_end(&text, 0);
        assert_eq!(end, three);
        // Apostrophes in words do not count; one that may open does.
        let all = |t: &str| quiet(t, 0, t.len());
        assert_eq!(all("America’s CIA, the students’ union\nb\nc\n“"), Ok(()));
        assert_eq!(all("a\nthe ’90s\nc\n"), Err(6));
        assert_eq!(all("a\n\n\nb «x\n"), Err(6));
        assert_eq!(all("a\n\u{200b}\n\u{a0}\nb\n\"x"), Err(11));
        assert_eq!(all("a\n\u{200b}\n\u{a0}\nb\nc\n\"x"), Ok(()));
        // Text that ends within the lines is quiet; a limit before it is
        // not.
        assert_eq!(all("a\nb"), Ok(()));
        assert_eq!(quiet("a\nb\nc\nd", 0, 3), Err(3));
    }

    #[test]
    fn blank_lines_before_a_mark_are_read_once() {
        // Quadratic if every line break looked past the whole blank run
        // again: 150,000 blank lines (the chunk stays under its hard
        // limit), then an opening mark.
        let mut text = "The budget was discussed at length. ".repeat(CHUNK_LEN / 36 + 1);
        text.push_str(&"\n".repeat(150_000));
        text.push_str("“Yes,” she said.\nThe end.");
        let end = chunk_end(&text, 0);
        assert_eq!(&text[end..], "The end.");
        let doc = crate::parse(&text);
        assert_eq!(doc.quotes()[0].text(), "Yes,");
        assert_eq!(
            doc.quotes()[0].speaker().map(|s| s.mention().text()),
            Some("she")
        );
        // Blank lines up to the text's end: cut in the blank run, after
        // the last line read.
        let mut text = "x".repeat(CHUNK_LEN);
        text.push_str(&"\n \r\n".repeat(100_000));
        assert_eq!(chunk_end(&text, 0), MAX_CHUNK_LEN);
    }

    #[test]
    fn the_next_paragraph_starts_past_what_the_tokenizer_steps_over() {
        let next = |t: &str, from| next_paragraph(t, from, t.len());
        assert_eq!(next("\n \n\u{200b}\u{a0}“x", 0), (3, Some('“')));
        assert_eq!(next("ab", 1), (1, Some('b')));
        assert_eq!(next(" \t\x01\n\n", 0), (5, None));
        assert_eq!(next("", 0), (0, None));
        // Not past the end given.
        assert_eq!(next_paragraph("\n\n“", 0, 2), (2, None));
    }

    /// The families of text that defeat the chunk cut: no line break and
    /// no sentence end, or paragraphs that each reopen a quotation.
    fn uncuttable(len: usize) -> Vec<(&'static str, String)> {
        let fill = |unit: &str| unit.repeat(len / unit.len());
        vec![
            ("ldquo", fill("“")),
            ("ldquo_lines", fill("“\n")),
            ("ldquo_word_lines", fill("“a\n")),
            ("dots", fill(".")),
            ("no_punctuation", fill("and the talks went on ")),
            ("one_word", fill("x")),
            ("guillemet_blank_lines", fill("«\n\n")),
        ]
    }

    #[test]
    fn no_chunk_is_longer_than_the_hard_limit() {
        for (name, text) in uncuttable(3 * MAX_CHUNK_LEN) {
            let mut start = 0;
            while start < text.len() {
                let end = chunk_end(&text, start);
                assert!(end > start && text.is_char_boundary(end), "{name}: {end}");
                assert!(end - start <= MAX_CHUNK_LEN, "{name}: {start}..{end}");
                start = end;
            }
        }
    }

    #[test]
    fn scratch_buffers_are_freed_after_a_text_of_dense_marks() {
        let text = "“\n".repeat(3 * MAX_CHUNK_LEN / 4);
        std::thread::spawn(move || {
            let _ = crate::parse(&text);
            SCRATCH.with(|cell| {
                let sc = cell.borrow();
                assert!(!sc.oversized());
                assert!(
                    sc.seg.tokens.capacity() <= KEEP_TOKENS,
                    "{}",
                    sc.seg.tokens.capacity()
                );
            });
            // News keeps its buffers for the next text.
            let news = "“We are ready,” she said. The talks went on.\n".repeat(1000);
            let _ = crate::parse(&news);
            SCRATCH.with(|cell| assert!(cell.borrow().seg.tokens.capacity() > 0));
        })
        .join()
        .unwrap();
    }

    #[test]
    fn parse_many_goes_on_when_no_thread_starts() {
        // A stack larger than any address space: every spawn fails.
        let texts = ["“A,” he said.", "She said B was true.", "No quotes."];
        let a = Attributor::new();
        let docs = a.parse_many_with(&texts, 8, || {
            std::thread::Builder::new().stack_size(1 << 62)
        });
        let counts: Vec<usize> = docs
            .iter()
            .map(|d| d.as_ref().unwrap().quotes().len())
            .collect();
        assert_eq!(counts, [1, 1, 0]);
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
