//! Who a speaker is: the person's name without titles, descriptors,
//! affiliations or letters after it, which become roles; a role noun names
//! a person. Passages written for these tests.

use quote_attribution::{parse, EntityKind};

/// (name, kind, roles) of every speaker of `text`.
fn speakers(text: &str) -> Vec<(String, EntityKind, Vec<String>)> {
    parse(text)
        .speakers()
        .iter()
        .map(|s| {
            let roles = s.roles().iter().map(|r| r.text().to_string()).collect();
            (s.name().to_string(), s.kind(), roles)
        })
        .collect()
}

fn person(name: &str, roles: &[&str]) -> (String, EntityKind, Vec<String>) {
    let roles = roles.iter().map(|r| r.to_string()).collect();
    (name.to_string(), EntityKind::Person, roles)
}

#[test]
fn a_descriptor_before_a_name_is_a_role() {
    assert_eq!(
        speakers(
            "Minor hockey association president Rob Dale told reporters the season would go ahead."
        ),
        [person("Rob Dale", &["Minor hockey association president"])]
    );
}

#[test]
fn an_affiliation_after_a_name_is_a_role() {
    assert_eq!(
        speakers("Professor Lena Park at the University of Leeds says the data are clear."),
        [person("Lena Park", &["at the University of Leeds"])]
    );
    assert_eq!(
        speakers("Sam Ortiz with the health authority says the clinic will open."),
        [person("Sam Ortiz", &["with the health authority"])]
    );
}

#[test]
fn job_titles_and_letters_after_a_name_are_not_the_name() {
    assert_eq!(
        speakers("“The case is closed,” said Prosecutor Helen Marsh."),
        [person("Helen Marsh", &[])]
    );
    assert_eq!(
        speakers("“We played well,” Striker Dani Okafor said."),
        [person("Dani Okafor", &[])]
    );
    assert_eq!(
        speakers("“It was a fair trial,” said Simon Tate KC."),
        [person("Simon Tate", &[])]
    );
}

#[test]
fn a_surname_with_a_lowercase_particle_is_a_name() {
    // Transliterated names: `al-`, `el-`, `bin`, `d’` before a capital.
    assert_eq!(
        speakers("Omar el-Amin said, “The border stays open.”"),
        [person("Omar el-Amin", &[])]
    );
    assert_eq!(
        speakers("“The border stays open,” said Omar al-Amin."),
        [person("Omar al-Amin", &[])]
    );
    assert_eq!(
        speakers("Claire d’Aubry said the vote was fair."),
        [person("Claire d’Aubry", &[])]
    );
    // A connector after a title's period.
    assert_eq!(
        speakers("“We won,” Mrs. van Dijk said."),
        [person("van Dijk", &[])]
    );
    // A lowercase hyphenated word is no name: no speaker here.
    assert!(speakers("An e-Bike said to be stolen was found.").is_empty());
}

#[test]
fn a_chair_before_a_name_is_a_title() {
    assert_eq!(
        speakers("Board chairperson Ana Sisi said the fund was sound."),
        [person("Ana Sisi", &["Board chairperson"])]
    );
    assert_eq!(
        speakers("“We will hold rates,” Chair Ana Sisi said."),
        [person("Ana Sisi", &[])]
    );
}

#[test]
fn a_role_noun_names_a_person() {
    assert_eq!(
        speakers("“No comment,” said the minister."),
        [person("the minister", &[])]
    );
    assert_eq!(
        speakers("“The ruling stands,” the Chancellor said."),
        [person("Chancellor", &[])]
    );
    let org = speakers("The company said the plant would close.");
    assert_eq!(org[0].1, EntityKind::Organization);
}

#[test]
fn a_name_that_describes_a_person_is_a_role() {
    assert_eq!(
        speakers("“We will support her,” said Rovers director of football Helen Quist."),
        [person("Helen Quist", &["Rovers director of football"])]
    );
}

#[test]
fn a_pronoun_finds_the_person_a_name_describes() {
    // The subject of the first sentence is the coach, not the team.
    let doc =
        parse("Herons coach Ingrid Sollberg praised the defence. “We never panicked,” she said.");
    assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Ingrid Sollberg");
}

#[test]
fn a_pronoun_agrees_with_the_gender_the_text_shows() {
    use quote_attribution::Gender;
    let doc = parse("Mr Lee met Ms Roe on Monday. “We agreed on nothing,” she said.");
    let q = &doc.quotes()[0];
    assert_eq!(q.speaker().unwrap().name(), "Roe");
    let roe = doc.speaker(q.speaker().unwrap().id()).unwrap();
    assert_eq!(roe.gender(), Gender::Female);
    assert_eq!(roe.gender_evidence().unwrap().text(), "Ms Roe");
    // Gender shown by a pronoun, never guessed from a name.
    let doc = parse("Jo Roe spoke first. “We tried,” he said.");
    let s = &doc.speakers()[0];
    assert_eq!((s.name(), s.gender()), ("Jo Roe", Gender::Male));
    assert_eq!(s.gender_evidence().unwrap().text(), "he");
    assert_eq!(
        parse("Jo Roe said it rained.").speakers()[0].gender(),
        Gender::Unknown
    );
}

#[test]
fn an_unresolved_pronoun_is_one_unknown_speaker() {
    // No antecedent: one speaker of kind unknown, named by the pronoun.
    let doc = parse("“We tried,” he said. “We will try again,” he added later.");
    assert_eq!(doc.speakers().len(), 1);
    assert_eq!(
        (doc.speakers()[0].name(), doc.speakers()[0].kind()),
        ("he", EntityKind::Unknown)
    );
}

#[test]
fn a_given_name_alone_is_the_person_it_begins() {
    let doc = parse("Ines Garcia coached the team for ten years. “We won,” Ines said.");
    assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Ines Garcia");
    // Not when two people share it.
    let doc = parse("Ines Garcia and Ines Roe spoke. “We won,” Ines said.");
    assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Ines");
}

#[test]
fn a_subject_after_its_descriptor_is_salient() {
    let doc = parse(
        "“Prices will fall,” said Tom Wren. His colleague Dana Petrov was less sure. \
         She said prices could rise.",
    );
    assert_eq!(doc.quotes()[1].speaker().unwrap().name(), "Dana Petrov");
}

#[test]
fn an_affiliation_with_of_is_a_role_and_no_merger() {
    let doc = parse(
        "“Rates will hold,” said Analyst Jonah Redding of Pemberton Securities. \
         Pemberton Securities said its clients agreed.",
    );
    let names: Vec<&str> = doc.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["Jonah Redding", "Pemberton Securities"]);
    assert_eq!(
        doc.speakers()[0].roles()[0].text(),
        "of Pemberton Securities"
    );
    assert_eq!(doc.speakers()[1].kind(), EntityKind::Organization);
    // An organisation's own `of` stays in its name.
    assert_eq!(
        parse("The Bank of England said rates would hold.").speakers()[0].name(),
        "Bank of England"
    );
}

#[test]
fn a_title_inside_a_phrase_ends_its_role() {
    assert_eq!(
        speakers("“The fire is out,” Harbour Police Lt. Tom Wirth said."),
        [person("Tom Wirth", &["Harbour Police Lt"])]
    );
}

#[test]
fn an_addressee_is_never_the_speaker() {
    // The pronoun finds no one: the only name is the addressee.
    let doc = parse("Speaking to Ann Ford of the Courier, he said, “We will rebuild.”");
    assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "he");
    let doc = parse(
        "In an interview with Radio North on Monday, the mayor spoke. \
         She said the plan would work.",
    );
    assert_ne!(doc.quotes()[0].speaker().unwrap().name(), "Radio North");
    let doc = parse("Jo Roe told Ann Lee the vote was lost. “We tried,” he said.");
    assert_eq!(doc.quotes()[1].speaker().unwrap().name(), "Jo Roe");
}

/// (quoted text, speaker name, mention text) of every quotation of `text`.
fn said(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    parse(text)
        .quotes()
        .iter()
        .map(|q| {
            let s = q.speaker();
            (
                q.text().to_string(),
                s.map(|s| s.name().to_string()),
                s.map(|s| s.mention().text().to_string()),
            )
        })
        .collect()
}

/// The speaker names of every quotation of `text`, in order.
fn speaker_names(text: &str) -> Vec<String> {
    said(text)
        .into_iter()
        .map(|(_, s, _)| s.unwrap_or_default())
        .collect()
}

#[test]
fn a_pronoun_means_the_subject_rather_than_the_object() {
    // The verb between the two names is no descriptor of the second.
    assert_eq!(
        speaker_names("Ann Ford met Tom Hale. She said the deal was done."),
        ["Ann Ford"]
    );
    assert_eq!(
        speaker_names("Ann Ford visited Tom Hale. “It is done,” she said."),
        ["Ann Ford"]
    );
    // A descriptor still describes: the subject is the person it names.
    assert_eq!(
        speaker_names("Herons coach Ingrid Sollberg praised the team. She said they had won."),
        ["Ingrid Sollberg"]
    );
    // The subject of the last sentence, not an earlier one.
    assert_eq!(
        speaker_names("Ann Ford arrived. Tom Hale met her. He said the deal was done."),
        ["Tom Hale"]
    ); // A name in apposition to a descriptor opening the sentence is its
       // subject.
    assert_eq!(
        speaker_names(
            "Ann Ford said the path was icy. She said he was well equipped.\n\n\
             His partner, Mia Roe, thanked the rescue team.\n\n“He loved those hills,” she said."
        ),
        ["Ann Ford", "Ann Ford", "Mia Roe"]
    );
    // And after a short phrase in apposition.
    assert_eq!(
        speaker_names(
            "Two men stood at the gate. One of them, Al Dunne, said he would vote. \
             The other man, his cousin Bo Yates, shook his head. “Never,” he said."
        ),
        ["Al Dunne", "Bo Yates"]
    );
    // And after a fronted phrase.
    assert_eq!(
        speaker_names(
            "Ann Ford said the path was icy. She said he was well equipped.\n\n\
             In a note read after the hearing, his partner, Mia Roe, thanked the rescue team.\n\n\
             “He loved those hills,” she said."
        ),
        ["Ann Ford", "Ann Ford", "Mia Roe"]
    );
}

#[test]
fn a_title_word_ending_a_sentence_joins_no_name() {
    let text = "“No,” said the mayor. Al Day said it rained.";
    assert_eq!(
        said(text),
        [
            (
                "No,".into(),
                Some("the mayor".into()),
                Some("the mayor".into())
            ),
            (
                "it rained".into(),
                Some("Al Day".into()),
                Some("Al Day".into())
            ),
        ]
    );
    assert_eq!(
        speaker_names("“No,” said the Mayor. Al Day said it rained."),
        ["Mayor", "Al Day"]
    );
    // Abbreviated titles still join their names.
    assert_eq!(speaker_names("“No,” said Gov. Al Day."), ["Al Day"]);
    assert_eq!(speaker_names("“Fine,” said the Rev. Al Day."), ["Al Day"]);
}

#[test]
fn a_channel_is_never_the_speaker() {
    for (text, who) in [
        (
            "Ann Ford won the vote. She posted on Twitter, “We did it.”",
            "Ann Ford",
        ),
        (
            "Ann Ford won the vote. She wrote on Facebook that the count was fair.",
            "Ann Ford",
        ),
        (
            "Ann Ford won. In a post on Instagram, she said the count was fair.",
            "Ann Ford",
        ),
        (
            "Ann Ford won. “The count was fair,” she said in a statement.",
            "Ann Ford",
        ),
        (
            "“We did it,” said Ann Ford in a post on Instagram.",
            "Ann Ford",
        ),
        (
            "The city council said in a statement that the road would reopen.",
            "The city council",
        ),
        (
            "“It will reopen,” the council said in a letter on Facebook.",
            "the council",
        ),
    ] {
        assert_eq!(speaker_names(text), [who], "{text}");
    }
    // A platform may speak for itself.
    assert_eq!(
        speaker_names("Facebook said in a statement that the outage was over."),
        ["Facebook"]
    );
}

#[test]
fn a_surname_then_the_full_name_is_one_person() {
    let doc = parse(
        "Okonjo said the plan was dead. Ada Okonjo, the finance minister, later added \
         that talks would resume. “We will try again,” Okonjo said.",
    );
    let ids: Vec<_> = doc
        .quotes()
        .iter()
        .map(|q| q.speaker().unwrap().id())
        .collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.iter().all(|&id| id == ids[0]), "{ids:?}");
    assert_eq!(doc.speakers()[0].name(), "Ada Okonjo");
}

#[test]
fn people_sharing_a_surname_stay_apart() {
    // A bare surname goes to the more recent of the two.
    assert_eq!(
        speaker_names(
            "Tom Hale opened the meeting. Ruth Hale, his sister, spoke next. “I disagree,” Hale said."
        ),
        ["Ruth Hale"]
    );
    assert_eq!(
        speaker_names("Ruth Hale spoke. Tom Hale opened the meeting. “I disagree,” Hale said."),
        ["Tom Hale"]
    );
    let doc = parse("“Yes,” said Tom Hale. “No,” said Ruth Hale.");
    assert_eq!(doc.speakers().len(), 2);
}

#[test]
fn an_interview_in_parentheses_credits_the_answers_only() {
    let text = "Ann Ford spoke to the Courier about the flood.\n\n\
                ((Courier)) Will you rebuild?\n\n\
                ((Ann Ford)) Yes. I think we start on Monday, I promise.\n\n\
                ((Courier)) The mayor says the town will pay.\n\n\
                ((AF)) He said so, but we will see.";
    // The questioner's turns report nothing, even a claim inside one; an
    // answer reports nothing nested (`I promise`); initials are the person.
    assert_eq!(
        said(text),
        [
            (
                "Yes. I think we start on Monday, I promise.".into(),
                Some("Ann Ford".into()),
                Some("Ann Ford".into())
            ),
            (
                "He said so, but we will see.".into(),
                Some("Ann Ford".into()),
                Some("AF".into())
            ),
        ]
    );
}

#[test]
fn a_name_label_is_a_turn_only_inside_a_transcript() {
    let text = "((WN)) What did you find?\n\nAnn Ford: We found that I was wrong.";
    assert_eq!(speaker_names(text), ["Ann Ford"]);
    // A section heading of the same form.
    let text = "What now?\n\nAnn Ford: Credit scores matter to you, says the plan.";
    assert!(!speaker_names(text).contains(&"Ann Ford".to_string()));
}

#[test]
fn initials_label_the_person_they_abbreviate() {
    let text = "Ann Ford spoke to the Courier.\n\nQ: What now?\n\nAF: We rebuild, I promise.";
    assert_eq!(said(text).last().unwrap().1.as_deref(), Some("Ann Ford"));
    // Two people with those initials: neither.
    let text = "Ann Ford and Al Fox spoke.\n\nQ: What now?\n\nAF: We rebuild, I promise.";
    assert_eq!(said(text).last().unwrap().1.as_deref(), Some("AF"));
}

#[test]
fn a_participle_credits_the_subject_across_places_and_appositives() {
    for (text, who) in [
        (
            "Maria Lind addressed reporters in Oslo, Norway, saying the dam would hold.",
            "Maria Lind",
        ),
        (
            "Maria Lind, the mayor of Oslo, Norway, spoke on Monday, saying the dam would hold.",
            "Maria Lind",
        ),
        (
            "Maria Lind thanked the mayor, Tom Hale, saying the dam would hold.",
            "Maria Lind",
        ),
        (
            "Maria Lind, the mayor of Oslo, Norway, said the dam would hold.",
            "Maria Lind",
        ),
        (
            "As the river rose, Rep. Tom Hale, R-NY, says the dam will hold.",
            "Tom Hale",
        ),
        // The verb after the subject is no part of its name.
        (
            "The minister visited Leeds, England, and Cork, Ireland, saying the plan would work.",
            "The minister",
        ),
    ] {
        assert_eq!(speaker_names(text), [who], "{text}");
    }
    // A modifier before the head stays in the phrase.
    assert_eq!(
        speaker_names("The newly elected mayor said the plan would work."),
        ["The newly elected mayor"]
    );
}

#[test]
fn a_relative_who_is_the_mention_of_its_antecedent() {
    let who = |text: &str| {
        let doc = parse(text);
        let s = doc.quotes()[0].speaker().unwrap().clone();
        (s.name().to_string(), s.mention().text().to_string())
    };
    assert_eq!(
        who("Jo Roe, who has long argued that the plan would fail, was right."),
        ("Jo Roe".into(), "who".into())
    );
    // The relative clause ends before the cue: the name is the mention.
    assert_eq!(
        who("Jo Roe, who leads the union, said the strike would go on."),
        ("Jo Roe".into(), "Jo Roe".into())
    );
}

#[test]
fn a_description_with_an_appositive_name_is_the_named_speaker() {
    // `The town’s mayor, Petra Lind, …`: the name the description is in
    // apposition with is the speaker, and the description a role.
    let doc = parse(
        "The town’s mayor, Petra Lind, shut the market on Friday, adding that stalls \
         would reopen in May.",
    );
    let s = doc.quotes()[0].speaker().unwrap();
    assert_eq!(s.name(), "Petra Lind");
    let mayor = doc.speaker(s.id()).unwrap();
    assert_eq!(mayor.kind(), EntityKind::Person);
    assert_eq!(mayor.roles()[0].text(), "The town’s mayor");
    // An organisation named in apposition.
    let doc = parse("The nurses’ union, the Care Workers Guild, said the offer was too low.");
    let s = doc.quotes()[0].speaker().unwrap();
    assert_eq!(s.name(), "Care Workers Guild");
    assert_eq!(
        doc.speaker(s.id()).unwrap().kind(),
        EntityKind::Organization
    );
    // A name that is no apposition (an owner) leaves the description alone.
    assert_eq!(
        speaker_names("The mayor’s aide, Petra Lind’s son, said the market would reopen."),
        ["The mayor’s aide"]
    );
}

#[test]
fn a_relation_noun_in_apposition_shows_the_gender() {
    use quote_attribution::Gender;
    // `Her husband, Leo, …`: a given name alone is a person here, and a man.
    let doc = parse(
        "Ms Dana Webb runs the shop. Her husband, Leo, nodded. “We lost everything,” he said.",
    );
    let s = doc.quotes()[0].speaker().unwrap();
    assert_eq!(s.name(), "Leo");
    assert_eq!(doc.speaker(s.id()).unwrap().gender(), Gender::Male);
    // `The victim’s daughter, Ruth Pell`: a woman, whom `he` never means.
    let doc = parse(
        "The victim’s daughter, Ruth Pell, spoke to reporters outside court. \
         “Nobody warned us,” he said.",
    );
    assert_eq!(first_speaker_kind(&doc), Some(EntityKind::Unknown));
    // A possessor is not the person (`The son’s lawyer` is no man).
    let doc = parse(
        "The son’s lawyer, Ruth Pell, spoke to reporters outside court. \
         “Nobody warned us,” she said.",
    );
    assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Ruth Pell");
}

#[test]
fn a_pronoun_never_reaches_back_across_someone_elses_quotation() {
    // After a woman's quotation, `he` is the man named since, not the
    // subject named before it.
    assert_eq!(
        speaker_names(
            "Mayor Tom Hale opened the meeting. “We are broke,” Ms Ann Lee said, turning \
             to treasurer Bob Ray. “Not yet,” he said."
        ),
        ["Ann Lee", "Bob Ray"]
    );
    // With no one named since, it reaches back.
    assert_eq!(
        speaker_names(
            "Mayor Tom Hale opened the meeting. “We are broke,” Ms Ann Lee said. \
             “Not yet,” he said."
        ),
        ["Ann Lee", "Tom Hale"]
    );
    // After the subject's own quotation, the subject.
    assert_eq!(
        speaker_names(
            "Mayor Tom Hale opened the meeting. “We are broke,” he said after greeting \
             Bob Ray. “We need help,” he said."
        ),
        ["Tom Hale", "Tom Hale"]
    );
}

#[test]
fn a_pronoun_with_no_antecedent_of_its_kind_has_no_speaker() {
    // Only a woman (by her title) and an organisation: `he` is unknown,
    // not a guess.
    let doc = parse("Ms Ann Lee and the Harbour Authority disagreed. “We will appeal,” he said.");
    assert_eq!(first_speaker_kind(&doc), Some(EntityKind::Unknown));
    assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "he");
    // A person of no known gender may be either.
    assert_eq!(
        speaker_names("Ann Lee and the Harbour Authority disagreed. “We will appeal,” he said."),
        ["Ann Lee"]
    );
}

/// The kind of the first quotation's speaker.
fn first_speaker_kind(doc: &quote_attribution::Document) -> Option<EntityKind> {
    let s = doc.quotes()[0].speaker()?;
    Some(doc.speaker(s.id())?.kind())
}

#[test]
fn an_answer_runs_over_its_unlabelled_paragraphs() {
    let text = "Ann Ford runs the ferry company.\n\nQ: Will fares rise?\n\n\
                FORD: Not this year.\n\nWe froze them in March, and my customers \
                tell me, \"Keep it that way.\" So we will.\n\nQ: And next year?\n\nFORD: Ask me then.\n";
    let got = said(text);
    let texts: Vec<&str> = got.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Not this year.\n\nWe froze them in March, and my customers tell me, \
             \"Keep it that way.\" So we will.",
            "Ask me then."
        ]
    );
    assert!(got.iter().all(|(_, s, _)| s.as_deref() == Some("Ann Ford")));
    // Narration after the answer is no part of it.
    let text = "Q: Will fares rise?\n\nFORD: Not this year.\n\nFares rose in May.\n";
    assert_eq!(said(text)[0].0, "Not this year.");
}

#[test]
fn a_question_after_an_answer_is_no_part_of_it() {
    // A question whose label ran into it (`QAnd …?`), after an answer.
    let text = "Q: Will fares rise?\n\nA: Not this year, I promise.\n\n\
                QAnd what do you say to the critics?\n\nA: We hear them.\n";
    let got = said(text);
    assert_eq!(got[0].0, "Not this year, I promise.");
    // Or with no question mark.
    let text = "Q: Will fares rise?\n\nA: Not this year, I promise.\n\n\
                QLast year you said the same.\n\nA: We hear them.\n";
    assert_eq!(said(text)[0].0, "Not this year, I promise.");
}

#[test]
fn a_label_may_hold_a_title_with_its_period() {
    let text = "Dr Ann Ford and Prof. Tom Hale studied the lake.\n\nQ: Is it safe?\n\n\
                DR FORD: Mostly, yes.\n\nPROF. HALE: We find that it is not, after rain.\n";
    assert_eq!(
        said(text),
        [
            (
                "Mostly, yes.".into(),
                Some("Ann Ford".into()),
                Some("DR FORD".into())
            ),
            (
                "We find that it is not, after rain.".into(),
                Some("Tom Hale".into()),
                Some("PROF. HALE".into())
            ),
        ]
    );
}

#[test]
fn a_name_label_after_name_label_turns_is_a_turn() {
    // The second answer has no first or second person of its own; the
    // first turn, by name, made the transcript.
    let text = "Ann Ford and Tom Hale sailed the coast for a year.\n\nQ: Why a year?\n\n\
                Ann Ford: Because the first winter nobody would talk to us.\n\n\
                Tom Hale: The second winter, the fishermen talked about the weather.\n";
    assert_eq!(speaker_names(text), ["Ann Ford", "Tom Hale"]);
}

#[test]
fn a_turn_that_puts_a_claim_to_you_is_the_questioners() {
    // `HBJ:` asks without a question mark: it puts a claim to the
    // answerer (`you`) and speaks for no one (`I`, `we`).
    let text = "Ann Ford took over the ferry company in May.\n\n\
                HBJ: The union says you want to sell the boats.\n\n\
                FORD: The union is wrong. We are buying two more.\n\n\
                HBJ: Will fares rise?\n\nFORD: Not this year.\n";
    assert_eq!(speaker_names(text), ["Ann Ford", "Ann Ford"]);
}

#[test]
fn a_coordinated_description_with_an_appositive_name_is_the_named_speaker() {
    let doc = parse(
        "Gallery owner Ms Jo Lund opened the show. Her husband and business partner, \
         Sam Lund, was less sure, saying sales had been slow.",
    );
    assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Sam Lund");
}
