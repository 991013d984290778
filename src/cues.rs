//! Stage 3b: cues — the words that introduce reported speech.
//!
//! A cue is a reporting verb from the lexicon (`said`, `tells`, `warning`),
//! the preposition `according to`, or punctuation that credits a quotation
//! (a dash, a transcript colon). Cues inside quotations are not cues of the
//! surrounding text, so the caller passes only top-level tokens.

use crate::lexicon::{CueTable, CueVerb, Frame, VerbForm};
use crate::mentions::Toks;

/// A cue found at a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueHit {
    /// First token of the cue.
    pub tok: u32,
    /// One past its last token.
    pub end: u32,
    pub verb: CueVerb,
}

/// Words that, right before a verb form, show it is not a finite
/// reporting verb (`declined to say`, `the so-called`).
fn blocks_verb(prev: &[u8]) -> bool {
    matches!(
        prev,
        b"to"
            | b"so"
            | b"be"
            | b"being"
            | b"been"
            | b"the"
            | b"a"
            | b"an"
            | b"was"
            | b"were"
            | b"is"
            | b"are"
    )
}

/// Auxiliaries and modals: after a would-be verb they show it is a noun.
fn is_auxiliary(w: &[u8]) -> bool {
    matches!(
        w,
        b"did"
            | b"does"
            | b"do"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"has"
            | b"have"
            | b"had"
            | b"will"
            | b"would"
            | b"could"
            | b"can"
            | b"may"
            | b"might"
            | b"should"
            | b"must"
    )
}

/// The cue starting at token `i`, if any. `prev` is the previous top-level
/// token index, if any.
#[inline]
pub(crate) fn cue_at(
    t: &Toks,
    table: Option<&CueTable>,
    i: usize,
    prev: Option<usize>,
    hi: usize,
) -> Option<CueHit> {
    // Most words stop here, inline, before the call to the full test.
    if !t.may_be_cue(table, i) {
        return None;
    }
    cue_at_word(t, table, i, prev, hi)
}

#[inline(never)]
fn cue_at_word(
    t: &Toks,
    table: Option<&CueTable>,
    i: usize,
    prev: Option<usize>,
    hi: usize,
) -> Option<CueHit> {
    let w = t.s(i);
    if (w == "according" || w == "According") && i + 1 < hi && t.is_text(i + 1, "to") {
        return Some(CueHit {
            tok: i as u32,
            end: i as u32 + 2,
            verb: CueVerb {
                frame: Frame::According,
                form: VerbForm::Present,
                strength: 2,
            },
        });
    }
    let verb = t.cue_verb_at(table, i)?;
    // `his plans did not work`: a verb right after shows this is a noun.
    if verb.form == VerbForm::Present && i + 1 < hi && is_auxiliary(t.bytes(i + 1)) {
        return None;
    }
    if let Some(p) = prev {
        let pw = t.bytes(p);
        // `was told` is passive: the speaker is not the subject.
        let passive_ok = verb.frame == Frame::Addressee
            && matches!(pw, b"was" | b"were" | b"is" | b"are" | b"been");
        if blocks_verb(pw)
            && !(verb.form == VerbForm::Gerund && matches!(pw, b"was" | b"were" | b"is" | b"are"))
            || passive_ok
        {
            return None;
        }
    }
    // `point` reports only as `point out`; `called` needs an object;
    // `adds to` is not speech.
    let mut end = i + 1;
    if w.starts_with("add") && end < hi && t.is_text(end, "to") {
        return None;
    }
    if w.starts_with("point") || w.starts_with("Point") {
        if end < hi && t.is_text(end, "out") {
            end += 1;
        } else {
            return None;
        }
    }
    if w.starts_with("call") || w.starts_with("Call") {
        if end < hi && matches!(t.bytes(end), b"for" | b"on") {
            end += 1;
        } else if end < hi
            && (matches!(
                t.bytes(end),
                b"it"
                    | b"him"
                    | b"her"
                    | b"them"
                    | b"this"
                    | b"that"
                    | b"the"
                    | b"his"
                    | b"their"
                    | b"its"
                    | b"a"
                    | b"an"
            ) || t.is_name_word(end)
                || t.toks[end].kind == crate::segment::TokKind::QuoteChar)
        {
        } else {
            return None;
        }
    }
    Some(CueHit {
        tok: i as u32,
        end: end as u32,
        verb,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<String> {
        crate::mentions::tests::with(text, |t| {
            let n = t.toks.len();
            (0..n)
                .filter_map(|i| cue_at(t, None, i, i.checked_sub(1), n))
                .map(|c| text[t.span(c.tok as usize, c.end as usize - 1)].to_string())
                .collect()
        })
    }

    #[test]
    fn finds_verbs_and_prepositions() {
        assert_eq!(
            cues("She said it, according to him."),
            ["said", "according to"]
        );
        assert_eq!(
            cues("He pointed out the flaw and called for calm."),
            ["pointed out", "called for"]
        );
    }

    #[test]
    fn rejects_non_reporting_uses() {
        assert!(cues("It was hard to say more.").is_empty());
        assert!(cues("The so-called deal was told to nobody.").is_empty());
        assert!(cues("He pointed at the door.").is_empty());
        assert!(cues("She called home.").is_empty());
    }
}
