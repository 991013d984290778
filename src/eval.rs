//! Scoring predicted quotations against gold annotations (feature `eval`).
//!
//! This module reproduces, number for number, the scoring of the project's
//! reference scorer (`score.py`), and adds the span-overlap metrics that
//! published quotation extractors report. It does no I/O and parses no
//! JSON: [`GoldDoc`] implements [`serde::Deserialize`], so a caller reads a
//! gold file with the serde format crate of its choice (`serde_json`) and
//! hands it here with the text it annotates.
//!
//! The module is compiled only with the crate's `eval` feature:
//!
//! ```toml
//! [dependencies]
//! quote-attribution = { version = "0.1", features = ["eval"] }
//! ```
//!
//! Score one parsed document against its gold quotations:
//!
//! ```
//! use quote_attribution::eval::{self, GoldDoc, GoldQuote, Metric};
//! use quote_attribution::QuoteKind;
//!
//! let text = "“We are ready,” Ms Roe said. Officials said the talks had failed.";
//! let gold = GoldDoc::new(vec![
//!     GoldQuote::new(QuoteKind::Direct, 3..16, Some("Jane Roe")),
//!     GoldQuote::new(QuoteKind::Indirect, 48..68, Some("Officials")),
//! ]);
//! let doc = quote_attribution::parse(text);
//! let score = eval::score_document(&gold, &doc);
//! assert_eq!(score.summary().counts(Metric::Lenient).tp(), 2);
//! // "Roe" names Jane Roe: the two share their last word.
//! assert_eq!(score.summary().prf(Metric::EndToEnd).f1(), 1.0);
//! assert!(score.misses().is_empty() && score.spurious().is_empty());
//! ```
//!
//! # Gold files
//!
//! A gold file annotates one text file (named by its `text_file`, a path
//! relative to the gold file):
//!
//! ```text
//! { "text_file": "<name>.txt",
//!   "speakers": { "<canonical name>": ["<alias>", ...] },
//!   "quotes": [ { "kind": "direct" | "mixed" | "indirect",
//!                 "start": B, "end": B,            UTF-8 byte offsets of the content
//!                 "speaker": "<name>" | null,
//!                 "speaker_spans": [[B, B], ...],  where the source mention stands
//!                 "optional": true } ] }           neither required nor penalised
//! ```
//!
//! Fields the scorer does not use (`content`, `cue`, `note`, …) are kept
//! when [`GoldQuote`] has an accessor for them and ignored otherwise. A
//! `kind` other than the three names is an error.
//!
//! ```
//! use quote_attribution::eval::GoldDoc;
//! use quote_attribution::QuoteKind;
//!
//! let json = r#"{
//!     "text_file": "roe.txt",
//!     "speakers": {"Jane Roe": ["Ms Roe"]},
//!     "quotes": [{"kind": "direct", "start": 3, "end": 16, "speaker": "Jane Roe", "cue": "said"}]
//! }"#;
//! let gold: GoldDoc = serde_json::from_str(json)?;
//! assert_eq!(gold.text_file(), Some("roe.txt"));
//! assert_eq!(gold.quotes()[0].kind(), QuoteKind::Direct);
//! assert_eq!(gold.quotes()[0].cue(), Some("said"));
//! assert!(serde_json::from_str::<GoldDoc>(r#"{"quotes": [{"kind": "rumour", "start": 0, "end": 1}]}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Metrics
//!
//! Spans are compared after [`trim_span`]: quotation marks, punctuation and
//! blanks at either end, and a leading `that `, are not content. Every
//! metric pairs gold and predicted quotations one to one, greedily, best
//! pair first.
//!
//! | [`Metric`] | a prediction matches a gold quotation when | `score.py` name |
//! |---|---|---|
//! | `lenient` | their trimmed spans overlap by at least half of their union | detection |
//! | `exact` | they are a `lenient` pair with equal trimmed spans | strict |
//! | `end_to_end` | they are a `lenient` pair and the speaker is right | end-to-end |
//! | `overlap_0.3` | their intersection is at least 30% of the trimmed gold span | — |
//! | `overlap_0.8` | their intersection is at least 80% of the trimmed gold span | — |
//!
//! The speaker is right when the gold has none and neither has the
//! prediction; or when the predicted mention overlaps one of the gold's
//! [speaker spans](GoldQuote::speaker_spans); or when the predicted name,
//! normalised by [`normalize_name`], equals the gold speaker or one of its
//! [aliases](GoldDoc::aliases); or when the two share a last word longer
//! than two characters (`Mr Roe` and `Jane Roe`).
//!
//! A gold quotation marked [optional](GoldQuote::is_optional) is neither
//! required nor penalised: it does not count as gold, and a prediction
//! matched to it does not count as predicted. Precision is `tp / predicted`
//! (1 when nothing was predicted and nothing was expected, else 0), recall
//! is `tp / gold` (1 when nothing was expected), and F1 their harmonic
//! mean; see [`Counts`].
//!
//! # Speakers by rule
//!
//! Every lenient match also counts, with whether its speaker is right,
//! under the [rule](crate::RuleId) that produced the prediction
//! ([`Summary::by_rule`]) and under the kind of mention that named the
//! speaker ([`Summary::by_mention`]: a name, a description, a pronoun or
//! none). Each breakdown adds up to the lenient and end-to-end true
//! positives, so a wrong speaker is traceable to the rule that picked it.
//!
//! # Agreement with `score.py`
//!
//! The [`Metric::Lenient`], [`Metric::Exact`] and [`Metric::EndToEnd`]
//! counts of a [`Summary`], [`Summary::kind_ok`] and the `gold`, `found`
//! and `found_with_speaker` counts of [`Summary::by_kind`] are exactly
//! `score.py`'s `match`, `strict`, `e2e`, `kind_ok` and `recall_by_kind`,
//! with the same precision, recall and F1 conventions. Names are normalised
//! with the same character classes (Unicode letters, numbers and `_` are
//! kept, other non-blank characters dropped); only the Unicode version of
//! the tables can differ. Spans that split a character are the one
//! deliberate difference: see [`trim_span`].
//!
//! # PolNeAR's own files
//!
//! [`polnear::gold_from_brat`] reads the public PolNeAR corpus's brat
//! annotations (`.ann`) into a [`GoldDoc`], with no conversion step.

pub mod polnear;

use crate::{Document, Quote, QuoteKind, RuleId, Span};
use once_cell::sync::Lazy;
use regex::Regex;
use serde::de::{self, Deserializer};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The characters [`trim_span`] strips from both ends of a span: blanks,
/// quotation marks of every style, and punctuation.
///
/// ```
/// use quote_attribution::eval::TRIM_CHARS;
/// assert_eq!("«Oui !» ".trim_matches(TRIM_CHARS), "Oui");
/// assert!(!TRIM_CHARS.contains(&'('));
/// ```
pub const TRIM_CHARS: &[char] = &[
    ' ', '\t', '\r', '\n', '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', ',', '.',
    ';', ':', '!', '?', '–', '—', '-',
];

/// One annotated document: its gold quotations and its speakers' aliases.
///
/// Deserialize it from a gold file (see the [module
/// documentation](self#gold-files)); the annotated text is read separately,
/// from [`GoldDoc::text_file`], relative to the gold file. Or build one in
/// code:
///
/// ```
/// use quote_attribution::eval::{GoldDoc, GoldQuote};
/// use quote_attribution::QuoteKind;
///
/// let mut gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..17, Some("Jane Roe"))]);
/// gold.add_alias("Jane Roe", "Ms Roe");
/// assert_eq!(gold.quotes().len(), 1);
/// assert_eq!(gold.aliases("Jane Roe"), ["Ms Roe"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GoldDoc {
    #[serde(default)]
    text_file: Option<String>,
    #[serde(default)]
    speakers: BTreeMap<String, Vec<String>>,
    quotes: Vec<GoldQuote>,
}

impl GoldDoc {
    /// A gold annotation holding `quotes`, with no aliases and no text file.
    ///
    /// ```
    /// use quote_attribution::eval::GoldDoc;
    /// let gold = GoldDoc::new(vec![]);
    /// assert!(gold.quotes().is_empty() && gold.text_file().is_none());
    /// ```
    pub fn new(quotes: Vec<GoldQuote>) -> GoldDoc {
        GoldDoc {
            quotes,
            ..GoldDoc::default()
        }
    }

    /// The annotated text file, relative to the gold file, when the gold
    /// names one.
    ///
    /// ```
    /// use quote_attribution::eval::GoldDoc;
    /// let gold: GoldDoc = serde_json::from_str(r#"{"text_file": "a.txt", "quotes": []}"#)?;
    /// assert_eq!(gold.text_file(), Some("a.txt"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn text_file(&self) -> Option<&str> {
        self.text_file.as_deref()
    }

    /// The gold quotations, required and optional, in the gold's order.
    /// Indices into this slice identify gold quotations in a [`DocScore`].
    ///
    /// ```
    /// use quote_attribution::eval::{GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Mixed, 0..9, None)]);
    /// assert_eq!(gold.quotes()[0].kind(), QuoteKind::Mixed);
    /// ```
    pub fn quotes(&self) -> &[GoldQuote] {
        &self.quotes
    }

    /// The aliases of a canonical speaker name (empty when the gold lists
    /// none). A predicted name equal to one of them, after
    /// [`normalize_name`], names that speaker.
    ///
    /// ```
    /// use quote_attribution::eval::GoldDoc;
    /// let gold: GoldDoc = serde_json::from_str(
    ///     r#"{"speakers": {"Jane Roe": ["Ms Roe", "the mayor"]}, "quotes": []}"#,
    /// )?;
    /// assert_eq!(gold.aliases("Jane Roe"), ["Ms Roe", "the mayor"]);
    /// assert!(gold.aliases("John Doe").is_empty());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn aliases(&self, speaker: &str) -> &[String] {
        self.speakers.get(speaker).map_or(&[], Vec::as_slice)
    }

    /// Adds `alias` to the aliases of the canonical name `speaker`.
    ///
    /// ```
    /// use quote_attribution::eval::GoldDoc;
    /// let mut gold = GoldDoc::new(vec![]);
    /// gold.add_alias("Jane Roe", "Ms Roe").add_alias("Jane Roe", "the mayor");
    /// assert_eq!(gold.aliases("Jane Roe"), ["Ms Roe", "the mayor"]);
    /// ```
    pub fn add_alias(&mut self, speaker: &str, alias: &str) -> &mut GoldDoc {
        self.speakers
            .entry(speaker.to_string())
            .or_default()
            .push(alias.to_string());
        self
    }
}

/// One gold quotation.
///
/// ```
/// use quote_attribution::eval::GoldQuote;
/// use quote_attribution::{QuoteKind, Span};
///
/// let mut q = GoldQuote::new(QuoteKind::Direct, 3..17, Some("Jane Roe"));
/// q.set_id("q1").add_speaker_span(Span::new(20, 26));
/// assert_eq!((q.kind(), q.span()), (QuoteKind::Direct, Span::new(3, 17)));
/// assert_eq!((q.id(), q.speaker()), (Some("q1"), Some("Jane Roe")));
/// assert!(!q.is_optional());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct GoldQuote {
    #[serde(default)]
    id: Option<String>,
    #[serde(deserialize_with = "kind_from_name")]
    kind: QuoteKind,
    start: usize,
    end: usize,
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    cue: Option<String>,
    #[serde(default, deserialize_with = "spans_from_pairs")]
    speaker_spans: Vec<Span>,
    #[serde(default)]
    optional: bool,
}

/// A kind as gold files spell it (`QuoteKind::as_str`).
fn kind_from_name<'de, D: Deserializer<'de>>(d: D) -> Result<QuoteKind, D::Error> {
    const NAMES: &[&str] = &["direct", "mixed", "indirect"];
    let name = std::borrow::Cow::<str>::deserialize(d)?;
    [QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect]
        .into_iter()
        .find(|k| k.as_str() == name)
        .ok_or_else(|| de::Error::unknown_variant(&name, NAMES))
}

/// `[[start, end], …]` as spans.
fn spans_from_pairs<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Span>, D::Error> {
    let pairs = Vec::<(usize, usize)>::deserialize(d)?;
    Ok(pairs.into_iter().map(|(s, e)| Span::new(s, e)).collect())
}

impl GoldQuote {
    /// A required gold quotation with the given kind, content span and
    /// speaker; it has no id, content, cue or speaker spans.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::{QuoteKind, Span};
    /// let q = GoldQuote::new(QuoteKind::Indirect, Span::new(10, 40), None);
    /// assert_eq!(q.speaker(), None);
    /// assert_eq!(q, GoldQuote::new(QuoteKind::Indirect, 10..40, None));
    /// ```
    pub fn new(kind: QuoteKind, span: impl Into<Span>, speaker: Option<&str>) -> GoldQuote {
        let span = span.into();
        GoldQuote {
            id: None,
            kind,
            start: span.start(),
            end: span.end(),
            content: None,
            speaker: speaker.map(str::to_string),
            cue: None,
            speaker_spans: Vec::new(),
            optional: false,
        }
    }

    /// An identifier for reports (`"q7"`), when the gold gives one.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::QuoteKind;
    /// let mut q = GoldQuote::new(QuoteKind::Direct, 0..5, None);
    /// assert_eq!(q.id(), None);
    /// q.set_id("q7");
    /// assert_eq!(q.id(), Some("q7"));
    /// ```
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// Direct, mixed or indirect.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::QuoteKind;
    /// assert_eq!(GoldQuote::new(QuoteKind::Mixed, 0..5, None).kind(), QuoteKind::Mixed);
    /// ```
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The byte span of the content in the annotated text, as the gold
    /// gives it (before [`trim_span`]). Gold offsets are not checked
    /// against any text: scoring clamps them to it.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::{QuoteKind, Span};
    /// let text = "“Fine,” Ms Roe said.";
    /// let q = GoldQuote::new(QuoteKind::Direct, 0..11, None);
    /// assert_eq!(&text[q.span()], "“Fine,”");
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The content, `text[start..end]`, when the gold repeats it.
    ///
    /// ```
    /// use quote_attribution::eval::GoldDoc;
    /// let gold: GoldDoc = serde_json::from_str(
    ///     r#"{"quotes": [{"kind": "direct", "start": 3, "end": 8, "content": "Fine,"}]}"#,
    /// )?;
    /// assert_eq!(gold.quotes()[0].content(), Some("Fine,"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn content(&self) -> Option<&str> {
        self.content.as_deref()
    }

    /// The speaker: a canonical name (the reference article), or the source
    /// mention as written (PolNeAR); `None` when the quotation has no
    /// speaker.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::QuoteKind;
    /// let q = GoldQuote::new(QuoteKind::Direct, 0..5, Some("Jane Roe"));
    /// assert_eq!(q.speaker(), Some("Jane Roe"));
    /// ```
    pub fn speaker(&self) -> Option<&str> {
        self.speaker.as_deref()
    }

    /// The cue as the gold writes it (`said`, `has announced`, `according
    /// to`), when it gives one. Scoring does not use it.
    ///
    /// ```
    /// use quote_attribution::eval::GoldDoc;
    /// let gold: GoldDoc = serde_json::from_str(
    ///     r#"{"quotes": [{"kind": "indirect", "start": 0, "end": 9, "cue": "according to"}]}"#,
    /// )?;
    /// assert_eq!(gold.quotes()[0].cue(), Some("according to"));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn cue(&self) -> Option<&str> {
        self.cue.as_deref()
    }

    /// Byte spans of the source mention(s) (`[[start, end], …]` in the
    /// gold): a predicted mention overlapping one of them names the right
    /// speaker, whatever the names.
    ///
    /// ```
    /// use quote_attribution::eval::GoldDoc;
    /// use quote_attribution::Span;
    /// let gold: GoldDoc = serde_json::from_str(
    ///     r#"{"quotes": [{"kind": "direct", "start": 3, "end": 8, "speaker_spans": [[12, 18]]}]}"#,
    /// )?;
    /// assert_eq!(gold.quotes()[0].speaker_spans(), [Span::new(12, 18)]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn speaker_spans(&self) -> &[Span] {
        &self.speaker_spans
    }

    /// Whether the quotation is optional: neither required nor penalised.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::QuoteKind;
    /// let mut q = GoldQuote::new(QuoteKind::Indirect, 0..5, None);
    /// assert!(!q.is_optional());
    /// q.set_optional(true);
    /// assert!(q.is_optional());
    /// ```
    pub fn is_optional(&self) -> bool {
        self.optional
    }

    /// Sets the identifier used in reports.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::QuoteKind;
    /// let mut q = GoldQuote::new(QuoteKind::Direct, 0..5, None);
    /// assert_eq!(q.set_id("q1").id(), Some("q1"));
    /// ```
    pub fn set_id(&mut self, id: &str) -> &mut GoldQuote {
        self.id = Some(id.to_string());
        self
    }

    /// Sets the cue text (`said`, `according to`).
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::QuoteKind;
    /// let mut q = GoldQuote::new(QuoteKind::Direct, 0..5, None);
    /// assert_eq!(q.set_cue("said").cue(), Some("said"));
    /// ```
    pub fn set_cue(&mut self, cue: &str) -> &mut GoldQuote {
        self.cue = Some(cue.to_string());
        self
    }

    /// Makes the quotation optional (`true`) or required (`false`).
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::QuoteKind;
    /// let mut q = GoldQuote::new(QuoteKind::Indirect, 0..5, None);
    /// assert!(q.set_optional(true).is_optional());
    /// ```
    pub fn set_optional(&mut self, yes: bool) -> &mut GoldQuote {
        self.optional = yes;
        self
    }

    /// Adds a span where the source mention stands.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// use quote_attribution::{QuoteKind, Span};
    /// let mut q = GoldQuote::new(QuoteKind::Direct, 3..8, Some("he"));
    /// q.add_speaker_span(Span::new(11, 13));
    /// assert_eq!(q.speaker_spans(), [Span::new(11, 13)]);
    /// ```
    pub fn add_speaker_span(&mut self, span: Span) -> &mut GoldQuote {
        self.speaker_spans.push(span);
        self
    }
}

/// One predicted quotation, as the scorer sees it.
///
/// Build them from a parsed [`Document`] with [`Predicted::from_document`],
/// or by hand to score another system's output.
///
/// ```
/// use quote_attribution::eval::Predicted;
/// use quote_attribution::{QuoteKind, Span};
///
/// let mut p = Predicted::new(QuoteKind::Direct, Span::new(3, 17), Some("Jane Roe"));
/// p.set_mention(Span::new(20, 26));
/// assert_eq!(p.span().len(), 14);
/// assert_eq!((p.speaker(), p.mention()), (Some("Jane Roe"), Some(Span::new(20, 26))));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Predicted {
    kind: QuoteKind,
    span: Span,
    speaker: Option<String>,
    mention: Option<Span>,
    rule: Option<RuleId>,
    mention_class: MentionClass,
}

impl Predicted {
    /// A prediction with the given kind, content span and speaker name, no
    /// speaker mention and no rule; its [mention class](Predicted::mention_class)
    /// is that of the speaker's name.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Indirect, Span::new(18, 43), None);
    /// assert_eq!((p.speaker(), p.mention(), p.rule()), (None, None, None));
    /// ```
    pub fn new(kind: QuoteKind, span: Span, speaker: Option<&str>) -> Predicted {
        Predicted {
            kind,
            span,
            speaker: speaker.map(str::to_string),
            mention: None,
            rule: None,
            mention_class: MentionClass::of(speaker),
        }
    }

    /// The prediction for one quotation of the library's output: its kind,
    /// span, speaker name, speaker mention, rule, and the class of the
    /// mention.
    ///
    /// ```
    /// use quote_attribution::eval::{MentionClass, Predicted};
    /// use quote_attribution::{QuoteKind, RuleId, Span};
    /// let doc = quote_attribution::parse("“Fine,” Ms Roe said.");
    /// let p = Predicted::from_quote(&doc.quotes()[0]);
    /// assert_eq!(p.kind(), QuoteKind::Direct);
    /// assert_eq!(p.speaker(), Some("Roe"));
    /// assert_eq!(p.mention(), Some(Span::new(12, 18))); // "Ms Roe"
    /// assert_eq!(p.rule(), Some(RuleId::QuoteNameSaid));
    /// assert_eq!(p.mention_class(), MentionClass::Name);
    /// ```
    pub fn from_quote(quote: &Quote<'_>) -> Predicted {
        Predicted {
            kind: quote.kind(),
            span: quote.span(),
            speaker: quote.speaker().map(|s| s.name().to_string()),
            mention: quote.speaker().map(|s| s.mention().span()),
            rule: Some(quote.rule()),
            mention_class: MentionClass::of(quote.speaker().map(|s| s.mention().text())),
        }
    }

    /// The predictions for every quotation of a document, in order.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::QuoteKind;
    /// let doc = quote_attribution::parse("“Yes,” he said. She said it rained.");
    /// let kinds: Vec<QuoteKind> = Predicted::from_document(&doc).iter().map(|p| p.kind()).collect();
    /// assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect]);
    /// ```
    pub fn from_document(doc: &Document<'_>) -> Vec<Predicted> {
        doc.quotes().iter().map(Predicted::from_quote).collect()
    }

    /// Direct, mixed or indirect.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::{QuoteKind, Span};
    /// assert_eq!(Predicted::new(QuoteKind::Mixed, Span::new(0, 4), None).kind(), QuoteKind::Mixed);
    /// ```
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The byte span of the content. A span that ends past the text matches
    /// nothing and counts as spurious.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::{QuoteKind, Span};
    /// assert_eq!(Predicted::new(QuoteKind::Direct, Span::new(3, 8), None).span(), Span::new(3, 8));
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The speaker's name, when there is one.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 8), Some("Jane Roe"));
    /// assert_eq!(p.speaker(), Some("Jane Roe"));
    /// ```
    pub fn speaker(&self) -> Option<&str> {
        self.speaker.as_deref()
    }

    /// The byte span of the mention that names the speaker, when known.
    /// A mention overlapping one of the gold's
    /// [speaker spans](GoldQuote::speaker_spans) names the right speaker.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::{QuoteKind, Span};
    /// let mut p = Predicted::new(QuoteKind::Direct, Span::new(3, 8), Some("Jane Roe"));
    /// assert_eq!(p.mention(), None);
    /// assert_eq!(p.set_mention(Span::new(11, 13)).mention(), Some(Span::new(11, 13)));
    /// ```
    pub fn mention(&self) -> Option<Span> {
        self.mention
    }

    /// Sets the span of the mention that names the speaker.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::{QuoteKind, Span};
    /// let mut p = Predicted::new(QuoteKind::Direct, Span::new(3, 8), Some("she"));
    /// p.set_mention(Span::new(11, 14));
    /// assert_eq!(p.mention(), Some(Span::new(11, 14)));
    /// ```
    pub fn set_mention(&mut self, mention: Span) -> &mut Predicted {
        self.mention = Some(mention);
        self
    }

    /// The rule that produced the prediction, when known (always for
    /// [`Predicted::from_quote`]).
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::RuleId;
    /// let doc = quote_attribution::parse("She said it rained.");
    /// let p = Predicted::from_quote(&doc.quotes()[0]);
    /// assert_eq!(p.rule(), Some(RuleId::NameSaidClause));
    /// ```
    pub fn rule(&self) -> Option<RuleId> {
        self.rule
    }

    /// Sets the rule that produced the prediction.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// use quote_attribution::{QuoteKind, RuleId, Span};
    /// let mut p = Predicted::new(QuoteKind::Direct, Span::new(3, 8), Some("she"));
    /// p.set_rule(RuleId::QuoteNameSaid);
    /// assert_eq!(p.rule(), Some(RuleId::QuoteNameSaid));
    /// ```
    pub fn set_rule(&mut self, rule: RuleId) -> &mut Predicted {
        self.rule = Some(rule);
        self
    }

    /// What kind of mention named the speaker (see [`MentionClass::of`]).
    ///
    /// ```
    /// use quote_attribution::eval::{MentionClass, Predicted};
    /// let doc = quote_attribution::parse("Jo Roe arrived. “Yes,” she said.");
    /// let p = Predicted::from_quote(&doc.quotes()[0]);
    /// assert_eq!((p.speaker(), p.mention_class()), (Some("Jo Roe"), MentionClass::Pronoun));
    /// ```
    pub fn mention_class(&self) -> MentionClass {
        self.mention_class
    }

    /// Sets the kind of mention that named the speaker.
    ///
    /// ```
    /// use quote_attribution::eval::{MentionClass, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let mut p = Predicted::new(QuoteKind::Direct, Span::new(3, 8), Some("Jo Roe"));
    /// assert_eq!(p.mention_class(), MentionClass::Name);
    /// p.set_mention_class(MentionClass::Pronoun);
    /// assert_eq!(p.mention_class(), MentionClass::Pronoun);
    /// ```
    pub fn set_mention_class(&mut self, class: MentionClass) -> &mut Predicted {
        self.mention_class = class;
        self
    }
}

/// How a predicted speaker was named where the rule found it: by a name,
/// a description, a pronoun, or not at all.
///
/// ```
/// use quote_attribution::eval::MentionClass;
/// assert_eq!(MentionClass::of(Some("Ms Roe")), MentionClass::Name);
/// assert_eq!(MentionClass::of(Some("the mayor")), MentionClass::Nominal);
/// assert_eq!(MentionClass::of(Some("she")), MentionClass::Pronoun);
/// assert_eq!(MentionClass::of(None), MentionClass::None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionClass {
    /// `Jane Roe`, `Ms Roe`, `the Courier`'s `Courier`.
    Name = 0,
    /// `the mayor`, `officials`, `a spokesman for the council`.
    Nominal = 1,
    /// `she`, `they`, `who`.
    Pronoun = 2,
    /// No speaker.
    None = 3,
}

impl MentionClass {
    /// Every class, in the order of the type.
    ///
    /// ```
    /// use quote_attribution::eval::MentionClass;
    /// assert_eq!(MentionClass::ALL.len(), 4);
    /// assert_eq!(MentionClass::ALL[0], MentionClass::Name);
    /// ```
    pub const ALL: [MentionClass; 4] = [
        MentionClass::Name,
        MentionClass::Nominal,
        MentionClass::Pronoun,
        MentionClass::None,
    ];

    /// The class of a mention's text: a pronoun when it is one word of the
    /// library's pronoun list; a description when it starts with a
    /// determiner or ends with a word in lower case; else a name. No
    /// mention, or a blank one, is [`MentionClass::None`].
    ///
    /// ```
    /// use quote_attribution::eval::MentionClass;
    /// assert_eq!(MentionClass::of(Some("They")), MentionClass::Pronoun);
    /// assert_eq!(MentionClass::of(Some("The Prime Minister")), MentionClass::Nominal);
    /// assert_eq!(MentionClass::of(Some("officials")), MentionClass::Nominal);
    /// assert_eq!(MentionClass::of(Some("Prime Minister Jo Roe")), MentionClass::Name);
    /// assert_eq!(MentionClass::of(Some(" ")), MentionClass::None);
    /// ```
    pub fn of(mention: Option<&str>) -> MentionClass {
        let words: Vec<&str> = mention
            .unwrap_or("")
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return MentionClass::None;
        };
        if words.len() == 1 && crate::lexicon::is_pronoun(first) {
            MentionClass::Pronoun
        } else if crate::lexicon::is_determiner(first)
            || !last.chars().next().is_some_and(char::is_uppercase)
        {
            MentionClass::Nominal
        } else {
            MentionClass::Name
        }
    }

    /// The class's name, as a key of the JSON summary.
    ///
    /// ```
    /// assert_eq!(quote_attribution::eval::MentionClass::Nominal.name(), "nominal");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            MentionClass::Name => "name",
            MentionClass::Nominal => "nominal",
            MentionClass::Pronoun => "pronoun",
            MentionClass::None => "none",
        }
    }
}

impl From<&Quote<'_>> for Predicted {
    fn from(quote: &Quote<'_>) -> Predicted {
        Predicted::from_quote(quote)
    }
}

/// The largest character boundary of `text` at or below `i` (`i` at most
/// `text.len()`).
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary of `text` at or above `i` (`i` at most
/// `text.len()`).
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The span `start..end` of `text` without quotation marks, punctuation and
/// blanks ([`TRIM_CHARS`]) at either end, nor a leading `that ` (any case):
/// `said that X` and `said X` report the same content.
///
/// The result always lies inside `text` on character boundaries, so
/// `&text[trim_span(text, start, end)]` never panics, whatever the offsets:
///
/// - offsets past the end of the text are clamped to it;
/// - a span that splits a character is first narrowed to the whole
///   characters inside it (a part of a character is not content);
/// - an empty or reversed span gives an empty span at its (clamped,
///   narrowed) start.
///
/// On spans that lie on character boundaries, as every gold span and every
/// span the library reports does, this is exactly `score.py`'s trimming.
/// (`score.py` decodes the bytes of a split character as replacement
/// characters of three bytes each, which can end past the text.)
///
/// ```
/// use quote_attribution::{eval::trim_span, Span};
/// let text = "She said that the talks failed.";
/// let s = trim_span(text, 9, text.len());
/// assert_eq!(&text[s], "the talks failed");
/// assert_eq!(trim_span(text, 3, 3), Span::new(3, 3));
/// assert_eq!(trim_span(text, 50, 60), Span::new(text.len(), text.len()));
///
/// // “é” is bytes 0..3, 3..5 and 5..8: byte 4 splits the “é”.
/// let quoted = "“é”";
/// assert_eq!(trim_span(quoted, 0, 4), Span::new(3, 3));
/// assert_eq!(trim_span(quoted, 0, quoted.len()), Span::new(3, 5));
/// ```
pub fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let lo = ceil_boundary(text, start.min(text.len()));
    let hi = floor_boundary(text, end.min(text.len()));
    if hi <= lo {
        return Span::new(lo, lo);
    }
    let t = &text[lo..hi];
    let rest = t.trim_start_matches(TRIM_CHARS);
    let mut lead = t.len() - rest.len();
    let mut core = rest.trim_end_matches(TRIM_CHARS);
    // `score.py` compares the first five characters, lowercased, with
    // "that "; no character outside ASCII lowercases to one of those five,
    // so an ASCII comparison of five bytes is the same test.
    if core
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("that "))
    {
        lead += 5;
        core = &core[5..];
    }
    Span::new(lo + lead, lo + lead + core.len())
}

/// A speaker name as the scorer compares it: characters other than
/// letters, numbers, `_` and blanks removed, blanks collapsed to one space,
/// trimmed, lowercased.
///
/// ```
/// use quote_attribution::eval::normalize_name;
/// assert_eq!(normalize_name("  Mr.  O'Brien-Smith "), "mr obriensmith");
/// assert_eq!(normalize_name("Prime Minister\nJane Roe"), "prime minister jane roe");
/// ```
pub fn normalize_name(name: &str) -> String {
    // Python's `\w` (letters, numbers, `_`) and `\s` (which adds the
    // separators U+001C..U+001F to Unicode's White_Space).
    static DROP: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"[^\p{L}\p{N}_\s\x1C-\x1F]").expect("valid regex"));
    static BLANKS: Lazy<Regex> = Lazy::new(|| Regex::new(r"[\s\x1C-\x1F]+").expect("valid regex"));
    let kept = DROP.replace_all(name, "");
    let spaced = BLANKS.replace_all(&kept, " ");
    spaced
        .trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
        .to_lowercase()
}

/// Whether a predicted speaker is right for a gold quotation (see the
/// [module documentation](self#metrics)).
fn speaker_ok(
    pred: Option<&str>,
    gold: Option<&str>,
    aliases: &[String],
    pred_mention: Option<Span>,
    gold_spans: &[Span],
) -> bool {
    let Some(gold) = gold else {
        return pred.is_none();
    };
    let Some(pred) = pred else {
        return false;
    };
    if let Some(m) = pred_mention {
        if gold_spans
            .iter()
            .any(|s| m.start().max(s.start()) < m.end().min(s.end()))
        {
            return true;
        }
    }
    let p = normalize_name(pred);
    let g = normalize_name(gold);
    if p == g || aliases.iter().any(|a| normalize_name(a) == p) {
        return true;
    }
    match (p.split_whitespace().last(), g.split_whitespace().last()) {
        (Some(pl), Some(gl)) => pl == gl && pl.chars().count() > 2,
        _ => false,
    }
}

/// The counts behind one metric: gold quotations required, predictions
/// counted, and true positives.
///
/// ```
/// use quote_attribution::eval::Counts;
/// let c = Counts::new(10, 8, 6);
/// assert_eq!((c.gold(), c.pred(), c.tp()), (10, 8, 6));
/// assert_eq!(c.precision(), 0.75);
/// assert_eq!(c.recall(), 0.6);
/// assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    gold: usize,
    pred: usize,
    tp: usize,
}

impl Counts {
    /// Counts of `gold` required gold quotations, `pred` counted
    /// predictions and `tp` true positives, in that order.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 3, 2).tp(), 2);
    /// ```
    pub fn new(gold: usize, pred: usize, tp: usize) -> Counts {
        Counts { gold, pred, tp }
    }

    /// Gold quotations that are not optional.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 3, 2).gold(), 4);
    /// ```
    pub fn gold(&self) -> usize {
        self.gold
    }

    /// Predictions, less those matched to an optional gold quotation.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 3, 2).pred(), 3);
    /// ```
    pub fn pred(&self) -> usize {
        self.pred
    }

    /// Matched pairs that satisfy the metric.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 3, 2).tp(), 2);
    /// ```
    pub fn tp(&self) -> usize {
        self.tp
    }

    /// `tp / pred`; with no prediction, 1 if nothing was expected, else 0.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(0, 0, 0).precision(), 1.0);
    /// assert_eq!(Counts::new(3, 0, 0).precision(), 0.0);
    /// ```
    pub fn precision(&self) -> f64 {
        if self.pred > 0 {
            self.tp as f64 / self.pred as f64
        } else if self.gold == 0 {
            1.0
        } else {
            0.0
        }
    }

    /// `tp / gold`; 1 when nothing was expected.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 2, 1).recall(), 0.25);
    /// assert_eq!(Counts::new(0, 2, 0).recall(), 1.0);
    /// ```
    pub fn recall(&self) -> f64 {
        if self.gold > 0 {
            self.tp as f64 / self.gold as f64
        } else {
            1.0
        }
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(2, 2, 2).f1(), 1.0);
    /// assert_eq!(Counts::new(2, 2, 0).f1(), 0.0);
    /// ```
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// Precision, recall and F1 together.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// let prf = Counts::new(4, 4, 2).prf();
    /// assert_eq!((prf.precision(), prf.recall(), prf.f1()), (0.5, 0.5, 0.5));
    /// ```
    pub fn prf(&self) -> Prf {
        Prf {
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
        }
    }

    fn merge(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.pred += other.pred;
        self.tp += other.tp;
    }
}

/// Serialized as `{gold, pred, tp, precision, recall, f1}`.
impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Counts", 6)?;
        st.serialize_field("gold", &self.gold)?;
        st.serialize_field("pred", &self.pred)?;
        st.serialize_field("tp", &self.tp)?;
        st.serialize_field("precision", &self.precision())?;
        st.serialize_field("recall", &self.recall())?;
        st.serialize_field("f1", &self.f1())?;
        st.end()
    }
}

/// Precision, recall and F1 of one metric, from [`Counts::prf`] or
/// [`Summary::prf`].
///
/// ```
/// use quote_attribution::eval::Counts;
/// let prf = Counts::new(1, 1, 1).prf();
/// assert_eq!((prf.precision(), prf.recall(), prf.f1()), (1.0, 1.0, 1.0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    precision: f64,
    recall: f64,
    f1: f64,
}

impl Prf {
    /// The share of predictions that are right.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 2, 1).prf().precision(), 0.5);
    /// ```
    pub fn precision(&self) -> f64 {
        self.precision
    }

    /// The share of gold quotations found.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 2, 1).prf().recall(), 0.25);
    /// ```
    pub fn recall(&self) -> f64 {
        self.recall
    }

    /// The harmonic mean of precision and recall.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts::new(4, 4, 3).prf().f1(), 0.75);
    /// ```
    pub fn f1(&self) -> f64 {
        self.f1
    }
}

/// The counts for one kind of quotation, from [`Summary::by_kind`].
///
/// Gold counts (`gold`, `found`, `found_with_speaker`) go by the gold
/// quotation's kind, whatever the kind of the prediction that found it;
/// `predicted` goes by the prediction's kind, and `correct` needs both.
///
/// ```
/// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
/// use quote_attribution::{QuoteKind, Span};
///
/// let text = "She said the talks had failed and the plan was dead.";
/// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Indirect, 9..51, Some("she"))]);
/// // Found, with the right speaker, but called mixed.
/// let p = Predicted::new(QuoteKind::Mixed, Span::new(9, 51), Some("she"));
/// let s = score(&gold, text, &[p]);
/// let indirect = s.summary().by_kind(QuoteKind::Indirect);
/// assert_eq!((indirect.gold(), indirect.found(), indirect.found_with_speaker()), (1, 1, 1));
/// assert_eq!((indirect.predicted(), indirect.correct()), (0, 0));
/// assert_eq!(s.summary().by_kind(QuoteKind::Mixed).predicted(), 1);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindCounts {
    gold: usize,
    found: usize,
    found_with_speaker: usize,
    predicted: usize,
    correct: usize,
}

impl KindCounts {
    /// Required gold quotations of this kind.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// let s = score(&gold, "“Yes,” he said.", &[]);
    /// assert_eq!(s.summary().by_kind(QuoteKind::Direct).gold(), 1);
    /// ```
    pub fn gold(&self) -> usize {
        self.gold
    }

    /// Of the required gold quotations of this kind, how many a prediction
    /// matched (lenient), whatever the prediction's kind.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// let p = Predicted::new(QuoteKind::Mixed, Span::new(3, 7), None);
    /// let s = score(&gold, "“Yes,” he said.", &[p]);
    /// assert_eq!(s.summary().by_kind(QuoteKind::Direct).found(), 1);
    /// ```
    pub fn found(&self) -> usize {
        self.found
    }

    /// Of those found, how many with the right speaker.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"))]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("Alice"));
    /// let s = score(&gold, "“Yes,” he said.", &[p]);
    /// let k = s.summary().by_kind(QuoteKind::Direct);
    /// assert_eq!((k.found(), k.found_with_speaker()), (1, 0));
    /// ```
    pub fn found_with_speaker(&self) -> usize {
        self.found_with_speaker
    }

    /// Predictions of this kind, less those matched to optional gold.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// let s = score(&GoldDoc::default(), "“Yes,” he said.", &[p]);
    /// assert_eq!(s.summary().by_kind(QuoteKind::Direct).predicted(), 1);
    /// ```
    pub fn predicted(&self) -> usize {
        self.predicted
    }

    /// Lenient pairs where gold and prediction both have this kind.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// let s = score(&gold, "“Yes,” he said.", &[p]);
    /// assert_eq!(s.summary().by_kind(QuoteKind::Direct).correct(), 1);
    /// ```
    pub fn correct(&self) -> usize {
        self.correct
    }

    /// `found / gold` (1 when there is no gold of this kind): `score.py`'s
    /// recall by kind.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let text = "“Yes,” he said. “No,” she said.";
    /// let gold = GoldDoc::new(vec![
    ///     GoldQuote::new(QuoteKind::Direct, 3..6, None),
    ///     GoldQuote::new(QuoteKind::Direct, 23..25, None),
    /// ]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// let s = score(&gold, text, &[p]);
    /// assert_eq!(s.summary().by_kind(QuoteKind::Direct).recall(), 0.5);
    /// ```
    pub fn recall(&self) -> f64 {
        Counts::new(self.gold, 0, self.found).recall()
    }

    /// `found_with_speaker / gold` (1 when there is no gold of this kind).
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let text = "“Yes,” he said. “No,” she said.";
    /// let gold = GoldDoc::new(vec![
    ///     GoldQuote::new(QuoteKind::Direct, 3..6, Some("he")),
    ///     GoldQuote::new(QuoteKind::Direct, 23..25, Some("she")),
    /// ]);
    /// let p = [
    ///     Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("he")),
    ///     Predicted::new(QuoteKind::Direct, Span::new(23, 26), None),
    /// ];
    /// let k = score(&gold, text, &p).summary().by_kind(QuoteKind::Direct);
    /// assert_eq!((k.recall(), k.recall_with_speaker()), (1.0, 0.5));
    /// ```
    pub fn recall_with_speaker(&self) -> f64 {
        Counts::new(self.gold, 0, self.found_with_speaker).recall()
    }

    /// Detection that also requires the right kind: a lenient pair counts
    /// only when the prediction has this kind too, and precision is over
    /// the predictions of this kind.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let text = "“Yes,” he said. “No,” she said.";
    /// let gold = GoldDoc::new(vec![
    ///     GoldQuote::new(QuoteKind::Direct, 3..6, None),
    ///     GoldQuote::new(QuoteKind::Direct, 23..25, None),
    /// ]);
    /// let p = [
    ///     Predicted::new(QuoteKind::Direct, Span::new(3, 7), None),
    ///     Predicted::new(QuoteKind::Mixed, Span::new(23, 26), None),
    /// ];
    /// let typed = score(&gold, text, &p).summary().by_kind(QuoteKind::Direct).typed();
    /// assert_eq!((typed.gold(), typed.pred(), typed.tp()), (2, 1, 1));
    /// assert_eq!((typed.precision(), typed.recall()), (1.0, 0.5));
    /// ```
    pub fn typed(&self) -> Counts {
        Counts::new(self.gold, self.predicted, self.correct)
    }

    fn merge(&mut self, other: &KindCounts) {
        self.gold += other.gold;
        self.found += other.found;
        self.found_with_speaker += other.found_with_speaker;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
}

/// Serialized as its counts plus `recall`, `recall_with_speaker` and
/// `typed` (the [`Counts`] of [`KindCounts::typed`]).
impl Serialize for KindCounts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("KindCounts", 8)?;
        st.serialize_field("gold", &self.gold)?;
        st.serialize_field("found", &self.found)?;
        st.serialize_field("found_with_speaker", &self.found_with_speaker)?;
        st.serialize_field("predicted", &self.predicted)?;
        st.serialize_field("correct", &self.correct)?;
        st.serialize_field("recall", &self.recall())?;
        st.serialize_field("recall_with_speaker", &self.recall_with_speaker())?;
        st.serialize_field("typed", &self.typed())?;
        st.end()
    }
}

/// A metric of the [`Summary`] (see the [module documentation](self#metrics)).
///
/// ```
/// use quote_attribution::eval::Metric;
/// let names: Vec<&str> = Metric::ALL.iter().map(|m| m.name()).collect();
/// assert_eq!(names, ["exact", "overlap_0.3", "overlap_0.8", "lenient", "end_to_end"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    /// Equal trimmed spans (within lenient pairs): `score.py`'s strict.
    Exact,
    /// Intersection at least 30% of the trimmed gold span.
    Overlap03,
    /// Intersection at least 80% of the trimmed gold span.
    Overlap08,
    /// Overlap at least half of the union: `score.py`'s detection.
    Lenient,
    /// Lenient and the right speaker: `score.py`'s end-to-end.
    EndToEnd,
}

impl Metric {
    /// Every metric, from the strictest span criterion to span plus speaker.
    ///
    /// ```
    /// use quote_attribution::eval::Metric;
    /// assert_eq!(Metric::ALL.first(), Some(&Metric::Exact));
    /// assert_eq!(Metric::ALL.last(), Some(&Metric::EndToEnd));
    /// ```
    pub const ALL: [Metric; 5] = [
        Metric::Exact,
        Metric::Overlap03,
        Metric::Overlap08,
        Metric::Lenient,
        Metric::EndToEnd,
    ];

    /// The metric's name, as a key of the JSON summary.
    ///
    /// ```
    /// assert_eq!(quote_attribution::eval::Metric::Overlap08.name(), "overlap_0.8");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Metric::Exact => "exact",
            Metric::Overlap03 => "overlap_0.3",
            Metric::Overlap08 => "overlap_0.8",
            Metric::Lenient => "lenient",
            Metric::EndToEnd => "end_to_end",
        }
    }
}

/// Counts for every metric, for one document or added up over many.
///
/// Serialized (with `serde`) as an object whose keys are `docs`, each
/// [`Metric::name`] (each a [`Counts`] with `precision`, `recall` and
/// `f1`), `kind_ok`, `speaker_accuracy`, `by_kind` (an object keyed by
/// [`QuoteKind::as_str`], each a [`KindCounts`]), `by_cue` (keyed by
/// [`CueClass::name`]), `by_rule` (keyed by [`RuleId::as_str`], or `none`)
/// and `by_mention` (keyed by [`MentionClass::name`]), each of the last two
/// a [`SpeakerCounts`] with `matched`, `right_speaker` and `accuracy`.
///
/// ```
/// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote, Metric, Summary};
/// use quote_attribution::QuoteKind;
///
/// let text = "“Yes,” he said.";
/// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..7, None)]);
/// let one = score_document(&gold, &quote_attribution::parse(text));
/// let total: Summary = [&one, &one].into_iter().collect();
/// assert_eq!(total.docs(), 2);
/// assert_eq!(total.counts(Metric::Exact).tp(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    docs: usize,
    exact: Counts,
    overlap_0_3: Counts,
    overlap_0_8: Counts,
    lenient: Counts,
    end_to_end: Counts,
    kind_ok: usize,
    by_kind: BTreeMap<QuoteKind, KindCounts>,
    by_cue: [CueCounts; 2],
    by_rule: BTreeMap<Option<RuleId>, SpeakerCounts>,
    by_mention: [SpeakerCounts; 4],
}

impl Summary {
    /// How many documents were added up (1 for a [`DocScore`]'s summary).
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, Summary};
    /// let one = score(&GoldDoc::default(), "", &[]);
    /// assert_eq!(one.summary().docs(), 1);
    /// assert_eq!(Summary::default().docs(), 0);
    /// ```
    pub fn docs(&self) -> usize {
        self.docs
    }

    /// The counts of one metric.
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote, Metric};
    /// use quote_attribution::QuoteKind;
    /// let text = "“Yes,” he said. “No,” she said.";
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// let s = score_document(&gold, &quote_attribution::parse(text));
    /// let c = s.summary().counts(Metric::Lenient);
    /// assert_eq!((c.gold(), c.pred(), c.tp()), (1, 2, 1));
    /// ```
    pub fn counts(&self, metric: Metric) -> Counts {
        match metric {
            Metric::Exact => self.exact,
            Metric::Overlap03 => self.overlap_0_3,
            Metric::Overlap08 => self.overlap_0_8,
            Metric::Lenient => self.lenient,
            Metric::EndToEnd => self.end_to_end,
        }
    }

    /// Precision, recall and F1 of one metric.
    ///
    /// ```
    /// use quote_attribution::eval::{Metric, Summary};
    /// // Nothing expected, nothing predicted: perfect.
    /// assert_eq!(Summary::default().prf(Metric::EndToEnd).f1(), 1.0);
    /// ```
    pub fn prf(&self, metric: Metric) -> Prf {
        self.counts(metric).prf()
    }

    /// Lenient pairs whose predicted kind equals the gold kind (required
    /// gold only): `score.py`'s `kind_ok`.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// let p = Predicted::new(QuoteKind::Mixed, Span::new(3, 7), None);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[p]).summary().kind_ok(), 0);
    /// ```
    pub fn kind_ok(&self) -> usize {
        self.kind_ok
    }

    /// The counts for one kind (all zero when the kind occurs neither in
    /// the gold nor in the predictions).
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let text = "“Yes,” he said.";
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..7, None)]);
    /// let s = score_document(&gold, &quote_attribution::parse(text));
    /// assert_eq!(s.summary().by_kind(QuoteKind::Direct).recall(), 1.0);
    /// assert_eq!(s.summary().by_kind(QuoteKind::Mixed).gold(), 0);
    /// ```
    pub fn by_kind(&self, kind: QuoteKind) -> KindCounts {
        self.by_kind.get(&kind).copied().unwrap_or_default()
    }

    /// The kinds that occur in the gold (optional quotations included) or
    /// in the predictions, in [`QuoteKind`] order, with their counts.
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let text = "“Yes,” he said. She said it rained.";
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..7, None)]);
    /// let s = score_document(&gold, &quote_attribution::parse(text));
    /// let kinds: Vec<QuoteKind> = s.summary().kinds().map(|(kind, _)| kind).collect();
    /// assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect]);
    /// ```
    pub fn kinds(&self) -> impl Iterator<Item = (QuoteKind, KindCounts)> + '_ {
        self.by_kind.iter().map(|(&k, &c)| (k, c))
    }

    /// The share of lenient matches whose speaker is right (0 with no
    /// match).
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let text = "“Yes,” he said. “No,” she said.";
    /// let gold = GoldDoc::new(vec![
    ///     GoldQuote::new(QuoteKind::Direct, 3..6, Some("he")),
    ///     GoldQuote::new(QuoteKind::Direct, 23..25, Some("she")),
    /// ]);
    /// let p = [
    ///     Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("he")),
    ///     Predicted::new(QuoteKind::Direct, Span::new(23, 26), Some("he")),
    /// ];
    /// assert_eq!(score(&gold, text, &p).summary().speaker_accuracy(), 0.5);
    /// ```
    pub fn speaker_accuracy(&self) -> f64 {
        if self.lenient.tp > 0 {
            self.end_to_end.tp as f64 / self.lenient.tp as f64
        } else {
            0.0
        }
    }

    /// The share of lenient matches whose predicted kind is the gold kind
    /// ([`Summary::kind_ok`] over the lenient true positives; 0 with no
    /// match).
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let text = "“Yes,” he said. “No,” she said.";
    /// let gold = GoldDoc::new(vec![
    ///     GoldQuote::new(QuoteKind::Direct, 3..6, None),
    ///     GoldQuote::new(QuoteKind::Direct, 23..25, None),
    /// ]);
    /// let p = [
    ///     Predicted::new(QuoteKind::Direct, Span::new(3, 7), None),
    ///     Predicted::new(QuoteKind::Indirect, Span::new(23, 26), None),
    /// ];
    /// assert_eq!(score(&gold, text, &p).summary().kind_accuracy(), 0.5);
    /// ```
    pub fn kind_accuracy(&self) -> f64 {
        if self.lenient.tp > 0 {
            self.kind_ok as f64 / self.lenient.tp as f64
        } else {
            0.0
        }
    }

    /// Adds another summary's counts to this one.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Metric};
    /// use quote_attribution::QuoteKind;
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// let mut total = score(&gold, "“Yes,” he said.", &[]).summary().clone();
    /// total.merge(&total.clone());
    /// assert_eq!((total.docs(), total.counts(Metric::Lenient).gold()), (2, 2));
    /// ```
    pub fn merge(&mut self, other: &Summary) {
        self.docs += other.docs;
        self.exact.merge(&other.exact);
        self.overlap_0_3.merge(&other.overlap_0_3);
        self.overlap_0_8.merge(&other.overlap_0_8);
        self.lenient.merge(&other.lenient);
        self.end_to_end.merge(&other.end_to_end);
        self.kind_ok += other.kind_ok;
        for (k, v) in &other.by_kind {
            self.by_kind.entry(*k).or_default().merge(v);
        }
        for (a, b) in self.by_cue.iter_mut().zip(&other.by_cue) {
            a.gold += b.gold;
            a.found += b.found;
            a.found_with_speaker += b.found_with_speaker;
        }
        for (rule, c) in &other.by_rule {
            self.by_rule.entry(*rule).or_default().merge(c);
        }
        for (a, b) in self.by_mention.iter_mut().zip(&other.by_mention) {
            a.merge(b);
        }
    }

    /// Recall of the required gold quotations whose cue is of `class`
    /// (see [`CueClass::of`]).
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, CueClass, GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let text = "She said it rained. He believes it will snow.";
    /// let mut said = GoldQuote::new(QuoteKind::Indirect, 9..18, Some("She"));
    /// said.set_cue("said");
    /// let mut believes = GoldQuote::new(QuoteKind::Indirect, 29..44, Some("He"));
    /// believes.set_cue("believes");
    /// let s = score_document(&GoldDoc::new(vec![said, believes]), &quote_attribution::parse(text));
    /// let speech = s.summary().by_cue(CueClass::Speech);
    /// assert_eq!((speech.gold(), speech.found(), speech.recall()), (1, 1, 1.0));
    /// assert_eq!(s.summary().by_cue(CueClass::Other).recall(), 0.0);
    /// ```
    pub fn by_cue(&self, class: CueClass) -> CueCounts {
        self.by_cue[class as usize]
    }

    /// The lenient matches of required gold quotations whose prediction
    /// came from `rule` (`None`: predictions with no rule), and how many of
    /// them have the right speaker. Added up over the rules, they are the
    /// [`Metric::Lenient`] and [`Metric::EndToEnd`] true positives.
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote};
    /// use quote_attribution::{QuoteKind, RuleId};
    /// let text = "“Yes,” he said. “No,” said Jo Roe.";
    /// let gold = GoldDoc::new(vec![
    ///     GoldQuote::new(QuoteKind::Direct, 3..6, Some("Al Day")),
    ///     GoldQuote::new(QuoteKind::Direct, 23..25, Some("Jo Roe")),
    /// ]);
    /// let s = score_document(&gold, &quote_attribution::parse(text));
    /// let after = s.summary().by_rule(Some(RuleId::QuoteNameSaid));
    /// assert_eq!((after.matched(), after.right_speaker()), (1, 0));
    /// let before = s.summary().by_rule(Some(RuleId::QuoteSaidName));
    /// assert_eq!((before.matched(), before.right_speaker(), before.accuracy()), (1, 1, 1.0));
    /// assert_eq!(s.summary().by_rule(Some(RuleId::DashCredit)).matched(), 0);
    /// ```
    pub fn by_rule(&self, rule: Option<RuleId>) -> SpeakerCounts {
        self.by_rule.get(&rule).copied().unwrap_or_default()
    }

    /// The rules with at least one lenient match, in [`RuleId::ALL`] order
    /// (`None`, predictions with no rule, first), with their counts.
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote};
    /// use quote_attribution::{QuoteKind, RuleId};
    /// let text = "“Yes,” he said. She said it rained.";
    /// let gold = GoldDoc::new(vec![
    ///     GoldQuote::new(QuoteKind::Direct, 3..6, Some("he")),
    ///     GoldQuote::new(QuoteKind::Indirect, 29..38, Some("she")),
    /// ]);
    /// let s = score_document(&gold, &quote_attribution::parse(text));
    /// let rules: Vec<_> = s.summary().rules().map(|(r, c)| (r, c.matched())).collect();
    /// assert_eq!(rules, [(Some(RuleId::QuoteNameSaid), 1), (Some(RuleId::NameSaidClause), 1)]);
    /// ```
    pub fn rules(&self) -> impl Iterator<Item = (Option<RuleId>, SpeakerCounts)> + '_ {
        self.by_rule.iter().map(|(&r, &c)| (r, c))
    }

    /// The lenient matches of required gold quotations whose speaker was
    /// named by a mention of `class`, and how many of them have the right
    /// speaker. Added up over the classes, they are the
    /// [`Metric::Lenient`] and [`Metric::EndToEnd`] true positives.
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote, MentionClass};
    /// use quote_attribution::QuoteKind;
    /// let text = "Jo Roe arrived. “Yes,” she said.";
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 19..22, Some("Jo Roe"))]);
    /// let s = score_document(&gold, &quote_attribution::parse(text));
    /// let c = s.summary().by_mention(MentionClass::Pronoun);
    /// assert_eq!((c.matched(), c.right_speaker()), (1, 1));
    /// assert_eq!(s.summary().by_mention(MentionClass::Name).matched(), 0);
    /// ```
    pub fn by_mention(&self, class: MentionClass) -> SpeakerCounts {
        self.by_mention[class as usize]
    }
}

/// Lenient matches and those with the right speaker, for one rule
/// ([`Summary::by_rule`]) or one class of mention ([`Summary::by_mention`]).
///
/// ```
/// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote};
/// use quote_attribution::{QuoteKind, RuleId};
/// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("he"))]);
/// let s = score_document(&gold, &quote_attribution::parse("“Yes,” he said."));
/// let c = s.summary().by_rule(Some(RuleId::QuoteNameSaid));
/// assert_eq!((c.matched(), c.right_speaker(), c.wrong_speaker()), (1, 1, 0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpeakerCounts {
    matched: usize,
    right_speaker: usize,
}

impl SpeakerCounts {
    /// Lenient matches of required gold quotations.
    ///
    /// ```
    /// assert_eq!(quote_attribution::eval::SpeakerCounts::default().matched(), 0);
    /// ```
    pub fn matched(&self) -> usize {
        self.matched
    }

    /// Of those, how many with the right speaker.
    ///
    /// ```
    /// assert_eq!(quote_attribution::eval::SpeakerCounts::default().right_speaker(), 0);
    /// ```
    pub fn right_speaker(&self) -> usize {
        self.right_speaker
    }

    /// Of those, how many with a wrong speaker.
    ///
    /// ```
    /// assert_eq!(quote_attribution::eval::SpeakerCounts::default().wrong_speaker(), 0);
    /// ```
    pub fn wrong_speaker(&self) -> usize {
        self.matched - self.right_speaker
    }

    /// `right_speaker / matched` (0 with no match, as
    /// [`Summary::speaker_accuracy`]).
    ///
    /// ```
    /// assert_eq!(quote_attribution::eval::SpeakerCounts::default().accuracy(), 0.0);
    /// ```
    pub fn accuracy(&self) -> f64 {
        if self.matched > 0 {
            self.right_speaker as f64 / self.matched as f64
        } else {
            0.0
        }
    }

    fn add(&mut self, right: bool) {
        self.matched += 1;
        self.right_speaker += usize::from(right);
    }

    fn merge(&mut self, other: &SpeakerCounts) {
        self.matched += other.matched;
        self.right_speaker += other.right_speaker;
    }
}

/// Serialized as its counts plus `accuracy`.
impl Serialize for SpeakerCounts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("SpeakerCounts", 3)?;
        st.serialize_field("matched", &self.matched)?;
        st.serialize_field("right_speaker", &self.right_speaker)?;
        st.serialize_field("accuracy", &self.accuracy())?;
        st.end()
    }
}

/// What kind of cue a gold quotation has: speech (a verb of saying or a
/// spoken reaction, `according to`, a colon or dash credit) or anything
/// else (thought, evidence, no cue). Recall of speech-cued quotations
/// measures the library's own scope on a corpus, such as PolNeAR, that
/// also annotates beliefs and evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueClass {
    /// `said`, `told reporters`, `according to`, `denied`, `:`, `—`.
    Speech = 0,
    /// `believes`, `polls show`, `wants`, or no cue.
    Other = 1,
}

impl CueClass {
    /// Both classes.
    ///
    /// ```
    /// use quote_attribution::eval::CueClass;
    /// assert_eq!(CueClass::ALL, [CueClass::Speech, CueClass::Other]);
    /// ```
    pub const ALL: [CueClass; 2] = [CueClass::Speech, CueClass::Other];

    /// The class of a gold cue: speech when one of its words is a form of
    /// a verb of saying or of a spoken reaction in the library's lexicon,
    /// when it is `according to`, or when it is only punctuation (a colon
    /// or dash credit, a transcript label).
    ///
    /// ```
    /// use quote_attribution::eval::CueClass;
    /// assert_eq!(CueClass::of(Some("told reporters")), CueClass::Speech);
    /// assert_eq!(CueClass::of(Some("According to")), CueClass::Speech);
    /// assert_eq!(CueClass::of(Some(":")), CueClass::Speech);
    /// assert_eq!(CueClass::of(Some("believes")), CueClass::Other);
    /// assert_eq!(CueClass::of(None), CueClass::Other);
    /// ```
    pub fn of(cue: Option<&str>) -> CueClass {
        let Some(cue) = cue.map(str::trim).filter(|c| !c.is_empty()) else {
            return CueClass::Other;
        };
        let words = || {
            cue.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
        };
        let speech = words().next().is_none()
            || cue.to_ascii_lowercase().starts_with("according to")
            || words().any(crate::lexicon::is_speech_verb);
        if speech {
            CueClass::Speech
        } else {
            CueClass::Other
        }
    }

    /// The class's name, as a key of the JSON summary.
    ///
    /// ```
    /// assert_eq!(quote_attribution::eval::CueClass::Speech.name(), "speech");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            CueClass::Speech => "speech",
            CueClass::Other => "other",
        }
    }
}

/// Recall counts of the gold quotations of one [`CueClass`], from
/// [`Summary::by_cue`].
///
/// ```
/// use quote_attribution::eval::{score_document, CueClass, GoldDoc, GoldQuote};
/// use quote_attribution::QuoteKind;
/// let mut q = GoldQuote::new(QuoteKind::Direct, 3..7, Some("he"));
/// q.set_cue("said");
/// let s = score_document(&GoldDoc::new(vec![q]), &quote_attribution::parse("“Yes,” he said."));
/// let c = s.summary().by_cue(CueClass::Speech);
/// assert_eq!((c.gold(), c.found(), c.found_with_speaker()), (1, 1, 1));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CueCounts {
    gold: usize,
    found: usize,
    found_with_speaker: usize,
}

impl CueCounts {
    /// Required gold quotations of the class.
    pub fn gold(&self) -> usize {
        self.gold
    }

    /// Those a prediction matched (lenient).
    pub fn found(&self) -> usize {
        self.found
    }

    /// Those matched with the right speaker.
    pub fn found_with_speaker(&self) -> usize {
        self.found_with_speaker
    }

    /// `found / gold` (1 with no gold).
    pub fn recall(&self) -> f64 {
        Counts::new(self.gold, 0, self.found).recall()
    }

    /// `found_with_speaker / gold` (1 with no gold).
    pub fn recall_with_speaker(&self) -> f64 {
        Counts::new(self.gold, 0, self.found_with_speaker).recall()
    }
}

/// The `by_kind` object of a serialized [`Summary`]: keyed by
/// [`QuoteKind::as_str`], whatever the serializer does with enum keys.
struct ByKind<'a>(&'a BTreeMap<QuoteKind, KindCounts>);

impl Serialize for ByKind<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Summary", 12)?;
        st.serialize_field("docs", &self.docs)?;
        st.serialize_field("exact", &self.exact)?;
        st.serialize_field("overlap_0.3", &self.overlap_0_3)?;
        st.serialize_field("overlap_0.8", &self.overlap_0_8)?;
        st.serialize_field("lenient", &self.lenient)?;
        st.serialize_field("end_to_end", &self.end_to_end)?;
        st.serialize_field("kind_ok", &self.kind_ok)?;
        st.serialize_field("speaker_accuracy", &self.speaker_accuracy())?;
        st.serialize_field("by_kind", &ByKind(&self.by_kind))?;
        let by_cue: BTreeMap<&str, CueCounts> = CueClass::ALL
            .iter()
            .map(|&c| (c.name(), self.by_cue(c)))
            .collect();
        st.serialize_field("by_cue", &by_cue)?;
        let by_rule: BTreeMap<&str, SpeakerCounts> = self
            .rules()
            .map(|(r, c)| (r.map_or("none", RuleId::as_str), c))
            .collect();
        st.serialize_field("by_rule", &by_rule)?;
        let by_mention: BTreeMap<&str, SpeakerCounts> = MentionClass::ALL
            .iter()
            .map(|&c| (c.name(), self.by_mention(c)))
            .collect();
        st.serialize_field("by_mention", &by_mention)?;
        st.end()
    }
}

impl<'a> FromIterator<&'a DocScore> for Summary {
    fn from_iter<I: IntoIterator<Item = &'a DocScore>>(iter: I) -> Summary {
        let mut total = Summary::default();
        for s in iter {
            total.merge(&s.summary);
        }
        total
    }
}

impl<'a> FromIterator<&'a Summary> for Summary {
    fn from_iter<I: IntoIterator<Item = &'a Summary>>(iter: I) -> Summary {
        let mut total = Summary::default();
        for s in iter {
            total.merge(s);
        }
        total
    }
}

/// A required gold quotation that no prediction matched (lenient), from
/// [`DocScore::misses`].
///
/// ```
/// use quote_attribution::eval::{score, GoldDoc, GoldQuote};
/// use quote_attribution::{QuoteKind, Span};
/// let text = "“Yes,” he said.";
/// let mut q = GoldQuote::new(QuoteKind::Direct, 0..10, Some("Bob"));
/// q.set_id("q1");
/// let s = score(&GoldDoc::new(vec![q]), text, &[]);
/// let miss = &s.misses()[0];
/// assert_eq!((miss.gold_index(), miss.id(), miss.kind()), (0, Some("q1"), QuoteKind::Direct));
/// assert_eq!(&text[miss.span()], "Yes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    gold: usize,
    id: Option<String>,
    kind: QuoteKind,
    span: Span,
}

impl Miss {
    /// The gold quotation's index in [`GoldDoc::quotes`].
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[]).misses()[0].gold_index(), 0);
    /// ```
    pub fn gold_index(&self) -> usize {
        self.gold
    }

    /// The gold quotation's id, when the gold gives one.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[]).misses()[0].id(), None);
    /// ```
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The gold quotation's kind.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Mixed, 3..6, None)]);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[]).misses()[0].kind(), QuoteKind::Mixed);
    /// ```
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The gold quotation's trimmed span ([`trim_span`]).
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote};
    /// use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 0..10, None)]);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[]).misses()[0].span(), Span::new(3, 6));
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
}

/// A prediction that matched no gold quotation (lenient), from
/// [`DocScore::spurious`].
///
/// ```
/// use quote_attribution::eval::{score, GoldDoc, Predicted};
/// use quote_attribution::{QuoteKind, Span};
/// let text = "“Yes,” he said.";
/// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("he"));
/// let s = score(&GoldDoc::default(), text, &[p]);
/// let extra = &s.spurious()[0];
/// assert_eq!((extra.pred_index(), extra.kind(), extra.speaker()), (0, QuoteKind::Direct, Some("he")));
/// assert_eq!(&text[extra.span()], "Yes");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spurious {
    pred: usize,
    kind: QuoteKind,
    speaker: Option<String>,
    span: Span,
}

impl Spurious {
    /// The prediction's index in the predictions scored.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// let s = score(&GoldDoc::default(), "“Yes,” he said.", &[p]);
    /// assert_eq!(s.spurious()[0].pred_index(), 0);
    /// ```
    pub fn pred_index(&self) -> usize {
        self.pred
    }

    /// The prediction's kind.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Mixed, Span::new(3, 7), None);
    /// let s = score(&GoldDoc::default(), "“Yes,” he said.", &[p]);
    /// assert_eq!(s.spurious()[0].kind(), QuoteKind::Mixed);
    /// ```
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The prediction's speaker name, when it has one.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("he"));
    /// let s = score(&GoldDoc::default(), "“Yes,” he said.", &[p]);
    /// assert_eq!(s.spurious()[0].speaker(), Some("he"));
    /// ```
    pub fn speaker(&self) -> Option<&str> {
        self.speaker.as_deref()
    }

    /// The prediction's trimmed span ([`trim_span`]; empty at 0 for a span
    /// past the text).
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(0, 10), None);
    /// let s = score(&GoldDoc::default(), "“Yes,” he said.", &[p]);
    /// assert_eq!(s.spurious()[0].span(), Span::new(3, 6));
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
}

/// A lenient match whose speaker is wrong, from
/// [`DocScore::wrong_speakers`].
///
/// ```
/// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
/// use quote_attribution::{QuoteKind, Span};
/// let mut q = GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"));
/// q.set_id("q1");
/// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("Alice"));
/// let s = score(&GoldDoc::new(vec![q]), "“Yes,” he said.", &[p]);
/// let w = &s.wrong_speakers()[0];
/// assert_eq!((w.gold_index(), w.pred_index(), w.id()), (0, 0, Some("q1")));
/// assert_eq!((w.expected(), w.found()), (Some("Bob"), Some("Alice")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrongSpeaker {
    gold: usize,
    pred: usize,
    id: Option<String>,
    expected: Option<String>,
    found: Option<String>,
    rule: Option<RuleId>,
}

impl WrongSpeaker {
    /// The gold quotation's index in [`GoldDoc::quotes`].
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"))]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[p]).wrong_speakers()[0].gold_index(), 0);
    /// ```
    pub fn gold_index(&self) -> usize {
        self.gold
    }

    /// The prediction's index in the predictions scored.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"))]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[p]).wrong_speakers()[0].pred_index(), 0);
    /// ```
    pub fn pred_index(&self) -> usize {
        self.pred
    }

    /// The gold quotation's id, when the gold gives one.
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"))]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[p]).wrong_speakers()[0].id(), None);
    /// ```
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The gold speaker (`None` when the gold quotation has none).
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("he"));
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[p]).wrong_speakers()[0].expected(), None);
    /// ```
    pub fn expected(&self) -> Option<&str> {
        self.expected.as_deref()
    }

    /// The predicted speaker's name (`None` when the prediction has none).
    ///
    /// ```
    /// # use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// # use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"))]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[p]).wrong_speakers()[0].found(), None);
    /// ```
    pub fn found(&self) -> Option<&str> {
        self.found.as_deref()
    }

    /// The rule that produced the prediction, when known.
    ///
    /// ```
    /// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote};
    /// use quote_attribution::{QuoteKind, RuleId};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"))]);
    /// let s = score_document(&gold, &quote_attribution::parse("“Yes,” he said."));
    /// assert_eq!(s.wrong_speakers()[0].rule(), Some(RuleId::QuoteNameSaid));
    /// ```
    pub fn rule(&self) -> Option<RuleId> {
        self.rule
    }
}

/// The score of one document: its counts, and what went wrong.
///
/// ```
/// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote, Metric};
/// use quote_attribution::QuoteKind;
///
/// let text = "“Yes,” he said. “No,” she said.";
/// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..7, Some("Bob"))]);
/// let s = score_document(&gold, &quote_attribution::parse(text));
/// assert_eq!(s.summary().counts(Metric::Lenient).tp(), 1);
/// assert_eq!(s.spurious().len(), 1); // “No,”
/// assert_eq!(&text[s.spurious()[0].span()], "No");
/// assert_eq!(s.wrong_speakers().len(), 1); // "he" is not Bob
/// assert!(s.misses().is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocScore {
    summary: Summary,
    misses: Vec<Miss>,
    spurious: Vec<Spurious>,
    wrong_speakers: Vec<WrongSpeaker>,
}

impl DocScore {
    /// The counts, with [`Summary::docs`] 1. Add up many documents' with
    /// `Summary: FromIterator<&DocScore>`.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, Metric, Summary};
    /// let a = score(&GoldDoc::default(), "", &[]);
    /// assert_eq!(a.summary().prf(Metric::Lenient).f1(), 1.0);
    /// let total: Summary = [&a, &a, &a].into_iter().collect();
    /// assert_eq!(total.docs(), 3);
    /// ```
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// Required gold quotations not found, in gold order.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote};
    /// use quote_attribution::QuoteKind;
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, None)]);
    /// assert_eq!(score(&gold, "“Yes,” he said.", &[]).misses().len(), 1);
    /// ```
    pub fn misses(&self) -> &[Miss] {
        &self.misses
    }

    /// Predictions matching no gold quotation, in prediction order.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), None);
    /// assert_eq!(score(&GoldDoc::default(), "“Yes,” he said.", &[p]).spurious().len(), 1);
    /// ```
    pub fn spurious(&self) -> &[Spurious] {
        &self.spurious
    }

    /// Matches whose speaker is wrong, in gold order.
    ///
    /// ```
    /// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Predicted};
    /// use quote_attribution::{QuoteKind, Span};
    /// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 3..6, Some("Bob"))]);
    /// let p = Predicted::new(QuoteKind::Direct, Span::new(3, 7), Some("Bob"));
    /// assert!(score(&gold, "“Yes,” he said.", &[p]).wrong_speakers().is_empty());
    /// ```
    pub fn wrong_speakers(&self) -> &[WrongSpeaker] {
        &self.wrong_speakers
    }
}

/// A candidate pair: sorted best first by `key`, then `tie`, then (as
/// `score.py` does) the higher gold index, then the higher prediction index.
struct Cand {
    key: f64,
    tie: f64,
    gold: usize,
    pred: usize,
}

/// One-to-one greedy matching, best candidate first. Returns, for each gold
/// quotation, its prediction, and for each prediction, its gold quotation.
fn greedy(
    mut cands: Vec<Cand>,
    n_gold: usize,
    n_pred: usize,
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    cands.sort_by(|a, b| {
        b.key
            .total_cmp(&a.key)
            .then(b.tie.total_cmp(&a.tie))
            .then(b.gold.cmp(&a.gold))
            .then(b.pred.cmp(&a.pred))
    });
    let mut gm = vec![None; n_gold];
    let mut pm = vec![None; n_pred];
    for c in cands {
        if gm[c.gold].is_none() && pm[c.pred].is_none() {
            gm[c.gold] = Some(c.pred);
            pm[c.pred] = Some(c.gold);
        }
    }
    (gm, pm)
}

fn intersection(a: Span, b: Span) -> usize {
    a.end()
        .min(b.end())
        .saturating_sub(a.start().max(b.start()))
}

/// Counts one metric from a matching: `ok` says whether a matched pair of a
/// required gold quotation is a true positive.
fn tally(
    gold: &GoldDoc,
    gm: &[Option<usize>],
    pm: &[Option<usize>],
    ok: impl Fn(usize, usize) -> bool,
) -> Counts {
    let mut c = Counts::default();
    for (gi, q) in gold.quotes.iter().enumerate() {
        if q.optional {
            continue;
        }
        c.gold += 1;
        if let Some(pi) = gm[gi] {
            c.tp += usize::from(ok(gi, pi));
        }
    }
    c.pred = pm
        .iter()
        .filter(|m| !m.is_some_and(|gi| gold.quotes[gi].optional))
        .count();
    c
}

/// Matching for "intersection at least `threshold` of the gold span".
fn overlap_of_gold(
    g: &[Span],
    p: &[Span],
    threshold: f64,
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut cands = Vec::new();
    for (gi, &gs) in g.iter().enumerate() {
        if gs.is_empty() {
            continue;
        }
        for (pi, &ps) in p.iter().enumerate() {
            let inter = intersection(gs, ps);
            let share = inter as f64 / gs.len() as f64;
            if inter > 0 && share >= threshold {
                let union = gs.cover(ps).len();
                cands.push(Cand {
                    key: share,
                    tie: inter as f64 / union as f64,
                    gold: gi,
                    pred: pi,
                });
            }
        }
    }
    greedy(cands, g.len(), p.len())
}

/// Scores predicted quotations against the gold annotation of `text`.
///
/// `text` is the annotated text; gold and predicted spans are byte offsets
/// into it. Use it to score another system's output, or the library's with
/// options of your own (for the default parse, [`score_document`] does the
/// same in one call).
///
/// ```
/// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Metric, Predicted};
/// use quote_attribution::{QuoteKind, Span};
///
/// let text = "The minister said that the talks had failed.";
/// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Indirect, 18..43, Some("minister"))]);
/// // "the talks had failed": the leading "that" is not content.
/// let mut pred = Predicted::new(QuoteKind::Indirect, Span::new(23, 43), Some("The minister"));
/// pred.set_mention(Span::new(0, 12));
/// let s = score(&gold, text, &[pred]);
/// assert_eq!(s.summary().counts(Metric::Exact).tp(), 1);
/// assert_eq!(s.summary().counts(Metric::EndToEnd).tp(), 1); // shares the last word "minister"
/// ```
pub fn score(gold: &GoldDoc, text: &str, predicted: &[Predicted]) -> DocScore {
    let g: Vec<Span> = gold
        .quotes
        .iter()
        .map(|q| trim_span(text, q.start, q.end))
        .collect();
    let p: Vec<Span> = predicted
        .iter()
        .map(|q| {
            // A span past the text matches nothing and counts as spurious.
            let sp = if q.span.end() <= text.len() {
                q.span
            } else {
                Span::new(0, 0)
            };
            trim_span(text, sp.start(), sp.end())
        })
        .collect();

    // Lenient: overlap / union >= 0.5, as score.py.
    let mut cands = Vec::new();
    for (gi, &gs) in g.iter().enumerate() {
        for (pi, &ps) in p.iter().enumerate() {
            let inter = intersection(gs, ps);
            let union = gs.cover(ps).len();
            if union > 0 {
                let ov = inter as f64 / union as f64;
                if ov >= 0.5 {
                    cands.push(Cand {
                        key: ov,
                        tie: 0.0,
                        gold: gi,
                        pred: pi,
                    });
                }
            }
        }
    }
    let (gm, pm) = greedy(cands, g.len(), p.len());
    let right_speaker = |gi: usize, pi: usize| {
        let (q, r) = (&gold.quotes[gi], &predicted[pi]);
        speaker_ok(
            r.speaker.as_deref(),
            q.speaker.as_deref(),
            q.speaker.as_deref().map_or(&[], |s| gold.aliases(s)),
            r.mention,
            &q.speaker_spans,
        )
    };

    let mut summary = Summary {
        docs: 1,
        lenient: tally(gold, &gm, &pm, |_, _| true),
        exact: tally(gold, &gm, &pm, |gi, pi| g[gi] == p[pi]),
        end_to_end: tally(gold, &gm, &pm, right_speaker),
        ..Summary::default()
    };
    let (gm3, pm3) = overlap_of_gold(&g, &p, 0.3);
    summary.overlap_0_3 = tally(gold, &gm3, &pm3, |_, _| true);
    let (gm8, pm8) = overlap_of_gold(&g, &p, 0.8);
    summary.overlap_0_8 = tally(gold, &gm8, &pm8, |_, _| true);

    let mut out = DocScore::default();
    for (gi, q) in gold.quotes.iter().enumerate() {
        if !q.optional {
            let c = &mut summary.by_cue[CueClass::of(q.cue.as_deref()) as usize];
            c.gold += 1;
            if let Some(pi) = gm[gi] {
                c.found += 1;
                c.found_with_speaker += usize::from(right_speaker(gi, pi));
            }
        }
        let k = summary.by_kind.entry(q.kind).or_default();
        if !q.optional {
            k.gold += 1;
        }
        match gm[gi] {
            Some(_) if q.optional => {}
            Some(pi) => {
                k.found += 1;
                let r = &predicted[pi];
                let right = right_speaker(gi, pi);
                summary.by_rule.entry(r.rule).or_default().add(right);
                summary.by_mention[r.mention_class as usize].add(right);
                if r.kind == q.kind {
                    summary.kind_ok += 1;
                    k.correct += 1;
                }
                if right {
                    k.found_with_speaker += 1;
                } else {
                    out.wrong_speakers.push(WrongSpeaker {
                        gold: gi,
                        pred: pi,
                        id: q.id.clone(),
                        expected: q.speaker.clone(),
                        found: r.speaker.clone(),
                        rule: r.rule,
                    });
                }
            }
            None if q.optional => {}
            None => out.misses.push(Miss {
                gold: gi,
                id: q.id.clone(),
                kind: q.kind,
                span: g[gi],
            }),
        }
    }
    for (pi, r) in predicted.iter().enumerate() {
        let matched_optional = pm[pi].is_some_and(|gi| gold.quotes[gi].optional);
        if !matched_optional {
            summary.by_kind.entry(r.kind).or_default().predicted += 1;
        }
        if pm[pi].is_none() {
            out.spurious.push(Spurious {
                pred: pi,
                kind: r.kind,
                speaker: r.speaker.clone(),
                span: p[pi],
            });
        }
    }
    out.summary = summary;
    out
}

/// Scores a parsed document against its gold annotation: [`score`] on
/// [`Document::text`] and [`Predicted::from_document`].
///
/// ```
/// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote, Metric};
/// use quote_attribution::QuoteKind;
/// let text = "“Yes,” he said.";
/// // The gold span includes the marks and comma; trimmed, it equals the prediction.
/// let gold = GoldDoc::new(vec![GoldQuote::new(QuoteKind::Direct, 0..10, None)]);
/// let s = score_document(&gold, &quote_attribution::parse(text));
/// assert_eq!(s.summary().prf(Metric::Exact).f1(), 1.0);
/// ```
pub fn score_document(gold: &GoldDoc, doc: &Document<'_>) -> DocScore {
    score(gold, doc.text(), &Predicted::from_document(doc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuoteKind::{Direct, Indirect, Mixed};

    fn pred(kind: QuoteKind, start: usize, end: usize, speaker: Option<&str>) -> Predicted {
        Predicted::new(kind, Span::new(start, end), speaker)
    }

    fn gq(kind: QuoteKind, start: usize, end: usize, speaker: Option<&str>) -> GoldQuote {
        GoldQuote::new(kind, start..end, speaker)
    }

    /// Every trimmed span lies in the text on character boundaries.
    fn assert_sliceable(text: &str, s: Span) {
        assert!(
            s.end() <= text.len()
                && text.is_char_boundary(s.start())
                && text.is_char_boundary(s.end()),
            "{s:?} is not a span of {text:?}"
        );
    }

    #[test]
    fn speaker_breakdowns_add_up_to_the_matches() {
        let text = "Jo Roe arrived. “Yes,” she said. “No,” the mayor said. Al Day said it rained.";
        assert_eq!((&text[40..42], &text[75..84]), ("No", "it rained"));
        let doc = crate::parse(text);
        let gold = GoldDoc::new(vec![
            gq(Direct, 19, 22, Some("Jo Roe")),
            gq(Direct, 40, 42, Some("Al Day")),
            gq(Indirect, 75, 84, Some("Al Day")),
            gq(Direct, 0, 2, Some("nobody")),
        ]);
        let s = score_document(&gold, &doc);
        let sum = s.summary();
        let rules: Vec<SpeakerCounts> = sum.rules().map(|(_, c)| c).collect();
        let mentions: Vec<SpeakerCounts> = MentionClass::ALL
            .iter()
            .map(|&m| sum.by_mention(m))
            .collect();
        for counts in [rules, mentions] {
            let matched: usize = counts.iter().map(SpeakerCounts::matched).sum();
            let right: usize = counts.iter().map(SpeakerCounts::right_speaker).sum();
            assert_eq!(matched, sum.counts(Metric::Lenient).tp());
            assert_eq!(right, sum.counts(Metric::EndToEnd).tp());
        }
        assert_eq!(
            (
                sum.counts(Metric::Lenient).tp(),
                sum.counts(Metric::EndToEnd).tp()
            ),
            (3, 2)
        );
        let nominal = sum.by_mention(MentionClass::Nominal);
        assert_eq!((nominal.matched(), nominal.right_speaker()), (1, 0));
        assert_eq!(sum.by_rule(Some(RuleId::NameSaidClause)).right_speaker(), 1);
        // Merging adds every breakdown.
        let mut twice = sum.clone();
        twice.merge(sum);
        assert_eq!(twice.by_mention(MentionClass::Pronoun).matched(), 2);
        assert_eq!(twice.by_rule(Some(RuleId::QuoteNameSaid)).matched(), 4);
        // Predictions made by hand have no rule.
        let p = Predicted::new(Direct, Span::new(19, 22), Some("Jo Roe"));
        let hand = score(&gold, text, &[p]);
        assert_eq!(hand.summary().by_rule(None).right_speaker(), 1);
        let json = serde_json::to_value(hand.summary()).unwrap();
        assert_eq!(json["by_rule"]["none"]["matched"], 1);
        assert_eq!(json["by_mention"]["name"]["accuracy"], 1.0);
    }

    #[test]
    fn trim_table() {
        let cases: &[(&str, &str)] = &[
            ("“Hello,” ", "Hello"),
            ("  ‘quoted’.", "quoted"),
            ("«Bonjour !»", "Bonjour"),
            ("that the plan works", "the plan works"),
            ("That the plan works", "the plan works"),
            ("THAT  the plan", " the plan"),
            (", that it rained.", "it rained"),
            ("thatch roofs", "thatch roofs"),
            ("that", "that"),
            ("— dash –", "dash"),
            ("\"\"", ""),
            ("", ""),
            ("‚low‘ and „high“", "low‘ and „high"),
            ("thät is", "thät is"),
        ];
        for &(input, want) in cases {
            let text = format!("xx{input}yy");
            let s = trim_span(&text, 2, 2 + input.len());
            assert_eq!(&text.as_str()[s], want, "trimming {input:?}");
        }
    }

    #[test]
    fn trim_out_of_range() {
        let text = "ab“cd”";
        assert_eq!(trim_span(text, 50, 60), Span::new(text.len(), text.len()));
        assert_eq!(trim_span(text, 4, 2), Span::new(5, 5));
        assert_eq!(trim_span(text, 5, 2), Span::new(5, 5));
        assert_eq!(trim_span(text, 0, 100), Span::new(0, text.len() - 3));
    }

    #[test]
    fn trim_never_leaves_the_text_or_splits_a_character() {
        // A one-byte span inside "é" used to come back as 1..4: the split
        // byte decoded as U+FFFD, whose three bytes ran past the text.
        assert_eq!(trim_span("é", 1, 2), Span::new(2, 2));
        assert_eq!(trim_span("é", 0, 1), Span::new(0, 0));
        assert_eq!(trim_span("é", 1, 9), Span::new(2, 2));
        // Narrowed to the whole characters inside, then trimmed.
        let text = "ab“cd”";
        assert_eq!(
            trim_span(text, 3, 6),
            Span::new(5, 6),
            "the split “ is dropped"
        );
        assert_eq!(&text[trim_span(text, 3, 8)], "cd");
        assert_eq!(&text[trim_span(text, 1, 7)], "b“cd");
        // Every span of a text with characters of 1 to 4 bytes.
        let text = "a é “€” 𝄞 that b";
        for start in 0..=text.len() + 2 {
            for end in 0..=text.len() + 2 {
                let s = trim_span(text, start, end);
                assert_sliceable(text, s);
                let _ = &text[s];
            }
        }
    }

    #[test]
    fn names_normalise_like_python() {
        assert_eq!(normalize_name("Jane  Roe"), "jane roe");
        assert_eq!(normalize_name("Ms. Roe-Smith"), "ms roesmith");
        assert_eq!(normalize_name("snake_case 42"), "snake_case 42");
        assert_eq!(normalize_name("Zoë Ça\u{1d}va"), "zoë ça va");
        assert_eq!(normalize_name("!!!"), "");
        assert_eq!(normalize_name("ΣΟΦΙΑ"), "σοφια");
    }

    #[test]
    fn speaker_rules() {
        let aliases = ["PM".to_string()];
        let ok = |p: Option<&str>, g: Option<&str>| speaker_ok(p, g, &aliases, None, &[]);
        assert!(ok(None, None));
        assert!(!ok(Some("x"), None));
        assert!(!ok(None, Some("x")));
        assert!(ok(Some("jane roe."), Some("Jane Roe")));
        assert!(ok(Some("P.M."), Some("Jane Roe")));
        assert!(ok(Some("Ms Roe"), Some("Jane Roe")));
        assert!(!ok(Some("Jo Li"), Some("Bo Li")), "last word of 2 chars");
        assert!(ok(Some("Jo Lim"), Some("Bo Lim")));
        assert!(ok(Some(""), Some("")), "equal (empty) names, as score.py");
        assert!(!ok(Some("..."), Some("Jane")), "no last word");
        assert!(!ok(Some("she"), Some("Jane Roe")));
        assert!(speaker_ok(
            Some("she"),
            Some("Jane Roe"),
            &aliases,
            Some(Span::new(10, 13)),
            &[Span::new(12, 20)]
        ));
        assert!(!speaker_ok(
            Some("she"),
            Some("Jane Roe"),
            &aliases,
            Some(Span::new(10, 13)),
            &[Span::new(13, 20)]
        ));
    }

    #[test]
    fn aliases_go_by_the_gold_speaker() {
        let text = "a".repeat(20);
        let mut g = GoldDoc::new(vec![gq(Direct, 0, 10, Some("Jane Roe"))]);
        g.add_alias("Jane Roe", "PM");
        let s = score(&g, &text, &[pred(Direct, 0, 10, Some("P.M."))]);
        assert_eq!(s.summary().counts(Metric::EndToEnd).tp(), 1);
        let other = GoldDoc::new(vec![gq(Direct, 0, 10, Some("Jane Roe"))]);
        let s = score(&other, &text, &[pred(Direct, 0, 10, Some("P.M."))]);
        assert_eq!(s.summary().counts(Metric::EndToEnd).tp(), 0);
    }

    #[test]
    fn lenient_threshold_is_half_the_union() {
        let text = "0123456789abcdefghij";
        let g = GoldDoc::new(vec![gq(Direct, 0, 10, None)]);
        // 5 / 10: matches.
        let s = score(&g, text, &[pred(Direct, 0, 5, None)]);
        assert_eq!(s.summary().counts(Metric::Lenient), Counts::new(1, 1, 1));
        assert_eq!(s.summary().counts(Metric::Exact).tp(), 0);
        // 4 / 10: no match.
        let s = score(&g, text, &[pred(Direct, 0, 4, None)]);
        assert_eq!(s.summary().counts(Metric::Lenient), Counts::new(1, 1, 0));
        assert_eq!(s.misses().len(), 1);
        assert_eq!(s.spurious().len(), 1);
        // 5 / 11 (union 0..11): no match.
        let s = score(&g, text, &[pred(Direct, 5, 11, None)]);
        assert_eq!(s.summary().counts(Metric::Lenient).tp(), 0);
    }

    #[test]
    fn matching_is_one_to_one_best_first() {
        let text = "a".repeat(100);
        let g = GoldDoc::new(vec![gq(Direct, 0, 10, None), gq(Direct, 0, 12, None)]);
        // Pred 0 fits gold 1 exactly, pred 1 fits gold 0 at 9/10.
        let p = [pred(Direct, 0, 12, None), pred(Direct, 0, 9, None)];
        let s = score(&g, &text, &p);
        assert_eq!(s.summary().counts(Metric::Lenient).tp(), 2);
        assert_eq!(s.summary().counts(Metric::Exact).tp(), 1);
        // Two predictions for one gold: one is spurious.
        let g = GoldDoc::new(vec![gq(Direct, 0, 10, None)]);
        let s = score(
            &g,
            &text,
            &[pred(Direct, 0, 10, None), pred(Direct, 0, 10, None)],
        );
        assert_eq!(s.summary().counts(Metric::Lenient), Counts::new(1, 2, 1));
        assert_eq!(
            s.spurious()
                .iter()
                .map(Spurious::pred_index)
                .collect::<Vec<_>>(),
            [0],
            "ties go to the higher index"
        );
    }

    #[test]
    fn optional_gold_is_neither_required_nor_penalised() {
        let text = "a".repeat(100);
        let mut opt = gq(Indirect, 20, 40, None);
        opt.set_optional(true);
        let g = GoldDoc::new(vec![gq(Direct, 0, 10, None), opt]);
        // Finding the optional one costs nothing.
        let s = score(
            &g,
            &text,
            &[pred(Direct, 0, 10, None), pred(Indirect, 22, 40, None)],
        );
        for m in [Metric::Lenient, Metric::Exact, Metric::Overlap08] {
            assert_eq!(s.summary().counts(m), Counts::new(1, 1, 1), "{m:?}");
        }
        assert!(s.spurious().is_empty() && s.misses().is_empty());
        // Missing it costs nothing either.
        let s = score(&g, &text, &[pred(Direct, 0, 10, None)]);
        assert_eq!(s.summary().counts(Metric::Lenient), Counts::new(1, 1, 1));
        assert!(s.misses().is_empty());
        // The optional gold's kind still gets an entry, with no gold.
        let kinds: Vec<_> = s.summary().kinds().collect();
        assert_eq!(
            kinds,
            [
                (
                    Direct,
                    KindCounts {
                        gold: 1,
                        found: 1,
                        found_with_speaker: 1,
                        predicted: 1,
                        correct: 1
                    }
                ),
                (Indirect, KindCounts::default())
            ]
        );
    }

    #[test]
    fn overlap_of_the_gold_span() {
        let text = "a".repeat(100);
        let g = GoldDoc::new(vec![gq(Indirect, 0, 10, None)]);
        let tps = |start, end| {
            let s = score(&g, &text, &[pred(Indirect, start, end, None)]);
            let tp = |m| s.summary().counts(m).tp();
            (
                tp(Metric::Overlap03),
                tp(Metric::Overlap08),
                tp(Metric::Lenient),
            )
        };
        // 3 of 10 gold bytes: overlap_0.3 only.
        assert_eq!(tps(7, 40), (1, 0, 0));
        // 8 of 10 inside a long prediction: 0.3 and 0.8, not lenient.
        assert_eq!(tps(2, 60), (1, 1, 0));
        // 2 of 10: none.
        assert_eq!(tps(8, 12), (0, 0, 0));
        // One long prediction covering two gold quotations matches only one.
        let g2 = GoldDoc::new(vec![gq(Direct, 0, 10, None), gq(Direct, 20, 30, None)]);
        let s = score(&g2, &text, &[pred(Direct, 0, 30, None)]);
        assert_eq!(s.summary().counts(Metric::Overlap08), Counts::new(2, 1, 1));
        // Ties on the gold share go to the tighter prediction.
        let s = score(
            &g,
            &text,
            &[pred(Direct, 0, 10, None), pred(Direct, 0, 90, None)],
        );
        assert_eq!(s.summary().counts(Metric::Overlap08), Counts::new(1, 2, 1));
        let s = score(
            &g,
            &text,
            &[pred(Direct, 0, 90, None), pred(Direct, 0, 10, None)],
        );
        assert_eq!(s.summary().counts(Metric::Overlap03).tp(), 1);
        assert_eq!(s.spurious()[0].pred_index(), 0);
    }

    #[test]
    fn end_to_end_and_kinds() {
        let text = "a".repeat(100);
        let mut g = GoldDoc::new(vec![
            gq(Direct, 0, 10, Some("Jane Roe")),
            gq(Mixed, 20, 30, Some("Jane Roe")),
            gq(Indirect, 40, 50, None),
            gq(Indirect, 60, 70, Some("Bob Bobson")),
        ]);
        g.add_alias("Jane Roe", "Ms Roe");
        let p = [
            pred(Direct, 0, 10, Some("Ms Roe")),
            pred(Indirect, 20, 30, Some("Roe")),
            pred(Indirect, 40, 50, Some("Someone")),
            pred(Direct, 80, 90, None),
        ];
        let s = score(&g, &text, &p);
        let sum = s.summary();
        assert_eq!(sum.counts(Metric::Lenient), Counts::new(4, 4, 3));
        assert_eq!(sum.counts(Metric::EndToEnd), Counts::new(4, 4, 2));
        assert_eq!(sum.kind_ok(), 2);
        assert!((sum.kind_accuracy() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.wrong_speakers().len(), 1);
        let w = &s.wrong_speakers()[0];
        assert_eq!((w.gold_index(), w.pred_index()), (2, 2));
        assert_eq!((w.expected(), w.found()), (None, Some("Someone")));
        assert_eq!(s.misses().len(), 1);
        assert_eq!(s.misses()[0].gold_index(), 3);
        assert_eq!(s.misses()[0].kind(), Indirect);
        assert_eq!(s.spurious()[0].kind(), Direct);
        assert_eq!(
            sum.by_kind(Direct),
            KindCounts {
                gold: 1,
                found: 1,
                found_with_speaker: 1,
                predicted: 2,
                correct: 1
            }
        );
        assert_eq!(
            sum.by_kind(Mixed),
            KindCounts {
                gold: 1,
                found: 1,
                found_with_speaker: 1,
                predicted: 0,
                correct: 0
            }
        );
        assert_eq!(
            sum.by_kind(Indirect),
            KindCounts {
                gold: 2,
                found: 1,
                found_with_speaker: 0,
                predicted: 2,
                correct: 1
            }
        );
        assert!((sum.speaker_accuracy() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn spans_past_the_text_are_spurious() {
        let text = "“Yes,” he said.";
        let g = GoldDoc::new(vec![gq(Direct, 3, 7, None)]);
        let s = score(&g, text, &[pred(Direct, 3, 700, None)]);
        assert_eq!(s.summary().counts(Metric::Lenient), Counts::new(1, 1, 0));
        assert_eq!(s.spurious()[0].span(), Span::new(0, 0));
    }

    #[test]
    fn gold_and_predictions_that_split_characters_score_without_panicking() {
        let text = "“é” he said.";
        let g = GoldDoc::new(vec![gq(Direct, 1, 5, None), gq(Direct, 4, 900, None)]);
        let s = score(
            &g,
            text,
            &[pred(Direct, 2, 4, None), pred(Direct, 4, 5, None)],
        );
        for m in s.misses() {
            assert_sliceable(text, m.span());
        }
        for x in s.spurious() {
            assert_sliceable(text, x.span());
        }
        assert_eq!(s.summary().counts(Metric::Lenient).gold(), 2);
    }

    #[test]
    fn empty_documents() {
        let s = score(&GoldDoc::default(), "", &[]);
        for m in Metric::ALL {
            assert_eq!(s.summary().prf(m), Counts::new(0, 0, 0).prf());
            assert_eq!(s.summary().prf(m).f1(), 1.0);
        }
        assert_eq!(s.summary().speaker_accuracy(), 0.0);
        assert_eq!(s.summary().kind_accuracy(), 0.0);
        assert_eq!(s.summary().kinds().count(), 0);
    }

    #[test]
    fn gold_files_deserialize() {
        let json = r#"{
            "text_file": "a.txt",
            "source": "ignored",
            "speakers": {"Jane Roe": ["Ms Roe", "Roe"]},
            "quotes": [
                {"id": "q1", "kind": "direct", "start": 3, "end": 9, "content": "abcdef",
                 "speaker": "Jane Roe", "cue": "said", "note": "ignored"},
                {"kind": "indirect", "start": 20, "end": 40, "speaker": null, "cue": null,
                 "speaker_spans": [[1, 4], [50, 52]], "attribution_id": "E1", "optional": true}
            ]
        }"#;
        let g: GoldDoc = serde_json::from_str(json).expect("gold parses");
        assert_eq!(g.text_file(), Some("a.txt"));
        assert_eq!(g.aliases("Jane Roe"), ["Ms Roe", "Roe"]);
        let q = &g.quotes()[0];
        assert_eq!(
            (q.id(), q.kind(), q.span()),
            (Some("q1"), Direct, Span::new(3, 9))
        );
        assert_eq!((q.content(), q.cue()), (Some("abcdef"), Some("said")));
        assert!(!q.is_optional());
        let q = &g.quotes()[1];
        assert_eq!((q.kind(), q.speaker(), q.cue()), (Indirect, None, None));
        assert_eq!(q.speaker_spans(), [Span::new(1, 4), Span::new(50, 52)]);
        assert!(q.is_optional());
        // No speakers table (PolNeAR) is fine.
        let g: GoldDoc = serde_json::from_str(r#"{"quotes": []}"#).expect("minimal gold parses");
        assert!(g.aliases("Jane Roe").is_empty() && g.text_file().is_none());
        // An unknown kind is an error that names the kinds.
        let err = serde_json::from_str::<GoldDoc>(
            r#"{"quotes": [{"kind": "Direct", "start": 0, "end": 1}]}"#,
        )
        .expect_err("kinds are lowercase");
        assert!(err.to_string().contains("`direct`"), "{err}");
    }

    #[test]
    fn summary_serializes_every_metric() {
        let text = "a".repeat(50);
        let g = GoldDoc::new(vec![gq(Direct, 0, 10, None)]);
        let s = score(
            &g,
            &text,
            &[pred(Direct, 0, 10, None), pred(Mixed, 20, 30, None)],
        );
        let v = serde_json::to_value(s.summary()).expect("serializes");
        for m in Metric::ALL {
            for key in ["gold", "pred", "tp", "precision", "recall", "f1"] {
                assert!(v[m.name()][key].is_number(), "{}.{key} in {v}", m.name());
            }
        }
        assert_eq!(v["lenient"]["precision"], 0.5);
        assert_eq!(v["docs"], 1);
        assert_eq!(v["speaker_accuracy"], 1.0);
        assert_eq!(v["by_kind"]["direct"]["recall"], 1.0);
        assert_eq!(v["by_kind"]["mixed"]["predicted"], 1);
        assert_eq!(v["by_kind"]["mixed"]["typed"]["precision"], 0.0);
        let json = serde_json::to_string(s.summary()).expect("serializes");
        assert!(json.contains(r#""by_kind":{"direct":{"gold":1,"#), "{json}");
    }

    #[test]
    fn summaries_add_up() {
        let text = "a".repeat(50);
        let g = GoldDoc::new(vec![gq(Direct, 0, 10, None)]);
        let a = score(&g, &text, &[pred(Direct, 0, 10, None)]);
        let b = score(&g, &text, &[pred(Direct, 20, 30, None)]);
        let total: Summary = [&a, &b].into_iter().collect();
        assert_eq!(total.docs(), 2);
        assert_eq!(total.counts(Metric::Lenient), Counts::new(2, 2, 1));
        assert_eq!(total.by_kind(Direct).predicted(), 2);
        let again: Summary = [&total, a.summary()].into_iter().collect();
        assert_eq!(again.docs(), 3);
    }
}
