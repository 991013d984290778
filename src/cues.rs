//! Cues: the words that introduce reported speech, found by the
//! attribution stage where its rules look for them.
//!
//! A cue is a reporting verb from the lexicon (`said`, `tells`, `warning`)
//! or the preposition `according to`. Whether a verb form is a finite
//! reporting verb here depends on its neighbours: the word before it
//! (`declined to say`, `was told`), the word after it (`his plans did not
//! work`), and, for some verbs, a particle (`point out`, `adds to`: see
//! `particles.txt`). Punctuation that credits a quotation (a dash, a colon)
//! is found by the rules that use it. Cues inside quotations are not cues
//! of the surrounding text, so the caller passes only top-level tokens.

use crate::lexicon::{Act, CueVerb, Frame, List, Otherwise, VerbForm};
use crate::tokens::{TokIdx, TokKind, Toks, CAP};

/// A cue found at a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueHit {
    /// First token of the cue.
    pub tok: TokIdx,
    /// One past its last token.
    pub end: TokIdx,
    pub verb: CueVerb,
}

/// The most tokens of a line that [`title_case_line`] reads as a
/// headline.
const MAX_HEADLINE_TOKENS: usize = 40;

/// The fewest words of a headline in title case.
const MIN_HEADLINE_WORDS: usize = 4;

/// Whether token `i` is in a short paragraph in title case (`Mayor Says
/// Fares Will Rise`): at most [`MAX_HEADLINE_TOKENS`] tokens, at least
/// [`MIN_HEADLINE_WORDS`] words, and every word capitalised but function
/// words and determiners (`of`, `the`).
fn title_case_line(t: &Toks, i: usize) -> bool {
    let para = t.toks[i].para;
    let mut start = i;
    while start > 0 && t.toks[start - 1].para == para {
        if i - start >= MAX_HEADLINE_TOKENS {
            return false;
        }
        start -= 1;
    }
    let mut end = i + 1;
    while end < t.toks.len() && t.toks[end].para == para {
        if end - start >= MAX_HEADLINE_TOKENS {
            return false;
        }
        end += 1;
    }
    let mut words = 0;
    for k in start..end {
        if t.toks[k].kind != TokKind::Word {
            continue;
        }
        words += 1;
        let minor = t.has(k, crate::lexicon::FUNCTION) || t.has(k, crate::lexicon::DETERMINER);
        if !t.toks[k].is(CAP) && !minor {
            return false;
        }
    }
    words >= MIN_HEADLINE_WORDS
}

/// The cue starting at token `i`, if any. `prev` is the previous top-level
/// token index, if any.
#[inline]
pub(crate) fn cue_at(t: &Toks, i: usize, prev: Option<usize>, hi: usize) -> Option<CueHit> {
    // Most words stop here, inline, before the call to the full test.
    if !t.may_be_cue(i) {
        return None;
    }
    cue_at_word(t, i, prev, hi)
}

#[inline(never)]
fn cue_at_word(t: &Toks, i: usize, prev: Option<usize>, hi: usize) -> Option<CueHit> {
    if t.is_text_ci(i, "according") && i + 1 < hi && t.is_text(i + 1, "to") {
        return Some(CueHit {
            tok: TokIdx::new(i),
            end: TokIdx::new(i + 2),
            verb: CueVerb {
                frame: Frame::According,
                form: VerbForm::Present,
                act: Act::Speech,
                particles: 0,
            },
        });
    }
    // `as per X` (Indian English): `according to X`, the cue from `as`,
    // first in its sentence or after a comma (`rose as per the contract`
    // is a manner).
    if t.is_text_ci(i, "per") {
        if i > 0
            && t.is_text_ci(i - 1, "as")
            && (i < 2 || !t.word(i - 2))
            && i + 1 < hi
            && t.word(i + 1)
        {
            return Some(CueHit {
                tok: TokIdx::new(i - 1),
                end: TokIdx::new(i + 1),
                verb: CueVerb {
                    frame: Frame::According,
                    form: VerbForm::Present,
                    act: Act::Speech,
                    particles: 0,
                },
            });
        }
        return None;
    }
    let verb = t.cue_verb_at(i)?;
    // `The court heard that …`: `hear` reports only after a court's noun.
    if (t.is_text_ci(i, "heard") || t.is_text_ci(i, "hears") || t.is_text_ci(i, "hear"))
        && !prev.is_some_and(|p| p + 1 == i && t.in_list(p, List::HearingNoun))
    {
        return None;
    }
    // `the post read`, `her statement read`, `it read`: `read` reports only
    // after a channel.
    if t.is_text_ci(i, "read") || t.is_text_ci(i, "reads") {
        let channel = prev.is_some_and(|p| {
            p + 1 == i && (t.in_list(p, List::ChannelNoun) || t.is_text_ci(p, "it"))
        });
        if !channel {
            return None;
        }
    }
    // `the United States`, `the Rules Committee`: a capitalised word after
    // a capitalised word is a name's, not a verb.
    // (Not a finite verb of speech in a headline in title case, where
    // every word is capitalised: `Mayor Says Fares Will Rise`; `Daily
    // Post` is a name's, `Critics Blast` a reaction.)
    if i > 0
        && t.toks[i].is(CAP)
        && t.toks[i - 1].is(CAP)
        && t.toks[i - 1].kind == TokKind::Word
        && !(verb.act == Act::Speech
            && (verb.form == VerbForm::Past
                || (verb.form == VerbForm::Present && t.bytes(i).ends_with(b"s")))
            // (After a preposition the word is a noun: `Defends Himself
            // Against Claims`.)
            && t.lists_at(i - 1) & (List::Preposition.bit() | List::Determiner.bit()) == 0
            && title_case_line(t, i))
    {
        return None;
    }
    // `his plans did not work`: a verb right after shows this is a noun.
    // (Not after a relative word and its subject, which extract the
    // subject of the content: `what officials say is the largest fire`,
    // `which critics say will cost jobs`.)
    if verb.form == VerbForm::Present
        && i + 1 < hi
        && t.in_list(i + 1, List::Auxiliary)
        && !extracted(t, i, prev)
    {
        return None;
    }
    // `An audit office report tabled …`: a verb's base form after a
    // singular noun with `a` is a noun (a verb would agree: `reports`).
    if verb.form == VerbForm::Present
        && !t.bytes(i).ends_with(b"s")
        && indefinite_before(t, i, prev)
    {
        return None;
    }
    // `twenty-seven states`, `27 reports`: a form in `-s` after a number
    // is a plural noun.
    if let Some(p) = prev.filter(|&p| p + 1 == i) {
        if verb.form == VerbForm::Present && t.bytes(i).ends_with(b"s") && is_number(t, p) {
            return None;
        }
    }
    // `Having said that, …`: a perfect participle, no finite cue.
    if prev.is_some_and(|p| p + 1 == i && t.is_text_ci(p, "having")) {
        return None;
    }
    // `has support from`, `have hope`: a base form right after `have` is
    // a noun (the perfect takes the participle: `has supported`); not a
    // verb of saying, nor a base that is its past too (`has put`, `has
    // forecast`).
    if verb.form == VerbForm::Present
        && verb.act != Act::Speech
        && !t.bytes(i).ends_with(b"s")
        && !t.is_past_at(i)
        && prev.is_some_and(|p| p + 1 == i && matches!(t.s(p), "has" | "have" | "had"))
    {
        return None;
    }
    // `went on to say`: the cue is the whole phrase, after its subject.
    if let Some(p) = prev.filter(|&p| p >= 2 && t.is_text(p, "to") && t.is_text(p - 1, "on")) {
        let go = t.s(p - 2);
        if matches!(go, "went" | "goes" | "go" | "going" | "gone") && verb.act.is_speech() {
            let end = particle_end(t, verb, i, hi)?;
            // (`…, going on to say`: the phrase is a participle.)
            let verb = if go == "going" {
                CueVerb {
                    form: VerbForm::Gerund,
                    ..verb
                }
            } else {
                verb
            };
            return Some(CueHit {
                tok: TokIdx::new(p - 2),
                end: TokIdx::new(end),
                verb,
            });
        }
    }
    // `continues to insist`, `were quick to point out`, `are more likely
    // to say`: the cue is the whole phrase, after its subject.
    if let Some(p) = prev.filter(|&p| p + 1 == i && t.is_text(p, "to")) {
        if verb.act.is_speech() && verb.form == VerbForm::Present {
            if let Some(start) = catenative_start(t, p) {
                let end = particle_end(t, verb, i, hi)?;
                return Some(CueHit {
                    tok: TokIdx::new(start),
                    end: TokIdx::new(end),
                    verb,
                });
            }
        }
    }
    if let Some(p) = prev {
        // (One look at the word for both lists.)
        let lists = if t.in_list(p, List::VerbBlocker) {
            t.lists_at(p)
        } else {
            0
        };
        let finite_be = lists & List::FiniteBe.bit() != 0;
        // `was told` is passive: the speaker is not the subject.
        let passive = verb.frame == Frame::Addressee
            && verb.form != VerbForm::Gerund
            && (finite_be || t.is_text(p, "been"));
        // `was saying` is progressive: a cue all the same.
        let progressive = verb.form == VerbForm::Gerund && finite_be;
        // `is expected`, `has been described`: a passive, for the passive
        // rule (of every frame but `tell Y`'s).
        let be = finite_be
            || t.is_text_ci(p, "be")
            || t.is_text_ci(p, "been")
            || t.is_text_ci(p, "being");
        // (`was endorsed by the union`: any other verb of saying,
        // reaction or topic before its agent, for the wider scope's
        // passive rule; the default scope's stops there.)
        let passive_cue = verb.form == VerbForm::Past
            && be
            && (t.in_list(i, List::PassiveCue)
                || (matches!(verb.act, Act::React | Act::Topic | Act::Speech)
                    && i + 2 < hi
                    && t.is_text(i + 1, "by")));
        if lists != 0 && !progressive && !passive_cue || passive {
            return None;
        }
    }
    let end = particle_end(t, verb, i, hi)?;
    Some(CueHit {
        tok: TokIdx::new(i),
        end: TokIdx::new(end),
        verb,
    })
}

/// The most modifiers between `be` and a word of readiness (`were
/// slightly more likely to say`).
const MAX_READINESS_MODIFIERS: usize = 2;

/// Where a phrase that carries a verb of saying after `to` (token `to`)
/// starts: a verb of going on (`continues to insist`), or a finite `be`
/// and a word of readiness, with at most [`MAX_READINESS_MODIFIERS`]
/// modifiers (`were quick to point out`, `are more likely to say`).
fn catenative_start(t: &Toks, to: usize) -> Option<usize> {
    let k = to.checked_sub(1)?;
    if t.toks[k].kind != TokKind::Word {
        return None;
    }
    let w = t.s(k);
    // `emailed to say`, `wrote to say`: a message sent to say something
    // (not a commitment: `agreed to say nothing`).
    if t.cue_verb_at(k).is_some_and(|v| {
        v.act == Act::Speech && v.form == VerbForm::Past && !t.in_list(k, List::Commissive)
    }) && t.is_text(to + 1, "say")
    {
        return Some(k);
    }
    if matches!(w, "continue" | "continues" | "continued" | "continuing") {
        // (`is continuing to insist`: the progressive's `be` too.)
        return Some(
            if k > 0 && w == "continuing" && t.in_list(k - 1, List::FiniteBe) {
                k - 1
            } else {
                k
            },
        );
    }
    if !matches!(
        w,
        "quick" | "eager" | "keen" | "careful" | "ready" | "likely" | "happy" | "anxious"
    ) {
        return None;
    }
    let mut b = k;
    for _ in 0..=MAX_READINESS_MODIFIERS {
        let j = b.checked_sub(1)?;
        if t.in_list(j, List::FiniteBe) {
            return Some(j);
        }
        if !matches!(
            t.s(j),
            "more" | "less" | "very" | "slightly" | "much" | "far" | "also"
        ) {
            return None;
        }
        b = j;
    }
    None
}

/// The most modifiers between `a` and the noun before a verb's base form
/// (`An audit office report`).
const MAX_INDEFINITE_MODIFIERS: usize = 3;

/// Whether the word before the verb at `i` (`prev`, right before it) is a
/// singular noun that `a`, `an` or `another` determines, with at most
/// [`MAX_INDEFINITE_MODIFIERS`] lowercase words between (`An audit office
/// report`; not `A few residents say`, `a year ago officials say`).
fn indefinite_before(t: &Toks, i: usize, prev: Option<usize>) -> bool {
    let Some(p) = prev.filter(|&p| p + 1 == i) else {
        return false;
    };
    // (`a third say`, `a majority say`, `9 percent say`: a share agrees
    // in the plural.)
    let noun = |k: usize| {
        t.toks[k].kind == TokKind::Word
            && !t.toks[k].is(CAP)
            && !t.toks[k].is(crate::tokens::DIGIT)
            && t.toks[k].lex & crate::lexicon::FUNCTION == 0
            && !is_number(t, k)
            && !t.in_list(k, List::Quantifier)
            && !t.bytes(k).ends_with(b"s")
            && !t.in_list(k, List::TimeAdverb)
            && !t.in_list(k, List::TimeNoun)
    };
    if !noun(p) {
        return false;
    }
    let mut k = p;
    for _ in 0..=MAX_INDEFINITE_MODIFIERS {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        if t.toks[j].kind == TokKind::Word && crate::resolve::is_indefinite(t.bytes(j)) {
            return true;
        }
        // (A capitalised modifier: `A Senate report`.)
        let named = t.toks[j].kind == TokKind::Word
            && t.toks[j].is(CAP)
            && t.toks[j].lex & crate::lexicon::FUNCTION == 0;
        if !noun(j) && !named {
            return false;
        }
        k = j;
    }
    false
}

/// Whether token `i` is a number: digits, or a number word of
/// `number_words.txt`, alone or ending a hyphenated one (`Twenty-seven`).
pub(crate) fn is_number(t: &Toks, i: usize) -> bool {
    if t.toks[i].kind != TokKind::Word {
        return false;
    }
    if t.toks[i].is(crate::tokens::DIGIT) {
        return true;
    }
    let w = t.bytes(i);
    let from = w.iter().rposition(|&b| b == b'-').map_or(0, |k| k + 1);
    let start = t.toks[i].start as usize - t.base;
    crate::lexicon::key_in(t.text.as_bytes(), start + from, start + w.len())
        .is_some_and(|key| t.lex.lists(key) & List::NumberWord.bit() != 0)
}

/// Whether the verb at `i` follows `which` or `what` and one or two words
/// of its subject (`critics`, `city officials`, `she`): the verb's content
/// then lacks its subject.
pub(crate) fn extracted(t: &Toks, i: usize, prev: Option<usize>) -> bool {
    let Some(p) = prev.filter(|&p| p + 1 == i && t.toks[p].kind == TokKind::Word) else {
        return false;
    };
    let relative = |k: usize| t.is_text(k, "which") || t.is_text(k, "what");
    (p >= 1 && relative(p - 1))
        || (p >= 2
            && t.toks[p - 1].kind == TokKind::Word
            && !t.toks[p - 1].is(CAP)
            && relative(p - 2))
}

/// Where the cue of the verb `verb` at `i` ends, by its particle rule
/// (`particles.txt`): after a joining particle (`pointed out`), right after
/// the verb, or `None` when the next word makes the verb no cue (`adds
/// to`, `point` without `out`, `called home`).
fn particle_end(t: &Toks, verb: CueVerb, i: usize, hi: usize) -> Option<usize> {
    let end = i + 1;
    let Some(rule) = t.particles(verb) else {
        return Some(end);
    };
    let next_is = |w: &String| end < hi && t.is_text_ci(end, w);
    if rule.refuses.iter().any(next_is) {
        return None;
    }
    if rule.joins.iter().any(next_is) {
        // `summed it up`: a second joining particle joins too.
        let joins_at = |k: usize| k < hi && rule.joins.iter().any(|w| t.is_text_ci(k, w));
        return Some(if joins_at(end + 1) { end + 2 } else { end + 1 });
    }
    match rule.otherwise {
        Otherwise::Any => Some(end),
        Otherwise::None => None,
        // `called it a disgrace`, `called Jo Roe a liar`, `called “Q”`.
        // (`called some of them “lazy”`: a quantifier, only before a
        // quotation; `called both candidates` summons.)
        Otherwise::Object => (end < hi
            && (t.in_list(end, List::ObjectWord)
                || t.is_name_word(end)
                || t.toks[end].kind == crate::tokens::TokKind::QuoteChar
                || ((t.in_list(end, List::Quantifier) || t.is_text(end, "half"))
                    && (end..hi).any(|k| t.toks[k].kind == crate::tokens::TokKind::QuoteChar))
                || bare_object_described(t, end, hi)))
        .then_some(end),
    }
}

/// The most words of an object with no determiner before its description
/// (`called climate policy a failure`).
const MAX_BARE_OBJECT_WORDS: usize = 3;

/// Whether the object at `i` (before `hi`) has no determiner and a
/// description follows it: a reflexive (`called himself a moderate`), or
/// at most [`MAX_BARE_OBJECT_WORDS`] lowercase words, or a name's
/// possessive, then `a`/`an` and a noun (`called climate policy a
/// failure`) or a quotation (`called rival fans “cowards”`). (`called
/// police a second time`, `called reporters a day later`: a time after
/// `a` describes no one.)
fn bare_object_described(t: &Toks, i: usize, hi: usize) -> bool {
    const REFLEXIVES: [&str; 6] = [
        "himself",
        "herself",
        "themselves",
        "itself",
        "myself",
        "ourselves",
    ];
    if REFLEXIVES.iter().any(|w| t.is_text(i, w)) {
        return true;
    }
    let noun = |k: usize| {
        t.toks[k].kind == TokKind::Word
            && (!t.toks[k].is(CAP) || (k + 1 < hi && t.toks[k + 1].kind == TokKind::Possessive))
            && !t.has(k, crate::lexicon::FUNCTION)
            && !t.has(k, crate::lexicon::CUE)
            && !t.in_list(k, List::TimeNoun)
            && !is_number(t, k)
    };
    if i >= hi || !noun(i) {
        return false;
    }
    let mut k = i + 1;
    let mut words = 1;
    while k < hi {
        match t.toks[k].kind {
            TokKind::Possessive => k += 1,
            TokKind::QuoteChar => return true,
            TokKind::Word if t.is_text(k, "a") || t.is_text(k, "an") => {
                return k + 1 < hi
                    && t.toks[k + 1].kind == TokKind::Word
                    && !t.in_list(k + 1, List::TimeNoun)
                    && !t.has(k + 1, crate::lexicon::CALENDAR_WORD)
                    && !matches!(
                        t.s(k + 1),
                        "second"
                            | "third"
                            | "few"
                            | "lot"
                            | "bit"
                            | "couple"
                            | "number"
                            | "total"
                            | "day"
                            | "hour"
                            | "minute"
                            | "moment"
                            | "time"
                    );
            }
            TokKind::Word if words < MAX_BARE_OBJECT_WORDS && noun(k) => {
                words += 1;
                k += 1;
            }
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<String> {
        crate::mentions::tests::with(text, |t| {
            let n = t.toks.len();
            (0..n)
                .filter_map(|i| cue_at(t, i, i.checked_sub(1), n))
                .map(|c| text[t.span(c.tok.as_usize(), c.end.as_usize() - 1)].to_string())
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
    fn went_on_to_say_is_one_cue() {
        assert_eq!(cues("She went on to say it was over."), ["went on to say"]);
        assert!(cues("She went on to win the race.").is_empty());
    }

    #[test]
    fn rejects_non_reporting_uses() {
        assert!(cues("It was hard to say more.").is_empty());
        assert!(cues("The so-called deal was told to nobody.").is_empty());
        assert!(cues("He pointed at the door.").is_empty());
        assert!(cues("She called home.").is_empty());
    }
}
