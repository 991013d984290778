//! The engine: finds where rules are tried (cues, colons, dashes,
//! sentences, paragraphs, standalone quotations) and runs the rules of
//! [`RULES`](super::rules::RULES) there, family by family, in the table's
//! order.

use super::paragraph::Block;
use super::phrases::word_count;
use super::rules::{
    Apply, Verdict, AFTER_CUE_RULES, BLOCK_RULES, CUE_RULES, PARAGRAPH_RULES, SENTENCE_RULES,
};
use super::site::CueSite;
use super::{Attribution, Ctx};
use crate::cues::{cue_at, CueHit};
use crate::lexicon::{self, List};
use crate::mentions::MentionKind;
use crate::scan::QuoteIdx;
use crate::span::Span;
use crate::tokens::{TokKind, Token, COLON, DASH, OPENS};

/// The working lists of [`sentence`], kept across sentences so that they
/// are allocated once.
#[derive(Default)]
pub(super) struct Scratch {
    cues: Vec<CueHit>,
    /// The cues of adjectives of attitude (the wider scope's).
    attitudes: Vec<CueHit>,
    dashes: Vec<usize>,
    colons: Vec<usize>,
}

/// Runs the sentence rules over sentence `si`: cue rules at each cue
/// outside quotations, then colon, sentence and dash rules.
pub(super) fn sentence(
    ctx: &Ctx,
    si: usize,
    claimed: &mut [bool],
    scratch: &mut Scratch,
    out: &mut Vec<Attribution>,
) {
    let s = &ctx.sentences[si];
    let (lo, hi) = (s.tokens.start, s.tokens.end);
    let first_out = out.len();
    find_sites(ctx, lo, hi, scratch);
    if scratch.cues.is_empty() {
        scratch
            .cues
            .extend(frame_cue(ctx, lo, hi).or_else(|| lead_frame_cue(ctx, lo, hi)));
    }
    if let Some(c) = words_cue(ctx, lo, hi) {
        scratch.cues.insert(0, c);
    }
    for k in 0..scratch.attitudes.len() {
        let c = scratch.attitudes[k];
        let at = scratch
            .cues
            .partition_point(|x| x.tok.as_usize() < c.tok.as_usize());
        scratch.cues.insert(at, c);
    }
    let t = &ctx.t;
    // No cue of page furniture reports (its dashes and colons may).
    let cues = if is_page_furniture(ctx, t.toks[lo].para.as_usize()) {
        0
    } else {
        scratch.cues.len()
    };
    for k in 0..cues {
        let c = scratch.cues[k];
        let at = t.toks[c.tok].start as usize;
        // A cue inside content already reported belongs to that content.
        let inside = out[first_out..]
            .iter()
            .rev()
            .take(4)
            .any(|a| a.content.start() <= at && at < a.content.end());
        // Thought and evidence (`she believes`, `polls show`) are outside
        // the default scope: no rule reports them unless asked for.
        // (`according to` decides by its source: a person or a document.)
        // (A verb of a topic, `talked about`, reports in the wider scope
        // only.)
        let wanted = ctx.reports(c.verb.act) || c.verb.frame == lexicon::Frame::According;
        if !inside && wanted {
            let site = CueSite::new(lo, hi, c, &out[first_out..])
                .with_last_speaker(ctx, out[..first_out].last());
            cue_rules(ctx, &site, claimed, out);
        }
    }
    for &apply in &SENTENCE_RULES {
        match apply {
            Apply::Colon(f) => {
                for &c in &scratch.colons {
                    out.extend(f(ctx, lo, c, claimed));
                }
            }
            Apply::Sentence(f) => out.extend(f(ctx, lo, hi, claimed)),
            Apply::Dash(f) => {
                for &d in &scratch.dashes {
                    out.extend(f(ctx, lo, hi, d, claimed));
                }
            }
            _ => {}
        }
    }
}

/// The most words a headline or a caption line has.
const MAX_HEADLINE_WORDS: usize = 20;

/// Whether paragraph `pi` is page furniture, whose cues report nothing: a line opened by a furniture label (`READ MORE: Mayor says the
/// budget is balanced`, `WATCH: …`), or a headline, a line standing alone
/// between blank lines with no final punctuation (`Firm announces new
/// plant`). A quotation in it is left to the other rules (`Jo Roe: ‘We
/// will win’`, `“Never give up.” — Jo Roe`).
pub(super) fn is_page_furniture(ctx: &Ctx, pi: usize) -> bool {
    let t = &ctx.t;
    let paras = &ctx.seg.paragraphs;
    let p = &paras[pi];
    let (a, b) = (p.tokens.start, p.tokens.end);
    if a == b {
        return false;
    }
    if t.in_list(a, List::FurnitureLabel) && (a + 1..b.min(a + 5)).any(|i| t.is_text(i, ":")) {
        return true;
    }
    let alone = p.after_blank && paras.get(pi + 1).is_none_or(|n| n.after_blank);
    let last = &t.toks[b - 1];
    alone
        && matches!(last.kind, TokKind::Word)
        && b - a <= MAX_HEADLINE_WORDS + 4
        && super::phrases::word_count(ctx, a, b) <= MAX_HEADLINE_WORDS
}

/// The most words a byline has (`By Ann Roe and Jo Lee, Business
/// Writers`).
const MAX_BYLINE_WORDS: usize = 12;

/// Whether paragraph `pi` is a byline: it stands after a blank line, opens
/// with `By` and a capitalised word, and is a short line with no
/// sentence-final mark (`By Ann Roe`, `BY ANN ROE, Staff Reporter`, `By
/// Ann Roe` over `Business Writer`). The writer it names is no one in the
/// story. (`By Friday Tom Rudd had left.` is a sentence.)
pub(crate) fn is_byline(ctx: &Ctx, pi: usize) -> bool {
    let t = &ctx.t;
    let p = &ctx.seg.paragraphs[pi];
    let (a, b) = (p.tokens.start, p.tokens.end);
    p.after_blank
        && b >= a + 2
        && b - a <= 2 * MAX_BYLINE_WORDS
        && t.is_text_ci(a, "by")
        && t.toks[a].is(crate::tokens::CAP)
        && t.toks[a + 1].kind == TokKind::Word
        && t.toks[a + 1].is(crate::tokens::CAP)
        && !t.toks[a..b].iter().any(|tk| tk.is(crate::tokens::TERMINAL))
        && super::phrases::word_count(ctx, a, b) <= MAX_BYLINE_WORDS
}

/// Collects the top-level cues, colons and dashes of the sentence
/// `lo..hi`, skipping quotations.
fn find_sites(ctx: &Ctx, lo: usize, hi: usize, scratch: &mut Scratch) {
    let t = &ctx.t;
    let Scratch {
        cues,
        attitudes,
        dashes,
        colons,
    } = scratch;
    cues.clear();
    attitudes.clear();
    // In the wider scope the verb blockers stop the scan too: `be` is one,
    // and an adjective of attitude after it a cue of thought.
    let blockers = if ctx.wants(crate::model::Act::Thought) {
        List::VerbBlocker.class()
    } else {
        0
    };
    dashes.clear();
    colons.clear();
    // (Once a sentence, before the scan: `In a June poll, …`.)
    if let Some(c) = poll_opener(ctx, lo, hi) {
        cues.push(c);
    }
    let text = t.text.as_bytes();
    let mut prev = None;
    let mut i = lo;
    while i < hi {
        // Step over the tokens that are none of these (most), testing only
        // their bits. (`|` rather than `||`: one branch, not several
        // hard-to-predict ones.)
        let rest = &t.toks[i..hi];
        // (Not at an article, the commonest blocker and never `be`; nor at
        // `to` or `so`: a word whose first letter is none of `i`, `a`, `w`,
        // `b` is no form of `be` that `attitude_at` reads.)
        let be_letter = |tk: &Token| {
            let first = text[tk.start as usize - t.base] | 0x20;
            matches!(first, b'i' | b'a' | b'w' | b'b')
        };
        let marked =
            |tk: &Token| (tk.flags & (OPENS | COLON | DASH) != 0) | (tk.lex & lexicon::CUE != 0);
        // (The default scope's scan tests no blockers at all: it runs at
        // every token.)
        let skip = if blockers == 0 {
            rest.iter().position(marked)
        } else {
            // (A blocker that is no article: of the two bits, the
            // blocker's alone.)
            let article = blockers | lexicon::DETERMINER;
            rest.iter()
                .position(|tk| marked(tk) | ((tk.lex & article == blockers) && be_letter(tk)))
        }
        .unwrap_or(rest.len());
        if skip > 0 {
            i += skip;
            prev = Some(i - 1);
        }
        if i == hi {
            break;
        }
        if ctx.opens_quote(i) {
            let e = ctx.quote_end_at(i).clamp(i + 1, hi);
            // `he 'said',`: a scare-quoted cue word is the cue, marks and
            // all.
            if let Some(c) = scare_quoted_cue(ctx, (lo, hi), i, e, prev) {
                cues.push(c);
            }
            prev = Some(e - 1);
            i = e;
            continue;
        }
        let tk = &t.toks[i];
        // (Only words have class bits.)
        if t.may_be_cue(i) && tk.kind == TokKind::Word {
            if let Some(c) = cue_at(t, i, prev, hi).or_else(|| infinitive_cue(ctx, i, prev, hi)) {
                cues.push(c);
                prev = Some(c.end.as_usize() - 1);
                i = c.end.as_usize();
                continue;
            }
        } else if tk.lex & blockers != 0 && tk.lex & lexicon::DETERMINER == 0 {
            if let Some(c) = attitude_at(ctx, i, hi) {
                attitudes.push(c);
                prev = Some(c.tok.as_usize());
                i = c.end.as_usize();
                continue;
            }
        } else if tk.is(DASH) {
            dashes.push(i);
        } else if tk.is(COLON) {
            colons.push(i);
        }
        prev = Some(i);
        i += 1;
    }
}

/// The most tokens between `In` and the comma of [`poll_opener`].
const MAX_POLL_OPENER_TOKENS: usize = 14;

/// `In a June poll by the Valley Post, 52 percent chose the mayor`: in
/// the wider scope, a sentence that opens with `In`, a phrase naming a
/// poll or survey and a comma reports the clause after it as the poll's
/// evidence, read as `according to` (the cue is `In`). Not when that
/// clause has a reporting verb of its own (`In the poll, 52 percent said
/// …`): its speakers are those polled.
fn poll_opener(ctx: &Ctx, lo: usize, hi: usize) -> Option<CueHit> {
    let t = &ctx.t;
    // (Cheap rejections first: this runs at every sentence.)
    if !ctx.wants(crate::model::Act::Evidence) || lo + 3 >= hi || !t.is_text(lo, "In") {
        return None;
    }
    let comma = (lo + 2..hi.min(lo + MAX_POLL_OPENER_TOKENS)).find(|&k| t.is_text(k, ","))?;
    let poll = (lo + 1..comma).any(|k| {
        t.in_list(k, List::EvidenceNoun)
            && matches!(t.s(k), "poll" | "polls" | "survey" | "surveys")
    });
    if !poll || (comma + 1..hi).any(|k| t.cue_verb_at(k).is_some()) {
        return None;
    }
    Some(CueHit {
        tok: crate::tokens::TokIdx::new(lo),
        end: crate::tokens::TokIdx::new(lo + 1),
        verb: lexicon::CueVerb {
            frame: lexicon::Frame::According,
            form: lexicon::VerbForm::Present,
            act: lexicon::Act::Speech,
            particles: 0,
        },
    })
}

/// `met on Friday to discuss …`, `tended to support …`: in the wider
/// scope, a reporting verb's base form right after `to`, which the verb
/// blockers otherwise stop (its subject is the verb's before `to`; see
/// [`CueSite::subject`]).
#[cold]
#[inline(never)]
fn infinitive_cue(ctx: &Ctx, i: usize, prev: Option<usize>, hi: usize) -> Option<CueHit> {
    let t = &ctx.t;
    if !ctx.wide() {
        return None;
    }
    let p = prev.filter(|&p| p + 1 == i)?;
    if !t.is_text(p, "to") {
        return None;
    }

    cue_at(t, i, None, hi).filter(|c| {
        c.verb.form == lexicon::VerbForm::Present
            && c.verb.frame != lexicon::Frame::According
            && (!t.s(i).ends_with('s') || t.s(i).ends_with("ss"))
    })
}

/// The cue of a quotation `i..e` that holds only a verb of saying (`“Q,”
/// he 'said', “Q”`): the marks and the word, when the word is a cue there
/// and no noun, and a quotation stands right before its subject or right
/// after it. (Elsewhere the marks doubt the word: `as he “endorses” her`.)
fn scare_quoted_cue(
    ctx: &Ctx,
    (lo, hi): (usize, usize),
    i: usize,
    e: usize,
    prev: Option<usize>,
) -> Option<CueHit> {
    let t = &ctx.t;
    if e != i + 3 || t.toks[i + 1].kind != TokKind::Word || t.has(i + 1, lexicon::NOUN_HOMOGRAPH) {
        return None;
    }
    let after = (e < hi && ctx.opens_quote(e))
        || (e + 1 < hi && t.is_text(e, ",") && ctx.opens_quote(e + 1));
    let before =
        (i.saturating_sub(3).max(lo + 1)..i).any(|k| ctx.quote_ending_before(k, lo).is_some());
    if !(after || before) {
        return None;
    }
    let c = cue_at(t, i + 1, prev, i + 2)?;
    (c.end.as_usize() == i + 2 && c.verb.frame == lexicon::Frame::Clause).then(|| CueHit {
        tok: crate::tokens::TokIdx::new(i),
        end: crate::tokens::TokIdx::new(e),
        verb: c.verb,
    })
}

/// `In her words, CLAUSE` and `In the words of X, CLAUSE` opening the
/// sentence (after a connective at most): a source phrase, as `according
/// to` is, the cue from `In` to `words` (`of`).
fn words_cue(ctx: &Ctx, lo: usize, hi: usize) -> Option<CueHit> {
    let t = &ctx.t;
    let a = if lo + 1 < hi && t.in_list(lo, List::Connective) {
        lo + 1
    } else {
        lo
    };
    if a + 3 >= hi || !t.is_text_ci(a, "in") {
        return None;
    }
    let own = matches!(t.s(a + 1), "her" | "his" | "their")
        && t.is_text(a + 2, "words")
        && t.is_text(a + 3, ",");
    let of = t.is_text(a + 1, "the") && t.is_text(a + 2, "words") && t.is_text(a + 3, "of");
    if !(own || of) {
        return None;
    }
    Some(CueHit {
        tok: crate::tokens::TokIdx::new(a),
        end: crate::tokens::TokIdx::new(if of { a + 4 } else { a + 3 }),
        verb: lexicon::CueVerb {
            frame: lexicon::Frame::According,
            form: lexicon::VerbForm::Present,
            act: lexicon::Act::Speech,
            particles: 0,
        },
    })
}

/// The verb of a quotation frame, a cue whatever the verb: `“Q,” NP
/// VERBed.` or `“Q,” VERBed NP.` (`NP, APPOSITION.`), the whole sentence, with the quotation
/// ending in a comma, `?` or `!` inside its marks, and the verb a
/// lowercase word in `-ed` that the lexicon does not list (`“Go away,” the
/// boy hissed.`). A direct quotation is never dropped because its verb is
/// unknown.
fn frame_cue(ctx: &Ctx, lo: usize, hi: usize) -> Option<CueHit> {
    let t = &ctx.t;
    let q = ctx.quote_opening_at(lo)?;
    let close = ctx.quotes[q].close?.as_usize();
    let e = ctx.quote_end_at(lo);
    if close == 0 || !matches!(t.s(close - 1), "," | "?" | "!") || hi < e + 3 {
        return None;
    }
    let fin = hi - 1;
    if !matches!(t.s(fin), "." | "!") {
        return None;
    }
    let past = |v: usize| {
        let w = t.s(v);
        t.word(v)
            && w.len() > 4
            && w.ends_with("ed")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && t.toks[v].lex & lexicon::CUE == 0
    };
    let person = |m: &crate::mentions::Mention| !m.nonperson;
    let v = if past(fin - 1)
        && t.np_ending_at(fin - 2, e)
            .is_some_and(|m| m.first.as_usize() == e && person(&m))
    {
        fin - 1
    } else if past(e)
        && t.np_starting_at(e + 1, fin).is_some_and(|m| {
            // (`emailed Ann Roe, of Dover.`: a phrase in apposition.)
            let l = m.last.as_usize();
            (l == fin - 1 || (l + 2 < fin && t.is_text(l + 1, ","))) && person(&m)
        })
    {
        e
    } else {
        return None;
    };
    Some(past_speech_cue(v))
}

/// A cue of one word at `v` that the lexicon does not list, read as a
/// verb of saying in the past that takes a clause.
fn past_speech_cue(v: usize) -> CueHit {
    CueHit {
        tok: crate::tokens::TokIdx::new(v),
        end: crate::tokens::TokIdx::new(v + 1),
        verb: lexicon::CueVerb {
            frame: lexicon::Frame::Clause,
            form: lexicon::VerbForm::Past,
            act: lexicon::Act::Speech,
            particles: 0,
        },
    }
}

/// The most tokens of the subject before the verb of a leading frame
/// (`The coach grumbled, “Q”`).
const MAX_LEAD_FRAME_TOKENS: usize = 8;

/// The verb of a leading quotation frame, a cue whatever the verb: `NP
/// VERBed, “Q.”`, the whole sentence, the subject a person's phrase of at
/// most [`MAX_LEAD_FRAME_TOKENS`] tokens, the verb a lowercase word in
/// `-ed` that the lexicon does not list, and only punctuation after the
/// quotation (`The coach grumbled, “We were robbed.”`).
fn lead_frame_cue(ctx: &Ctx, lo: usize, hi: usize) -> Option<CueHit> {
    let t = &ctx.t;
    let v = (lo + 1..hi.min(lo + MAX_LEAD_FRAME_TOKENS + 1))
        .find(|&k| k + 2 < hi && t.is_text(k + 1, ",") && ctx.opens_quote(k + 2))?;
    let w = t.s(v);
    let past = t.word(v)
        && w.len() > 4
        && w.ends_with("ed")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && t.toks[v].lex & lexicon::CUE == 0;
    let subject = t
        .np_ending_at(v - 1, lo)
        .is_some_and(|m| m.first.as_usize() == lo && !m.nonperson);
    if !(past && subject && super::phrases::only_punct(ctx, ctx.quote_end_at(v + 2), hi)) {
        return None;
    }
    Some(past_speech_cue(v))
}

/// `The mayor is confident that …`, `Voters are not eager to …`: in the
/// wider scope, an adjective of attitude ([`List::Attitude`]) right after
/// a form of `be` at `i` (over one adverb) is a cue of thought.
fn attitude_at(ctx: &Ctx, i: usize, hi: usize) -> Option<CueHit> {
    let t = &ctx.t;
    // (The adjective is one of the two words after `be`: when neither is
    // in any list, no more to test.)
    let listed = |k: usize| k < hi && t.toks[k].lex & List::Attitude.class() != 0;
    if !listed(i + 1) && !listed(i + 2) {
        return None;
    }
    // (The blockers are mostly articles: the forms of `be` by their bytes,
    // no lookup.)
    let w = t.bytes(i);
    let is = |x: &[u8]| w.eq_ignore_ascii_case(x);
    let be = match w.len() {
        2 => is(b"is") || is(b"be"),
        3 => is(b"are") || is(b"was"),
        4 => is(b"were") || is(b"been"),
        5 => is(b"being"),
        _ => false,
    };
    if !be || i + 1 >= hi {
        return None;
    }
    let j = if i + 2 < hi && (t.is_verb_adjunct_at(i + 1) || t.in_list(i + 1, List::VerbGap)) {
        i + 2
    } else {
        i + 1
    };
    (t.word(j) && t.in_list(j, List::Attitude)).then(|| CueHit {
        tok: crate::tokens::TokIdx::new(j),
        end: crate::tokens::TokIdx::new(j + 1),
        verb: lexicon::CueVerb {
            frame: lexicon::Frame::Attitude,
            form: lexicon::VerbForm::Present,
            act: lexicon::Act::Thought,
            particles: 0,
        },
    })
}

/// Whether `a`, fired at `site`, is a question put to the reader (`Do you
/// know where …?`, `Why do you say …?`): no quotation, `you` as the
/// speaker, and a question mark closing the sentence. It reports no one.
fn put_to_reader(ctx: &Ctx, site: &CueSite, a: &Attribution) -> bool {
    a.kind != crate::model::QuoteKind::Direct
        && a.speaker
            .is_some_and(|m| m.kind == MentionKind::Pronoun(lexicon::Pronoun::You))
        && (site.c0..site.hi.min(ctx.t.toks.len()))
            .rev()
            .find(|&k| ctx.t.toks[k].kind != TokKind::QuoteChar)
            .is_some_and(|k| ctx.t.is_text(k, "?"))
}

/// Tries the cue rules at a cue in order until one fires or stops, then
/// the rules that follow the one that decided; what fires goes to `out`.
fn cue_rules(ctx: &Ctx, site: &CueSite, claimed: &mut [bool], out: &mut Vec<Attribution>) {
    let mut decided = None;
    for &(id, f, cues) in &CUE_RULES {
        if !cues.admit(site.cue.verb) {
            continue;
        }
        match f(ctx, site, claimed) {
            Verdict::Fire(a) if !put_to_reader(ctx, site, &a) => out.push(a),
            Verdict::Fire(_) | Verdict::Stop => {}
            Verdict::Pass => continue,
        }
        decided = Some(id);
        break;
    }
    if let Some(id) = decided {
        for &(f, after) in &AFTER_CUE_RULES {
            if after.contains(&id) {
                out.extend(f(ctx, site, claimed));
            }
        }
    }
}

/// Runs the paragraph and block rules: `by_para` has one empty list per
/// paragraph, to hold the indices into `out` of each paragraph's
/// attributions; a paragraph that a paragraph rule fires or stops at goes
/// to `muted`, in order, with the content of the turn it fired, if any.
pub(super) fn paragraphs(
    ctx: &Ctx,
    claimed: &mut [bool],
    by_para: &mut [Vec<usize>],
    muted: &mut Vec<(Span, Option<Span>)>,
    out: &mut Vec<Attribution>,
) {
    for (k, a) in out.iter().enumerate() {
        by_para[a.para].push(k);
        // (A quotation run on into later paragraphs is theirs too.)
        if a.last_para != a.para {
            by_para[a.last_para].push(k);
        }
    }
    let mut si = 0;
    for pi in 0..ctx.seg.paragraphs.len() {
        let p = &ctx.seg.paragraphs[pi];
        while si < ctx.sentences.len() && ctx.sentences[si].tokens.end <= p.tokens.start {
            si += 1;
        }
        let label = PARAGRAPH_RULES
            .iter()
            .find_map(|f| match f(ctx, pi, claimed) {
                Verdict::Fire(a) => Some(Some(a)),
                Verdict::Pass => None,
                Verdict::Stop => Some(None),
            });
        match label {
            // A transcript's turn: nothing inside it is reported again
            // (`ROE: It stays open, I promise.`). A quoted credit (`Jo Roe:
            // “We will win,” she said.`) is left to the sentence rules.
            Some(Some(a)) => {
                let t = &ctx.t;
                let quoted = (p.tokens.start..p.tokens.end)
                    .find(|&i| t.toks[i].start as usize >= a.content.start())
                    .is_some_and(|i| {
                        i > p.tokens.start && t.toks[i - 1].kind == TokKind::QuoteChar
                    });
                // (With the unlabelled paragraphs that carry the answer.)
                let end = ctx.seg.paragraphs[a.last_para.as_usize()].tokens.end;
                if !quoted {
                    muted.push((t.span(p.tokens.start, end - 1), Some(a.content)));
                }
                by_para[pi].push(out.len());
                if a.last_para.as_usize() != pi {
                    by_para[a.last_para.as_usize()].push(out.len());
                }
                out.push(a);
                continue;
            }
            // The paragraph reports nothing, and nothing inside it.
            Some(None) => {
                muted.push((ctx.t.span(p.tokens.start, p.tokens.end - 1), None));
                continue;
            }
            None => {}
        }
        // Every unclaimed quotation that stands as a sentence of its own.
        let mut s = si;
        while s < ctx.sentences.len() && ctx.sentences[s].tokens.start < p.tokens.end {
            let r = ctx.sentences[s].tokens.clone();
            s += 1;
            let Some(x) = block_rules(ctx, pi, r, claimed, by_para, out) else {
                continue;
            };
            claimed[x.1] = true;
            let x = x.0;
            by_para[x.para].push(out.len());
            if x.last_para != x.para {
                by_para[x.last_para].push(out.len());
            }
            out.push(x);
        }
    }
}

/// The block rules at the sentence `r` of paragraph `pi`, if it is an
/// unclaimed quotation standing alone: what fired, and the quotation.
fn block_rules(
    ctx: &Ctx,
    pi: usize,
    r: std::ops::Range<usize>,
    claimed: &mut [bool],
    by_para: &[Vec<usize>],
    out: &[Attribution],
) -> Option<(Attribution, QuoteIdx)> {
    let p = &ctx.seg.paragraphs[pi];
    let mut a = r.start;
    while a < r.end && ctx.t.toks[a].kind == TokKind::Punct {
        a += 1;
    }
    let q = ctx.quote_opening_at(a).filter(|&q| !claimed[q])?;
    let qe = ctx.quote_end_at(a);
    if (qe..r.end).any(|i| ctx.t.toks[i].kind == TokKind::Word) {
        return None; // narration follows: a fragment, not a block
    }
    let qstart = ctx.quotes[q].content.start();
    // The nearest attribution in this paragraph, earlier first.
    let here = by_para[pi]
        .iter()
        .rev()
        .take(16)
        .find(|&&k| out[k].content.start() < qstart)
        .or_else(|| {
            by_para[pi]
                .iter()
                .take(16)
                .find(|&&k| out[k].content.start() > qstart)
        })
        .map(|&k| &out[k]);
    let block = Block {
        pi,
        q,
        at_para_start: a == p.tokens.start,
        words: word_count(ctx, a, qe),
        here,
        by_para,
        out,
    };
    BLOCK_RULES
        .iter()
        .find_map(|f| match f(ctx, &block, claimed) {
            Verdict::Fire(a) => Some(Some((a, q))),
            Verdict::Pass => None,
            Verdict::Stop => Some(None),
        })?
}
