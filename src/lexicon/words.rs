//! Titles, pronouns, function words and speaker nouns.

use super::CueVerb;
use once_cell::sync::Lazy;

/// Honorifics and titles that may stand before a name (`Mr`, `Dr.`,
/// `Prime Minister`). Multiword titles are made of several entries.
static TITLES: &[&str] = &[
    "adm",
    "admiral",
    "ambassador",
    "archbishop",
    "assemblyman",
    "assemblywoman",
    "attorney",
    "atty",
    "bishop",
    "brig",
    "capt",
    "captain",
    "cardinal",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cmdr",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilwoman",
    "cpl",
    "dame",
    "dean",
    "deputy",
    "det",
    "detective",
    "director",
    "dr",
    "emperor",
    "executive",
    "father",
    "gen",
    "general",
    "gov",
    "governor",
    "hon",
    "imam",
    "insp",
    "inspector",
    "judge",
    "justice",
    "king",
    "lady",
    "leader",
    "lieutenant",
    "lord",
    "lt",
    "maj",
    "major",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "pastor",
    "pope",
    "premier",
    "pres",
    "president",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sir",
    "sister",
    "speaker",
    "supt",
    "treasurer",
    "vice",
];

/// Titles that mark a man.
static MALE_TITLES: &[&str] = &[
    "congressman",
    "councilman",
    "emperor",
    "father",
    "king",
    "lord",
    "mr",
    "prince",
    "sir",
];

/// Titles that mark a woman.
static FEMALE_TITLES: &[&str] = &[
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "dame",
    "lady",
    "miss",
    "mrs",
    "ms",
    "princess",
    "queen",
    "sister",
];

/// Abbreviations after which a period does not end a sentence (besides
/// titles and initials).
static ABBREVIATIONS: &[&str] = &[
    "apr", "aug", "ave", "co", "corp", "dec", "e.g", "etc", "feb", "fig", "i.e", "inc", "jan",
    "jr", "jul", "jun", "ltd", "mar", "no", "nov", "oct", "sept", "sr", "st", "vs",
];

/// Function words: never part of a name, even when capitalised at the start
/// of a sentence.
static FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "indeed",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "many",
    "may",
    "meanwhile",
    "might",
    "more",
    "moreover",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "perhaps",
    "rather",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "today",
    "tomorrow",
    "too",
    "under",
    "unless",
    "until",
    "upon",
    "us",
    "was",
    "we",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Determiners that open a common-noun phrase (`the ministry`, `a source`).
static DETERMINERS: &[&str] = &[
    "a", "an", "another", "both", "eight", "five", "four", "her", "his", "its", "many", "most",
    "my", "nine", "one", "our", "seven", "several", "six", "some", "ten", "that", "the", "their",
    "these", "this", "those", "three", "two", "your",
];

/// Day and month names: capitalised, but never a speaker.
static CALENDAR: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Words that may stand between a subject and its reporting verb
/// (`he also said`, `she has repeatedly argued`).
static VERB_ADJUNCTS: &[&str] = &[
    "again",
    "already",
    "also",
    "always",
    "bluntly",
    "briefly",
    "clearly",
    "did",
    "does",
    "earlier",
    "eventually",
    "famously",
    "finally",
    "first",
    "flatly",
    "frequently",
    "further",
    "had",
    "has",
    "have",
    "initially",
    "just",
    "last",
    "later",
    "long",
    "never",
    "now",
    "often",
    "once",
    "only",
    "openly",
    "originally",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "quietly",
    "recently",
    "repeatedly",
    "reportedly",
    "simply",
    "since",
    "sometimes",
    "still",
    "subsequently",
    "then",
    "therefore",
    "today",
    "will",
    "would",
    "yesterday",
];

/// Common nouns that can head a speaker phrase without a determiner
/// (`officials said`, `police say`).
static SPEAKER_NOUNS: &[&str] = &[
    "activists",
    "advocates",
    "aides",
    "analysts",
    "authorities",
    "campaigners",
    "critics",
    "data",
    "democrats",
    "diplomats",
    "documents",
    "economists",
    "employees",
    "estimates",
    "experts",
    "figures",
    "insiders",
    "investigators",
    "lawmakers",
    "lawyers",
    "leaders",
    "members",
    "numbers",
    "observers",
    "officials",
    "opponents",
    "organisers",
    "organizers",
    "people",
    "police",
    "polls",
    "prosecutors",
    "protesters",
    "records",
    "reports",
    "republicans",
    "researchers",
    "residents",
    "respondents",
    "results",
    "scientists",
    "sources",
    "staffers",
    "statistics",
    "studies",
    "supporters",
    "surveys",
    "voters",
    "witnesses",
    "workers",
];

/// Common nouns that head a phrase naming a document or an organisation.
static NONPERSON_NOUNS: &[&str] = &[
    "administration",
    "agency",
    "agreement",
    "article",
    "bill",
    "board",
    "campaign",
    "commission",
    "committee",
    "company",
    "council",
    "court",
    "declaration",
    "department",
    "document",
    "email",
    "firm",
    "government",
    "group",
    "law",
    "letter",
    "magazine",
    "memo",
    "ministry",
    "network",
    "newspaper",
    "office",
    "organisation",
    "organization",
    "paper",
    "party",
    "poll",
    "post",
    "report",
    "ruling",
    "statement",
    "study",
    "survey",
    "text",
    "treaty",
    "tweet",
    "union",
    "website",
];

/// Words of an organisation's name (`Institute`, `Ministry`).
static ORG_WORDS: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "airlines",
    "alliance",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "center",
    "centre",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "embassy",
    "foundation",
    "fund",
    "group",
    "house",
    "inc",
    "institute",
    "league",
    "ltd",
    "ministry",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "post",
    "press",
    "reuters",
    "school",
    "senate",
    "service",
    "society",
    "times",
    "tribunal",
    "union",
    "university",
];

/// Reporting verbs whose present forms are more often nouns (`the
/// report`, `his support`): as verbs they need a named or pronoun subject.
static NOUN_HOMOGRAPHS: &[&str] = &[
    "answer",
    "answers",
    "attack",
    "attacks",
    "call",
    "calls",
    "charge",
    "charges",
    "claim",
    "claims",
    "comment",
    "comments",
    "demand",
    "demands",
    "doubt",
    "doubts",
    "estimate",
    "estimates",
    "fear",
    "fears",
    "hope",
    "hopes",
    "note",
    "notes",
    "object",
    "objects",
    "plan",
    "plans",
    "pledge",
    "pledges",
    "praise",
    "promise",
    "promises",
    "protest",
    "protests",
    "question",
    "questions",
    "remark",
    "remarks",
    "report",
    "reports",
    "show",
    "shows",
    "support",
    "supports",
    "tweet",
    "tweets",
    "welcome",
];

pub(crate) const NOUN_HOMOGRAPH: u16 = 1;
pub(crate) const TITLE: u16 = 1 << 1;
pub(crate) const MALE: u16 = 1 << 2;
pub(crate) const FEMALE: u16 = 1 << 3;
pub(crate) const ABBREVIATION: u16 = 1 << 4;
pub(crate) const FUNCTION: u16 = 1 << 5;
pub(crate) const DETERMINER: u16 = 1 << 6;
pub(crate) const CALENDAR_WORD: u16 = 1 << 7;
pub(crate) const ADJUNCT: u16 = 1 << 8;
pub(crate) const SPEAKER_NOUN: u16 = 1 << 9;
pub(crate) const NONPERSON_NOUN: u16 = 1 << 10;
pub(crate) const ORG_WORD: u16 = 1 << 11;
/// A form of a default reporting verb, or `according`.
pub(crate) const CUE: u16 = 1 << 12;

/// Every list above folded into one table: word → class bits. One lookup
/// answers all the `is_*` questions about a word.
static CLASSES: Lazy<ClassTable> = Lazy::new(|| {
    let lists: [(&[&str], u16); 12] = [
        (NOUN_HOMOGRAPHS, NOUN_HOMOGRAPH),
        (TITLES, TITLE),
        (MALE_TITLES, MALE),
        (FEMALE_TITLES, FEMALE),
        (ABBREVIATIONS, ABBREVIATION),
        (FUNCTION_WORDS, FUNCTION),
        (DETERMINERS, DETERMINER),
        (CALENDAR, CALENDAR_WORD),
        (VERB_ADJUNCTS, ADJUNCT),
        (SPEAKER_NOUNS, SPEAKER_NOUN),
        (NONPERSON_NOUNS, NONPERSON_NOUN),
        (ORG_WORDS, ORG_WORD),
    ];
    let forms = lists
        .iter()
        .flat_map(|&(list, bit)| list.iter().map(move |w| (w.as_bytes(), bit)))
        .chain(super::cues::default_forms().map(|f| (f, CUE)))
        .chain(std::iter::once((&b"according"[..], CUE)));
    let mut table = ClassTable::new(forms.filter_map(|(w, bit)| {
        debug_assert!(w.first().is_some_and(u8::is_ascii_lowercase), "{w:?}");
        Some((pack(w)?, bit))
    }));
    // Every pronoun is a function word and every default verb form has
    // the cue class, so each has an entry (tests check it).
    for (w, p) in PRONOUNS {
        if let Some(e) = table.entry_of(w.as_bytes()) {
            table.pronouns[e] = Some(p);
        }
    }
    for (form, verb) in super::cues::default_verbs() {
        if let Some(e) = table.entry_of(form) {
            table.verbs[e] = Some(verb);
        }
    }
    table
});

/// The default reporting verb whose lexicon key ([`key_in`]) is `key`,
/// read beside its class bits.
pub(crate) fn default_cue_verb(key: u128) -> Option<CueVerb> {
    let table = &*CLASSES;
    table.verbs[table.entry(key)]
}

/// The pronoun whose lexicon key ([`key_in`]) is `key`, read beside its
/// class bits (every pronoun is a function word, so it has an entry).
pub(crate) fn pronoun_of_key(key: u128) -> Option<Pronoun> {
    let table = &*CLASSES;
    table.pronouns[table.entry(key)]
}

/// A hash table from packed words to class bits, laid out for the hot
/// path, where every token of the text is looked up:
///
/// - `filter`: one bit per value of the hash's top [`FILTER_BITS`] bits,
///   set when some entry hashes there (4 KiB);
/// - `index`: open addressing with linear probing over `u16` entry numbers,
///   at most half full (a quarter with today's lists), 0 for an empty slot;
/// - `keys` and `vals`: the entries themselves, dense, entry 0 a blank.
///
/// Fixed sizes let the compiler drop every bounds check, and the parts in
/// use fit in the L1 cache. The arrays are inline, not boxed: the tokenizer
/// reaches all of them from one pointer, with no pointer to load per array.
/// Whether a word of running text is in the lexicon is close to a coin
/// toss, so [`ClassTable::get`] has no branch on it: a word the filter
/// turns away reads the blank entry.
struct ClassTable {
    filter: [u64; (1 << FILTER_BITS) / 64],
    index: [u16; INDEX_SLOTS],
    keys: [u128; MAX_ENTRIES],
    vals: [u16; MAX_ENTRIES],
    /// The default reporting verb of each entry that is a verb form.
    verbs: [Option<CueVerb>; MAX_ENTRIES],
    /// The pronoun of each entry that is one.
    pronouns: [Option<Pronoun>; MAX_ENTRIES],
    /// Entries in use, the blank included.
    len: usize,
}

/// The number of hash bits that index [`ClassTable::filter`].
const FILTER_BITS: u32 = 15;

/// The number of hash bits that index [`ClassTable::index`].
const INDEX_BITS: u32 = 12;
const INDEX_SLOTS: usize = 1 << INDEX_BITS;
/// At most this many entries (the blank included), so that the index is at
/// most half full; a power of two, so that masking an entry number proves
/// it in bounds.
const MAX_ENTRIES: usize = INDEX_SLOTS / 2;

impl ClassTable {
    fn new(entries: impl Iterator<Item = (u128, u16)>) -> ClassTable {
        let mut table = ClassTable {
            filter: [0; (1 << FILTER_BITS) / 64],
            index: [0; INDEX_SLOTS],
            keys: [0; MAX_ENTRIES],
            vals: [0; MAX_ENTRIES],
            verbs: [None; MAX_ENTRIES],
            pronouns: [None; MAX_ENTRIES],
            len: 1,
        };
        for (key, bits) in entries {
            let f = Self::filter_index(key);
            table.filter[f / 64] |= 1 << (f % 64);
            // At most half full, so that probes stay short.
            assert!(table.len < MAX_ENTRIES, "lexicon too large");
            let mut i = Self::index_slot(key);
            loop {
                let e = usize::from(table.index[i]);
                if e == 0 {
                    table.index[i] = table.len as u16;
                    table.keys[table.len] = key;
                    table.vals[table.len] = bits;
                    table.len += 1;
                    break;
                }
                if table.keys[e] == key {
                    table.vals[e] |= bits;
                    break;
                }
                i = (i + 1) % INDEX_SLOTS;
            }
        }
        table
    }

    #[inline]
    fn hash64(key: u128) -> u64 {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        folded.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    #[inline]
    fn filter_index(key: u128) -> usize {
        (Self::hash64(key) >> (64 - FILTER_BITS)) as usize
    }

    #[inline]
    fn index_slot(key: u128) -> usize {
        (Self::hash64(key) >> (64 - INDEX_BITS)) as usize
    }

    /// The class bits of `key`, 0 for a word in no list. A packed word is
    /// never 0 (its bytes carry the fold bit), so the blank entry 0 never
    /// matches a word.
    #[inline(always)]
    fn get(&self, key: u128) -> u16 {
        let f = Self::filter_index(key);
        let pass = ((self.filter[f / 64] >> (f % 64)) & 1).wrapping_neg() as usize;
        let i = Self::index_slot(key);
        let e = usize::from(self.index[i]) & pass & (MAX_ENTRIES - 1);
        // A word the filter turned away is compared as 0 with the blank
        // entry, whose key is 0: one comparison, nearly always equal, so the
        // one branch (to the probe loop, when the slot holds another word)
        // is well predicted.
        let wide = pass as u128;
        let expect = key & (wide | wide << 64);
        if self.keys[e] != expect {
            return self.get_after_collision(key, i);
        }
        self.vals[e]
    }

    /// The entry number of the word `w`, if it has one: never 0, the blank,
    /// whose data must stay empty.
    fn entry_of(&self, w: &[u8]) -> Option<usize> {
        Some(self.entry(pack(w)?)).filter(|&e| e != 0)
    }

    /// The entry number of `key`, 0 (the blank) if it has none.
    fn entry(&self, key: u128) -> usize {
        let mut i = Self::index_slot(key);
        loop {
            let e = usize::from(self.index[i]) & (MAX_ENTRIES - 1);
            if e == 0 || self.keys[e] == key {
                return e;
            }
            i = (i + 1) % INDEX_SLOTS;
        }
    }

    #[cold]
    fn get_after_collision(&self, key: u128, from: usize) -> u16 {
        if self.index[from] == 0 {
            return 0; // an empty home slot: the word is in no list
        }
        let mut i = from;
        loop {
            i = (i + 1) % INDEX_SLOTS;
            let e = usize::from(self.index[i]) & (MAX_ENTRIES - 1);
            if e == 0 || self.keys[e] == key {
                return self.vals[e];
            }
        }
    }
}

/// A word of at most 16 bytes packed into a `u128`, ASCII letters folded to
/// lowercase by setting bit 5 of every byte. Lexicon entries hold only
/// lowercase letters, digits, `.`, `-` and `'`, whose bit 5 is already set,
/// so folding every byte never makes a word equal to an entry it is not.
#[inline]
fn pack(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    Some(fold_key(u128::from_le_bytes(buf), w.len()))
}

/// The class bits of `w` (any ASCII case).
#[inline]
pub(crate) fn classes(w: &str) -> u16 {
    classes_in(&CLASSES, w.as_bytes(), 0, w.len())
}

/// The class bits of the word `bytes[start..end]`, reading 16 bytes at
/// once where the text allows (the tokenizer looks up every word).
#[inline(always)]
fn classes_in(table: &ClassTable, bytes: &[u8], start: usize, end: usize) -> u16 {
    // No test of the first byte: every entry starts with a lowercase
    // letter, and folding maps only letters onto those, so a number or a
    // punctuation mark simply finds no entry (one branch fewer per token).
    match key_in(bytes, start, end) {
        Some(key) => table.get(key),
        None => 0,
    }
}

/// The lexicon key of the word `bytes[start..end]` (see [`pack`]), read
/// with one 16-byte load where the text allows; `None` for an empty word or
/// one longer than 16 bytes, which no entry is.
#[inline(always)]
pub(crate) fn key_in(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end - start;
    if len == 0 || len > 16 {
        return None;
    }
    match bytes
        .get(start..start + 16)
        .and_then(|b| <[u8; 16]>::try_from(b).ok())
    {
        Some(chunk) => Some(fold_key(u128::from_le_bytes(chunk), len)),
        None => pack(&bytes[start..end]),
    }
}

/// The key of the word of `len` bytes (`1..=16`) at the start of `block`:
/// its bytes, each with its fold bit (see [`pack`]), the rest masked off
/// with a mask from a table, as a variable 128-bit shift takes a dozen
/// instructions.
#[inline(always)]
fn fold_key(block: u128, len: usize) -> u128 {
    (block | u128::from_le_bytes([0x20; 16])) & crate::swar::low_bytes(len)
}

/// The class table, found once: a handle for the tokenizer, which looks up
/// every word.
#[derive(Clone, Copy)]
pub(crate) struct Classes(&'static ClassTable);

/// The class table (see [`Classes`]).
pub(crate) fn class_table() -> Classes {
    Classes(&CLASSES)
}

impl Classes {
    /// The class bits of the word `bytes[start..end]`.
    #[inline(always)]
    pub(crate) fn of(self, bytes: &[u8], start: usize, end: usize) -> u16 {
        classes_in(self.0, bytes, start, end)
    }

    /// The class bits of a word of `len` bytes, `1..=15`, given the 16
    /// bytes of text from its start as two little-endian words: the
    /// tokenizer has them loaded already.
    #[inline(always)]
    pub(crate) fn of_block(self, lo: u64, hi: u64, len: usize) -> u16 {
        self.0
            .get(fold_key(u128::from(lo) | u128::from(hi) << 64, len & 15))
    }
}

/// Whether `w` is a determiner.
pub(crate) fn is_determiner(w: &str) -> bool {
    classes(w) & DETERMINER != 0
}

/// The subject pronouns, lowercase.
const PRONOUNS: [(&str, Pronoun); 8] = [
    ("he", Pronoun::He),
    ("she", Pronoun::She),
    ("they", Pronoun::They),
    ("it", Pronoun::It),
    ("i", Pronoun::I),
    ("we", Pronoun::We),
    ("you", Pronoun::You),
    ("who", Pronoun::Who),
];

/// The person and gender of a personal pronoun, if `w` is one (any ASCII
/// case), as the class table holds it; the tokens' own test is
/// [`crate::mentions::Toks::pronoun_at`].
#[cfg(test)]
pub(crate) fn pronoun(w: &str) -> Option<Pronoun> {
    if w.len() > 4 {
        return None;
    }
    pronoun_of_key(pack(w.as_bytes())?)
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::assert_sorted_unique;

    #[test]
    fn lists_are_sorted_and_unique() {
        assert_sorted_unique("TITLES", TITLES);
        assert_sorted_unique("MALE_TITLES", MALE_TITLES);
        assert_sorted_unique("FEMALE_TITLES", FEMALE_TITLES);
        assert_sorted_unique("ABBREVIATIONS", ABBREVIATIONS);
        assert_sorted_unique("FUNCTION_WORDS", FUNCTION_WORDS);
        assert_sorted_unique("DETERMINERS", DETERMINERS);
        assert_sorted_unique("CALENDAR", CALENDAR);
        assert_sorted_unique("VERB_ADJUNCTS", VERB_ADJUNCTS);
        assert_sorted_unique("SPEAKER_NOUNS", SPEAKER_NOUNS);
        assert_sorted_unique("NONPERSON_NOUNS", NONPERSON_NOUNS);
        assert_sorted_unique("ORG_WORDS", ORG_WORDS);
        assert_sorted_unique("NOUN_HOMOGRAPHS", NOUN_HOMOGRAPHS);
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
            let table = class_table();
            let padded = format!("{w} and some more text after it");
            let at_end = format!("xx {w}");
            assert_eq!(table.of(padded.as_bytes(), 0, w.len()), classes(w), "{w}");
            assert_eq!(
                table.of(at_end.as_bytes(), 3, at_end.len()),
                classes(w),
                "{w}"
            );
            let block = |at: usize| {
                let b = padded.as_bytes();
                let word = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().unwrap());
                (word(at), word(at + 8))
            };
            let (lo, hi) = block(0);
            assert_eq!(table.of_block(lo, hi, w.len()), classes(w), "{w}");
        }
        assert_ne!(classes("Said"), 0);
        assert_eq!(classes("theory"), 0);
    }

    #[test]
    fn class_table_holds_every_entry_and_nothing_else() {
        let lists: [(&[&str], u16); 4] = [
            (TITLES, TITLE),
            (FUNCTION_WORDS, FUNCTION),
            (SPEAKER_NOUNS, SPEAKER_NOUN),
            (ORG_WORDS, ORG_WORD),
        ];
        for (list, bit) in lists {
            for w in list {
                assert_ne!(classes(w) & bit, 0, "{w}");
                assert_ne!(classes(&w.to_uppercase()) & bit, 0, "{w}");
            }
        }
        // Near misses: prefixes, extensions and the empty word.
        for w in list_near_misses() {
            assert_eq!(classes(&w), 0, "{w}");
        }
        // Keys that differ only in their high half (long words) all stay.
        let table = ClassTable::new((1..=40u128).map(|k| (k << 64, k as u16)));
        for k in 1..=40u128 {
            assert_eq!(table.get(k << 64), k as u16);
        }
        assert_eq!(table.get(41 << 64), 0);
    }

    #[test]
    fn every_entry_starts_with_a_lowercase_letter() {
        // The tokenizer relies on it: it looks up only the words that
        // start with an ASCII letter, and gives every other token no class.
        let table = &*CLASSES;
        for &key in &table.keys[1..table.len] {
            assert!((key as u8).is_ascii_lowercase(), "{key:x}");
        }
    }

    fn list_near_misses() -> Vec<String> {
        ["senator", "spokesman", "according"]
            .iter()
            .flat_map(|w| [format!("{w}zz"), w[..w.len() - 1].to_string() + "q"])
            .chain([String::new(), "x".repeat(17)])
            .collect()
    }

    #[test]
    fn every_pronoun_is_a_function_word() {
        // `Toks::pronoun_at` relies on it.
        for (w, p) in PRONOUNS {
            assert_eq!(pronoun(w), Some(p), "{w}");
            assert_eq!(pronoun(&w.to_uppercase()), Some(p), "{w}");
            assert_ne!(classes(w) & FUNCTION, 0, "{w}");
        }
        for w in ["him", "hers", "the", "", "h", "hee", "i'd", "WHOM", "sh"] {
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
        assert_eq!(pronoun("She"), Some(Pronoun::She));
        assert_ne!(classes("ALSO") & ADJUNCT, 0);
    }
}
