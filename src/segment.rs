//! Stage 1: text segmentation.
//!
//! Splits text into paragraphs (one per line) and tokens, every one with its
//! byte span. Quotation-mark characters at the edges of words become tokens of
//! their own ([`TokKind::QuoteChar`]) so that the scanner can decide what they
//! are; apostrophes inside words (`hasn’t`) stay in the word, and a possessive
//! `’s` becomes a separate [`TokKind::Possessive`] token. Each word's
//! lexical class bits (`lexicon`) are looked up as it is read, into
//! [`Token::lex`]. The tokens ([`crate::tokens`]) come out with every flag
//! but [`crate::tokens::OPENS`], which the scanner sets.
//!
//! Sentences are found later, by [`crate::sentences`], once quotations are
//! known, because a quotation is never split by a sentence boundary.

use crate::lexicon::{Classes, List};
use crate::span::Span;
use crate::tokens::{ParaIdx, TokIdx, SP_AFTER, SP_BEFORE, TERMINAL};
use std::ops::Range;

// The token types and flags moved to `crate::tokens`, and sentences to
// `crate::sentences`; these paths are kept for the modules that import them
// from here.
use crate::tokens::{TokKind, Token, CAP, COLON, DASH, DIGIT};

/// A paragraph: one non-blank line (in hard-wrapped text, a run of them
/// between blank lines), and the tokens on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub span: Span,
    pub tokens: Range<usize>,
    /// A blank line (or the text start) stands before this paragraph.
    pub after_blank: bool,
    /// The index of its first colon token ([`TokIdx::NONE`] if it has
    /// none).
    pub first_colon: TokIdx,
}

/// Tokens and paragraphs of one text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Segments {
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Paragraph>,
    /// The indices of the [`TokKind::QuoteChar`] tokens, in order: the
    /// scanner visits these, not every token.
    pub quote_chars: Vec<TokIdx>,
}

const DIGIT_BYTE: u8 = 1;
const LOWER_BYTE: u8 = 2;
const UPPER_BYTE: u8 = 4;
/// ASCII blanks and control characters: they separate tokens.
const BLANK_BYTE: u8 = 8;
/// ASCII characters that may join two alphanumeric runs in one word.
const JOINER_BYTE: u8 = 16;
/// The first byte of a multi-byte UTF-8 sequence (or a continuation byte).
const HIGH_BYTE: u8 = 32;
const ALNUM_BYTE: u8 = DIGIT_BYTE | LOWER_BYTE | UPPER_BYTE;

/// The class of every byte, so the tokenizer decides with one lookup.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => DIGIT_BYTE,
            b'a'..=b'z' => LOWER_BYTE,
            b'A'..=b'Z' => UPPER_BYTE,
            0..=b' ' | 0x7f => BLANK_BYTE,
            b'-' | b'.' | b'&' | b'/' | b'\'' | b'@' | b'_' | b',' => JOINER_BYTE,
            0x80..=0xff => HIGH_BYTE,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The number of ASCII letters and digits at the start of `bytes[j..end]`.
///
/// Reads eight bytes at a time (SWAR): a word's end is then found with one
/// well-predicted branch per eight bytes instead of a branch per byte.
#[inline]
fn alnum_run(bytes: &[u8], start: usize, end: usize) -> usize {
    let mut j = start;
    while let Some(block) = bytes.get(j..j + 8) {
        let word = u64::from_le_bytes(block.try_into().unwrap_or([0; 8]));
        let stops = crate::swar::non_alnum(word);
        if stops != 0 {
            j += (stops.trailing_zeros() / 8) as usize;
            return j.min(end) - start;
        }
        j += 8;
        if j >= end {
            return end - start;
        }
    }
    while j < end && BYTE_CLASS[bytes[j] as usize] & ALNUM_BYTE != 0 {
        j += 1;
    }
    j - start
}

/// [`PUNCT_FLAGS`]: the byte is a straight mark, a backtick or a hyphen,
/// which the tokenizer looks at more closely.
const MARK_OR_HYPHEN: u8 = 1;

/// The token flags of each ASCII punctuation byte ([`TERMINAL`], [`COLON`]),
/// or [`MARK_OR_HYPHEN`].
static PUNCT_FLAGS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'.' as usize] = TERMINAL;
    t[b'!' as usize] = TERMINAL;
    t[b'?' as usize] = TERMINAL;
    t[b':' as usize] = COLON;
    t[b'\'' as usize] = MARK_OR_HYPHEN;
    t[b'`' as usize] = MARK_OR_HYPHEN;
    t[b'"' as usize] = MARK_OR_HYPHEN;
    t[b'-' as usize] = MARK_OR_HYPHEN;
    t
};

/// Characters that may be quotation marks (or apostrophes).
#[inline]
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '‚'
            | '‹'
            | '›'
            | '‟'
            | '‛'
    )
}

/// Invisible formatting characters (direction marks, zero-width joiners,
/// the BOM): they separate nothing and mark nothing.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

#[inline]
fn is_dash(c: char) -> bool {
    matches!(c, '—' | '―' | '–')
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        // ASCII needs no decoding.
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// [`char::is_alphanumeric`], answered without the Unicode tables for
/// ASCII and for the General Punctuation block (curly quotation marks,
/// dashes, special spaces), which holds no letter or digit: those are the
/// non-ASCII characters news text is full of.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
    }
}

/// Characters that may join two alphanumeric runs inside one word.
#[inline]
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '.' | '&' | '/' | '\'' | '’' | '‐' | '‑' | '@' | '_' | ','
    )
}

/// Splits `text[range]` into paragraphs and tokens, with offsets into the
/// whole `text` (chunks are parts of it). Runs in one pass. A paragraph is
/// one line, or, in a hard-wrapped block ([`wrapped_block`]), the whole
/// block: a single line break is then a space.
pub(crate) fn segment(text: &str, range: Range<usize>, classes: Classes<'_>, out: &mut Segments) {
    segment_with::<true>(text, range, classes, out);
}

/// The segments of the whole `text`, tokenized with the built-in lexicon
/// (for the stages' tests).
#[cfg(test)]
pub(crate) fn segmented(text: &str) -> Segments {
    let mut seg = Segments::default();
    segment(text, 0..text.len(), crate::lexicon::class_table(), &mut seg);
    seg
}

/// The widest line, in characters, of hard-wrapped text.
pub(crate) const WRAP_WIDTH: usize = 80;

/// Whether the block of lines starting at `from` (a line with text after a
/// blank line, or the text's start) and ending at a blank line or `to` is
/// hard-wrapped: its lines were broken at a fixed width (mail, plain-text
/// archives), so that a line break inside it stands for a space.
///
/// It is, when it has two lines or more, none wider than [`WRAP_WIDTH`]
/// characters, and at least half its line breaks come in the middle of a
/// sentence (the line does not end in `.`, `!`, `?`, `…`, `:`, `;`, a
/// closing mark or bracket). News with one paragraph per line has longer
/// lines, nearly all ending a sentence, and is never taken for it. Each
/// block is judged by its own lines, so what stands beyond a blank line
/// changes nothing. Reads the block up to its first wide line, and no more
/// than its first [`LONG_LINE`] bytes (as a paragraph is no longer). When
/// it is hard-wrapped, returns where the reading stopped (the end of the
/// block, or that limit).
pub(crate) fn wrapped_block(text: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[..to];
    let limit = to.min(from + LONG_LINE);
    let (mut breaks, mut open) = (0usize, 0usize);
    // Whether the previous line ends a sentence.
    let mut prev: Option<bool> = None;
    let mut here = from;
    while here <= bytes.len() && here < limit {
        let newline = crate::swar::find_byte(bytes, here, b'\n').unwrap_or(bytes.len());
        crate::work::steps((newline - here) / 64 + 1);
        let line = text[here..newline].trim_end();
        here = newline + 1;
        let wide = wider_than_wrap(line.as_bytes());
        let Some(last) = line.chars().next_back().filter(|_| !wide) else {
            // A blank line ends the block; a wide one rules it out.
            return (!wide && breaks > 0 && 2 * open >= breaks).then_some(newline);
        };
        if let Some(ended) = prev {
            breaks += 1;
            open += usize::from(!ended);
        }
        prev = Some(matches!(
            last,
            '.' | '!' | '?' | '…' | ':' | ';' | ')' | ']' | '"' | '”' | '’' | '\'' | '»'
        ));
    }
    (breaks > 0 && 2 * open >= breaks).then_some(here.min(to))
}

/// Whether `line` is more than [`WRAP_WIDTH`] characters wide. Bytes
/// first: a line of at most this many bytes is narrow enough, one of more
/// than four times as many is wide (a character has at most four bytes);
/// else the bytes that continue a character are counted, eight at a time.
#[inline]
fn wider_than_wrap(line: &[u8]) -> bool {
    if line.len() <= WRAP_WIDTH || line.len() > 4 * WRAP_WIDTH {
        return line.len() > WRAP_WIDTH;
    }
    let mut continuing = 0;
    let mut blocks = line.chunks_exact(8);
    for block in &mut blocks {
        let x = u64::from_le_bytes(block.try_into().unwrap_or([0; 8]));
        // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
        continuing += (x & !(x << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    continuing += blocks
        .remainder()
        .iter()
        .filter(|&&b| b & 0xC0 == 0x80)
        .count();
    line.len() - continuing > WRAP_WIDTH
}

/// Whether the line break `nl` falls inside a hard-wrapped block
/// ([`wrapped_block`]), whose lines make one paragraph: no chunk ends
/// there. Looks back at most [`LONG_LINE`] bytes for the block's start (a
/// longer block is cut into paragraphs that long in any case). When it
/// does, returns where the block's reading stopped, past which the next
/// break to try lies.
pub(crate) fn in_wrapped_block(text: &str, nl: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // A line with text follows, or the break ends the block.
    let next = text[nl + 1..].trim_start_matches([' ', '\t', '\r']);
    if next.is_empty() || next.starts_with('\n') {
        return None;
    }
    let lo = nl.saturating_sub(LONG_LINE);
    // The start of the line that ends at `nl`, then of the lines before,
    // back to a blank line or the text's start.
    let mut start = nl;
    loop {
        let line_start = bytes[lo..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map(|p| lo + p + 1);
        crate::work::steps(start - line_start.unwrap_or(lo) + 1);
        match line_start {
            None if lo == 0 => break start = 0,
            None => return None,
            Some(ls) => {
                let prev_end = ls - 1;
                let prev_start = bytes[lo..prev_end]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(lo, |p| lo + p + 1);
                if bytes[prev_start..prev_end]
                    .iter()
                    .all(u8::is_ascii_whitespace)
                    && (prev_start > lo || lo == 0)
                {
                    start = ls;
                    break;
                }
                let this = &bytes[ls..start.max(ls)];
                if start == nl && this.iter().all(u8::is_ascii_whitespace) {
                    return None; // `nl` ends a blank line
                }
                if wider_than_wrap(text[ls..start.max(ls)].trim_end().as_bytes()) {
                    return None;
                }
                start = ls - 1;
            }
        }
    }
    wrapped_block(text, start, text.len()).filter(|&end| end > nl)
}

/// [`segment`], with the plain-word loop ([`plain_words`]) or, for tests
/// that check the two agree, without it.
#[inline(always)]
fn segment_with<const PLAIN: bool>(
    text: &str,
    range: Range<usize>,
    classes: Classes<'_>,
    out: &mut Segments,
) {
    // Offsets are the text's own: the chunk is read in place, with no
    // offset to add to every token (and no register to hold one).
    let Range {
        start: from,
        end: to,
    } = range;
    out.tokens.clear();
    out.paragraphs.clear();
    out.quote_chars.clear();
    let bytes = text.as_bytes();
    let mut line_start = from;
    let mut blank_before = true;
    // Whether the previous line is blank (or there is none), and whether
    // the current block of lines is hard-wrapped.
    let (mut after_blank_line, mut block_wrapped) = (true, false);
    // The end of the current physical line, found once even when the line
    // is cut into many pseudo-paragraphs (keeps long lines linear).
    let mut cached_newline: Option<usize> = None;
    while line_start <= to {
        crate::work::step();
        let first_line_tok = out.tokens.len();
        let newline = match cached_newline {
            Some(n) if n >= line_start => n,
            _ => crate::swar::find_byte(&bytes[..to], line_start, b'\n').unwrap_or(to),
        };
        cached_newline = Some(newline);
        // A very long line (text without line breaks) is cut into
        // pseudo-paragraphs at sentence ends, so that one stray straight
        // mark cannot pair across the whole text.
        let soft = (newline - line_start > LONG_LINE)
            .then(|| sentence_break(text, line_start + LONG_LINE / 2, newline))
            .flatten();
        let line_end = soft.unwrap_or(newline);
        let line = &text[line_start..line_end];
        // Most lines start and end with a visible character: they need no
        // trimming, which is then skipped (`str::trim` walks the Unicode
        // tables at both ends).
        let untrimmed = line.chars().next().is_some_and(|c| !c.is_whitespace())
            && line.chars().next_back().is_some_and(|c| !c.is_whitespace());
        if !untrimmed && line.trim().is_empty() {
            blank_before = true;
            after_blank_line = true;
        } else {
            if after_blank_line {
                // A block starts: it may be hard-wrapped if its first line
                // is narrow enough.
                block_wrapped = !wider_than_wrap(line.trim_end().as_bytes())
                    && wrapped_block(text, line_start, to).is_some();
                after_blank_line = false;
            }
            let first_tok = out.tokens.len();
            // Hard-wrapped text: a line after a line with text continues
            // its paragraph (up to `LONG_LINE` bytes, as a long line is
            // cut).
            let joined = block_wrapped
                && !blank_before
                && out
                    .paragraphs
                    .last()
                    .is_some_and(|p| line_start - p.span.start() <= LONG_LINE);
            let para = out.paragraphs.len() - usize::from(joined);
            let line_ctx = Line {
                end: line_end,
                para: ParaIdx::new(para),
                classes,
            };
            let first_colon = tokenize_line::<PLAIN>(
                text,
                line_start,
                line_ctx,
                &mut out.tokens,
                &mut out.quote_chars,
            );
            if out.tokens.len() > first_tok {
                let trimmed = if untrimmed {
                    Span::new(line_start, line_end)
                } else {
                    Span::new(line_start, line_end).trim(text)
                };
                if let Some(p) = out.paragraphs.last_mut().filter(|_| joined) {
                    p.span = p.span.cover(trimmed);
                    p.tokens.end = out.tokens.len();
                    if p.first_colon == TokIdx::NONE {
                        p.first_colon = first_colon;
                    }
                } else {
                    out.paragraphs.push(Paragraph {
                        span: trimmed,
                        tokens: first_tok..out.tokens.len(),
                        after_blank: blank_before,
                        first_colon,
                    });
                }
                blank_before = false;
            }
        }
        crate::work::steps(out.tokens.len() - first_line_tok);
        if let Some(k) = soft {
            line_start = k;
            continue;
        }
        if line_end == to {
            break;
        }
        line_start = line_end + 1;
    }
}

/// What the tokens of one line share.
#[derive(Clone, Copy)]
struct Line<'c> {
    /// Where the line ends (its tokens end at or before).
    end: usize,
    /// The paragraph number.
    para: ParaIdx,
    classes: Classes<'c>,
}

fn tokenize_line<const PLAIN: bool>(
    text: &str,
    start: usize,
    line_ctx: Line<'_>,
    out: &mut Vec<Token>,
    quote_chars: &mut Vec<TokIdx>,
) -> TokIdx {
    let Line { end, para, classes } = line_ctx;
    let bytes = text.as_bytes();
    // The line alone, for the loop's own reads (their bounds are then
    // known); word scanning reads the whole text, eight bytes at a time.
    let line = &bytes[..end];
    let mut i = start;
    let mut prev_blank = true;
    // The first colon token, if any (`TokIdx::NONE`).
    let mut first_colon = TokIdx::NONE;
    while i < line.len() {
        let b = line[i];
        let class = BYTE_CLASS[b as usize];
        if class & BLANK_BYTE != 0 {
            prev_blank = true;
            i += 1;
            continue;
        }
        let tok_start = i;
        let mut flags = if prev_blank { SP_BEFORE } else { 0 };
        let kind;
        // Only words that start with an ASCII letter can have a class (every
        // lexicon entry does).
        let mut lex = 0;
        if class & ALNUM_BYTE != 0 {
            // The common case: plain words, in a loop of their own.
            let (j, blank) = if PLAIN {
                plain_words(bytes, i, prev_blank, line_ctx, out)
            } else {
                (i, prev_blank)
            };
            if j != i {
                i = j;
                prev_blank = blank;
                continue;
            }
            // Any other word that starts with an ASCII letter or digit.
            let j = word_end(text, i + 1, end, b as char);
            if class & UPPER_BYTE != 0 {
                flags |= CAP;
            } else if class & DIGIT_BYTE != 0 {
                flags |= DIGIT;
            } else if j - i > 3 && prefixed_name(bytes, i, j, classes) {
                flags |= CAP;
            }
            if class & DIGIT_BYTE == 0 {
                lex = classes.of(bytes, i, j);
                if classes.has_wide() && !bytes[i..j].is_ascii() {
                    lex |= classes.of_wide(&text[i..j]);
                }
            }
            kind = TokKind::Word;
            i = j;
        } else if class & HIGH_BYTE != 0 {
            let c = char_at(text, i).unwrap_or(' ');
            let clen = c.len_utf8();
            if is_invisible(c) {
                i += clen;
                continue;
            }
            if c.is_whitespace() || c.is_control() {
                prev_blank = true;
                i += clen;
                continue;
            }
            // Quotation marks and dashes are the common non-ASCII
            // characters: test them before the Unicode tables.
            if !is_quote_char(c) && !is_dash(c) && c.is_alphanumeric() {
                let j = word_end(text, i + clen, end, c);
                if c.is_uppercase() {
                    flags |= CAP;
                }
                if classes.has_wide() {
                    lex = classes.of_wide(&text[i..j]);
                }
                kind = TokKind::Word;
                i = j;
            } else if c == '’' && is_possessive(text, out, i, end, prev_blank) {
                kind = TokKind::Possessive;
                i += possessive_len(text, i, end).unwrap_or(clen);
            } else if is_quote_char(c) {
                kind = TokKind::QuoteChar;
                i += clen;
            } else if is_dash(c) {
                kind = TokKind::Dash;
                flags |= DASH;
                i += clen;
            } else {
                kind = TokKind::Punct;
                if c == '…' {
                    flags |= TERMINAL;
                }
                i += clen;
            }
        } else if PUNCT_FLAGS[b as usize] & MARK_OR_HYPHEN == 0 {
            // Other ASCII punctuation (most: commas and periods), its flags
            // from a table: no jump on the character, which is as good as
            // random.
            kind = TokKind::Punct;
            flags |= PUNCT_FLAGS[b as usize];
            if b == b':' {
                first_colon = first_colon.min(TokIdx::new(out.len()));
            }
            i += 1;
        } else {
            // Marks and hyphens.
            let next = bytes.get(i + 1).copied().filter(|_| i + 1 < end);
            match b {
                b'\'' if is_possessive(text, out, i, end, prev_blank) => {
                    kind = TokKind::Possessive;
                    i += possessive_len(text, i, end).unwrap_or(1);
                }
                // `''` and two backticks stand for a straight double mark.
                b'\'' | b'`' => {
                    kind = TokKind::QuoteChar;
                    i += if next == Some(b) { 2 } else { 1 };
                }
                b'"' => {
                    kind = TokKind::QuoteChar;
                    i += 1;
                }
                b'-' if next == Some(b'-') => {
                    kind = TokKind::Dash;
                    flags |= DASH;
                    while i < end && bytes[i] == b'-' {
                        i += 1;
                    }
                }
                b'-' if prev_blank && next == Some(b' ') => {
                    kind = TokKind::Dash;
                    flags |= DASH;
                    i += 1;
                }
                // A hyphen that is no dash (the other punctuation took the
                // branch above).
                _ => {
                    kind = TokKind::Punct;
                    i += 1;
                }
            }
        }
        let tok_end = i;
        prev_blank = false;
        let after_blank = i >= line.len()
            || match line[i] {
                // The usual single space between words is stepped over
                // here, saving a turn of the loop.
                b' ' => {
                    i += 1;
                    prev_blank = true;
                    true
                }
                b'\t' | b'\r' => true,
                b if b < 0x80 => false,
                _ => char_at(text, i).is_some_and(char::is_whitespace),
            };
        if after_blank {
            flags |= SP_AFTER;
        }
        if kind == TokKind::QuoteChar {
            quote_chars.push(TokIdx::new(out.len()));
        }
        out.push(Token {
            start: tok_start as u32,
            end: tok_end as u32,
            para,
            kind,
            flags,
            lex,
        });
    }
    first_colon
}

/// Tokenizes the plain words from `i` on: words of at most 15 ASCII
/// letters and digits that end, before the line's `end`, at a byte that
/// joins nothing (a blank, or punctuation other than a joiner). Most words
/// of running text are plain, and this loop reads each with two 8-byte
/// loads, keeps its constants in registers, and steps over the single
/// space after it; any other token ends the loop, with no token taken, so
/// that the general loop tokenizes it.
///
/// Returns where the general loop resumes and whether a blank stands just
/// before that place. The tokens are exactly those the general loop would
/// make.
#[inline(always)]
fn plain_words(
    bytes: &[u8],
    mut i: usize,
    mut prev_blank: bool,
    line: Line<'_>,
    out: &mut Vec<Token>,
) -> (usize, bool) {
    let Line { end, para, classes } = line;
    use crate::swar::non_alnum;
    while let Some(block) = bytes.get(i..i + 16) {
        let lo = u64::from_le_bytes(block[..8].try_into().unwrap_or([0; 8]));
        let hi = u64::from_le_bytes(block[8..].try_into().unwrap_or([0; 8]));
        // The word's length and the byte after it.
        let (len, stop) = match non_alnum(lo) {
            0 => match non_alnum(hi) {
                0 => break, // 16 bytes or more
                stops => {
                    let m = (stops.trailing_zeros() / 8) as usize;
                    (8 + m, (hi >> (8 * m)) as u8)
                }
            },
            stops => {
                let n = (stops.trailing_zeros() / 8) as usize;
                (n, (lo >> (8 * n)) as u8)
            }
        };
        let j = i + len;
        if len == 0 || j > end {
            break;
        }
        let mut flags = if prev_blank { SP_BEFORE } else { 0 };
        let mut next = j;
        let mut blank_after = false;
        if j == end {
            flags |= SP_AFTER;
        } else {
            let class = BYTE_CLASS[stop as usize];
            if class & HIGH_BYTE != 0 {
                break;
            }
            if class & JOINER_BYTE != 0 {
                // A joiner continues the word only before a letter or
                // digit (or a character that may be one).
                if j + 1 < end && BYTE_CLASS[bytes[j + 1] as usize] & (ALNUM_BYTE | HIGH_BYTE) != 0
                {
                    break;
                }
            } else if stop == b' ' {
                flags |= SP_AFTER;
                next = j + 1;
                blank_after = true;
            } else if stop == b'\t' || stop == b'\r' {
                flags |= SP_AFTER;
            }
        }
        // Branch-free: whether a word is capitalised is hard to predict.
        let first = lo as u8;
        flags |= (u8::from(first.is_ascii_uppercase()) * CAP)
            | (u8::from(first.is_ascii_digit()) * DIGIT);
        out.push(Token {
            start: i as u32,
            end: j as u32,
            para,
            kind: TokKind::Word,
            flags,
            lex: classes.of_block(lo, hi, len),
        });
        i = next;
        prev_blank = blank_after;
        if i >= end || BYTE_CLASS[bytes[i] as usize] & ALNUM_BYTE == 0 {
            break;
        }
    }
    (i, prev_blank)
}

/// Whether the lowercase word `bytes[i..j]` is a surname opened by a
/// particle of `name_prefixes.txt` and a hyphen or an apostrophe
/// (`el-Amin`, `d’Aubry`): a name word, as if capitalised.
fn prefixed_name(bytes: &[u8], i: usize, j: usize, classes: Classes<'_>) -> bool {
    // The particles have at most four letters.
    let head = &bytes[i..j.min(i + 5)];
    let Some(p) = head.iter().position(|&b| matches!(b, b'-' | b'\'' | 0xE2)) else {
        return false;
    };
    let after = i + p + if bytes[i + p] == 0xE2 { 3 } else { 1 };
    let apostrophe = bytes[i + p] != b'-';
    let joined = bytes[i + p] != 0xE2 || bytes[i + p..].starts_with("’".as_bytes());
    joined
        && after < j
        && bytes[after].is_ascii_uppercase()
        && (apostrophe || p >= 2)
        && classes.in_list(bytes, i, i + p, List::NamePrefix)
}

/// The end of a word whose first character `first` ends before `j`:
/// alphanumerics joined by inner joiners (`hasn’t`, `U.S.`, `1,000`,
/// `Jean-Luc`).
#[inline(always)]
fn word_end(text: &str, mut j: usize, end: usize, first: char) -> usize {
    let bytes = text.as_bytes();
    loop {
        // A run of ASCII letters and digits, eight bytes at a time.
        j += alnum_run(bytes, j, end);
        if j >= end {
            break;
        }
        let b = bytes[j];
        let class = BYTE_CLASS[b as usize];
        // The common end of a word: a blank or an ASCII punctuation mark
        // that joins nothing.
        if class & (JOINER_BYTE | HIGH_BYTE) == 0 {
            break;
        }
        let d = if class & HIGH_BYTE != 0 {
            match char_at(text, j) {
                Some(d) => d,
                None => break,
            }
        } else {
            b as char
        };
        if is_alnum(d) || d == '\u{301}' {
            j += d.len_utf8();
            continue;
        }
        if !is_joiner(d) {
            break;
        }
        let k = j + d.len_utf8();
        let Some(n) = (if k < end { char_at(text, k) } else { None }) else {
            break;
        };
        if !is_alnum(n) {
            break;
        }
        // A comma joins digits only (1,000); an apostrophe before a lone s
        // is a possessive, split off.
        if d == ',' && !(first.is_ascii_digit() && n.is_ascii_digit()) {
            break;
        }
        if is_apostrophe(d) && (n == 's' || n == 'S') {
            let after = k + 1;
            let lone = after >= end || !char_at(text, after).is_some_and(is_alnum);
            if lone {
                break;
            }
        }
        j = k;
    }
    j
}

/// Whether every letter of `word` is a capital, and there are at least two
/// (`NATO`, `PENCE`, `ÉCOLE`; not `NATO-led`).
pub(crate) fn is_all_capitals(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Whether an apostrophe at `i` is a possessive clitic: right after a word
/// token and followed by a lone `s`.
#[inline]
fn is_possessive(text: &str, out: &[Token], i: usize, end: usize, prev_blank: bool) -> bool {
    !prev_blank
        && out
            .last()
            .is_some_and(|t| t.kind == TokKind::Word && t.end as usize == i)
        && possessive_len(text, i, end).is_some()
}

/// If an apostrophe at `i` starts a possessive clitic (`’s` followed by a
/// non-letter), returns its length in bytes.
fn possessive_len(text: &str, i: usize, end: usize) -> Option<usize> {
    let c = char_at(text, i)?;
    let k = i + c.len_utf8();
    let n = if k < end { char_at(text, k) } else { None };
    if !matches!(n, Some('s' | 'S')) {
        return None;
    }
    let after = if k + 1 < end {
        char_at(text, k + 1)
    } else {
        None
    };
    (!after.is_some_and(is_alnum)).then_some(k + 1 - i)
}

/// Lines longer than this many bytes are cut into pseudo-paragraphs.
pub(crate) const LONG_LINE: usize = 4096;

/// The start of the first sentence after a sentence end in
/// `text[from..limit]`: `.`, `!` or `?`, closing marks or brackets, blanks,
/// then a capital letter or an opening mark. Always a char boundary.
pub(crate) fn sentence_break(text: &str, from: usize, limit: usize) -> Option<usize> {
    let b = text.as_bytes();
    let limit = limit.min(b.len());
    let closing = |j: usize| -> usize {
        match b[j] {
            b'"' | b'\'' | b')' | b']' => 1,
            // ” and ’ in UTF-8.
            0xE2 if j + 2 < limit && b[j + 1] == 0x80 && matches!(b[j + 2], 0x9D | 0x99) => 3,
            _ => 0,
        }
    };
    let mut i = from;
    while i < limit {
        crate::work::step();
        if !matches!(b[i], b'.' | b'!' | b'?') {
            i += 1;
            continue;
        }
        // Not after an initial or a short abbreviation (`J.`, `Mr.`).
        let word_len = b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let mut j = i + 1;
        while j < limit && closing(j) > 0 {
            j += closing(j);
        }
        let blanks = j;
        while j < limit && b[j] == b' ' {
            j += 1;
        }
        let opens = j < limit
            && (b[j].is_ascii_uppercase()
                || b[j] == b'"'
                || (j + 2 < limit
                    && b[j] == 0xE2
                    && b[j + 1] == 0x80
                    && matches!(b[j + 2], 0x9C | 0x98)));
        if j > blanks && opens && (b[i] != b'.' || word_len > 3) {
            return Some(j);
        }
        i = j.max(i + 1);
    }
    None
}

#[inline]
pub(crate) fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(|c| c.is_uppercase()) && cs.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts made of the characters the tokenizer treats differently.
    fn tricky_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let pieces = [
            "a",
            "Z",
            "ab",
            "Mr",
            "NATO",
            "x9",
            "7",
            "said",
            "extraordinarily",
            "U",
            ".",
            ",",
            "'",
            "’",
            "s",
            "-",
            "--",
            "&",
            "/",
            "@",
            "_",
            " ",
            "  ",
            "\t",
            "\r",
            "\n",
            "\n\n",
            "\"",
            "“",
            "”",
            "—",
            "…",
            "é",
            "É",
            "\u{a0}",
            "\u{200b}",
            "?",
            ":",
            "(",
            "\u{b}",
        ];
        proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..80)
            .prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn plain_word_loop_makes_the_same_tokens(text in tricky_text()) {
            let (mut fast, mut general) = (Segments::default(), Segments::default());
            segment_with::<true>(&text, 0..text.len(), crate::lexicon::class_table(), &mut fast);
            segment_with::<false>(&text, 0..text.len(), crate::lexicon::class_table(), &mut general);
            proptest::prop_assert_eq!(&fast.tokens, &general.tokens);
            proptest::prop_assert_eq!(&fast.paragraphs, &general.paragraphs);
            // The scanner's list of mark characters is every one of them.
            let marks: Vec<TokIdx> = (0..fast.tokens.len())
                .filter(|&k| fast.tokens[k].kind == TokKind::QuoteChar)
                .map(TokIdx::new)
                .collect();
            proptest::prop_assert_eq!(&fast.quote_chars, &marks);
            proptest::prop_assert_eq!(fast.quote_chars, general.quote_chars);
            for p in &fast.paragraphs {
                let colon = p.tokens.clone().find(|&k| fast.tokens[k].is(COLON));
                proptest::prop_assert_eq!(p.first_colon, colon.map_or(TokIdx::NONE, TokIdx::new));
            }
        }

        #[test]
        fn a_chunk_read_in_place_is_the_chunk_alone_shifted(
            before in tricky_text(),
            chunk in tricky_text(),
            after in tricky_text(),
        ) {
            // The pipeline's chunks start at a line start.
            let before = format!("{before}\n");
            let whole = format!("{before}{chunk}{after}");
            let (mut in_place, mut alone) = (Segments::default(), Segments::default());
            segment(&whole, before.len()..before.len() + chunk.len(), crate::lexicon::class_table(), &mut in_place);
            segment(&chunk, 0..chunk.len(), crate::lexicon::class_table(), &mut alone);
            let shift = before.len() as u32;
            for t in &mut alone.tokens {
                t.start += shift;
                t.end += shift;
            }
            for p in &mut alone.paragraphs {
                p.span = Span::new(p.span.start() + before.len(), p.span.end() + before.len());
            }
            proptest::prop_assert_eq!(in_place.tokens, alone.tokens);
            proptest::prop_assert_eq!(in_place.paragraphs, alone.paragraphs);
            proptest::prop_assert_eq!(in_place.quote_chars, alone.quote_chars);
        }
    }

    #[test]
    fn is_alnum_agrees_with_the_standard_library() {
        for c in ('\0'..='\u{3000}').chain(['\u{feff}', '\u{1f600}']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn words(text: &str) -> Vec<(&str, TokKind)> {
        let seg = crate::segment::segmented(text);
        seg.tokens.iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn word_at_a_time_run_agrees_with_the_byte_table() {
        // Runs that end inside a block, at its edge, past the limit, and
        // in the byte-at-a-time tail.
        let text = b"Parliament1 x abcdefgh-ijk \xc3\xa9t\xc3\xa9 end";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let expect = text[start..end]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                assert_eq!(alnum_run(text, start, end), expect, "{start}..{end}");
            }
        }
    }

    #[test]
    fn sentence_final_marks_are_flagged() {
        let text = "Yes. No! Why? So… U.S. e.g., a-b : ;";
        let seg = crate::segment::segmented(text);
        let flagged: Vec<&str> = seg
            .tokens
            .iter()
            .filter(|t| t.is(TERMINAL))
            .map(|t| t.text(text))
            .collect();
        // The periods after `U.S` and `e.g` too: whether they end a
        // sentence is for `sentences` to decide.
        assert_eq!(flagged, [".", "!", "?", "…", ".", "."]);
    }

    #[test]
    fn tokens_stay_sixteen_bytes() {
        // Every stage streams over the tokens; the class bits fill padding.
        assert_eq!(std::mem::size_of::<Token>(), 16);
    }

    #[test]
    fn apostrophes_stay_inside_words() {
        let w = words("Norway hasn’t said we’ve");
        assert_eq!(w[1], ("hasn’t", TokKind::Word));
        assert_eq!(w[3], ("we’ve", TokKind::Word));
    }

    #[test]
    fn possessive_is_split() {
        let w = words("Norway’s navy and Ms Li's plan");
        assert_eq!(w[0], ("Norway", TokKind::Word));
        assert_eq!(w[1], ("’s", TokKind::Possessive));
        assert_eq!(w[5], ("Li", TokKind::Word));
        assert_eq!(w[6], ("'s", TokKind::Possessive));
    }

    #[test]
    fn quote_chars_are_tokens() {
        let w = words("“Yes,” he said. ''No'' `` ok");
        assert_eq!(w[0], ("“", TokKind::QuoteChar));
        assert_eq!(w[3], ("”", TokKind::QuoteChar));
        assert_eq!(w[7], ("''", TokKind::QuoteChar));
        assert_eq!(w[9], ("''", TokKind::QuoteChar));
        assert_eq!(w[10], ("``", TokKind::QuoteChar));
    }

    #[test]
    fn abbreviations_and_numbers_are_words() {
        let w = words("The U.S. paid $1,000.50 to co-operate.");
        assert!(w.contains(&("U.S", TokKind::Word)));
        assert!(w.contains(&("1,000.50", TokKind::Word)));
        assert!(w.contains(&("co-operate", TokKind::Word)));
    }

    #[test]
    fn paragraphs_are_lines_with_spans() {
        let text = "One.\n\n  Two three.\r\nFour";
        let seg = crate::segment::segmented(text);
        let p: Vec<&str> = seg.paragraphs.iter().map(|p| &text[p.span]).collect();
        assert_eq!(p, ["One.", "Two three.", "Four"]);
        assert!(seg.paragraphs[1].after_blank);
        assert!(!seg.paragraphs[2].after_blank);
    }

    /// The paragraphs of `text`, as text.
    fn paragraphs(text: &str) -> Vec<&str> {
        crate::segment::segmented(text)
            .paragraphs
            .iter()
            .map(|p| &text[p.span])
            .collect()
    }

    #[test]
    fn hard_wrapped_blocks_are_paragraphs() {
        let text = "\"Hello,\nI am the second line.\nAnd the last.\" he said.";
        assert_eq!(paragraphs(text), [text]);
        // Blocks between blank lines, each judged on its own lines.
        let wrapped = "A line broken in the middle of\na sentence, as mail is.";
        let text = format!("{wrapped}\n\nOne paragraph.\nAnother paragraph.\n");
        assert_eq!(
            paragraphs(&text),
            [wrapped, "One paragraph.", "Another paragraph."]
        );
        // Width is in characters, not bytes.
        let accents = format!("{} and\nmore.", "é".repeat(74));
        assert_eq!(paragraphs(&accents).len(), 1);
        let accents = format!("{} and\nmore.", "é".repeat(77));
        assert_eq!(paragraphs(&accents).len(), 2);
        // A line wider than a terminal's is no wrapped line, whichever it
        // is.
        let wide = format!("A short line and\n{} and\nmore.", "word ".repeat(17));
        assert_eq!(paragraphs(&wide).len(), 3);
        // Lines that end sentences are paragraphs of their own.
        assert_eq!(
            paragraphs("Headline here\nThe body ends.\nAnd again.\nAnd more.").len(),
            4
        );
    }

    #[test]
    fn line_breaks_inside_wrapped_blocks() {
        let text = "News line.\n\nA wrapped line, broken in\nthe middle of a sentence.\n\nEnd.";
        let inside: Vec<bool> = text
            .match_indices('\n')
            .map(|(nl, _)| in_wrapped_block(text, nl).is_some())
            .collect();
        assert_eq!(inside, [false, false, true, false, false]);
        assert!(!wider_than_wrap("é".repeat(80).as_bytes()));
        assert!(wider_than_wrap("é".repeat(81).as_bytes()));
        assert!(wider_than_wrap("e".repeat(81).as_bytes()));
    }

    #[test]
    fn sentence_breaks_skip_initials_and_titles() {
        let t = "Mr. J. Smith went home. “He left,” she said. The end";
        let k = sentence_break(t, 0, t.len()).unwrap();
        assert!(t[k..].starts_with("“He left"));
        let k2 = sentence_break(t, k, t.len()).unwrap();
        assert_eq!(&t[k2..], "The end");
        assert_eq!(sentence_break("no end here", 0, 11), None);
    }

    #[test]
    fn long_lines_become_pseudo_paragraphs() {
        let text = "The minister spoke at length today. ".repeat(400);
        let seg = crate::segment::segmented(&text);
        assert!(seg.paragraphs.len() >= 3, "{}", seg.paragraphs.len());
        for w in seg.paragraphs.windows(2) {
            assert_eq!(w[0].tokens.end, w[1].tokens.start);
            assert!(w[0].span.end() <= w[1].span.start());
        }
        assert!(seg
            .paragraphs
            .iter()
            .all(|p| p.span.len() <= LONG_LINE + 64));
    }

    #[test]
    fn all_capitals() {
        let text = "PENCE ÉCOLE École aÉÉ A NATO-led Q&A U.S. A1";
        let seg = crate::segment::segmented(text);
        let upper: Vec<bool> = seg
            .tokens
            .iter()
            .map(|t| is_all_capitals(t.text(text)))
            .collect();
        assert_eq!(
            upper,
            // `U.S` and its period are two tokens.
            [true, true, false, false, false, false, true, true, false, false]
        );
    }

    #[test]
    fn dashes() {
        let w = words("a — b -- c - d");
        assert_eq!(w[1].1, TokKind::Dash);
        assert_eq!(w[3].1, TokKind::Dash);
        assert_eq!(w[5].1, TokKind::Dash);
    }
}
