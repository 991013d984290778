//! Direct quotations that were dropped or cut (issue 17, item 11), each
//! class in a made-up example: the quotation is found whole, with its
//! speaker and cue where the text gives them.

use quote_attribution::{parse, QuoteKind};

/// (kind, text, speaker mention, cue) of every quotation of `text`.
fn found(text: &str) -> Vec<(QuoteKind, String, Option<String>, Option<String>)> {
    let doc = parse(text);
    doc.quotes()
        .iter()
        .map(|q| {
            assert_eq!(&text[q.span()], q.text());
            (
                q.kind(),
                q.text().to_string(),
                q.speaker().map(|s| s.mention().text().to_string()),
                q.cue().map(|c| c.text().to_string()),
            )
        })
        .collect()
}

fn direct(
    text: &str,
    speaker: Option<&str>,
    cue: Option<&str>,
) -> (QuoteKind, String, Option<String>, Option<String>) {
    (
        QuoteKind::Direct,
        text.to_string(),
        speaker.map(str::to_string),
        cue.map(str::to_string),
    )
}

#[test]
fn hard_wrapped_quotation_is_whole() {
    assert_eq!(
        found("\"Hello,\nI am the second line.\nAnd the last.\" he said."),
        [direct(
            "Hello,\nI am the second line.\nAnd the last.",
            Some("he"),
            Some("said")
        )]
    );
    let text = "The council met on Monday to discuss the harbour budget, after a long\n\
                dispute between the port authority and the town.\n\n\
                \"We have waited three years for this money, and the harbour cannot\n\
                wait another winter,\" said the harbour master. \"The breakwater is\n\
                failing.\"\n";
    let q = found(text);
    assert_eq!(
        q[0],
        direct(
            "We have waited three years for this money, and the harbour cannot\nwait another winter,",
            Some("the harbour master"),
            Some("said")
        )
    );
    assert_eq!(q[1].1, "The breakwater is\nfailing.");
}

#[test]
fn unknown_verb_in_the_quotation_frame_is_a_cue() {
    assert_eq!(
        found("“Go away,” the boy hissed."),
        [direct("Go away,", Some("the boy"), Some("hissed"))]
    );
    assert_eq!(
        found("“Go away!” bellowed the innkeeper."),
        [direct("Go away!", Some("the innkeeper"), Some("bellowed"))]
    );
}

#[test]
fn elision_after_an_opening_single_mark() {
    for (text, content) in [
        ("'Tis the season,' said the mayor.", "Tis the season,"),
        ("'Em all gone,' said the mayor.", "Em all gone,"),
        ("'Til the end,' said the mayor.", "Til the end,"),
        (
            "'90s music was better,' said the mayor.",
            "90s music was better,",
        ),
    ] {
        assert_eq!(
            found(text),
            [direct(content, Some("the mayor"), Some("said"))],
            "{text}"
        );
    }
}

#[test]
fn one_word_quoted_line_between_narration() {
    let q = found("The mayor walked into the hall.\n\"Where?\"\nNobody answered him.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Direct, "Where?"));
}

#[test]
fn the_listener_is_no_part_of_the_content() {
    assert_eq!(
        found("He told everyone, \"We are going home.\""),
        [direct(
            "We are going home.",
            Some("He"),
            Some("told everyone")
        )]
    );
}

#[test]
fn naming_is_not_speech() {
    assert!(found("They call him the night mayor.").is_empty());
    // With quotation marks, or of a person in the past, it reports.
    assert_eq!(
        found("They call him “the night mayor”.")[0].0,
        QuoteKind::Mixed
    );
    assert_eq!(found("She called him a liar.")[0].0, QuoteKind::Indirect);
}

#[test]
fn a_stray_mark_before_the_cue() {
    assert_eq!(
        found("He said \" something. \"We will win,\" she said."),
        [direct("We will win,", Some("she"), Some("said"))]
    );
}

#[test]
fn double_hyphen_and_dash_credits() {
    assert_eq!(
        found("“Hello”--said Mr. Lane."),
        [direct("Hello", Some("Mr. Lane"), Some("said"))]
    );
    for dash in ["-", "--", "—"] {
        let text = format!("\"The plan will never work.\"\n{dash} Hugh Ray");
        assert_eq!(
            found(&text),
            [direct(
                "The plan will never work.",
                Some("Hugh Ray"),
                Some(dash)
            )]
        );
    }
}

#[test]
fn scare_quoted_cue_between_two_halves() {
    assert_eq!(
        found("\"Hello,\" he 'said', \"how are you?\""),
        [
            direct("Hello,", Some("he"), Some("'said'")),
            direct("how are you?", Some("he"), Some("'said'"))
        ]
    );
}

#[test]
fn verbs_far_from_their_content() {
    let q = found("She went on to say the plan had failed.");
    assert_eq!(
        q,
        [(
            QuoteKind::Indirect,
            "the plan had failed".to_string(),
            Some("She".to_string()),
            Some("went on to say".to_string())
        )]
    );
    let q = found("Jo Roe spoke last. In her words, “the plan is dead.”");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "the plan is dead.");
    assert_eq!(q[0].3.as_deref(), Some("In her words"));
}

#[test]
fn relative_extraction_reports() {
    let q = found("Crews fought what officials say is the largest fire in a decade.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].1.as_str(), q[0].2.as_deref()),
        ("is the largest fire in a decade", Some("officials"))
    );
    let q = found("The plan, which critics say will cost jobs, was approved.");
    assert_eq!(
        (q[0].1.as_str(), q[0].2.as_deref()),
        ("will cost jobs", Some("critics"))
    );
}

#[test]
fn a_hard_wrapped_quotation_is_whole_at_a_chunk_boundary() {
    let filler = "The council met again on Monday and discussed the harbour budget at\n\
                  length, and nothing was decided by the end of the long meeting.\n\n";
    let quote = "\"We have waited three years for this money, and the harbour cannot\n\
                 wait another winter,\" said the harbour master.\n\n";
    let content =
        "We have waited three years for this money, and the harbour cannot\nwait another winter,";
    // The quotation's line break at, around and past 64 KiB.
    for shift in [0, 40, 80, 120, 160] {
        let mut text = "x".repeat(shift) + "\n\n";
        while text.len() + filler.len() < 64 * 1024 - 60 {
            text.push_str(filler);
        }
        text.push_str(quote);
        for _ in 0..50 {
            text.push_str(filler);
        }
        let q = found(&text);
        assert!(
            q.contains(&direct(content, Some("the harbour master"), Some("said"))),
            "shift {shift}: {:?}",
            q.iter()
                .filter(|r| r.1.contains("harbour cannot"))
                .collect::<Vec<_>>()
        );
    }
}
