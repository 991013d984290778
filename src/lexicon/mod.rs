//! Word knowledge: general-English word lists, reporting verbs and
//! pronouns, kept as data and loaded once into one hash table.
//!
//! Every list is a plain text file under `en/` (one entry a line, `#`
//! comments; see [`data`]), compiled in with `include_str!` and parsed the
//! first time a text is parsed. A second language is a second folder.
//!
//! - [`List`] names every word list. The first fourteen are *token
//!   classes*: the tokenizer copies their bits (and [`CUE`], and
//!   [`LISTED`] for a word of any other list) into every word token as it
//!   reads it, so the hot tests are a bit test. The others are looked up
//!   by the rules when they need them ([`Lexicon::lists`]).
//! - `verbs.txt` lists every form of every reporting verb (nothing is
//!   inflected by rule), with its frame and act; `particles.txt` the
//!   words after a verb that decide it (`point out`, `adds to`).
//! - `pronouns.txt` the subject pronouns.
//!
//! A [`Lexicon`] is the one table all of these fill, keyed by the word's
//! bytes folded to lowercase ([`key_in`]). The default one is built once;
//! an `Attributor` with extra verbs or titles builds its own, so its tokens
//! carry the bits of its words directly.

mod data;
mod en;
mod table;
mod verbs;

use once_cell::sync::Lazy;
use table::{fold_key, pack, ClassTable};

pub(crate) use table::key_in;
pub(crate) use verbs::{Act, CueVerb, Frame, Otherwise, Particles, VerbForm};

/// Every word list of the lexicon, by name; each is a file of `en/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum List {
    /// Words that are nouns as often as reporting verbs (`report`, `plans`).
    NounHomograph,
    /// Titles and honorifics before a name (`Mr`, `Prime`, `Minister`).
    Title,
    /// Titles that mark a man (`Mr`, `King`).
    MaleTitle,
    /// Titles that mark a woman (`Ms`, `Queen`).
    FemaleTitle,
    /// Abbreviations whose period ends no sentence (`Inc.`, `Sept.`).
    Abbreviation,
    /// Function words: never part of a name.
    Function,
    /// Determiners that open a noun phrase (`the`, `several`).
    Determiner,
    /// Day and month names.
    Calendar,
    /// Adverbs between a subject and its verb (`also`, `repeatedly`).
    Adjunct,
    /// Nouns that head a speaker phrase without a determiner (`officials`).
    SpeakerNoun,
    /// Nouns of documents and institutions, never persons (`report`).
    NonpersonNoun,
    /// Words of organisation names (`Ministry`, `Party`).
    OrgWord,
    /// Time and manner adverbs after a cue (`today`, `flatly`).
    TimeAdverb,
    /// Right before a verb form, show it is not a finite cue (`to`, `the`).
    VerbBlocker,
    /// After a comma, open an adjunct that ends a clause (`without`).
    CutWord,
    /// Objects of `tell` that stand alone (`reporters`, `him`).
    Addressee,
    /// Open a phrase between a cue and its content (`in`, `on`, `last`).
    ComplementPrep,
    /// Channels of a multiword cue (`statement`, `interview`).
    ChannelNoun,
    /// Parts of the day and spans of time (`night`, `week`).
    TimeNoun,
    /// Negation and reflexives between subject and verb (`not`, `himself`).
    VerbGap,
    /// Relative words that make an insertion a clause (`which`, `where`).
    Relative,
    /// Open a skipped insertion after a subject (`in`, `despite`).
    InsertionOpener,
    /// Conjunctions that join a second clause (`and`, `but`).
    Coordinator,
    /// Sentence openers before a fronted phrase (`But`, `So`, `Still`).
    Connective,
    /// Open an adjunct after a cue (`to`, `after`, `with`).
    AdjunctOpener,
    /// Prepositions (`to`, `by`, `towards`).
    Preposition,
    /// Open a fronted adverbial (`In`, `Asked`, `Speaking`).
    FrontedOpener,
    /// Follow a fronted `Asked` (`about`, `whether`).
    QuestionWord,
    /// Newsroom labels that credit no speaker (`BYLINE`, `UPDATE`).
    FormatLabel,
    /// Auxiliaries and modals (`did`, `would`).
    Auxiliary,
    /// Finite forms of `be` (`is`, `were`).
    FiniteBe,
    /// Open the object of a verb that needs one (`it`, `the`).
    ObjectWord,
    /// Lowercase words inside a name (`of`, `van`).
    NameConnector,
    /// Adjectives that never head a noun phrase (`same`, `latest`).
    NonHead,
    /// Prepositions that extend a noun phrase (`of`, `for`).
    NpPreposition,
    /// Indefinite determiners (`a`, `another`).
    Indefinite,
    /// Words an apostrophe elides the start of (`’em`, `rock ’n’ roll`,
    /// `'til`): a mark before one is an apostrophe.
    ElidedWord,
    /// Irregular past tenses (`won`, `rose`): a finite verb.
    IrregularPast,
    /// Object and possessive forms of the first and second person (`me`,
    /// `our`, `your`).
    FirstSecondPerson,
    /// Letters after a name (`KC`, `MP`, `Jr`).
    PostNominal,
    /// Prepositions of an affiliation (`at`, `with`).
    AffiliationPrep,
    /// First words of page furniture (`READ MORE:`, `WATCH:`).
    FurnitureLabel,
    /// Words that open a subordinate clause (`as`, `because`).
    Subordinator,
    /// Nouns of documents and figures (`report`, `statistics`).
    EvidenceNoun,
    /// Verbs of saying that report evidence with a document as subject
    /// (`suggest`, `reveal`).
    EvidenceVerb,
    /// Quantifiers that stand alone as a subject (`some`, `many`).
    Quantifier,
    /// Participles that report in the passive (`is expected to`, `it is
    /// believed that`, `was described as`).
    PassiveCue,
    /// Verbs of a commitment whose infinitive reports an intention
    /// (`vowed to fight on`).
    Commissive,
    /// Lowercase particles that open a capitalised surname across a hyphen
    /// or an apostrophe (`el-Amin`, `d’Aubry`): the word is a name word.
    NamePrefix,
    /// Cardinal numbers in words (`three`, `twenty`, `dozen`): a verb
    /// form in `-s` after one is a noun (`twenty-seven states`).
    NumberWord,
    /// Reporting verbs whose noun-phrase object is their content in the
    /// wider scope (`praised the plan`, `wants a vote`).
    ObjectCue,
    /// Prepositions of place that are adverbs too (`near`, `outside`):
    /// they open a participle's phrase after a subject.
    PlacePreposition,
    /// Nouns of works with titles (`book`, `film`), and `titled`: a
    /// title-case quotation after one is a title.
    WorkNoun,
    /// Adjectives that follow a subject with a phrase (`familiar with`,
    /// `close to`).
    SubjectAdjective,
    /// Nouns of courts and hearings (`court`, `inquest`): `The court
    /// heard that …` reports unnamed speech.
    HearingNoun,
    /// Nouns of something said before a colon and a quotation (`advice`,
    /// `message`): `Her advice is blunt: “…”`.
    SpeechNoun,
    /// Adjectives of an attitude that report after `be` in the wider
    /// scope (`is confident that …`, `are eager to …`).
    Attitude,
    /// Words that end a company's full name (`Inc`, `Co`, `Holdings`):
    /// its first words alone are its short form.
    CompanySuffix,
    /// Nouns of occupations that may stand before a name, capitalised
    /// when they open a sentence (`Voter Kit Mak`): a role, not the name.
    NameRole,
    /// Adjectives before a title or a name (`former`, `acting`): never
    /// part of the name.
    TitleModifier,
}

/// The number of lists that are token classes (the first ones of [`List`]):
/// the word classes, and the two rule lists looked up most (a bit test is
/// cheaper than a lookup).
const TOKEN_CLASSES: u8 = 14;

impl List {
    /// Whether a capitalised word matches the list (`But`, `In`,
    /// `BYLINE`). The other lists hold lowercase words of running text and
    /// match only lowercase words: `US` is no `us`, `Congress` no
    /// `congress`.
    pub(crate) const fn matches_capitalised(self) -> bool {
        match self {
            List::Connective
            | List::FrontedOpener
            | List::FormatLabel
            | List::PostNominal
            | List::FurnitureLabel
            | List::Quantifier
            | List::HearingNoun
            | List::CompanySuffix
            | List::NameRole
            | List::TitleModifier
            | List::EvidenceNoun => true,
            // Rule lists of lowercase words, though token classes.
            List::TimeAdverb | List::VerbBlocker => false,
            // The word classes (titles, function words, …) are read from
            // the token in any case.
            _ => (self as u8) < TOKEN_CLASSES,
        }
    }

    /// Whether the list is a token class, whose bit every word token
    /// carries.
    #[inline]
    pub(crate) const fn is_token_class(self) -> bool {
        (self as u8) < TOKEN_CLASSES
    }

    /// The list's bit in [`Lexicon::lists`].
    #[inline]
    pub(crate) const fn bit(self) -> u64 {
        1 << self as u8
    }

    /// The list's bit in a token's class bits: its own for a token class,
    /// [`LISTED`] for the others.
    pub(crate) const fn class(self) -> u16 {
        if (self as u8) < TOKEN_CLASSES {
            1 << self as u8
        } else {
            LISTED
        }
    }
}

pub(crate) const NOUN_HOMOGRAPH: u16 = List::NounHomograph.class();
pub(crate) const TITLE: u16 = List::Title.class();
pub(crate) const MALE: u16 = List::MaleTitle.class();
pub(crate) const FEMALE: u16 = List::FemaleTitle.class();
pub(crate) const ABBREVIATION: u16 = List::Abbreviation.class();
pub(crate) const FUNCTION: u16 = List::Function.class();
pub(crate) const DETERMINER: u16 = List::Determiner.class();
pub(crate) const CALENDAR_WORD: u16 = List::Calendar.class();
pub(crate) const ADJUNCT: u16 = List::Adjunct.class();
pub(crate) const SPEAKER_NOUN: u16 = List::SpeakerNoun.class();
pub(crate) const NONPERSON_NOUN: u16 = List::NonpersonNoun.class();
pub(crate) const ORG_WORD: u16 = List::OrgWord.class();
/// A form of a reporting verb, or `according`: not a list of its own, but
/// the class of every word of `verbs.txt` (and of extra verbs).
pub(crate) const CUE: u16 = 1 << TOKEN_CLASSES;
/// A word of some list that is no token class (`without`, `statement`):
/// the rules look such a list up only for a word with this bit, so most
/// words of running text are turned away by a bit test.
pub(crate) const LISTED: u16 = 1 << (TOKEN_CLASSES + 1);

/// A subject pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
    I,
    We,
    You,
    /// The relative `who`: its antecedent stands right before it.
    Who,
}

impl Pronoun {
    /// The number of pronouns (`p as usize` is below it).
    pub(crate) const COUNT: usize = 8;
}

/// The closed word classes: a word of one of them (`the`, `was`, `of`,
/// `who`) is never a reporting verb, and is refused as an extra one.
const NOT_VERBS: [List; 11] = [
    List::Function,
    List::Determiner,
    List::Auxiliary,
    List::FiniteBe,
    List::Preposition,
    List::Coordinator,
    List::Relative,
    List::Indefinite,
    List::QuestionWord,
    List::NameConnector,
    List::NpPreposition,
];

/// Why a word cannot be a lexicon entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum EntryError {
    /// The word is empty, longer than 16 bytes, does not start with an
    /// ASCII letter, or holds a byte other than an ASCII letter, digit,
    /// `.`, `-` or `'`.
    Unfit(String),
    /// The table is full.
    Full(String),
    /// An extra reporting verb, or one of its forms, is a word of a closed
    /// class (`the`, `was`, `of`), never a reporting verb: the word, and
    /// the list that holds it.
    NotAVerb(String, List),
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EntryError::Unfit(w) => write!(
                f,
                "{w:?}: an entry is 1 to 16 ASCII letters, digits, `.`, `-` or `'`, \
                 starting with a letter"
            ),
            EntryError::Full(w) => write!(f, "{w:?}: the lexicon is full"),
            EntryError::NotAVerb(w, list) => {
                write!(
                    f,
                    "{w:?} is a word of the list {list:?}, not a reporting verb"
                )
            }
        }
    }
}

/// The key of a lexicon entry, if the table can hold it: a lowercase
/// letter first (the tokenizer looks up only words that start with a
/// letter), and only bytes whose case folding cannot make a word equal to
/// another ([`pack`]). Uppercase letters are folded.
fn entry_key(w: &str) -> Result<u128, EntryError> {
    /// The bytes an entry may hold.
    static FITS: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            let b = c as u8;
            t[c] = b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'\'';
            c += 1;
        }
        t
    };
    let b = w.as_bytes();
    let fits =
        b.first().is_some_and(u8::is_ascii_alphabetic) && b.iter().all(|&c| FITS[c as usize]);
    match pack(b) {
        Some(key) if fits => Ok(key),
        _ => Err(EntryError::Unfit(w.to_string())),
    }
}

/// The lexicon: every list, verb and pronoun of a language (plus a user's
/// extra verbs and titles) in one table.
#[derive(Clone)]
pub(crate) struct Lexicon {
    // Boxed, so that a lexicon moves cheaply; the tokenizer holds the
    // table itself ([`Classes`]), with no pointer to load per word.
    table: Box<ClassTable>,
    particles: Vec<Particles>,
    /// The entries whose verb reports in the wider scope only though its
    /// act is thought or evidence (`wide-thought`, `wide-evidence` in
    /// `verbs.txt`): [`Lexicon::without_wide_only`] clears them too.
    wide_verbs: Vec<usize>,
}

impl Lexicon {
    /// Builds the lexicon of `lang`.
    fn build(lang: &data::Language) -> Result<Lexicon, String> {
        let mut lex = Lexicon {
            table: ClassTable::boxed(),
            particles: Vec::new(),
            wide_verbs: Vec::new(),
        };
        let insert = |lex: &mut Lexicon, w: &str, classes: u16, lists: u64| {
            let key = entry_key(w).map_err(|e| e.to_string())?;
            lex.table
                .insert(key, classes, lists)
                .ok_or_else(|| EntryError::Full(w.to_string()).to_string())
        };
        for &(list, src) in lang.lists {
            for (n, w) in data::words(src).map_err(|e| format!("{list:?}: {e}"))? {
                insert(&mut lex, w, list.class(), list.bit())
                    .map_err(|e| format!("{list:?}, line {n}: {e}"))?;
            }
        }
        let particles = data::particles(lang.particles).map_err(|e| format!("particles: {e}"))?;
        for line in data::verbs(lang.verbs).map_err(|e| format!("verbs: {e}"))? {
            let base = line.forms[0].or(line.forms[2]).unwrap_or_default();
            let rule = particles.iter().position(|(b, _)| *b == base);
            let rule = match rule {
                Some(k) => {
                    lex.particles.push(particles[k].1.clone());
                    lex.particles.len() as u8
                }
                None => 0,
            };
            for (form, kind) in line.forms.iter().zip(data::FORM_KINDS) {
                let Some(form) = form else { continue };
                let e = insert(&mut lex, form, CUE, 0).map_err(|e| format!("verbs: {e}"))?;
                // A form of two verbs is the first one's.
                if lex.table.verbs[e].is_some() {
                    continue;
                }
                lex.table.verbs[e] = Some(CueVerb {
                    frame: line.frame,
                    form: kind,
                    act: line.act,
                    particles: rule,
                });
                if line.wide {
                    lex.wide_verbs.push(e);
                }
            }
        }
        insert(&mut lex, "according", CUE, 0)?;
        // `as per X` (`according to X`): `per` opens the cue, `as` before it.
        insert(&mut lex, "per", CUE, 0)?;
        for (w, p) in data::pronouns(lang.pronouns).map_err(|e| format!("pronouns: {e}"))? {
            // Every pronoun is a function word (`Toks::pronoun_at` relies
            // on it): its entry is there already.
            let e = insert(&mut lex, w, 0, 0)?;
            if lex.table.vals[e] & FUNCTION == 0 {
                return Err(format!("pronouns: {w:?} is no function word"));
            }
            lex.table.pronouns[e] = Some(p);
        }
        let possessives = data::pronouns(lang.possessives);
        for (w, p) in possessives.map_err(|e| format!("possessives: {e}"))? {
            let e = insert(&mut lex, w, 0, 0)?;
            lex.table.possessives[e] = Some(p);
        }
        Ok(lex)
    }

    /// This lexicon without the verbs that report in the wider scope only
    /// (`talk about`, and the verbs of act `wide-thought` or
    /// `wide-evidence`, `forecast`): their words are no cue there, and a
    /// speech scope reads them as it did before they were added. (A copy
    /// with those entries' verbs and cue bits cleared: no build.)
    fn without_wide_only(&self) -> Lexicon {
        let mut lex = self.clone();
        let topics = (0..lex.table.verbs.len())
            .filter(|&e| lex.table.verbs[e].is_some_and(|v| v.act.wide_only()))
            .collect::<Vec<_>>();
        for &e in topics.iter().chain(&self.wide_verbs) {
            lex.table.verbs[e] = None;
            lex.table.vals[e] &= !CUE;
        }
        lex
    }

    /// This lexicon with a user's extra reporting verbs (regular forms of
    /// each base, clause frame, speech act; a form the lexicon has
    /// keeps its verb) and extra titles.
    pub(crate) fn with_extras(
        &self,
        verbs: &[String],
        titles: &[String],
    ) -> Result<Lexicon, EntryError> {
        let mut lex = self.clone();
        for base in verbs {
            let base = base.to_ascii_lowercase();
            entry_key(&base)?;
            let forms = verbs::regular_forms(&base);
            for form in &forms {
                let lists = self.lists(entry_key(form)?);
                if let Some(&list) = NOT_VERBS.iter().find(|l| lists & l.bit() != 0) {
                    return Err(EntryError::NotAVerb(form.clone(), list));
                }
            }
            let [b, third, past, gerund] = forms;
            let kinds = [
                VerbForm::Present,
                VerbForm::Present,
                VerbForm::Past,
                VerbForm::Gerund,
            ];
            for (form, kind) in [b, third, past, gerund].iter().zip(kinds) {
                let key = entry_key(form)?;
                let e = lex
                    .table
                    .insert(key, CUE, 0)
                    .ok_or_else(|| EntryError::Full(form.clone()))?;
                lex.table.verbs[e].get_or_insert(CueVerb {
                    frame: Frame::Clause,
                    form: kind,
                    act: Act::Speech,
                    particles: 0,
                });
            }
        }
        for t in titles {
            if !t.is_ascii() {
                // Compared with a word's `to_lowercase` (`Ärztin`,
                // `ÄRZTIN`): the table folds ASCII bytes only.
                let fits =
                    (1..=16).contains(&t.chars().count()) && t.chars().all(char::is_alphabetic);
                if !fits {
                    return Err(EntryError::Unfit(t.clone()));
                }
                let wide = &mut lex.table.wide_titles;
                wide.push(t.to_lowercase());
                wide.sort_unstable();
                wide.dedup();
                continue;
            }
            let key = entry_key(&t.to_ascii_lowercase())?;
            lex.table
                .insert(key, TITLE, List::Title.bit())
                .ok_or_else(|| EntryError::Full(t.clone()))?;
        }
        Ok(lex)
    }

    /// The class bits of the word `bytes[start..end]` (see
    /// [`Classes::of`]).
    #[inline]
    pub(crate) fn of(&self, bytes: &[u8], start: usize, end: usize) -> u16 {
        self.classes().of(bytes, start, end)
    }

    /// The tokenizer's handle on the class bits.
    #[inline]
    pub(crate) fn classes(&self) -> Classes<'_> {
        Classes(&self.table)
    }

    /// The entry number of the word of key `key` in the lexicon's table, 0
    /// (a blank entry, in no list) if it has none: what [`Lexicon::lists_of`]
    /// and the like read, so that a word looked up once need not be hashed
    /// again.
    #[inline]
    pub(crate) fn entry(&self, key: u128) -> u16 {
        // (At most `MAX_ENTRIES` entries: the number fits.)
        self.table.entry(key) as u16
    }

    /// [`Lexicon::lists`] of entry `e` ([`Lexicon::entry`]).
    #[inline]
    pub(crate) fn lists_of(&self, e: u16) -> u64 {
        self.table.lists[ClassTable::slot(e)]
    }

    /// [`Lexicon::verb`] of entry `e` ([`Lexicon::entry`]).
    #[inline]
    pub(crate) fn verb_of(&self, e: u16) -> Option<CueVerb> {
        self.table.verbs[ClassTable::slot(e)]
    }

    /// [`Lexicon::pronoun`] of entry `e` ([`Lexicon::entry`]).
    #[inline]
    pub(crate) fn pronoun_of(&self, e: u16) -> Option<Pronoun> {
        self.table.pronouns[ClassTable::slot(e)]
    }

    /// [`Lexicon::possessive`] of entry `e` ([`Lexicon::entry`]).
    #[inline]
    pub(crate) fn possessive_of(&self, e: u16) -> Option<Pronoun> {
        self.table.possessives[ClassTable::slot(e)]
    }

    /// The lists (bits of [`List::bit`]) that hold the word of key `key`.
    #[inline]
    pub(crate) fn lists(&self, key: u128) -> u64 {
        self.table.lists[self.table.entry(key)]
    }

    /// The reporting verb whose key is `key`, if it is one. (The token
    /// view reads its tokens' verbs by entry: [`Lexicon::verb_of`].)
    #[cfg(any(test, feature = "eval"))]
    #[inline]
    pub(crate) fn verb(&self, key: u128) -> Option<CueVerb> {
        self.table.verbs[self.table.entry(key)]
    }

    /// The pronoun whose key is `key`, if it is one. (The token view reads
    /// its tokens' pronouns by entry: [`Lexicon::pronoun_of`].)
    #[cfg(any(test, feature = "eval"))]
    #[inline]
    pub(crate) fn pronoun(&self, key: u128) -> Option<Pronoun> {
        self.table.pronouns[self.table.entry(key)]
    }

    /// The pronoun of the possessive whose key is `key` (`his` → `he`), if
    /// it is one.
    #[inline]
    pub(crate) fn possessive(&self, key: u128) -> Option<Pronoun> {
        self.table.possessives[self.table.entry(key)]
    }

    /// The particle rule of `verb`, if it has one.
    #[inline]
    pub(crate) fn particles(&self, verb: CueVerb) -> Option<&Particles> {
        self.particles
            .get(usize::from(verb.particles).checked_sub(1)?)
    }

    /// The class bits of `w` (any ASCII case).
    pub(crate) fn classes_of(&self, w: &str) -> u16 {
        self.of(w.as_bytes(), 0, w.len())
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.table.len_in_use())
            .finish_non_exhaustive()
    }
}

/// The built-in English lexicon.
static DEFAULT: Lazy<Lexicon> = Lazy::new(|| {
    // The built-in files are tested (`the_built_in_lexicon_builds`): this
    // cannot fail on them.
    Lexicon::build(&en::EN).unwrap_or_else(|e| panic!("built-in lexicon: {e}"))
});

/// The built-in lexicon.
pub(crate) fn default_lexicon() -> &'static Lexicon {
    &DEFAULT
}

/// The built-in lexicon without the verbs that report in the wider scope
/// only, made on first use.
static SPEECH: Lazy<Lexicon> = Lazy::new(|| DEFAULT.without_wide_only());

/// The built-in lexicon of an attributor that reports speech only: no
/// verb of [`Act::wide_only`] is a cue there.
pub(crate) fn speech_lexicon() -> &'static Lexicon {
    &SPEECH
}

/// The class bits of `w` in the built-in lexicon (any ASCII case).
pub(crate) fn classes(w: &str) -> u16 {
    DEFAULT.classes_of(w)
}

/// Whether `w` is a form of a verb of saying or of a spoken reaction in
/// the built-in lexicon (any ASCII case): the speech scope.
#[cfg(feature = "eval")]
pub(crate) fn is_speech_verb(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    table::key_in(w.as_bytes(), 0, w.len())
        .and_then(|k| DEFAULT.verb(k))
        .is_some_and(|v| v.act.is_speech())
}

/// Whether `w` is a subject pronoun of the built-in lexicon (any ASCII
/// case).
#[cfg(feature = "eval")]
pub(crate) fn is_pronoun(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    table::key_in(w.as_bytes(), 0, w.len()).is_some_and(|k| DEFAULT.pronoun(k).is_some())
}

/// Whether `w` is a determiner.
pub(crate) fn is_determiner(w: &str) -> bool {
    classes(w) & DETERMINER != 0
}

/// The class bits of a lexicon, for the tokenizer, which looks up every
/// word: the table itself, found once.
#[derive(Clone, Copy)]
pub(crate) struct Classes<'a>(&'a ClassTable);

impl Classes<'_> {
    /// The class bits of the word `bytes[start..end]`, reading 16 bytes at
    /// once where the text allows (the tokenizer looks up every word).
    #[inline(always)]
    pub(crate) fn of(&self, bytes: &[u8], start: usize, end: usize) -> u16 {
        // No test of the first byte: every entry starts with a lowercase
        // letter, and folding maps only letters onto those, so a number or a
        // punctuation mark simply finds no entry (one branch fewer per token).
        match key_in(bytes, start, end) {
            Some(key) => self.0.get(key),
            None => 0,
        }
    }

    /// Whether the lexicon holds titles beyond ASCII, which
    /// [`Classes::of_wide`] finds.
    #[inline]
    pub(crate) fn has_wide(&self) -> bool {
        !self.0.wide_titles.is_empty()
    }

    /// Whether the word `bytes[start..end]` is in the list `list`: for
    /// the tokenizer's rare tests of a rule list (a name's particle).
    #[cold]
    pub(crate) fn in_list(&self, bytes: &[u8], start: usize, end: usize, list: List) -> bool {
        key_in(bytes, start, end)
            .is_some_and(|key| self.0.lists[self.0.entry(key)] & list.bit() != 0)
    }

    /// The class bits of a word with letters beyond ASCII (`Ärztin`):
    /// [`TITLE`] if it is one of a user's extra titles, in any case.
    #[cold]
    pub(crate) fn of_wide(&self, word: &str) -> u16 {
        let found = self
            .0
            .wide_titles
            .binary_search(&word.to_lowercase())
            .is_ok();
        if found {
            TITLE
        } else {
            0
        }
    }

    /// The class bits of a word of `len` bytes, `1..=15`, given the 16
    /// bytes of text from its start as two little-endian words: the
    /// tokenizer has them loaded already.
    #[inline(always)]
    pub(crate) fn of_block(&self, lo: u64, hi: u64, len: usize) -> u16 {
        self.0
            .get(fold_key(u128::from(lo) | u128::from(hi) << 64, len & 15))
    }
}

/// The built-in lexicon's class bits, as the tokenizer's handle (for the
/// stages' tests, which tokenize with the built-in lexicon).
#[cfg(test)]
pub(crate) fn class_table() -> Classes<'static> {
    DEFAULT.classes()
}

/// A small, fast, non-cryptographic hasher (the `FxHash` of rustc) for
/// hash maps keyed by words or hashes of them, not attacker-chosen sets.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u128(&mut self, n: u128) {
        self.add(n as u64);
        self.add((n >> 64) as u64);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `BuildHasher` for [`FxHasher`].
pub(crate) type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

#[cfg(test)]
mod tests;
