//! Reporting verbs ("cue verbs"): how each takes what it reports, which
//! form a word is, and the particles that decide some of them.

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
    /// `his claim that CLAUSE`, `the belief that CLAUSE`: a noun whose
    /// owner is the speaker.
    Nominal,
    /// `seem`, `appear`: an apparent state (`X seems to …`).
    Apparent,
    /// `confident`, `eager`: an adjective of attitude after `be` (`X is
    /// confident that …`).
    Attitude,
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

/// What a reporting verb reports (the `act` column of `verbs.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Act {
    /// A verb of saying (`say`, `tell`, `announce`).
    Speech,
    /// A spoken reaction or stance (`praise`, `cite`, `refuse`): speech,
    /// reported less directly.
    React,
    /// A verb of thought or intent (`believe`, `want`, `plan`).
    Thought,
    /// A verb of evidence (`show`, `find`, `indicate`).
    Evidence,
    /// A verb of speech whose content is a topic, not a clause (`talk
    /// about`, `refer to`, `tout`): speech, reported in the wider scope
    /// only, and not counted a speech cue by the evaluation.
    Topic,
}

impl Act {
    /// Whether the verb reports speech, the default scope (thought and
    /// evidence are not).
    pub(crate) fn is_speech(self) -> bool {
        matches!(self, Act::Speech | Act::React)
    }

    /// Whether the verb reports in the wider scope only, whatever its
    /// public act (a topic).
    pub(crate) fn wide_only(self) -> bool {
        self == Act::Topic
    }

    /// The act an attribution by this verb has (a reaction is speech).
    pub(crate) fn public(self) -> crate::model::Act {
        match self {
            Act::Speech | Act::React | Act::Topic => crate::model::Act::Speech,
            Act::Thought => crate::model::Act::Thought,
            Act::Evidence => crate::model::Act::Evidence,
        }
    }
}

/// A reporting verb as found in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CueVerb {
    pub frame: Frame,
    pub form: VerbForm,
    pub act: Act,
    /// The verb's particle rule (`particles.txt`), as an index into
    /// [`super::Lexicon::particles`] plus one; 0 for none.
    pub particles: u8,
}

/// What the word after a verb does (one line of `particles.txt`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Particles {
    /// Words that join the cue (`pointed out`, `called for`).
    pub joins: Vec<String>,
    /// Words after which the verb is no cue (`adds to`).
    pub refuses: Vec<String>,
    /// What any other next word does.
    pub otherwise: Otherwise,
}

/// What a word that is not a listed particle does after the verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Otherwise {
    /// The verb is a cue.
    Any,
    /// The verb is no cue.
    None,
    /// The verb is a cue only before an object (`called it a disgrace`).
    Object,
}

/// The forms of a user's extra verb, from its base by the regular rules
/// of English spelling: base, third person, past, gerund (the past
/// participle is the past). A final `c` after a vowel takes a `k`
/// (`panic`, `panicked`). A final consonant after a single vowel doubles
/// only in a word of one syllable (`quip`, `quipped`; but `counter`,
/// `countered`), the common case; a verb that breaks these rules
/// (`admit`, `admitted`) belongs in the lexicon, where every form is
/// listed.
pub(crate) fn regular_forms(base: &str) -> [String; 4] {
    let b = base.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let n = b.len();
    // `obey` keeps its y; `deny` turns it into `ies`/`ied`.
    let consonant_y = n >= 2 && b[n - 1] == b'y' && !vowel(b[n - 2]);
    let third = if consonant_y {
        format!("{}ies", &base[..n - 1])
    } else if ["s", "sh", "ch", "x", "z"]
        .iter()
        .any(|e| base.ends_with(e))
    {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    // A vowel letter, but the `u` of `qu` (`quip`).
    let vowel_at = |i: usize| vowel(b[i]) && !(b[i] == b'u' && i > 0 && b[i - 1] == b'q');
    let vowel_groups = (0..n)
        .filter(|&i| vowel_at(i) && (i == 0 || !vowel_at(i - 1)))
        .count();
    let doubles = n >= 3
        && vowel_groups == 1
        && !vowel_at(n - 1)
        && !b"wxy".contains(&b[n - 1])
        && vowel_at(n - 2)
        && !vowel_at(n - 3);
    let (past, gerund) = if consonant_y {
        (format!("{}ied", &base[..n - 1]), format!("{base}ing"))
    } else if let Some(stem) = base.strip_suffix('e') {
        (format!("{base}d"), format!("{stem}ing"))
    } else if n >= 2 && b[n - 1] == b'c' && vowel(b[n - 2]) {
        // `panic`, `panicked`: a final c after a vowel keeps its sound.
        (format!("{base}ked"), format!("{base}king"))
    } else if doubles {
        let last = b[n - 1] as char;
        (format!("{base}{last}ed"), format!("{base}{last}ing"))
    } else {
        (format!("{base}ed"), format!("{base}ing"))
    };
    [base.to_string(), third, past, gerund]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_forms_double_only_in_one_syllable() {
        let forms = |w: &str| regular_forms(w)[1..].to_vec();
        assert_eq!(forms("quip"), ["quips", "quipped", "quipping"]);
        assert_eq!(forms("chat"), ["chats", "chatted", "chatting"]);
        assert_eq!(forms("counter"), ["counters", "countered", "countering"]);
        assert_eq!(
            forms("threaten"),
            ["threatens", "threatened", "threatening"]
        );
        assert_eq!(forms("answer"), ["answers", "answered", "answering"]);
        assert_eq!(forms("tweet"), ["tweets", "tweeted", "tweeting"]);
        assert_eq!(forms("muse"), ["muses", "mused", "musing"]);
        assert_eq!(forms("decry"), ["decries", "decried", "decrying"]);
        assert_eq!(forms("relay"), ["relays", "relayed", "relaying"]);
        assert_eq!(forms("gush"), ["gushes", "gushed", "gushing"]);
        assert_eq!(forms("vow"), ["vows", "vowed", "vowing"]);
        assert_eq!(forms("panic"), ["panics", "panicked", "panicking"]);
        assert_eq!(forms("mimic"), ["mimics", "mimicked", "mimicking"]);
        assert_eq!(forms("sync"), ["syncs", "synced", "syncing"]);
    }
}
