//! The output model: quotations, speakers, cues, and the document.
//!
//! Every type here serializes to the crate's one JSON schema (version
//! [`SCHEMA_VERSION`], documented field by field in the README) and reads
//! it back. Texts are `Cow`s: borrowed from the parsed input, or owned after
//! [`Document::into_owned`] or deserialization.

use crate::error::{Error, ErrorKind};
use crate::scan::MarkStyle;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// The version of the JSON schema that [`Document`] serializes to, written
/// as its `"schema"` field. Deserializing a document of another version
/// fails.
///
/// ```
/// let json = serde_json::to_string(&quote_attribution::parse("He said it rained.")).unwrap();
/// assert!(json.starts_with(r#"{"schema":1,"#));
/// assert_eq!(quote_attribution::SCHEMA_VERSION, 1);
/// ```
pub const SCHEMA_VERSION: u32 = 1;

/// What kind of reported speech a [`Quote`] is.
///
/// ```
/// use quote_attribution::{parse, QuoteKind};
/// let doc = parse("“We are ready,” she said. He said the plan was sound.");
/// let kinds: Vec<QuoteKind> = doc.quotes().iter().map(|q| q.kind()).collect();
/// assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// Every kind, in the order of the type.
    ///
    /// ```
    /// use quote_attribution::QuoteKind;
    /// assert_eq!(QuoteKind::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [QuoteKind] =
        &[QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect];

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

/// Reads the name that [`QuoteKind::as_str`] gives.
///
/// ```
/// use quote_attribution::{ErrorKind, QuoteKind};
/// assert_eq!("mixed".parse::<QuoteKind>()?, QuoteKind::Mixed);
/// let err = "Direct".parse::<QuoteKind>().unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnknownName { what: "quotation kind", .. }));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
impl FromStr for QuoteKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<QuoteKind, Error> {
        from_name(
            "quotation kind",
            s,
            QuoteKind::ALL,
            QuoteKind::as_str,
            &["direct", "mixed", "indirect"],
        )
    }
}

/// The value of `all` whose name is `name`, or an
/// [`ErrorKind::UnknownName`] that lists `expected`.
pub(crate) fn from_name<T: Copy>(
    what: &'static str,
    name: &str,
    all: &[T],
    as_str: fn(T) -> &'static str,
    expected: &'static [&'static str],
) -> Result<T, Error> {
    all.iter()
        .copied()
        .find(|&v| as_str(v) == name)
        .ok_or_else(|| {
            ErrorKind::UnknownName {
                what,
                name: name.to_string(),
                expected,
            }
            .into()
        })
}

/// Deserializes a type through its `FromStr` (the names `Display` writes).
macro_rules! deserialize_from_str {
    ($t:ty) => {
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$t, D::Error> {
                let name = <String as serde::Deserialize>::deserialize(d)?;
                name.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use deserialize_from_str;

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

            /// The identifiers of [`RuleId::ALL`], in its order.
            const NAMES: &'static [&'static str] = &[$($id,)*];

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
    /// `his claim that CLAUSE`, `the belief that CLAUSE` — a noun of saying,
    /// thought or evidence with its clause; the owner is the speaker.
    NominalCue => "reported/NOMINAL_CUE",
    /// `The bill is expected to pass`, `it is believed (that) CLAUSE` — a
    /// passive cue; the speaker is the agent (`by X`), else none.
    PassiveCue => "reported/PASSIVE_CUE",
    /// `X seems/appears to …` — an apparent state, reported for its
    /// subject (evidence; outside the default scope).
    ApparentState => "reported/APPARENT_STATE",
    /// `X is confident that …`, `X is eager to …` — an adjective of
    /// attitude after `be`, reported for its subject (thought; outside the
    /// default scope).
    AttitudeState => "reported/ATTITUDE_STATE",
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
    /// `She praised the plan`, `he wants a vote` — in the wider scope
    /// only, a reporting verb's noun-phrase object as its content.
    NounPhraseContent => "reported/NOUN_PHRASE_CONTENT",
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

deserialize_from_str!(RuleId);

/// Reads a rule's stable identifier, as [`RuleId::as_str`] gives it.
///
/// ```
/// use quote_attribution::{ErrorKind, RuleId};
/// assert_eq!("direct/DASH_CREDIT".parse::<RuleId>()?, RuleId::DashCredit);
/// let err = "DASH_CREDIT".parse::<RuleId>().unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::UnknownName { what: "rule", .. }));
/// # Ok::<(), quote_attribution::Error>(())
/// ```
impl FromStr for RuleId {
    type Err = Error;
    fn from_str(s: &str) -> Result<RuleId, Error> {
        from_name("rule", s, RuleId::ALL, RuleId::as_str, RuleId::NAMES)
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
///
/// In JSON: `{"text": "said", "span": {"start": 15, "end": 19}}`. Reading
/// it back checks that the text is as long as its span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "SnippetRepr<'a>")]
pub struct Snippet<'a> {
    text: Cow<'a, str>,
    span: Span,
}

/// A [`Snippet`] as read, before its text is checked against its span.
#[derive(Deserialize)]
struct SnippetRepr<'a> {
    text: Cow<'a, str>,
    span: Span,
}

impl<'a> TryFrom<SnippetRepr<'a>> for Snippet<'a> {
    type Error = String;
    fn try_from(r: SnippetRepr<'a>) -> Result<Self, String> {
        check_text_len("snippet", &r.text, r.span)?;
        Ok(Snippet {
            text: r.text,
            span: r.span,
        })
    }
}

/// Checks that a text read from JSON is as long as its span.
fn check_text_len(what: &str, text: &str, span: Span) -> Result<(), String> {
    if text.len() == span.len() {
        Ok(())
    } else {
        Err(format!(
            "{what} text of {} bytes with a span of {} bytes ({}..{})",
            text.len(),
            span.len(),
            span.start(),
            span.end()
        ))
    }
}

impl<'a> Snippet<'a> {
    pub(crate) fn new(doc: &'a str, span: Span) -> Snippet<'a> {
        Snippet {
            text: Cow::Borrowed(&doc[span]),
            span,
        }
    }

    /// The text, exactly `&input[self.span()]`.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Fine,” he said.");
    /// assert_eq!(doc.quotes()[0].cue().unwrap().text(), "said");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte span in the input.
    ///
    /// ```
    /// use quote_attribution::Span;
    /// let doc = quote_attribution::parse("“Fine,” he said.");
    /// assert_eq!(doc.quotes()[0].cue().unwrap().span(), Span::new(15, 19));
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The snippet with its text copied, free of the input's lifetime.
    ///
    /// ```
    /// let cue = {
    ///     let text = String::from("“Fine,” he said.");
    ///     quote_attribution::parse(&text).quotes()[0].cue().unwrap().clone().into_owned()
    /// };
    /// assert_eq!(cue.text(), "said");
    /// ```
    pub fn into_owned(self) -> Snippet<'static> {
        Snippet {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
        }
    }
}

/// The id of a speaker entity: its index in [`Document::speakers`], and
/// its `"id"` in JSON.
///
/// ```
/// use quote_attribution::{parse, SpeakerId};
/// let doc = parse("“Yes,” Ms Roe said. “No,” Mr Lee said. “Maybe,” Ms Roe said.");
/// let lee = doc.quotes()[1].speaker().unwrap().id();
/// assert_eq!(lee, SpeakerId::new(1));
/// assert_eq!(doc.speaker(lee).unwrap().name(), "Lee");
/// assert_eq!(doc.quotes_by(SpeakerId::new(0)).count(), 2);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct SpeakerId(usize);

impl SpeakerId {
    /// The id of the speaker at `index` in [`Document::speakers`].
    ///
    /// ```
    /// assert_eq!(quote_attribution::SpeakerId::new(3).as_usize(), 3);
    /// ```
    pub const fn new(index: usize) -> SpeakerId {
        SpeakerId(index)
    }

    /// The index of the speaker in [`Document::speakers`].
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// let id = doc.quotes()[0].speaker().unwrap().id();
    /// assert_eq!(doc.speakers()[id.as_usize()].name(), "Roe");
    /// ```
    pub const fn as_usize(self) -> usize {
        self.0
    }
}

impl fmt::Display for SpeakerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
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
/// assert_eq!(doc.speaker(s.id()).unwrap().name(), "Jane Roe");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteSpeaker<'a> {
    pub(crate) id: SpeakerId,
    name: Cow<'a, str>,
    mention: Snippet<'a>,
}

impl<'a> QuoteSpeaker<'a> {
    pub(crate) fn new(name: &'a str, entity: usize, mention: Snippet<'a>) -> Self {
        QuoteSpeaker {
            id: SpeakerId(entity),
            name: Cow::Borrowed(name),
            mention,
        }
    }

    /// The entity's name: its fullest name in the document, without titles.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Prime Minister Jo Roe said.");
    /// assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Jo Roe");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The entity's id: its index in [`Document::speakers`].
    ///
    /// ```
    /// use quote_attribution::SpeakerId;
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// assert_eq!(doc.quotes()[0].speaker().unwrap().id(), SpeakerId::new(0));
    /// ```
    pub fn id(&self) -> SpeakerId {
        self.id
    }

    /// The mention that licensed this attribution (`he`, `Mr Smith`).
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// assert_eq!(doc.quotes()[0].speaker().unwrap().mention().text(), "Ms Roe");
    /// ```
    pub fn mention(&self) -> &Snippet<'a> {
        &self.mention
    }

    /// The speaker with its texts copied, free of the input's lifetime.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// let s = doc.quotes()[0].speaker().unwrap().clone().into_owned();
    /// assert_eq!(s.name(), "Roe");
    /// ```
    pub fn into_owned(self) -> QuoteSpeaker<'static> {
        QuoteSpeaker {
            id: self.id,
            name: Cow::Owned(self.name.into_owned()),
            mention: self.mention.into_owned(),
        }
    }
}

/// One quotation or paraphrase and its attribution.
///
/// ```
/// use quote_attribution::{parse, QuoteKind, RuleId};
/// let text = "“We are ready,” Ms Roe said.";
/// let doc = parse(text);
/// let q = &doc.quotes()[0];
/// assert_eq!((q.kind(), q.text(), q.rule()), (QuoteKind::Direct, "We are ready,", RuleId::QuoteNameSaid));
/// assert_eq!(&text[q.span()], q.text());
/// assert_eq!(q.speaker().map(|s| s.name()), Some("Roe"));
/// assert_eq!(q.cue().map(|c| c.text()), Some("said"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "QuoteRepr<'a>")]
pub struct Quote<'a> {
    pub(crate) kind: QuoteKind,
    pub(crate) text: Cow<'a, str>,
    pub(crate) span: Span,
    pub(crate) speaker: Option<QuoteSpeaker<'a>>,
    pub(crate) cue: Option<Snippet<'a>>,
    pub(crate) rule: RuleId,
    pub(crate) confidence: f32,
    pub(crate) mark_style: Option<MarkStyle>,
    pub(crate) act: Act,
}

/// A [`Quote`] as read, before its text and confidence are checked.
#[derive(Deserialize)]
struct QuoteRepr<'a> {
    kind: QuoteKind,
    text: Cow<'a, str>,
    span: Span,
    speaker: Option<QuoteSpeaker<'a>>,
    cue: Option<Snippet<'a>>,
    rule: RuleId,
    confidence: f32,
    mark_style: Option<MarkStyle>,
    #[serde(default)]
    act: Act,
}

impl<'a> TryFrom<QuoteRepr<'a>> for Quote<'a> {
    type Error = String;
    fn try_from(r: QuoteRepr<'a>) -> Result<Self, String> {
        check_text_len("quotation", &r.text, r.span)?;
        if !(0.0..=1.0).contains(&r.confidence) {
            return Err(format!("confidence {} outside [0, 1]", r.confidence));
        }
        Ok(Quote {
            kind: r.kind,
            text: r.text,
            span: r.span,
            speaker: r.speaker,
            cue: r.cue,
            rule: r.rule,
            confidence: r.confidence,
            mark_style: r.mark_style,
            act: r.act,
        })
    }
}

impl<'a> Quote<'a> {
    /// Direct, mixed or indirect.
    ///
    /// ```
    /// use quote_attribution::QuoteKind;
    /// let doc = quote_attribution::parse("She said it rained.");
    /// assert_eq!(doc.quotes()[0].kind(), QuoteKind::Indirect);
    /// ```
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
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte span of [`Quote::text`] in the input.
    ///
    /// ```
    /// let text = String::from("She said it rained.");
    /// let doc = quote_attribution::parse(&text);
    /// assert_eq!(&text[doc.quotes()[0].span()], "it rained");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// Who said it, when known.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// assert_eq!(doc.quotes()[0].speaker().map(|s| s.name()), Some("Roe"));
    /// ```
    pub fn speaker(&self) -> Option<&QuoteSpeaker<'a>> {
        self.speaker.as_ref()
    }

    /// The cue (`said`, `according to`), when there is one.
    ///
    /// ```
    /// let doc = quote_attribution::parse("According to police, the driver fled.");
    /// assert_eq!(doc.quotes()[0].cue().map(|c| c.text()), Some("According to"));
    /// ```
    pub fn cue(&self) -> Option<&Snippet<'a>> {
        self.cue.as_ref()
    }

    /// The rule that decided this attribution.
    ///
    /// ```
    /// use quote_attribution::RuleId;
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// assert_eq!(doc.quotes()[0].rule(), RuleId::QuoteNameSaid);
    /// ```
    pub fn rule(&self) -> RuleId {
        self.rule
    }

    /// How sure the rule is, in `[0, 1]`.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// assert!(doc.quotes()[0].confidence() > 0.9);
    /// ```
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The style of the quotation marks, for direct quotations.
    ///
    /// ```
    /// use quote_attribution::MarkStyle;
    /// let doc = quote_attribution::parse("\"Yes,\" Ms Roe said.");
    /// assert_eq!(doc.quotes()[0].mark_style(), Some(MarkStyle::StraightDouble));
    /// ```
    pub fn mark_style(&self) -> Option<MarkStyle> {
        self.mark_style
    }

    /// What the quotation attributes: speech (the default scope), a
    /// thought or a piece of evidence ([`Act`]; see
    /// [`AttributorBuilder::acts`](crate::AttributorBuilder::acts)).
    ///
    /// ```
    /// use quote_attribution::Act;
    /// let doc = quote_attribution::parse("She said it rained.");
    /// assert_eq!(doc.quotes()[0].act(), Act::Speech);
    /// ```
    pub fn act(&self) -> Act {
        self.act
    }

    /// The quotation with its texts copied, free of the input's lifetime.
    ///
    /// ```
    /// use quote_attribution::Quote;
    /// fn first_quote(text: String) -> Option<Quote<'static>> {
    ///     let doc = quote_attribution::parse(&text);
    ///     doc.into_quotes().into_iter().next().map(Quote::into_owned)
    /// }
    /// assert_eq!(first_quote("She said it rained.".into()).unwrap().text(), "it rained");
    /// ```
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            kind: self.kind,
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            speaker: self.speaker.map(QuoteSpeaker::into_owned),
            cue: self.cue.map(Snippet::into_owned),
            rule: self.rule,
            confidence: self.confidence,
            mark_style: self.mark_style,
            act: self.act,
        }
    }
}

/// What an attribution attributes.
///
/// The default is speech only; an attributor built with
/// [`AttributorBuilder::acts`](crate::AttributorBuilder::acts) reports
/// thoughts and evidence too.
///
/// ```
/// use quote_attribution::{Act, Attributor};
/// let a = Attributor::builder().acts(&[Act::Speech, Act::Thought]).build()?;
/// let doc = a.parse("The minister believes the plan will work.")?;
/// assert_eq!(doc.quotes()[0].act(), Act::Thought);
/// assert!(quote_attribution::parse("The minister believes the plan will work.").quotes().is_empty());
/// assert_eq!("evidence".parse::<Act>()?, Act::Evidence);
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Act {
    /// Speech: say, tell, write, a spoken reaction, `according to` a
    /// person, colon, dash and transcript credits, and a request (`urged
    /// Congress to pass the bill`). When other acts are asked for too, the
    /// noun-phrase object of a verb of saying or reaction (`praised the
    /// plan`, `announced his resignation`) is reported as speech.
    #[default]
    Speech,
    /// Thought and intent: believe, think, want, hope, fear, expect, plan,
    /// with a clause, an infinitive or a noun phrase (`wants a vote`).
    Thought,
    /// Evidence: polls, data, studies and documents that show, find,
    /// suggest or indicate; `according to` a document or figures.
    Evidence,
}

impl Act {
    /// Every act, in the order of the type.
    ///
    /// ```
    /// assert_eq!(quote_attribution::Act::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Act] = &[Act::Speech, Act::Thought, Act::Evidence];

    /// The lowercase name used in JSON (`"speech"`, `"thought"`,
    /// `"evidence"`).
    ///
    /// ```
    /// assert_eq!(quote_attribution::Act::Thought.as_str(), "thought");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Act::Speech => "speech",
            Act::Thought => "thought",
            Act::Evidence => "evidence",
        }
    }
}

impl fmt::Display for Act {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Act {
    type Err = Error;

    fn from_str(s: &str) -> Result<Act, Error> {
        from_name(
            "act",
            s,
            Act::ALL,
            Act::as_str,
            &["speech", "thought", "evidence"],
        )
    }
}

/// What a speaker entity is.
///
/// ```
/// use quote_attribution::{parse, EntityKind};
/// let doc = parse("“Yes,” Ms Roe said.");
/// assert_eq!(doc.speakers()[0].kind(), EntityKind::Person);
/// assert_eq!("organization".parse::<EntityKind>()?, EntityKind::Organization);
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EntityKind {
    /// A named or described person.
    Person,
    /// An organisation, document or other non-person source.
    Organization,
    /// A group of people (`officials`), or another description.
    Other,
    /// An unknown speaker: a pronoun with no antecedent of its kind in
    /// reach (`he said` where only women and organisations are named), one
    /// entity per pronoun, named by it. Not a guess.
    ///
    /// ```
    /// use quote_attribution::EntityKind;
    /// let doc = quote_attribution::parse("Ms Ann Lee left. “We will appeal,” he said.");
    /// let he = doc.speaker(doc.quotes()[0].speaker().unwrap().id()).unwrap();
    /// assert_eq!((he.name(), he.kind()), ("he", EntityKind::Unknown));
    /// ```
    Unknown,
}

impl EntityKind {
    /// Every kind, in the order of the type.
    ///
    /// ```
    /// assert_eq!(quote_attribution::EntityKind::ALL.len(), 4);
    /// ```
    pub const ALL: &'static [EntityKind] = &[
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Other,
        EntityKind::Unknown,
    ];

    /// The lowercase name used in JSON (`"person"`, `"organization"`,
    /// `"other"`, `"unknown"`).
    ///
    /// ```
    /// assert_eq!(quote_attribution::EntityKind::Person.as_str(), "person");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Other => "other",
            EntityKind::Unknown => "unknown",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reads the name that [`EntityKind::as_str`] gives.
///
/// ```
/// use quote_attribution::EntityKind;
/// assert_eq!("other".parse::<EntityKind>()?, EntityKind::Other);
/// assert!("people".parse::<EntityKind>().is_err());
/// # Ok::<(), quote_attribution::Error>(())
/// ```
impl FromStr for EntityKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<EntityKind, Error> {
        from_name(
            "entity kind",
            s,
            EntityKind::ALL,
            EntityKind::as_str,
            &["person", "organization", "other", "unknown"],
        )
    }
}

/// A speaker's gender, as the text shows it: by a pronoun that refers to
/// the speaker (`she said`) or a gendered title (`Mr`, `Ms`), never by a
/// guess from the name.
///
/// ```
/// use quote_attribution::{parse, Gender};
/// let doc = parse("Ms Roe arrived. “We are ready,” she said. Jo Lee said it rained.");
/// assert_eq!(doc.speakers()[0].gender(), Gender::Female);
/// assert_eq!(doc.speakers()[1].gender(), Gender::Unknown);
/// assert_eq!("male".parse::<Gender>()?, Gender::Male);
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Gender {
    /// `she`, `Ms`, `Mrs`.
    Female,
    /// `he`, `Mr`.
    Male,
    /// Nothing in the text shows it.
    #[default]
    Unknown,
}

impl Gender {
    /// Every gender, in the order of the type.
    ///
    /// ```
    /// assert_eq!(quote_attribution::Gender::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Gender] = &[Gender::Female, Gender::Male, Gender::Unknown];

    /// The lowercase name used in JSON (`"female"`, `"male"`, `"unknown"`).
    ///
    /// ```
    /// assert_eq!(quote_attribution::Gender::Female.as_str(), "female");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unknown => "unknown",
        }
    }

    fn is_unknown(&self) -> bool {
        *self == Gender::Unknown
    }
}

impl fmt::Display for Gender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Gender {
    type Err = Error;

    fn from_str(s: &str) -> Result<Gender, Error> {
        from_name(
            "gender",
            s,
            Gender::ALL,
            Gender::as_str,
            &["female", "male", "unknown"],
        )
    }
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker<'a> {
    pub(crate) id: SpeakerId,
    pub(crate) name: Cow<'a, str>,
    pub(crate) kind: EntityKind,
    pub(crate) mentions: Vec<Snippet<'a>>,
    pub(crate) roles: Vec<Snippet<'a>>,
    #[serde(default, skip_serializing_if = "Gender::is_unknown")]
    pub(crate) gender: Gender,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) gender_evidence: Option<Snippet<'a>>,
}

impl<'a> Speaker<'a> {
    /// The speaker's id: its index in [`Document::speakers`].
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said. “No,” Mr Lee said.");
    /// assert_eq!(doc.speakers()[1].id().as_usize(), 1);
    /// ```
    pub fn id(&self) -> SpeakerId {
        self.id
    }

    /// The fullest name the document gives, without titles.
    ///
    /// ```
    /// let doc = quote_attribution::parse("Dr Jo Roe spoke. “Yes,” Ms Roe said.");
    /// assert_eq!(doc.speakers()[0].name(), "Jo Roe");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Person, organisation or other.
    ///
    /// ```
    /// use quote_attribution::EntityKind;
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// assert_eq!(doc.speakers()[0].kind(), EntityKind::Person);
    /// ```
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// Every mention of the entity, in document order.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said. “No,” she said.");
    /// assert_eq!(doc.speakers()[0].mentions().len(), 2);
    /// ```
    pub fn mentions(&self) -> &[Snippet<'a>] {
        &self.mentions
    }

    /// Appositive roles (`director of the institute`).
    ///
    /// ```
    /// let doc = quote_attribution::parse("Mr Lee, director of the institute, said it rained.");
    /// assert_eq!(doc.speakers()[0].roles()[0].text(), "director of the institute");
    /// ```
    pub fn roles(&self) -> &[Snippet<'a>] {
        &self.roles
    }

    /// The speaker's gender as the text shows it ([`Gender`]).
    ///
    /// ```
    /// use quote_attribution::Gender;
    /// let doc = quote_attribution::parse("“Yes,” Jo Roe said. “No,” he said.");
    /// assert_eq!(doc.speakers()[0].gender(), Gender::Male);
    /// ```
    pub fn gender(&self) -> Gender {
        self.gender
    }

    /// The mention the gender rests on: the pronoun or the titled name
    /// (`None` when the gender is unknown).
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Jo Roe said. “No,” he said.");
    /// assert_eq!(doc.speakers()[0].gender_evidence().unwrap().text(), "he");
    /// ```
    pub fn gender_evidence(&self) -> Option<&Snippet<'a>> {
        self.gender_evidence.as_ref()
    }

    /// The speaker with its texts copied, free of the input's lifetime.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// let roe = doc.speakers()[0].clone().into_owned();
    /// assert_eq!(roe.name(), "Roe");
    /// ```
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            id: self.id,
            name: Cow::Owned(self.name.into_owned()),
            kind: self.kind,
            mentions: self.mentions.into_iter().map(Snippet::into_owned).collect(),
            roles: self.roles.into_iter().map(Snippet::into_owned).collect(),
            gender: self.gender,
            gender_evidence: self.gender_evidence.map(Snippet::into_owned),
        }
    }
}

/// The result of parsing one text.
///
/// It borrows the text; [`Document::into_owned`] makes a document that
/// does not, so that a function can return it:
///
/// ```
/// use quote_attribution::Document;
/// fn parse_file(path: &std::path::Path) -> std::io::Result<Document<'static>> {
///     let text = std::fs::read_to_string(path)?;
///     Ok(quote_attribution::parse(&text).into_owned())
/// }
/// # let path = std::env::temp_dir().join(format!("qa-doc-{}.txt", std::process::id()));
/// # std::fs::write(&path, "She said it rained.")?;
/// let doc = parse_file(&path)?;
/// assert_eq!(doc.quotes()[0].text(), "it rained");
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// It serializes to the crate's JSON schema, `{"schema": 1, "quotes":
/// […], "speakers": […]}` (the README documents every field), and reads it
/// back. The text itself is not in the JSON (each quotation, cue and
/// mention carries its own), so a document read back has an empty
/// [`Document::text`]:
///
/// ```
/// use quote_attribution::Document;
/// let json = serde_json::to_string(&quote_attribution::parse("“Yes,” Ms Roe said."))?;
/// let back: Document<'static> = serde_json::from_str(&json)?;
/// assert_eq!(back.quotes()[0].speaker().unwrap().name(), "Roe");
/// assert_eq!(back.text(), "");
/// assert_eq!(serde_json::to_string(&back)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// Reading checks what the types promise: the schema version, each text
/// as long as its span, confidences in `[0, 1]`, each speaker's `id` its
/// index, and each quotation's speaker an entity of the document with the
/// same name.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(try_from = "DocumentRepr<'a>")]
pub struct Document<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) quotes: Vec<Quote<'a>>,
    pub(crate) speakers: Vec<Speaker<'a>>,
}

impl Serialize for Document<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Document", 3)?;
        st.serialize_field("schema", &SCHEMA_VERSION)?;
        st.serialize_field("quotes", &self.quotes)?;
        st.serialize_field("speakers", &self.speakers)?;
        st.end()
    }
}

/// A [`Document`] as read, before its schema and ids are checked.
#[derive(Deserialize)]
struct DocumentRepr<'a> {
    schema: u32,
    quotes: Vec<Quote<'a>>,
    speakers: Vec<Speaker<'a>>,
}

impl<'a> TryFrom<DocumentRepr<'a>> for Document<'a> {
    type Error = String;
    fn try_from(r: DocumentRepr<'a>) -> Result<Self, String> {
        if r.schema != SCHEMA_VERSION {
            return Err(format!(
                "schema {} is not supported (this version reads schema {SCHEMA_VERSION})",
                r.schema
            ));
        }
        for (i, s) in r.speakers.iter().enumerate() {
            if s.id.as_usize() != i {
                return Err(format!("speaker {i} has id {}", s.id));
            }
        }
        for q in &r.quotes {
            if let Some(s) = &q.speaker {
                match r.speakers.get(s.id.as_usize()) {
                    Some(e) if e.name == s.name => {}
                    Some(e) => {
                        return Err(format!(
                            "quotation speaker {:?} with the id of speaker {:?}",
                            s.name, e.name
                        ))
                    }
                    None => return Err(format!("quotation speaker id {} out of range", s.id)),
                }
            }
        }
        Ok(Document {
            text: Cow::Borrowed(""),
            quotes: r.quotes,
            speakers: r.speakers,
        })
    }
}

impl<'a> Document<'a> {
    /// The parsed text (empty in a document read back from JSON).
    ///
    /// ```
    /// let doc = quote_attribution::parse("She said it rained.");
    /// assert_eq!(doc.text(), "She said it rained.");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
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

    /// Every speaker entity, in order of first attribution; each one's
    /// [`Speaker::id`] is its index.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said. “No,” Mr Lee said.");
    /// let names: Vec<&str> = doc.speakers().iter().map(|s| s.name()).collect();
    /// assert_eq!(names, ["Roe", "Lee"]);
    /// ```
    pub fn speakers(&self) -> &[Speaker<'a>] {
        &self.speakers
    }

    /// The speaker with this id, if the document has one.
    ///
    /// ```
    /// use quote_attribution::SpeakerId;
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said.");
    /// assert_eq!(doc.speaker(SpeakerId::new(0)).map(|s| s.name()), Some("Roe"));
    /// assert!(doc.speaker(SpeakerId::new(1)).is_none());
    /// ```
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker<'a>> {
        self.speakers.get(id.as_usize())
    }

    /// The quotations attributed to the speaker with this id, in order.
    ///
    /// ```
    /// let doc = quote_attribution::parse("“Yes,” Ms Roe said. “No,” Mr Lee said. “Fine,” she said.");
    /// let roe = doc.speakers()[0].id();
    /// let said: Vec<&str> = doc.quotes_by(roe).map(|q| q.text()).collect();
    /// assert_eq!(said, ["Yes,", "Fine,"]);
    /// ```
    pub fn quotes_by(&self, id: SpeakerId) -> impl Iterator<Item = &Quote<'a>> + '_ {
        self.quotes
            .iter()
            .filter(move |q| q.speaker.as_ref().is_some_and(|s| s.id == id))
    }

    /// Takes the quotations out of the document.
    ///
    /// ```
    /// let quotes = quote_attribution::parse("She said it rained.").into_quotes();
    /// assert_eq!(quotes.len(), 1);
    /// ```
    pub fn into_quotes(self) -> Vec<Quote<'a>> {
        self.quotes
    }

    /// The document with its text and every reported text copied, free of
    /// the input's lifetime.
    ///
    /// ```
    /// let doc = {
    ///     let text = String::from("“Yes,” Ms Roe said.");
    ///     quote_attribution::parse(&text).into_owned()
    /// }; // `text` is dropped here
    /// assert_eq!(doc.text(), "“Yes,” Ms Roe said.");
    /// assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Roe");
    /// ```
    pub fn into_owned(self) -> Document<'static> {
        Document {
            text: Cow::Owned(self.text.into_owned()),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            speakers: self.speakers.into_iter().map(Speaker::into_owned).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON of a small document, with `edit` applied to its text.
    fn edited(edit: impl Fn(String) -> String) -> Result<Document<'static>, String> {
        let doc = crate::parse("“Yes,” Ms Roe said. Mr Lee said it rained.");
        let json = edit(serde_json::to_string(&doc).expect("serializes"));
        serde_json::from_str::<Document<'static>>(&json).map_err(|e| e.to_string())
    }

    #[test]
    fn reading_checks_what_the_types_promise() {
        let ok = edited(|j| j).expect("the document reads back");
        assert_eq!(ok.quotes().len(), 2);
        for (edit, error) in [
            (
                ("\"schema\":1", "\"schema\":2"),
                "schema 2 is not supported",
            ),
            (
                ("\"text\":\"Yes,\"", "\"text\":\"Yes!!\""),
                "quotation text of 5 bytes",
            ),
            (
                ("\"text\":\"said\"", "\"text\":\"says!\""),
                "snippet text of 5 bytes",
            ),
            (
                ("\"start\":3,\"end\":7", "\"start\":7,\"end\":3"),
                "span end 3 before its start 7",
            ),
            (
                ("\"confidence\":0.95", "\"confidence\":1.5"),
                "confidence 1.5 outside [0, 1]",
            ),
            (
                ("\"kind\":\"direct\"", "\"kind\":\"quoted\""),
                "unknown variant `quoted`",
            ),
            (
                ("direct/QUOTE_NAME_SAID", "direct/QUOTE"),
                "unknown rule `direct/QUOTE`",
            ),
            (
                (
                    "\"mark_style\":\"curly_double\"",
                    "\"mark_style\":\"curly\"",
                ),
                "unknown mark style `curly`",
            ),
            (
                ("\"speaker\":{\"id\":0", "\"speaker\":{\"id\":7"),
                "quotation speaker id 7 out of range",
            ),
            (
                ("\"speaker\":{\"id\":0", "\"speaker\":{\"id\":1"),
                "quotation speaker \"Roe\" with the id of speaker \"Lee\"",
            ),
            (
                (
                    "{\"id\":1,\"name\":\"Lee\",\"kind\"",
                    "{\"id\":0,\"name\":\"Lee\",\"kind\"",
                ),
                "speaker 1 has id 0",
            ),
        ] {
            let err = edited(|j| {
                assert!(j.contains(edit.0), "{} not in {j}", edit.0);
                j.replacen(edit.0, edit.1, 1)
            })
            .expect_err(error);
            assert!(err.contains(error), "{err} should say {error}");
        }
    }

    #[test]
    fn names_read_back_for_every_value() {
        for &k in QuoteKind::ALL {
            assert_eq!(k.as_str().parse::<QuoteKind>(), Ok(k));
        }
        for &r in RuleId::ALL {
            assert_eq!(r.as_str().parse::<RuleId>(), Ok(r));
        }
        for &m in MarkStyle::ALL {
            assert_eq!(m.as_str().parse::<MarkStyle>(), Ok(m));
            let json = serde_json::to_string(&m).expect("serializes");
            assert_eq!(json, format!("\"{m}\""), "JSON and as_str agree");
        }
        for &e in EntityKind::ALL {
            assert_eq!(e.as_str().parse::<EntityKind>(), Ok(e));
            let json = serde_json::to_string(&e).expect("serializes");
            assert_eq!(json, format!("\"{e}\""), "JSON and as_str agree");
        }
        let err = "x".parse::<RuleId>().unwrap_err();
        assert!(err.to_string().contains("direct/UNATTRIBUTED"), "{err}");
    }
}
