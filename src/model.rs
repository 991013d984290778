//! The output model: quotations, speakers, cues, and the document.

use crate::scan::MarkStyle;
use crate::span::Span;
use serde::Serialize;
use std::fmt;

/// What kind of reported speech a [`Quote`] is.
///
/// ```
/// use quote_attribution::{parse, QuoteKind};
/// let doc = parse("“We are ready,” she said. He said the plan was sound.");
/// let kinds: Vec<QuoteKind> = doc.quotes().iter().map(|q| q.kind()).collect();
/// assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks, reported verbatim.
    Direct,
    /// Reported speech that contains a quoted fragment.
    Mixed,
    /// Reported speech or paraphrase without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The lowercase name used in JSON (`"direct"`, `"mixed"`, `"indirect"`).
    ///
    /// ```
    /// assert_eq!(quote_attribution::QuoteKind::Mixed.as_str(), "mixed");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! rules {
    ($($(#[$doc:meta])* $name:ident => $id:literal,)*) => {
        /// The rule that decided an attribution.
        ///
        /// Each rule has a stable identifier, shown by `Display` and in JSON.
        ///
        /// ```
        /// use quote_attribution::{parse, RuleId};
        /// let doc = parse("“Enough,” said the minister.");
        /// assert_eq!(doc.quotes()[0].rule(), RuleId::QuoteSaidName);
        /// assert_eq!(RuleId::QuoteSaidName.to_string(), "direct/QUOTE_SAID_NAME");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RuleId {
            $($(#[$doc])* $name,)*
        }

        impl RuleId {
            /// Every rule, in the order the engine tries them: by family
            /// (cues, then what follows a fired cue rule, colons, fronted
            /// questions, dashes, paragraph labels, and last the quotations
            /// left with no cue in their sentence), and within a family
            /// in this order. The engine's rule table is tested to list
            /// them in this order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$name,)*];

            /// The rule's stable identifier.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$name => $id,)*
                }
            }
        }
    };
}

rules! {
    /// `According to X, CLAUSE` or `CLAUSE, according to X`.
    AccordingTo => "reported/ACCORDING_TO",
    /// `…, saying CLAUSE` — a participle cue of the sentence's subject.
    ParticipleCue => "reported/PARTICIPLE_CUE",
    /// `…, and added CLAUSE` — a second cue of the same speaker.
    CoordinatedCue => "reported/COORDINATED_CUE",
    /// `“Q,” she said.` — a quotation, then speaker and cue.
    QuoteNameSaid => "direct/QUOTE_NAME_SAID",
    /// `“Q,” said the minister.` — a quotation, then cue and speaker.
    QuoteSaidName => "direct/QUOTE_SAID_NAME",
    /// `CLAUSE, she said.` — reported speech, then speaker and cue.
    ClauseNameSaid => "reported/CLAUSE_NAME_SAID",
    /// `CLAUSE, said the minister.` — reported speech, then cue and speaker.
    ClauseSaidName => "reported/CLAUSE_SAID_NAME",
    /// `She said: “Q.”` — speaker and cue, then a quotation.
    NameSaidQuote => "direct/NAME_SAID_QUOTE",
    /// `X described A as B`, `X called A B`.
    DescribedAs => "reported/DESCRIBED_AS",
    /// `She told Y (that) CLAUSE`.
    ToldAddressee => "reported/TOLD_ADDRESSEE",
    /// `She said (that) CLAUSE`.
    NameSaidClause => "reported/NAME_SAID_CLAUSE",
    /// `“Q1,” she said, “Q2.”` — the second half of an interrupted quotation.
    Interrupted => "direct/INTERRUPTED",
    /// `The plan, she said, would fail.` — the second half of reported
    /// speech interrupted by its credit.
    Parenthetical => "reported/PARENTHETICAL",
    /// `… Jane Roe: “Q”` — a name and a colon before a quotation.
    NameColonQuote => "direct/NAME_COLON_QUOTE",
    /// `Asked about X, …` — a question put by someone unnamed.
    Asked => "reported/ASKED",
    /// `“Q” — Jane Doe` — a dash credit.
    DashCredit => "direct/DASH_CREDIT",
    /// `LABEL: text` — a transcript line.
    TranscriptLabel => "direct/TRANSCRIPT_LABEL",
    /// A quoted sentence after an attributed one in the same paragraph.
    ContinuesSentence => "direct/CONTINUES_SENTENCE",
    /// `She said:` ending a paragraph, then a quoted paragraph.
    ColonHeader => "direct/COLON_HEADER",
    /// A quoted paragraph continuing the previous paragraph's speaker.
    ContinuationParagraph => "direct/CONTINUATION_PARAGRAPH",
    /// A quotation with no cue: the most likely speaker, low confidence.
    Unattributed => "direct/UNATTRIBUTED",
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A piece of the input: its text and byte span.
///
/// ```
/// use quote_attribution::parse;
/// let text = "“Fine,” he said.";
/// let doc = parse(text);
/// let cue = doc.quotes()[0].cue().unwrap();
/// assert_eq!(cue.text(), "said");
/// assert_eq!(&text[cue.span()], "said");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Snippet<'a> {
    text: &'a str,
    span: Span,
}

impl<'a> Snippet<'a> {
    pub(crate) fn new(doc: &'a str, span: Span) -> Snippet<'a> {
        Snippet {
            text: &doc[span],
            span,
        }
    }

    /// The text, exactly `&input[self.span()]`.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The byte span in the input.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// The speaker of one quotation: the resolved entity and the mention that
/// licensed the attribution.
///
/// ```
/// use quote_attribution::parse;
/// let doc = parse("Ms Jane Roe, the mayor, arrived. “We are ready,” she said.");
/// let s = doc.quotes()[0].speaker().unwrap();
/// assert_eq!(s.name(), "Jane Roe");
/// assert_eq!(s.mention().text(), "she");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteSpeaker<'a> {
    name: &'a str,
    pub(crate) entity: usize,
    mention: Snippet<'a>,
}

impl<'a> QuoteSpeaker<'a> {
    pub(crate) fn new(name: &'a str, entity: usize, mention: Snippet<'a>) -> Self {
        QuoteSpeaker {
            name,
            entity,
            mention,
        }
    }

    /// The entity's name: its fullest name in the document, without titles.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// The index of the entity in [`Document::speakers`].
    pub fn entity(&self) -> usize {
        self.entity
    }

    /// The mention that licensed this attribution (`he`, `Mr Smith`).
    pub fn mention(&self) -> Snippet<'a> {
        self.mention
    }
}

/// One quotation or paraphrase and its attribution.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote<'a> {
    pub(crate) kind: QuoteKind,
    pub(crate) text: &'a str,
    pub(crate) span: Span,
    pub(crate) speaker: Option<QuoteSpeaker<'a>>,
    pub(crate) cue: Option<Snippet<'a>>,
    pub(crate) rule: RuleId,
    pub(crate) confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) mark_style: Option<MarkStyle>,
}

impl<'a> Quote<'a> {
    /// Direct, mixed or indirect.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The quoted content: for a direct quotation, what stands strictly
    /// inside the marks; for reported speech, the reported clause.
    ///
    /// ```
    /// use quote_attribution::parse;
    /// let doc = parse("The minister said that the talks had failed.");
    /// assert_eq!(doc.quotes()[0].text(), "the talks had failed");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The byte span of [`Quote::text`] in the input.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Who said it, when known.
    pub fn speaker(&self) -> Option<&QuoteSpeaker<'a>> {
        self.speaker.as_ref()
    }

    /// The cue (`said`, `according to`), when there is one.
    pub fn cue(&self) -> Option<Snippet<'a>> {
        self.cue
    }

    /// The rule that decided this attribution.
    pub fn rule(&self) -> RuleId {
        self.rule
    }

    /// How sure the rule is, in `[0, 1]`.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The style of the quotation marks, for direct quotations.
    pub fn mark_style(&self) -> Option<MarkStyle> {
        self.mark_style
    }
}

/// What a speaker entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EntityKind {
    /// A named or described person.
    Person,
    /// An organisation, document or other non-person source.
    Organization,
    /// A group of people (`officials`), or an unresolved pronoun.
    Other,
}

/// A speaker entity: everything the document says about one source.
///
/// ```
/// use quote_attribution::parse;
/// let doc = parse("Prime Minister Jane Roe spoke. Ms Roe said taxes would fall. “Soon,” she said.");
/// let roe = &doc.speakers()[0];
/// assert_eq!(roe.name(), "Jane Roe");
/// let mentions: Vec<&str> = roe.mentions().iter().map(|m| m.text()).collect();
/// assert_eq!(mentions, ["Prime Minister Jane Roe", "Ms Roe", "she"]);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker<'a> {
    pub(crate) name: &'a str,
    pub(crate) kind: EntityKind,
    pub(crate) mentions: Vec<Snippet<'a>>,
    pub(crate) roles: Vec<Snippet<'a>>,
}

impl<'a> Speaker<'a> {
    /// The fullest name the document gives, without titles.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// Person, organisation or other.
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// Every mention of the entity, in document order.
    pub fn mentions(&self) -> &[Snippet<'a>] {
        &self.mentions
    }

    /// Appositive roles (`director of the institute`).
    pub fn roles(&self) -> &[Snippet<'a>] {
        &self.roles
    }
}

/// The result of parsing one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document<'a> {
    #[serde(skip)]
    pub(crate) text: &'a str,
    pub(crate) quotes: Vec<Quote<'a>>,
    pub(crate) speakers: Vec<Speaker<'a>>,
}

impl<'a> Document<'a> {
    /// The parsed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Every quotation, sorted by start offset.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” he said. “No,” she said.");
    /// assert_eq!(doc.quotes().len(), 2);
    /// assert!(doc.quotes()[0].span().start() < doc.quotes()[1].span().start());
    /// ```
    pub fn quotes(&self) -> &[Quote<'a>] {
        &self.quotes
    }

    /// Every speaker entity, in order of first attribution.
    pub fn speakers(&self) -> &[Speaker<'a>] {
        &self.speakers
    }

    /// Takes the quotations out of the document.
    pub fn into_quotes(self) -> Vec<Quote<'a>> {
        self.quotes
    }
}
