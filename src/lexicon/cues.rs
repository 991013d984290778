//! Reporting verbs ("cue verbs") with every inflection.

use super::{Folded, FxBuild};
use once_cell::sync::Lazy;
use std::collections::HashMap;

/// How a reporting verb takes what is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// `say (that) CLAUSE`, `announce X`.
    Clause,
    /// `tell Y (that) CLAUSE`: an addressee before the content.
    Addressee,
    /// `describe X as Y`, `call X Y`: the whole object is the content.
    Describe,
    /// `according to X`: a preposition; the speaker follows.
    According,
}

/// Which form of the verb a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// `say`, `says`.
    Present,
    /// `said` (past tense or participle).
    Past,
    /// `saying`.
    Gerund,
}

/// A reporting verb as found in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueVerb {
    pub frame: Frame,
    pub form: VerbForm,
    /// 2 for verbs of speech (`say`), 1 for verbs of thought, evidence or
    /// intent (`believe`, `show`), which report content less directly.
    pub strength: u8,
}

/// Verbs of speech: (lemma, irregular forms or "", frame).
/// Irregular forms are written `third|past|gerund[|participle]`.
static SPEECH_VERBS: &[(&str, &str, Frame)] = &[
    ("acknowledge", "", Frame::Clause),
    ("add", "", Frame::Clause),
    ("admit", "admits|admitted|admitting", Frame::Clause),
    ("advise", "", Frame::Addressee),
    ("affirm", "", Frame::Clause),
    ("agree", "agrees|agreed|agreeing", Frame::Clause),
    ("allege", "", Frame::Clause),
    ("announce", "", Frame::Clause),
    ("answer", "", Frame::Clause),
    ("argue", "", Frame::Clause),
    ("ask", "", Frame::Addressee),
    ("assert", "", Frame::Clause),
    ("assure", "", Frame::Addressee),
    ("boast", "", Frame::Clause),
    ("brag", "brags|bragged|bragging", Frame::Clause),
    ("call", "", Frame::Describe),
    ("caution", "", Frame::Clause),
    ("charge", "", Frame::Clause),
    ("claim", "", Frame::Clause),
    ("clarify", "clarifies|clarified|clarifying", Frame::Clause),
    ("comment", "", Frame::Clause),
    ("complain", "", Frame::Clause),
    ("concede", "", Frame::Clause),
    ("conclude", "", Frame::Clause),
    ("confirm", "", Frame::Clause),
    ("contend", "", Frame::Clause),
    ("continued", "|continued|", Frame::Clause),
    ("counter", "", Frame::Clause),
    ("declare", "", Frame::Clause),
    ("deny", "denies|denied|denying", Frame::Clause),
    ("describe", "", Frame::Describe),
    ("disclose", "", Frame::Clause),
    ("dismiss", "", Frame::Describe),
    ("emphasise", "", Frame::Clause),
    ("emphasize", "", Frame::Clause),
    ("estimate", "", Frame::Clause),
    ("explain", "", Frame::Clause),
    ("inform", "", Frame::Addressee),
    ("insist", "", Frame::Clause),
    ("joke", "", Frame::Clause),
    ("maintain", "", Frame::Clause),
    ("mention", "", Frame::Clause),
    ("note", "", Frame::Clause),
    ("object", "", Frame::Clause),
    ("observe", "", Frame::Clause),
    ("pledge", "", Frame::Clause),
    ("point", "", Frame::Clause),
    ("predict", "", Frame::Clause),
    ("proclaim", "", Frame::Clause),
    ("promise", "", Frame::Clause),
    ("propose", "", Frame::Clause),
    ("protest", "", Frame::Clause),
    ("recall", "", Frame::Clause),
    ("recount", "", Frame::Clause),
    ("reiterate", "", Frame::Clause),
    ("remark", "", Frame::Clause),
    ("remind", "", Frame::Addressee),
    ("reply", "replies|replied|replying", Frame::Clause),
    ("report", "", Frame::Clause),
    ("respond", "", Frame::Clause),
    ("retort", "", Frame::Clause),
    ("reveal", "", Frame::Clause),
    ("say", "says|said|saying", Frame::Clause),
    // `state(s)` is far more often the noun; only the past form reports.
    ("stated", "|stated|", Frame::Clause),
    ("stress", "stresses|stressed|stressing", Frame::Clause),
    ("suggest", "", Frame::Clause),
    ("tell", "tells|told|telling", Frame::Addressee),
    ("testify", "testifies|testified|testifying", Frame::Clause),
    ("threaten", "", Frame::Clause),
    ("tweet", "", Frame::Clause),
    ("underline", "", Frame::Clause),
    ("urge", "", Frame::Addressee),
    ("vow", "", Frame::Clause),
    ("warn", "", Frame::Addressee),
    ("write", "writes|wrote|writing|written", Frame::Clause),
];

/// Verbs of thought, evidence and intent: weaker cues that report content
/// less directly (`polls show`, `she believes`).
static OTHER_VERBS: &[(&str, &str, Frame)] = &[
    ("accuse", "", Frame::Clause),
    ("applaud", "", Frame::Clause),
    ("attack", "", Frame::Clause),
    ("believe", "", Frame::Clause),
    ("blame", "", Frame::Clause),
    ("blast", "", Frame::Clause),
    ("cite", "", Frame::Clause),
    ("condemn", "", Frame::Clause),
    ("criticise", "", Frame::Clause),
    ("criticize", "", Frame::Clause),
    ("decline", "", Frame::Clause),
    ("defend", "", Frame::Clause),
    ("demand", "", Frame::Clause),
    ("doubt", "", Frame::Clause),
    ("endorse", "", Frame::Clause),
    ("expect", "", Frame::Clause),
    ("fear", "", Frame::Clause),
    ("feel", "feels|felt|feeling", Frame::Clause),
    ("find", "finds|found|finding", Frame::Clause),
    ("hope", "", Frame::Clause),
    ("indicate", "", Frame::Clause),
    ("know", "knows||knowing", Frame::Clause),
    ("mock", "", Frame::Clause),
    ("oppose", "", Frame::Clause),
    ("plan", "plans|planned|planning", Frame::Clause),
    ("praise", "", Frame::Clause),
    ("question", "", Frame::Clause),
    ("recommend", "", Frame::Clause),
    ("refuse", "", Frame::Clause),
    ("reject", "", Frame::Clause),
    ("see", "sees|saw|seeing|seen", Frame::Clause),
    ("seek", "seeks|sought|seeking", Frame::Clause),
    ("show", "shows|showed|showing|shown", Frame::Clause),
    ("slam", "slams|slammed|slamming", Frame::Clause),
    ("support", "", Frame::Clause),
    ("suspect", "", Frame::Clause),
    ("think", "thinks|thought|thinking", Frame::Clause),
    ("want", "", Frame::Clause),
    ("welcome", "", Frame::Clause),
    ("worry", "worries|worried|worrying", Frame::Clause),
];

/// Regular inflections of `lemma`: third person, past, gerund.
fn regular_forms(lemma: &str) -> Vec<String> {
    let b = lemma.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let n = b.len();
    // `obey` keeps its y; `deny` turns it into `ies`/`ied`.
    let consonant_y = n >= 2 && b[n - 1] == b'y' && !vowel(b[n - 2]);
    let third = if consonant_y {
        format!("{}ies", &lemma[..n - 1])
    } else if lemma.ends_with("sh") || lemma.ends_with("ch") || lemma.ends_with('s') {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    let (past, gerund) = if consonant_y {
        (format!("{}ied", &lemma[..n - 1]), format!("{lemma}ing"))
    } else if let Some(stem) = lemma.strip_suffix('e') {
        (format!("{lemma}d"), format!("{stem}ing"))
    } else {
        (format!("{lemma}ed"), format!("{lemma}ing"))
    };
    let mut forms = vec![third, past, gerund];
    // `quip` → `quipped`: a final consonant after one vowel may double.
    if n >= 3 && !vowel(b[n - 1]) && !b"wxy".contains(&b[n - 1]) && vowel(b[n - 2]) {
        let last = b[n - 1] as char;
        forms.push(format!("{lemma}{last}ed"));
        forms.push(format!("{lemma}{last}ing"));
    }
    forms
}

/// A form → verb table, keyed by the lowercase form's bytes.
pub(crate) type CueTable = HashMap<Box<[u8]>, CueVerb, FxBuild>;

/// Builds the form → verb table for the given lemma lists.
pub(crate) fn build_table<'a>(
    lists: impl IntoIterator<Item = (&'a str, &'a str, Frame, u8)>,
) -> CueTable {
    let mut map = CueTable::default();
    for (lemma, irregular, frame, strength) in lists {
        let forms: Vec<String> = if irregular.is_empty() {
            regular_forms(lemma)
        } else {
            irregular.split('|').map(str::to_string).collect()
        };
        let verb = |form| CueVerb {
            frame,
            form,
            strength,
        };
        if !irregular.starts_with('|') {
            map.entry(lemma.as_bytes().into())
                .or_insert(verb(VerbForm::Present));
        }
        let kinds = [
            VerbForm::Present,
            VerbForm::Past,
            VerbForm::Gerund,
            VerbForm::Past,
        ];
        for (f, form) in forms.into_iter().zip(kinds) {
            if f.is_empty() {
                continue;
            }
            map.entry(f.into_bytes().into_boxed_slice())
                .or_insert(verb(form));
        }
    }
    map
}

static DEFAULT_TABLE: Lazy<CueTable> = Lazy::new(|| {
    build_table(
        SPEECH_VERBS
            .iter()
            .map(|&(l, i, f)| (l, i, f, 2))
            .chain(OTHER_VERBS.iter().map(|&(l, i, f)| (l, i, f, 1))),
    )
});

/// Every form in the default table.
pub(crate) fn default_forms() -> impl Iterator<Item = &'static [u8]> {
    DEFAULT_TABLE.keys().map(|k| &k[..])
}

/// Every form in the default table, with its verb.
pub(crate) fn default_verbs() -> impl Iterator<Item = (&'static [u8], CueVerb)> {
    DEFAULT_TABLE.iter().map(|(k, &v)| (&k[..], v))
}

/// A table with the default verbs and `extra` lemmas (regular inflection,
/// clause frame, speech strength).
pub(crate) fn extra_cue_verbs(extra: &[String]) -> CueTable {
    let mut map = DEFAULT_TABLE.clone();
    for (k, v) in build_table(extra.iter().map(|l| (l.as_str(), "", Frame::Clause, 2))) {
        map.entry(k).or_insert(v);
    }
    map
}

/// Looks `word` up in `table` (or the default table), folding ASCII case.
#[inline]
pub(crate) fn cue_verb(table: Option<&CueTable>, word: &str) -> Option<CueVerb> {
    let b = word.as_bytes();
    // Cheap reject: every entry is at least 3 ASCII letters (and a folded
    // copy holds 24 bytes).
    if b.len() < 3 || b.len() > 24 || !b[0].is_ascii_alphabetic() {
        return None;
    }
    match table {
        // The default verbs sit beside the class bits: one probe of the
        // class table, with no folded copy of the word and no hashing of
        // its bytes one by one.
        None => super::words::default_cue_verb(super::words::key_in(b, 0, b.len())?),
        Some(table) => table.get(Folded::new(word).bytes()?).copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_verb_form_has_the_cue_class() {
        // `Toks::cue_verb_at` and `cues::cue_at` turn words without the
        // class away before looking them up.
        for form in default_forms() {
            let w = std::str::from_utf8(form).unwrap();
            assert_ne!(super::super::classes(w) & super::super::CUE, 0, "{w}");
        }
    }

    #[test]
    fn lemma_lists_are_sorted() {
        for list in [SPEECH_VERBS, OTHER_VERBS] {
            for w in list.windows(2) {
                assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
            }
        }
    }

    #[test]
    fn inflections() {
        for (w, form) in [
            ("said", VerbForm::Past),
            ("Says", VerbForm::Present),
            ("declares", VerbForm::Present),
            ("described", VerbForm::Past),
            ("confirming", VerbForm::Gerund),
            ("told", VerbForm::Past),
            ("wrote", VerbForm::Past),
            ("denied", VerbForm::Past),
            ("stresses", VerbForm::Present),
            // Longer than the 12 letters an older check allowed.
            ("acknowledging", VerbForm::Gerund),
        ] {
            assert_eq!(cue_verb(None, w).map(|v| v.form), Some(form), "{w}");
        }
        assert_eq!(cue_verb(None, "told").unwrap().frame, Frame::Addressee);
        assert!(cue_verb(None, "table").is_none());
        assert!(cue_verb(None, "sad").is_none());
    }

    #[test]
    fn the_class_table_holds_the_default_verbs() {
        for (form, verb) in default_verbs() {
            let w = std::str::from_utf8(form).unwrap();
            assert_eq!(cue_verb(None, w), Some(verb), "{w}");
            assert_eq!(cue_verb(None, &w.to_uppercase()), Some(verb), "{w}");
            assert_eq!(DEFAULT_TABLE.get(form).copied(), Some(verb), "{w}");
        }
        // Words with the class but no verb, and words of no list.
        for w in ["according", "the", "Mr", "spokesman", "sayss", "sa"] {
            assert_eq!(cue_verb(None, w), None, "{w}");
        }
    }

    #[test]
    fn extra_verbs_inflect() {
        let t = extra_cue_verbs(&["quip".to_string()]);
        assert!(cue_verb(Some(&t), "quips").is_some());
        assert!(cue_verb(Some(&t), "quipped").is_some());
        assert!(cue_verb(Some(&t), "said").is_some());
        assert!(cue_verb(None, "quips").is_none());
    }
}
