//! The data files of a language, and their parsers.
//!
//! Every file is plain text: one entry a line, fields separated by spaces,
//! `#` starting a comment that runs to the line's end, blank lines ignored.
//!
//! - a word list (`titles.txt`, `cut_words.txt`, …): one word a line;
//! - `verbs.txt`: `frame act base third past gerund participle`, with
//!   `-` for a form that is no cue (see the file's header);
//! - `particles.txt`: `base (+word | -word)… (any | none | object)`;
//! - `pronouns.txt`: `word kind`.
//!
//! Parsing never panics: a malformed line is an error naming the file's
//! line, and a test parses every built-in file.

use super::verbs::{Act, Frame, Otherwise, Particles, VerbForm};
use super::{List, Pronoun};

/// The data files of one language.
pub(crate) struct Language {
    /// Every word list, by the list it fills.
    pub lists: &'static [(List, &'static str)],
    pub verbs: &'static str,
    pub particles: &'static str,
    pub pronouns: &'static str,
    /// The possessive pronouns, in the format of `pronouns`.
    pub possessives: &'static str,
}

/// The entries of a data file: `(line number, fields)` of every line that
/// holds something besides a comment.
pub(crate) fn entries(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    lines(src).map(|(n, line)| (n, line.split_ascii_whitespace().collect()))
}

/// The lines of a data file that hold something besides a comment, with
/// their numbers, comments cut and spaces trimmed. (Byte by byte: the
/// lexicon is built as the first text is parsed.)
fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.split('\n').enumerate().filter_map(|(n, line)| {
        let end = line.bytes().position(|b| b == b'#').unwrap_or(line.len());
        let line = line[..end].trim_ascii();
        (!line.is_empty()).then_some((n + 1, line))
    })
}

/// The words of a word list, each with its line number.
pub(crate) fn words(src: &str) -> Result<Vec<(usize, &str)>, String> {
    lines(src)
        .map(|(n, w)| match w.bytes().any(|b| b.is_ascii_whitespace()) {
            false => Ok((n, w)),
            true => Err(format!("line {n}: one word a line, found {w:?}")),
        })
        .collect()
}

/// What each form of a line of `verbs.txt` is, in the file's order (the
/// past participle reports as the past).
pub(crate) const FORM_KINDS: [VerbForm; 5] = [
    VerbForm::Present,
    VerbForm::Present,
    VerbForm::Past,
    VerbForm::Gerund,
    VerbForm::Past,
];

/// One line of `verbs.txt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct VerbLine<'a> {
    pub frame: Frame,
    pub act: Act,
    /// A verb of the wider scope only (act `wide-thought` or
    /// `wide-evidence`): no cue in the speech scope.
    pub wide: bool,
    /// Base, third person, past, gerund, participle; `None` for `-`.
    pub forms: [Option<&'a str>; 5],
}

/// Parses `verbs.txt`.
pub(crate) fn verbs(src: &str) -> Result<Vec<VerbLine<'_>>, String> {
    entries(src)
        .map(|(n, f)| {
            let [frame, act, forms @ ..] = &f[..] else {
                return Err(format!("line {n}: frame, act and five forms"));
            };
            if forms.len() != 5 {
                return Err(format!("line {n}: five forms, found {}", forms.len()));
            }
            let frame = match *frame {
                "clause" => Frame::Clause,
                "addressee" => Frame::Addressee,
                "describe" => Frame::Describe,
                "nominal" => Frame::Nominal,
                "apparent" => Frame::Apparent,
                x => return Err(format!("line {n}: unknown frame {x:?}")),
            };
            let (act, wide) = match *act {
                "speech" => (Act::Speech, false),
                "react" => (Act::React, false),
                "thought" => (Act::Thought, false),
                "evidence" => (Act::Evidence, false),
                "topic" => (Act::Topic, false),
                "wide-thought" => (Act::Thought, true),
                "wide-evidence" => (Act::Evidence, true),
                x => return Err(format!("line {n}: unknown act {x:?}")),
            };
            let mut out = [None; 5];
            for (o, &w) in out.iter_mut().zip(forms) {
                *o = (w != "-").then_some(w);
            }
            Ok(VerbLine {
                frame,
                act,
                wide,
                forms: out,
            })
        })
        .collect()
}

/// One line of `particles.txt`: the base form, and its rule.
pub(crate) fn particles(src: &str) -> Result<Vec<(&str, Particles)>, String> {
    entries(src)
        .map(|(n, f)| {
            let [base, rest @ .., last] = &f[..] else {
                return Err(format!("line {n}: a verb and what follows it"));
            };
            let otherwise = match *last {
                "any" => Otherwise::Any,
                "none" => Otherwise::None,
                "object" => Otherwise::Object,
                x => return Err(format!("line {n}: `any`, `none` or `object`, found {x:?}")),
            };
            let mut p = Particles {
                joins: Vec::new(),
                refuses: Vec::new(),
                otherwise,
            };
            for w in rest {
                match (w.strip_prefix('+'), w.strip_prefix('-')) {
                    (Some(j), _) => p.joins.push(j.to_string()),
                    (_, Some(r)) => p.refuses.push(r.to_string()),
                    _ => return Err(format!("line {n}: `+word` or `-word`, found {w:?}")),
                }
            }
            Ok((*base, p))
        })
        .collect()
}

/// Parses `pronouns.txt`.
pub(crate) fn pronouns(src: &str) -> Result<Vec<(&str, Pronoun)>, String> {
    entries(src)
        .map(|(n, f)| {
            let [w, kind] = f[..] else {
                return Err(format!("line {n}: a word and its kind"));
            };
            let p = match kind {
                "he" => Pronoun::He,
                "she" => Pronoun::She,
                "they" => Pronoun::They,
                "it" => Pronoun::It,
                "i" => Pronoun::I,
                "we" => Pronoun::We,
                "you" => Pronoun::You,
                "who" => Pronoun::Who,
                x => return Err(format!("line {n}: unknown pronoun kind {x:?}")),
            };
            Ok((w, p))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let src = "# a list\n\nmr   # the title\n  dr\n";
        assert_eq!(words(src).unwrap(), [(3, "mr"), (4, "dr")]);
        assert!(words("two words\n").unwrap_err().contains("line 1"));
    }

    #[test]
    fn verb_lines_parse_and_malformed_ones_are_errors() {
        let v = verbs("clause speech say says said saying said\n").unwrap();
        assert_eq!(v[0].forms[2], Some("said"));
        let v = verbs("clause speech - - stated - stated\n").unwrap();
        assert_eq!(v[0].forms[0], None);
        assert!(!v[0].wide);
        let v = verbs("describe wide-thought deem deems deemed deeming deemed\n").unwrap();
        assert_eq!((v[0].act, v[0].wide), (Act::Thought, true));
        let v = verbs("clause wide-evidence prove proves proved proving proven\n").unwrap();
        assert_eq!((v[0].act, v[0].wide), (Act::Evidence, true));
        assert!(verbs("clause speech say says said\n").is_err());
        assert!(verbs("clause wide-speech a b c d e\n").is_err());
        assert!(verbs("clausal speech a b c d e\n").is_err());
        assert!(verbs("clause loud a b c d e\n").is_err());
    }

    #[test]
    fn particle_lines_parse() {
        let p = particles("call +for +on object\nadd -to any\n").unwrap();
        assert_eq!(p[0].0, "call");
        assert_eq!(p[0].1.joins, ["for", "on"]);
        assert_eq!(p[0].1.otherwise, Otherwise::Object);
        assert_eq!(p[1].1.refuses, ["to"]);
        assert!(particles("call for object\n").is_err());
        assert!(particles("call +for maybe\n").is_err());
    }

    #[test]
    fn pronoun_lines_parse() {
        assert_eq!(pronouns("he he\n").unwrap(), [("he", Pronoun::He)]);
        assert!(pronouns("he him\n").is_err());
    }
}
