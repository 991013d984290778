//! Builder options change only what they say they change.

mod common;

use quote_attribution::{parse, Attributor, Document};

const REFERENCE: &str = include_str!("corpus/perth-security-accord.txt");

/// (rule, quotation text, speaker name) of every quotation.
fn found<'d>(doc: &'d Document<'_>) -> Vec<(&'static str, &'d str, Option<&'d str>)> {
    doc.quotes()
        .iter()
        .map(|q| (q.rule().as_str(), q.text(), q.speaker().map(|s| s.name())))
        .collect()
}

#[test]
fn extra_reporting_verbs_keep_the_dash_and_colon_credits() {
    let text = "The minister arrived late.\n\n“We will not give in.” — Jane Roe.\n\n\
                The crowd heard from her deputy, John Doe: “We stand together.”";
    let plain = parse(text);
    let extra = Attributor::builder()
        .reporting_verbs(["josh"])
        .build()
        .unwrap();
    let with_verb = extra.parse(text).unwrap();
    common::check_document(text, &with_verb);
    let rules: Vec<&str> = found(&plain).iter().map(|f| f.0).collect();
    assert!(rules.contains(&"direct/DASH_CREDIT"), "{:?}", found(&plain));
    assert!(
        rules.contains(&"direct/NAME_COLON_QUOTE"),
        "{:?}",
        found(&plain)
    );
    // A verb the text does not use changes nothing.
    assert_eq!(found(&with_verb), found(&plain));
}

#[test]
fn an_extra_reporting_verb_only_adds_quotations() {
    let josh = REFERENCE.replace(" said", " joshed");
    let plain = parse(&josh);
    let extra = Attributor::builder()
        .reporting_verbs(["josh"])
        .build()
        .unwrap();
    let with_verb = extra.parse(&josh).unwrap();
    common::check_document(&josh, &with_verb);
    assert!(with_verb.quotes().len() > plain.quotes().len());
    // Unchanged text keeps its quotations: the unrelated verb matters
    // nowhere else.
    let same = extra.parse(REFERENCE).unwrap();
    assert_eq!(found(&same), found(&parse(REFERENCE)));
}

#[test]
fn function_words_are_refused_as_reporting_verbs() {
    use quote_attribution::ErrorKind;
    for w in [
        "the", "was", "is", "of", "and", "who", "were", "that", "are",
    ] {
        let err = Attributor::builder()
            .reporting_verbs([w])
            .build()
            .expect_err(w);
        assert!(
            matches!(
                err.kind(),
                ErrorKind::InvalidOption {
                    option: "reporting_verbs",
                    ..
                }
            ),
            "{w}: {err}"
        );
    }
    // Real verbs still pass, `panic` with its `k`.
    let a = Attributor::builder()
        .reporting_verbs(["quip", "panic", "muse"])
        .build()
        .expect("verbs");
    let doc = a.parse("“Run,” he panicked.").expect("no limit");
    assert_eq!(doc.quotes()[0].cue().map(|c| c.text()), Some("panicked"));
}

#[test]
fn wider_acts_are_reported_only_when_asked_for_and_labelled() {
    use quote_attribution::Act;
    let text = "A new poll shows the mayor is ahead. She wants to win. \
                He said the count was fair. According to the report, turnout fell.";
    let all = Attributor::builder().acts(Act::ALL).build().unwrap();
    let doc = all.parse(text).unwrap();
    common::check_document(text, &doc);
    let acts: Vec<Act> = doc.quotes().iter().map(|q| q.act()).collect();
    assert_eq!(
        acts,
        [Act::Evidence, Act::Thought, Act::Speech, Act::Evidence]
    );
    // The default is speech only.
    let plain = parse(text);
    assert!(plain.quotes().iter().all(|q| q.act() == Act::Speech));
    assert_eq!(plain.quotes().len(), 1);
    // Evidence only.
    let evidence = Attributor::builder()
        .acts(&[Act::Evidence])
        .build()
        .unwrap();
    assert_eq!(evidence.parse(text).unwrap().quotes().len(), 2);
}
