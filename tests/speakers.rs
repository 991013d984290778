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
    let doc = parse("“We tried,” he said. “We will try again,” he added later.");
    assert_eq!(doc.speakers().len(), 1);
    assert_eq!(doc.speakers()[0].kind(), EntityKind::Other);
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
