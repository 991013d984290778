use super::*;
use std::collections::{HashMap, HashSet};

/// Looks `word` up in `lex` (or the built-in lexicon), folding ASCII case.
fn cue_verb(lex: Option<&Lexicon>, word: &str) -> Option<CueVerb> {
    let key = key_in(word.as_bytes(), 0, word.len())?;
    lex.unwrap_or(&DEFAULT).verb(key)
}

fn pronoun_of_key(key: u128) -> Option<Pronoun> {
    DEFAULT.pronoun(key)
}

fn lex() -> &'static Lexicon {
    default_lexicon()
}

/// Every list of the built-in files as a plain map: word → list bits.
fn plain_lists() -> HashMap<String, u64> {
    let mut map: HashMap<String, u64> = HashMap::new();
    for &(list, src) in en::EN.lists {
        for (_, w) in data::words(src).unwrap() {
            *map.entry(w.to_string()).or_default() |= list.bit();
        }
    }
    map
}

/// Every verb form of the built-in files as a plain map (the first verb of
/// a form wins).
fn plain_verbs() -> HashMap<String, (Frame, VerbForm, Act)> {
    plain_verbs_wide()
        .into_iter()
        .map(|(w, (f, k, a, _))| (w, (f, k, a)))
        .collect()
}

/// As [`plain_verbs`], with whether the verb is of the wider scope only by
/// its act column (`wide-thought`, `wide-evidence`).
fn plain_verbs_wide() -> HashMap<String, (Frame, VerbForm, Act, bool)> {
    let mut map = HashMap::new();
    for line in data::verbs(en::EN.verbs).unwrap() {
        for (f, kind) in line.forms.iter().zip(data::FORM_KINDS) {
            if let Some(f) = f {
                map.entry(f.to_string())
                    .or_insert((line.frame, kind, line.act, line.wide));
            }
        }
    }
    map
}

#[test]
fn a_user_may_add_a_hundred_verbs() {
    // The built-in files leave room in the table for a user's own words:
    // a hundred verbs are four hundred entries (`blorpab`, `blorpabs`,
    // `blorpabed`, `blorpabing`).
    let verbs: Vec<String> = (0..100u8)
        .map(|i| {
            format!(
                "blorp{}{}",
                char::from(b'a' + i / 26),
                char::from(b'a' + i % 26)
            )
        })
        .collect();
    let lex = lex().with_extras(&verbs, &[]).unwrap();
    assert!(lex.verb(pack(b"blorpdved").unwrap()).is_some());
}

#[test]
fn the_built_in_lexicon_builds() {
    // `DEFAULT` relies on it.
    Lexicon::build(&en::EN).unwrap();
    // A quarter of the index at most is in use, so probes stay short and
    // a user's extra words have room.
    assert!(lex().table.len() < 2048, "{}", lex().table.len());
}

#[test]
fn every_list_has_unique_entries() {
    for &(list, src) in en::EN.lists {
        let words = data::words(src).unwrap();
        assert!(!words.is_empty(), "{list:?} is empty");
        let mut seen = HashSet::new();
        for (n, w) in words {
            assert!(seen.insert(w), "{list:?}, line {n}: {w:?} twice");
            assert_eq!(w, w.to_lowercase(), "{list:?}, line {n}: lowercase");
        }
    }
}

#[test]
fn entries_the_table_cannot_hold_are_refused() {
    assert!(entry_key("spokeswoman").is_ok());
    assert!(entry_key("op-ed").is_ok());
    for w in ["", "a-very-long-word-x", "2nd", "café", "-x", "two words"] {
        assert!(entry_key(w).is_err(), "{w:?}");
    }
    let mut lists = en::EN.lists.to_vec();
    lists.push((List::Title, "supercalifragilistic\n"));
    let lang = data::Language {
        lists: Box::leak(lists.into_boxed_slice()),
        ..en::EN
    };
    let err = Lexicon::build(&lang).err().unwrap();
    assert!(err.contains("supercalifragilistic"), "{err}");
    assert!(lex()
        .with_extras(&["exceedinglylongverb".to_string()], &[])
        .is_err());
    assert!(lex().with_extras(&[], &["Señor.".to_string()]).is_err());
    // A title beyond ASCII is kept beside the table.
    let wide = lex().with_extras(&[], &["Señor".to_string()]).unwrap();
    assert_eq!(wide.classes().of_wide("SEÑOR"), TITLE);
    assert_eq!(lex().classes().of_wide("SEÑOR"), 0);
}

#[test]
fn a_full_table_says_so() {
    let mut t = ClassTable::boxed();
    let mut last = Some(0);
    for k in 1..=5000u128 {
        last = t.insert(k << 8 | 0x61, 1, 0);
        if last.is_none() {
            break;
        }
    }
    assert_eq!(last, None);
}

#[test]
fn the_table_agrees_with_a_plain_map_on_every_entry() {
    let lists = plain_lists();
    let verbs = plain_verbs();
    for (w, &bits) in &lists {
        for v in [w.clone(), w.to_uppercase()] {
            assert_eq!(lex().lists(pack(v.as_bytes()).unwrap()), bits, "{v}");
            let mut classes = (bits & ((1 << TOKEN_CLASSES) - 1)) as u16;
            if bits >> TOKEN_CLASSES != 0 {
                classes |= LISTED;
            }
            assert_eq!(lex().classes_of(&v) & !CUE, classes, "{v}");
        }
    }
    for (w, &(frame, form, act)) in &verbs {
        let v = cue_verb(None, w).unwrap();
        assert_eq!((v.frame, v.form, v.act), (frame, form, act), "{w}");
        assert_ne!(classes(w) & CUE, 0, "{w}");
    }
}

proptest::proptest! {
    #[test]
    fn the_table_agrees_with_a_plain_map(
        w in "[a-zA-Z][a-zA-Z.'-]{0,17}",
        pick in 0usize..10_000,
    ) {
        let lists = plain_lists();
        let verbs = plain_verbs();
        // Half the time a word of the lists, changed a little or not.
        let mut all: Vec<&String> = lists.keys().chain(verbs.keys()).collect();
        all.sort();
        let w = if pick % 2 == 0 {
            let base = all[pick / 2 % all.len()];
            match pick % 6 {
                0 => base.clone(),
                2 => format!("{base}s"),
                _ => base[..base.len() - 1].to_string(),
            }
        } else {
            w
        };
        let lower = w.to_ascii_lowercase();
        let expect_lists = lists.get(&lower).copied().unwrap_or(0);
        let key = key_in(w.as_bytes(), 0, w.len());
        let got = key.map_or(0, |k| lex().lists(k));
        proptest::prop_assert_eq!(got, expect_lists, "{}", w);
        let expect_verb = verbs.get(&lower).map(|&(f, v, s)| (f, v, s));
        let got_verb = cue_verb(None, &w).map(|v| (v.frame, v.form, v.act));
        proptest::prop_assert_eq!(got_verb, expect_verb, "{}", w);
        let cue = expect_verb.is_some() || lower == "according" || lower == "per";
        proptest::prop_assert_eq!(classes(&w) & CUE != 0, cue, "{}", w);
    }
}

#[test]
fn packed_lookup_agrees_with_plain_lookup() {
    for w in [
        "the",
        "Mr",
        "PRESIDENT",
        "said",
        "according",
        "Officials",
        "x",
        "table",
        "e.g",
        "spokeswoman",
    ] {
        // The lookup of running text reads 16 bytes at once where the
        // text allows, and packs the word otherwise (at its end).
        let padded = format!("{w} and some more text after it");
        let at_end = format!("xx {w}");
        assert_eq!(lex().of(padded.as_bytes(), 0, w.len()), classes(w), "{w}");
        assert_eq!(
            lex().of(at_end.as_bytes(), 3, at_end.len()),
            classes(w),
            "{w}"
        );
        let b = padded.as_bytes();
        let word = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().unwrap());
        assert_eq!(
            lex().classes().of_block(word(0), word(8), w.len()),
            classes(w),
            "{w}"
        );
    }
    assert_ne!(classes("Said"), 0);
    assert_eq!(classes("theory"), 0);
}

#[test]
fn near_misses_find_nothing() {
    for w in ["senator", "spokesman", "according"] {
        for miss in [format!("{w}zz"), w[..w.len() - 1].to_string() + "q"] {
            assert_eq!(classes(&miss), 0, "{miss}");
        }
    }
    assert_eq!(classes(""), 0);
    assert_eq!(classes(&"x".repeat(17)), 0);
    // Keys that differ only in their high half (long words) all stay.
    let mut table = ClassTable::boxed();
    for k in 1..=40u128 {
        table.insert(k << 64 | 0x61, k as u16, 0);
    }
    for k in 1..=40u128 {
        assert_eq!(table.get(k << 64 | 0x61), k as u16);
    }
    assert_eq!(table.get(41 << 64 | 0x61), 0);
}

#[test]
fn every_entry_starts_with_a_lowercase_letter() {
    // The tokenizer relies on it: it looks up only the words that start
    // with an ASCII letter, and gives every other token no class.
    for &key in lex().table.keys() {
        assert!((key as u8).is_ascii_lowercase(), "{key:x}");
    }
}

#[test]
fn pronouns() {
    let pronoun = |w: &str| key_in(w.as_bytes(), 0, w.len()).and_then(pronoun_of_key);
    for (w, p) in [
        ("he", Pronoun::He),
        ("She", Pronoun::She),
        ("WHO", Pronoun::Who),
    ] {
        assert_eq!(pronoun(w), Some(p), "{w}");
        assert_ne!(classes(w) & FUNCTION, 0, "{w}");
    }
    for w in ["him", "hers", "the", "h", "hee", "i'd", "WHOM", "sh"] {
        assert_eq!(pronoun(w), None, "{w}");
    }
}

#[test]
fn lookups_fold_case() {
    assert_ne!(classes("Mr") & TITLE, 0);
    assert_ne!(classes("PROF") & TITLE, 0);
    assert_eq!(classes("Smith") & TITLE, 0);
    assert_ne!(classes("Sept") & ABBREVIATION, 0);
    assert_ne!(classes("Ms") & FEMALE, 0);
    assert_ne!(classes("ALSO") & ADJUNCT, 0);
    let lists = |w: &str| lex().lists(key_in(w.as_bytes(), 0, w.len()).unwrap());
    assert_ne!(lists("Without") & List::CutWord.bit(), 0);
    assert_eq!(lists("within") & List::CutWord.bit(), 0);
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
        ("written", VerbForm::Past),
        ("denied", VerbForm::Past),
        ("stresses", VerbForm::Present),
        // Longer than the 12 letters an older check allowed.
        ("acknowledging", VerbForm::Gerund),
    ] {
        assert_eq!(cue_verb(None, w).map(|v| v.form), Some(form), "{w}");
    }
    assert_eq!(cue_verb(None, "told").unwrap().frame, Frame::Addressee);
    // Forms a rule of doubling once made, which are no English.
    for w in [
        "counterred",
        "threatenned",
        "answerred",
        "tweetted",
        "table",
        "sad",
    ] {
        assert!(cue_verb(None, w).is_none(), "{w}");
    }
    // `state` is far more often the noun: only `stated` reports.
    assert!(cue_verb(None, "state").is_none());
    assert!(cue_verb(None, "stated").is_some());
}

#[test]
fn extra_verbs_and_titles_go_into_their_own_lexicon() {
    let t = lex()
        .with_extras(&["josh".to_string()], &["Elder".to_string()])
        .unwrap();
    for w in ["joshes", "joshed", "joshing", "said"] {
        assert!(cue_verb(Some(&t), w).is_some(), "{w}");
        assert_ne!(t.classes_of(w) & CUE, 0, "{w}");
    }
    assert!(cue_verb(Some(&t), "joshs").is_none());
    assert_ne!(t.classes_of("elder") & TITLE, 0);
    // The built-in lexicon is unchanged.
    assert!(cue_verb(None, "joshes").is_none());
    assert_eq!(classes("elder") & TITLE, 0);
}

#[test]
fn particle_rules_reach_every_form() {
    for w in ["point", "pointed", "pointing", "call", "called", "adds"] {
        let v = cue_verb(None, w).unwrap();
        assert!(lex().particles(v).is_some(), "{w}");
    }
    let v = cue_verb(None, "pointed").unwrap();
    assert_eq!(lex().particles(v).unwrap().otherwise, Otherwise::None);
    assert!(lex().particles(cue_verb(None, "said").unwrap()).is_none());
}

#[test]
fn no_made_up_form_is_a_cue() {
    // Once a rule doubled final consonants: `counterred` was a cue. (In
    // the frame `“Q,” she VERBed.` any verb is one, so the test is outside
    // it.)
    assert!(cue_verb(None, "counterred").is_none());
    let doc = crate::parse("She counterred that the plan had failed.");
    assert!(doc.quotes().iter().all(|q| q.cue().is_none()), "{doc:?}");
    let doc = crate::parse("“Yes,” she countered.");
    assert_eq!(doc.quotes()[0].cue().unwrap().text(), "countered");
}

#[test]
fn every_passive_cue_is_a_participle_of_a_verb() {
    let verbs = plain_verbs();
    for (_, w) in data::words(include_str!("en/passive_cues.txt")).unwrap() {
        let v = verbs.get(w).unwrap_or_else(|| panic!("{w}: no verb form"));
        assert_eq!(v.1, VerbForm::Past, "{w}");
        assert_ne!(v.0, Frame::Addressee, "{w}: `was told` has no content");
    }
}

#[test]
fn nouns_that_report_are_nouns_and_possessives_name_their_pronoun() {
    for w in ["claim", "allegation", "belief", "evidence"] {
        let v = cue_verb(None, w).unwrap();
        assert_eq!(v.form, VerbForm::Present, "{w}");
    }
    assert_eq!(cue_verb(None, "belief").unwrap().frame, Frame::Nominal);
    assert_eq!(cue_verb(None, "claim").unwrap().frame, Frame::Clause);
    assert_eq!(cue_verb(None, "seems").unwrap().frame, Frame::Apparent);
    let key = |w: &str| key_in(w.as_bytes(), 0, w.len()).unwrap();
    assert_eq!(lex().possessive(key("His")), Some(Pronoun::He));
    assert_eq!(lex().possessive(key("their")), Some(Pronoun::They));
    assert_eq!(lex().possessive(key("he")), None);
    assert_eq!(pronoun_of_key(key("his")), None);
}

#[test]
fn the_speech_lexicon_leaves_out_the_verbs_of_the_wider_scope_only() {
    let speech = speech_lexicon();
    let mut left_out = 0;
    for (w, &(_, _, act, wide)) in &plain_verbs_wide() {
        let key = pack(w.as_bytes()).unwrap();
        let found = speech.verb(key).map(|v| v.act);
        if act.wide_only() || wide {
            left_out += 1;
            assert_eq!(found, None, "{w}");
            assert_eq!(speech.classes_of(w) & CUE, 0, "{w}");
        } else {
            assert_eq!(found, Some(act), "{w}");
        }
    }
    assert!(left_out > 0);
    // `talked about` is a cue of the wider scope alone.
    assert!(cue_verb(None, "talked").is_some());
    // So is a verb of act `wide-thought`, a thought in the full lexicon.
    assert_eq!(cue_verb(None, "viewed").map(|v| v.act), Some(Act::Thought));
    assert_eq!(speech.classes_of("viewed") & CUE, 0);
}
