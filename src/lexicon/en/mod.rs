//! English: the data files of the lexicon, one list a file (see
//! [`super::data`] for the format). A second language is a second folder
//! with the same files and a `Language` like [`EN`].

use super::data::Language;
use super::List;

/// The English lexicon's files.
pub(crate) static EN: Language = Language {
    lists: &[
        (List::NounHomograph, include_str!("noun_homographs.txt")),
        (List::Title, include_str!("titles.txt")),
        (List::MaleTitle, include_str!("male_titles.txt")),
        (List::FemaleTitle, include_str!("female_titles.txt")),
        (List::Abbreviation, include_str!("abbreviations.txt")),
        (List::Function, include_str!("function_words.txt")),
        (List::Determiner, include_str!("determiners.txt")),
        (List::Calendar, include_str!("calendar.txt")),
        (List::Adjunct, include_str!("verb_adjuncts.txt")),
        (List::SpeakerNoun, include_str!("speaker_nouns.txt")),
        (List::NonpersonNoun, include_str!("nonperson_nouns.txt")),
        (List::OrgWord, include_str!("org_words.txt")),
        (List::CutWord, include_str!("cut_words.txt")),
        (List::Addressee, include_str!("addressees.txt")),
        (List::TimeAdverb, include_str!("time_adverbs.txt")),
        (List::ComplementPrep, include_str!("complement_preps.txt")),
        (List::ChannelNoun, include_str!("channel_nouns.txt")),
        (List::TimeNoun, include_str!("time_nouns.txt")),
        (List::VerbGap, include_str!("verb_gap_words.txt")),
        (List::Relative, include_str!("relative_words.txt")),
        (List::InsertionOpener, include_str!("insertion_openers.txt")),
        (List::Coordinator, include_str!("coordinators.txt")),
        (List::Connective, include_str!("connectives.txt")),
        (List::AdjunctOpener, include_str!("adjunct_openers.txt")),
        (List::Preposition, include_str!("prepositions.txt")),
        (List::FrontedOpener, include_str!("fronted_openers.txt")),
        (List::QuestionWord, include_str!("question_words.txt")),
        (List::FormatLabel, include_str!("format_labels.txt")),
        (List::VerbBlocker, include_str!("verb_blockers.txt")),
        (List::Auxiliary, include_str!("auxiliaries.txt")),
        (List::FiniteBe, include_str!("finite_be.txt")),
        (List::ObjectWord, include_str!("object_words.txt")),
        (List::NameConnector, include_str!("name_connectors.txt")),
        (List::NonHead, include_str!("non_heads.txt")),
        (List::NpPreposition, include_str!("np_prepositions.txt")),
        (List::Indefinite, include_str!("indefinites.txt")),
        (List::ElidedWord, include_str!("elided_words.txt")),
        (List::IrregularPast, include_str!("irregular_pasts.txt")),
        (List::PostNominal, include_str!("post_nominals.txt")),
        (List::AffiliationPrep, include_str!("affiliation_preps.txt")),
        (List::FurnitureLabel, include_str!("furniture_labels.txt")),
        (List::Subordinator, include_str!("subordinators.txt")),
        (List::EvidenceNoun, include_str!("evidence_nouns.txt")),
        (List::EvidenceVerb, include_str!("evidence_verbs.txt")),
        (List::Quantifier, include_str!("quantifiers.txt")),
        (
            List::FirstSecondPerson,
            include_str!("first_second_person.txt"),
        ),
    ],
    verbs: include_str!("verbs.txt"),
    particles: include_str!("particles.txt"),
    pronouns: include_str!("pronouns.txt"),
};
