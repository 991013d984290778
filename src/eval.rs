//! Scoring predicted quotations against gold annotations.
//!
//! This module reproduces, number for number, the scoring of the project's
//! reference scorer (`score.py`), and adds the span-overlap metrics that
//! published quotation extractors report. It does no I/O and parses no
//! JSON: [`GoldDoc`] implements [`serde::Deserialize`], so a caller reads a
//! gold file with the serde format crate of its choice (`serde_json`) and
//! hands it here with the text it annotates.
//!
//! ```
//! use quote_attribution::eval::{self, GoldDoc, GoldQuote};
//!
//! let text = "“We are ready,” Ms Roe said. Officials said the talks had failed.";
//! let gold = GoldDoc {
//!     quotes: vec![
//!         GoldQuote::new("direct", 3, 16, Some("Jane Roe")),
//!         GoldQuote::new("indirect", 48, 68, Some("Officials")),
//!     ],
//!     ..GoldDoc::default()
//! };
//! let doc = quote_attribution::parse(text);
//! let score = eval::score_document(&gold, &doc);
//! assert_eq!(score.summary.lenient.tp, 2);
//! assert_eq!(score.summary.end_to_end.f1(), 1.0);
//! assert!(score.misses.is_empty() && score.spurious.is_empty());
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
//! when [`GoldQuote`] has a field for them and ignored otherwise.
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
//! `speaker_spans`; or when the predicted name, normalised by
//! [`normalize_name`], equals the gold speaker or one of its aliases in the
//! gold's `speakers` table; or when the two share a last word longer than
//! two characters (`Mr Roe` and `Jane Roe`).
//!
//! A gold quotation marked `optional` is neither required nor penalised:
//! it does not count as gold, and a prediction matched to it does not count
//! as predicted. Precision is `tp / predicted` (1 when nothing was predicted
//! and nothing was expected, else 0), recall is `tp / gold` (1 when nothing
//! was expected), and F1 their harmonic mean; see [`Counts`].
//!
//! # Agreement with `score.py`
//!
//! [`Summary::lenient`], [`Summary::exact`], [`Summary::end_to_end`],
//! [`Summary::kind_ok`] and the `gold`, `found` and `found_with_speaker`
//! counts of [`Summary::by_kind`] are exactly `score.py`'s `match`,
//! `strict`, `e2e`, `kind_ok` and `recall_by_kind`, with the same
//! precision, recall and F1 conventions. Names are normalised with the same
//! character classes (Unicode letters, numbers and `_` are kept, other
//! non-blank characters dropped); only the Unicode version of the tables
//! can differ.

use crate::{Document, Quote, Span};
use once_cell::sync::Lazy;
use regex::Regex;
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The characters [`trim_span`] strips from both ends of a span: blanks,
/// quotation marks of every style, and punctuation.
pub const TRIM_CHARS: &[char] = &[
    ' ', '\t', '\r', '\n', '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', ',', '.',
    ';', ':', '!', '?', '–', '—', '-',
];

/// One annotated document: its gold quotations and its speakers' aliases.
///
/// Deserialize it from a gold file; the annotated text is read separately
/// (from [`GoldDoc::text_file`], relative to the gold file).
///
/// ```
/// use quote_attribution::eval::GoldDoc;
/// use std::collections::BTreeMap;
///
/// let mut speakers = BTreeMap::new();
/// speakers.insert("Jane Roe".to_string(), vec!["Ms Roe".to_string()]);
/// let gold = GoldDoc { text_file: Some("roe.txt".into()), speakers, quotes: vec![] };
/// assert_eq!(gold.speakers["Jane Roe"], ["Ms Roe"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GoldDoc {
    /// The annotated text file, relative to the gold file.
    #[serde(default)]
    pub text_file: Option<String>,
    /// Canonical speaker names and their aliases (`"Jane Roe":
    /// ["Ms Roe", …]`). A predicted name equal to an alias of the gold
    /// speaker is right.
    #[serde(default)]
    pub speakers: BTreeMap<String, Vec<String>>,
    /// The gold quotations.
    pub quotes: Vec<GoldQuote>,
}

/// One gold quotation.
///
/// ```
/// use quote_attribution::eval::GoldQuote;
/// let q = GoldQuote::new("direct", 3, 17, Some("Jane Roe"));
/// assert_eq!((q.kind.as_str(), q.start, q.end), ("direct", 3, 17));
/// assert!(!q.optional && q.speaker_spans.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GoldQuote {
    /// An identifier for reports (`"q7"`), when the gold gives one.
    #[serde(default)]
    pub id: Option<String>,
    /// `"direct"`, `"mixed"` or `"indirect"`.
    pub kind: String,
    /// The UTF-8 byte offset where the content starts.
    pub start: usize,
    /// The UTF-8 byte offset where the content ends.
    pub end: usize,
    /// The content, `text[start..end]`, when the gold repeats it.
    #[serde(default)]
    pub content: Option<String>,
    /// The speaker: a canonical name, or the source mention as written.
    /// `None` when the quotation has no speaker.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The cue (`said`, `according to`), when the gold gives one.
    #[serde(default)]
    pub cue: Option<String>,
    /// Byte spans `[start, end]` of the source mention(s): a predicted
    /// mention overlapping one of them names the right speaker.
    #[serde(default)]
    pub speaker_spans: Vec<(usize, usize)>,
    /// An optional quotation is neither required nor penalised.
    #[serde(default)]
    pub optional: bool,
}

impl GoldQuote {
    /// A required gold quotation with the given kind, span and speaker;
    /// the other fields are empty.
    ///
    /// ```
    /// use quote_attribution::eval::GoldQuote;
    /// let q = GoldQuote::new("indirect", 10, 40, None);
    /// assert_eq!(q.speaker, None);
    /// ```
    pub fn new(kind: &str, start: usize, end: usize, speaker: Option<&str>) -> GoldQuote {
        GoldQuote {
            kind: kind.to_string(),
            start,
            end,
            speaker: speaker.map(str::to_string),
            ..GoldQuote::default()
        }
    }
}

/// One predicted quotation, as the scorer sees it.
///
/// Build them from a parsed [`Document`] with [`Predicted::from_document`],
/// or by hand to score another system's output.
///
/// ```
/// use quote_attribution::{eval::Predicted, Span};
/// let p = Predicted {
///     kind: "direct".into(),
///     span: Span::new(3, 17),
///     speaker: Some("Jane Roe".into()),
///     mention: Some(Span::new(20, 26)),
/// };
/// assert_eq!(p.span.len(), 14);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Predicted {
    /// `"direct"`, `"mixed"` or `"indirect"`.
    pub kind: String,
    /// The byte span of the content. A span that ends past the text matches
    /// nothing and counts as spurious.
    pub span: Span,
    /// The speaker's name, when there is one.
    pub speaker: Option<String>,
    /// The byte span of the mention that names the speaker, when known.
    pub mention: Option<Span>,
}

impl Predicted {
    /// The prediction for one quotation of the library's output: its kind,
    /// span, speaker name and speaker mention.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// let doc = quote_attribution::parse("“Fine,” Ms Roe said.");
    /// let p = Predicted::from_quote(&doc.quotes()[0]);
    /// assert_eq!(p.kind, "direct");
    /// assert_eq!(p.speaker.as_deref(), Some("Roe"));
    /// ```
    pub fn from_quote(quote: &Quote<'_>) -> Predicted {
        Predicted {
            kind: quote.kind().as_str().to_string(),
            span: quote.span(),
            speaker: quote.speaker().map(|s| s.name().to_string()),
            mention: quote.speaker().map(|s| s.mention().span()),
        }
    }

    /// The predictions for every quotation of a document, in order.
    ///
    /// ```
    /// use quote_attribution::eval::Predicted;
    /// let doc = quote_attribution::parse("“Yes,” he said. She said it rained.");
    /// let kinds: Vec<String> = Predicted::from_document(&doc).into_iter().map(|p| p.kind).collect();
    /// assert_eq!(kinds, ["direct", "indirect"]);
    /// ```
    pub fn from_document(doc: &Document<'_>) -> Vec<Predicted> {
        doc.quotes().iter().map(Predicted::from_quote).collect()
    }
}

impl From<&Quote<'_>> for Predicted {
    fn from(quote: &Quote<'_>) -> Predicted {
        Predicted::from_quote(quote)
    }
}

/// The span `start..end` of `text` without quotation marks, punctuation and
/// blanks ([`TRIM_CHARS`]) at either end, nor a leading `that ` (any case):
/// `said that X` and `said X` report the same content.
///
/// Offsets past the end of the text give an empty span at `start`. Like
/// `score.py`, a span that splits a character is decoded with replacement
/// characters before trimming.
///
/// ```
/// use quote_attribution::{eval::trim_span, Span};
/// let text = "She said that the talks failed.";
/// let s = trim_span(text, 9, text.len());
/// assert_eq!(&text[s], "the talks failed");
/// assert_eq!(trim_span(text, 3, 3), Span::new(3, 3));
/// ```
pub fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let bytes = text.as_bytes();
    let lo = start.min(bytes.len());
    let hi = end.min(bytes.len()).max(lo);
    let t = String::from_utf8_lossy(&bytes[lo..hi]);
    let rest = t.trim_start_matches(TRIM_CHARS);
    let mut lead = t.len() - rest.len();
    let mut core = rest.trim_end_matches(TRIM_CHARS);
    let first5: String = core.chars().take(5).collect();
    if first5.to_lowercase() == "that " {
        lead += first5.len();
        core = &core[first5.len()..];
    }
    let s = start + lead;
    Span::new(s, s + core.len())
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
    aliases: &BTreeMap<String, Vec<String>>,
    pred_mention: Option<Span>,
    gold_spans: &[(usize, usize)],
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
            .any(|&(s, e)| m.start().max(s) < m.end().min(e))
        {
            return true;
        }
    }
    let p = normalize_name(pred);
    let g = normalize_name(gold);
    if p == g
        || aliases
            .get(gold)
            .is_some_and(|al| al.iter().any(|a| normalize_name(a) == p))
    {
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
/// let c = Counts { gold: 10, pred: 8, tp: 6 };
/// assert_eq!(c.precision(), 0.75);
/// assert_eq!(c.recall(), 0.6);
/// assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold quotations that are not optional.
    pub gold: usize,
    /// Predictions, less those matched to an optional gold quotation.
    pub pred: usize,
    /// Matched pairs that satisfy the metric.
    pub tp: usize,
}

impl Counts {
    /// `tp / pred`; with no prediction, 1 if nothing was expected, else 0.
    ///
    /// ```
    /// use quote_attribution::eval::Counts;
    /// assert_eq!(Counts { gold: 0, pred: 0, tp: 0 }.precision(), 1.0);
    /// assert_eq!(Counts { gold: 3, pred: 0, tp: 0 }.precision(), 0.0);
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
    /// assert_eq!(Counts { gold: 4, pred: 2, tp: 1 }.recall(), 0.25);
    /// assert_eq!(Counts { gold: 0, pred: 2, tp: 0 }.recall(), 1.0);
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
    /// assert_eq!(Counts { gold: 2, pred: 2, tp: 2 }.f1(), 1.0);
    /// assert_eq!(Counts { gold: 2, pred: 2, tp: 0 }.f1(), 0.0);
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
    /// let prf = Counts { gold: 4, pred: 4, tp: 2 }.prf();
    /// assert_eq!((prf.precision, prf.recall, prf.f1), (0.5, 0.5, 0.5));
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

/// Precision, recall and F1 of one metric.
///
/// ```
/// use quote_attribution::eval::{Counts, Prf};
/// let Prf { precision, recall, f1 } = Counts { gold: 1, pred: 1, tp: 1 }.prf();
/// assert_eq!((precision, recall, f1), (1.0, 1.0, 1.0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// The share of predictions that are right.
    pub precision: f64,
    /// The share of gold quotations found.
    pub recall: f64,
    /// The harmonic mean of precision and recall.
    pub f1: f64,
}

/// The counts for one kind of gold quotation (`direct`, `mixed`,
/// `indirect`).
///
/// ```
/// use quote_attribution::eval::KindCounts;
/// let k = KindCounts { gold: 4, found: 3, found_with_speaker: 2, predicted: 5, correct: 3 };
/// assert_eq!(k.recall(), 0.75);
/// assert_eq!(k.recall_with_speaker(), 0.5);
/// assert_eq!(k.typed().precision(), 0.6);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindCounts {
    /// Required gold quotations of this kind.
    pub gold: usize,
    /// Of those, how many a prediction matched (lenient), whatever its kind.
    pub found: usize,
    /// Of those found, how many with the right speaker.
    pub found_with_speaker: usize,
    /// Predictions of this kind (less those matched to optional gold).
    pub predicted: usize,
    /// Lenient pairs where gold and prediction both have this kind.
    pub correct: usize,
}

impl KindCounts {
    /// `found / gold` (1 when there is no gold of this kind): `score.py`'s
    /// recall by kind.
    ///
    /// ```
    /// use quote_attribution::eval::KindCounts;
    /// assert_eq!(KindCounts { gold: 2, found: 1, ..Default::default() }.recall(), 0.5);
    /// ```
    pub fn recall(&self) -> f64 {
        Counts {
            gold: self.gold,
            pred: 0,
            tp: self.found,
        }
        .recall()
    }

    /// `found_with_speaker / gold` (1 when there is no gold of this kind).
    ///
    /// ```
    /// use quote_attribution::eval::KindCounts;
    /// assert_eq!(KindCounts { gold: 4, found: 2, found_with_speaker: 1, ..Default::default() }.recall_with_speaker(), 0.25);
    /// ```
    pub fn recall_with_speaker(&self) -> f64 {
        Counts {
            gold: self.gold,
            pred: 0,
            tp: self.found_with_speaker,
        }
        .recall()
    }

    /// Detection that also requires the right kind: a lenient pair counts
    /// only when the prediction has this kind too, and precision is over
    /// the predictions of this kind.
    ///
    /// ```
    /// use quote_attribution::eval::KindCounts;
    /// let k = KindCounts { gold: 2, found: 2, found_with_speaker: 2, predicted: 4, correct: 1 };
    /// assert_eq!((k.typed().precision(), k.typed().recall()), (0.25, 0.5));
    /// ```
    pub fn typed(&self) -> Counts {
        Counts {
            gold: self.gold,
            pred: self.predicted,
            tp: self.correct,
        }
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
/// `f1`), `kind_ok`, `speaker_accuracy` and `by_kind`.
///
/// ```
/// use quote_attribution::eval::{score, GoldDoc, GoldQuote, Metric, Predicted, Summary};
///
/// let text = "“Yes,” he said.";
/// let gold = GoldDoc { quotes: vec![GoldQuote::new("direct", 3, 7, None)], ..Default::default() };
/// let doc = quote_attribution::parse(text);
/// let one = score(&gold, text, &Predicted::from_document(&doc));
/// let total: Summary = [&one, &one].into_iter().collect();
/// assert_eq!(total.docs, 2);
/// assert_eq!(total.counts(Metric::Exact).tp, 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// How many documents were added up.
    pub docs: usize,
    /// Exact trimmed spans.
    pub exact: Counts,
    /// Intersection at least 30% of the gold span.
    pub overlap_0_3: Counts,
    /// Intersection at least 80% of the gold span.
    pub overlap_0_8: Counts,
    /// Overlap at least half of the union.
    pub lenient: Counts,
    /// Lenient and the right speaker.
    pub end_to_end: Counts,
    /// Lenient pairs whose predicted kind equals the gold kind.
    pub kind_ok: usize,
    /// Counts by kind, keyed by the gold (or predicted) kind.
    pub by_kind: BTreeMap<String, KindCounts>,
}

impl Summary {
    /// The counts of one metric.
    ///
    /// ```
    /// use quote_attribution::eval::{Metric, Summary};
    /// assert_eq!(Summary::default().counts(Metric::Lenient).tp, 0);
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
    /// assert_eq!(Summary::default().prf(Metric::EndToEnd).f1, 1.0);
    /// ```
    pub fn prf(&self, metric: Metric) -> Prf {
        self.counts(metric).prf()
    }

    /// The share of lenient matches whose speaker is right (0 with no
    /// match).
    ///
    /// ```
    /// use quote_attribution::eval::{Counts, Summary};
    /// let mut s = Summary::default();
    /// s.lenient = Counts { gold: 4, pred: 4, tp: 4 };
    /// s.end_to_end = Counts { gold: 4, pred: 4, tp: 3 };
    /// assert_eq!(s.speaker_accuracy(), 0.75);
    /// ```
    pub fn speaker_accuracy(&self) -> f64 {
        if self.lenient.tp > 0 {
            self.end_to_end.tp as f64 / self.lenient.tp as f64
        } else {
            0.0
        }
    }

    /// Adds another summary's counts to this one.
    ///
    /// ```
    /// use quote_attribution::eval::{Counts, Summary};
    /// let mut a = Summary { docs: 1, lenient: Counts { gold: 2, pred: 1, tp: 1 }, ..Default::default() };
    /// a.merge(&a.clone());
    /// assert_eq!((a.docs, a.lenient.gold), (2, 4));
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
            self.by_kind.entry(k.clone()).or_default().merge(v);
        }
    }
}

impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Summary", 10)?;
        st.serialize_field("docs", &self.docs)?;
        st.serialize_field("exact", &self.exact)?;
        st.serialize_field("overlap_0.3", &self.overlap_0_3)?;
        st.serialize_field("overlap_0.8", &self.overlap_0_8)?;
        st.serialize_field("lenient", &self.lenient)?;
        st.serialize_field("end_to_end", &self.end_to_end)?;
        st.serialize_field("kind_ok", &self.kind_ok)?;
        st.serialize_field("speaker_accuracy", &self.speaker_accuracy())?;
        st.serialize_field("by_kind", &self.by_kind)?;
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

/// A required gold quotation that no prediction matched (lenient).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    /// Its index in [`GoldDoc::quotes`].
    pub gold: usize,
    /// Its id, when the gold gives one.
    pub id: Option<String>,
    /// Its kind.
    pub kind: String,
    /// Its trimmed span.
    pub span: Span,
}

/// A prediction that matched no gold quotation (lenient).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spurious {
    /// Its index in the predictions.
    pub pred: usize,
    /// Its kind.
    pub kind: String,
    /// Its speaker's name.
    pub speaker: Option<String>,
    /// Its trimmed span.
    pub span: Span,
}

/// A lenient match whose speaker is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrongSpeaker {
    /// The gold quotation's index in [`GoldDoc::quotes`].
    pub gold: usize,
    /// The prediction's index.
    pub pred: usize,
    /// The gold quotation's id, when the gold gives one.
    pub id: Option<String>,
    /// The gold speaker.
    pub expected: Option<String>,
    /// The predicted speaker.
    pub found: Option<String>,
}

/// The score of one document: its counts, and what went wrong.
///
/// ```
/// use quote_attribution::eval::{score_document, GoldDoc, GoldQuote};
/// let text = "“Yes,” he said. “No,” she said.";
/// let gold = GoldDoc { quotes: vec![GoldQuote::new("direct", 3, 7, Some("Bob"))], ..Default::default() };
/// let s = score_document(&gold, &quote_attribution::parse(text));
/// assert_eq!(s.summary.lenient.tp, 1);
/// assert_eq!(s.spurious.len(), 1);               // “No,”
/// assert_eq!(s.wrong_speakers.len(), 1);         // "he" is not Bob
/// assert_eq!(&text[s.spurious[0].span], "No");
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocScore {
    /// The counts, with `docs == 1`.
    pub summary: Summary,
    /// Required gold quotations not found, in gold order.
    pub misses: Vec<Miss>,
    /// Predictions matching no gold quotation, in prediction order.
    pub spurious: Vec<Spurious>,
    /// Matches whose speaker is wrong, in gold order.
    pub wrong_speakers: Vec<WrongSpeaker>,
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
/// into it.
///
/// ```
/// use quote_attribution::{eval::{score, GoldDoc, GoldQuote, Predicted}, Span};
///
/// let text = "The minister said that the talks had failed.";
/// let gold = GoldDoc { quotes: vec![GoldQuote::new("indirect", 18, 43, Some("minister"))], ..Default::default() };
/// let pred = Predicted {
///     kind: "indirect".into(),
///     span: Span::new(23, 43), // "the talks had failed": the leading "that" is not content
///     speaker: Some("The minister".into()),
///     mention: Some(Span::new(0, 12)),
/// };
/// let s = score(&gold, text, &[pred]);
/// assert_eq!(s.summary.exact.tp, 1);
/// assert_eq!(s.summary.end_to_end.tp, 1); // shares the last word "minister"
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
            &gold.speakers,
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
        let k = summary.by_kind.entry(q.kind.clone()).or_default();
        if !q.optional {
            k.gold += 1;
        }
        match gm[gi] {
            Some(_) if q.optional => {}
            Some(pi) => {
                k.found += 1;
                let r = &predicted[pi];
                if r.kind == q.kind {
                    summary.kind_ok += 1;
                    k.correct += 1;
                }
                if right_speaker(gi, pi) {
                    k.found_with_speaker += 1;
                } else {
                    out.wrong_speakers.push(WrongSpeaker {
                        gold: gi,
                        pred: pi,
                        id: q.id.clone(),
                        expected: q.speaker.clone(),
                        found: r.speaker.clone(),
                    });
                }
            }
            None if q.optional => {}
            None => out.misses.push(Miss {
                gold: gi,
                id: q.id.clone(),
                kind: q.kind.clone(),
                span: g[gi],
            }),
        }
    }
    for (pi, r) in predicted.iter().enumerate() {
        let matched_optional = pm[pi].is_some_and(|gi| gold.quotes[gi].optional);
        if !matched_optional {
            summary.by_kind.entry(r.kind.clone()).or_default().predicted += 1;
        }
        if pm[pi].is_none() {
            out.spurious.push(Spurious {
                pred: pi,
                kind: r.kind.clone(),
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
/// let text = "“Yes,” he said.";
/// let gold = GoldDoc { quotes: vec![GoldQuote::new("direct", 0, 10, None)], ..Default::default() };
/// // The gold span includes the marks and comma; trimmed, it equals the prediction.
/// let s = score_document(&gold, &quote_attribution::parse(text));
/// assert_eq!(s.summary.prf(Metric::Exact).f1, 1.0);
/// ```
pub fn score_document(gold: &GoldDoc, doc: &Document<'_>) -> DocScore {
    score(gold, doc.text(), &Predicted::from_document(doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pred(kind: &str, start: usize, end: usize, speaker: Option<&str>) -> Predicted {
        Predicted {
            kind: kind.into(),
            span: Span::new(start, end),
            speaker: speaker.map(Into::into),
            mention: None,
        }
    }

    fn gold(quotes: Vec<GoldQuote>) -> GoldDoc {
        GoldDoc {
            quotes,
            ..GoldDoc::default()
        }
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
        ];
        for &(input, want) in cases {
            let text = format!("xx{input}yy");
            let s = trim_span(&text, 2, 2 + input.len());
            assert_eq!(&text.as_str()[s], want, "trimming {input:?}");
        }
    }

    #[test]
    fn trim_out_of_range_and_split_chars() {
        let text = "ab“cd”";
        assert_eq!(trim_span(text, 50, 60), Span::new(50, 50));
        assert_eq!(trim_span(text, 4, 2), Span::new(4, 4));
        assert_eq!(trim_span(text, 0, 100), Span::new(0, text.len() - 3));
        // Splitting “ leaves replacement characters, which are not trimmed;
        // their re-encoded length (3 bytes each) moves the end, as in score.py.
        let s = trim_span(text, 3, 6);
        assert_eq!(s.start(), 3);
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
        let mut aliases = BTreeMap::new();
        aliases.insert("Jane Roe".to_string(), vec!["PM".to_string()]);
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
            &[(12, 20)]
        ));
        assert!(!speaker_ok(
            Some("she"),
            Some("Jane Roe"),
            &aliases,
            Some(Span::new(10, 13)),
            &[(13, 20)]
        ));
    }

    #[test]
    fn lenient_threshold_is_half_the_union() {
        let text = "0123456789abcdefghij";
        let g = gold(vec![GoldQuote::new("direct", 0, 10, None)]);
        // 5 / 10: matches.
        let s = score(&g, text, &[pred("direct", 0, 5, None)]);
        assert_eq!(
            s.summary.lenient,
            Counts {
                gold: 1,
                pred: 1,
                tp: 1
            }
        );
        assert_eq!(s.summary.exact.tp, 0);
        // 4 / 10: no match.
        let s = score(&g, text, &[pred("direct", 0, 4, None)]);
        assert_eq!(
            s.summary.lenient,
            Counts {
                gold: 1,
                pred: 1,
                tp: 0
            }
        );
        assert_eq!(s.misses.len(), 1);
        assert_eq!(s.spurious.len(), 1);
        // 5 / 11 (union 0..11): no match.
        let s = score(&g, text, &[pred("direct", 5, 11, None)]);
        assert_eq!(s.summary.lenient.tp, 0);
    }

    #[test]
    fn matching_is_one_to_one_best_first() {
        let text = "a".repeat(100);
        let g = gold(vec![
            GoldQuote::new("direct", 0, 10, None),
            GoldQuote::new("direct", 0, 12, None),
        ]);
        // Pred 0 fits gold 1 exactly, pred 1 fits gold 0 at 9/10.
        let p = [pred("direct", 0, 12, None), pred("direct", 0, 9, None)];
        let s = score(&g, &text, &p);
        assert_eq!(s.summary.lenient.tp, 2);
        assert_eq!(s.summary.exact.tp, 1);
        // Two predictions for one gold: one is spurious.
        let g = gold(vec![GoldQuote::new("direct", 0, 10, None)]);
        let s = score(
            &g,
            &text,
            &[pred("direct", 0, 10, None), pred("direct", 0, 10, None)],
        );
        assert_eq!(
            s.summary.lenient,
            Counts {
                gold: 1,
                pred: 2,
                tp: 1
            }
        );
        assert_eq!(
            s.spurious.iter().map(|x| x.pred).collect::<Vec<_>>(),
            [0],
            "ties go to the higher index"
        );
    }

    #[test]
    fn optional_gold_is_neither_required_nor_penalised() {
        let text = "a".repeat(100);
        let mut opt = GoldQuote::new("indirect", 20, 40, None);
        opt.optional = true;
        let g = gold(vec![GoldQuote::new("direct", 0, 10, None), opt]);
        // Finding the optional one costs nothing.
        let s = score(
            &g,
            &text,
            &[pred("direct", 0, 10, None), pred("indirect", 22, 40, None)],
        );
        assert_eq!(
            s.summary.lenient,
            Counts {
                gold: 1,
                pred: 1,
                tp: 1
            }
        );
        assert_eq!(
            s.summary.exact,
            Counts {
                gold: 1,
                pred: 1,
                tp: 1
            }
        );
        assert_eq!(
            s.summary.overlap_0_8,
            Counts {
                gold: 1,
                pred: 1,
                tp: 1
            }
        );
        assert!(s.spurious.is_empty() && s.misses.is_empty());
        // Missing it costs nothing either.
        let s = score(&g, &text, &[pred("direct", 0, 10, None)]);
        assert_eq!(
            s.summary.lenient,
            Counts {
                gold: 1,
                pred: 1,
                tp: 1
            }
        );
        assert!(s.misses.is_empty());
        // The optional gold's kind still gets an entry, with no gold.
        assert_eq!(s.summary.by_kind["indirect"], KindCounts::default());
    }

    #[test]
    fn overlap_of_the_gold_span() {
        let text = "a".repeat(100);
        let g = gold(vec![GoldQuote::new("indirect", 0, 10, None)]);
        let one = |start, end| score(&g, &text, &[pred("indirect", start, end, None)]).summary;
        // 3 of 10 gold bytes: overlap_0.3 only.
        let s = one(7, 40);
        assert_eq!(
            (s.overlap_0_3.tp, s.overlap_0_8.tp, s.lenient.tp),
            (1, 0, 0)
        );
        // 8 of 10 inside a long prediction: 0.3 and 0.8, not lenient.
        let s = one(2, 60);
        assert_eq!(
            (s.overlap_0_3.tp, s.overlap_0_8.tp, s.lenient.tp),
            (1, 1, 0)
        );
        // 2 of 10: none.
        let s = one(8, 12);
        assert_eq!((s.overlap_0_3.tp, s.overlap_0_8.tp), (0, 0));
        // One long prediction covering two gold quotations matches only one.
        let g2 = gold(vec![
            GoldQuote::new("direct", 0, 10, None),
            GoldQuote::new("direct", 20, 30, None),
        ]);
        let s = score(&g2, &text, &[pred("direct", 0, 30, None)]).summary;
        assert_eq!(
            s.overlap_0_8,
            Counts {
                gold: 2,
                pred: 1,
                tp: 1
            }
        );
        // Ties on the gold share go to the tighter prediction.
        let s = score(
            &g,
            &text,
            &[pred("direct", 0, 10, None), pred("direct", 0, 90, None)],
        )
        .summary;
        assert_eq!(
            s.overlap_0_8,
            Counts {
                gold: 1,
                pred: 2,
                tp: 1
            }
        );
        let s = score(
            &g,
            &text,
            &[pred("direct", 0, 90, None), pred("direct", 0, 10, None)],
        );
        assert_eq!(s.summary.overlap_0_3.tp, 1);
        assert_eq!(s.spurious[0].pred, 0);
    }

    #[test]
    fn end_to_end_and_kinds() {
        let text = "a".repeat(100);
        let mut aliases = BTreeMap::new();
        aliases.insert("Jane Roe".to_string(), vec!["Ms Roe".to_string()]);
        let g = GoldDoc {
            text_file: None,
            speakers: aliases,
            quotes: vec![
                GoldQuote::new("direct", 0, 10, Some("Jane Roe")),
                GoldQuote::new("mixed", 20, 30, Some("Jane Roe")),
                GoldQuote::new("indirect", 40, 50, None),
                GoldQuote::new("indirect", 60, 70, Some("Bob Bobson")),
            ],
        };
        let p = [
            pred("direct", 0, 10, Some("Ms Roe")),
            pred("indirect", 20, 30, Some("Roe")),
            pred("indirect", 40, 50, Some("Someone")),
            pred("direct", 80, 90, None),
        ];
        let s = score(&g, &text, &p);
        assert_eq!(
            s.summary.lenient,
            Counts {
                gold: 4,
                pred: 4,
                tp: 3
            }
        );
        assert_eq!(
            s.summary.end_to_end,
            Counts {
                gold: 4,
                pred: 4,
                tp: 2
            }
        );
        assert_eq!(s.summary.kind_ok, 2);
        assert_eq!(s.wrong_speakers.len(), 1);
        assert_eq!(s.wrong_speakers[0].gold, 2);
        assert_eq!(s.misses.len(), 1);
        assert_eq!(s.misses[0].gold, 3);
        let k = &s.summary.by_kind;
        assert_eq!(
            k["direct"],
            KindCounts {
                gold: 1,
                found: 1,
                found_with_speaker: 1,
                predicted: 2,
                correct: 1
            }
        );
        assert_eq!(
            k["mixed"],
            KindCounts {
                gold: 1,
                found: 1,
                found_with_speaker: 1,
                predicted: 0,
                correct: 0
            }
        );
        assert_eq!(
            k["indirect"],
            KindCounts {
                gold: 2,
                found: 1,
                found_with_speaker: 0,
                predicted: 2,
                correct: 1
            }
        );
        assert!((s.summary.speaker_accuracy() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn spans_past_the_text_are_spurious() {
        let text = "“Yes,” he said.";
        let g = gold(vec![GoldQuote::new("direct", 3, 7, None)]);
        let s = score(&g, text, &[pred("direct", 3, 700, None)]);
        assert_eq!(
            s.summary.lenient,
            Counts {
                gold: 1,
                pred: 1,
                tp: 0
            }
        );
        assert_eq!(s.spurious[0].span, Span::new(0, 0));
    }

    #[test]
    fn empty_documents() {
        let s = score(&GoldDoc::default(), "", &[]);
        for m in Metric::ALL {
            assert_eq!(
                s.summary.prf(m),
                Prf {
                    precision: 1.0,
                    recall: 1.0,
                    f1: 1.0
                }
            );
        }
        assert_eq!(s.summary.speaker_accuracy(), 0.0);
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
        assert_eq!(g.text_file.as_deref(), Some("a.txt"));
        assert_eq!(g.speakers["Jane Roe"], ["Ms Roe", "Roe"]);
        assert_eq!(g.quotes[0].id.as_deref(), Some("q1"));
        assert_eq!(g.quotes[0].cue.as_deref(), Some("said"));
        assert!(!g.quotes[0].optional);
        assert_eq!(g.quotes[1].speaker, None);
        assert_eq!(g.quotes[1].speaker_spans, [(1, 4), (50, 52)]);
        assert!(g.quotes[1].optional);
        // No speakers table (PolNeAR) is fine.
        let g: GoldDoc = serde_json::from_str(r#"{"quotes": []}"#).expect("minimal gold parses");
        assert!(g.speakers.is_empty() && g.text_file.is_none());
    }

    #[test]
    fn summary_serializes_every_metric() {
        let text = "a".repeat(50);
        let g = gold(vec![GoldQuote::new("direct", 0, 10, None)]);
        let s = score(
            &g,
            &text,
            &[pred("direct", 0, 10, None), pred("mixed", 20, 30, None)],
        );
        let v = serde_json::to_value(&s.summary).expect("serializes");
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
    }

    #[test]
    fn summaries_add_up() {
        let text = "a".repeat(50);
        let g = gold(vec![GoldQuote::new("direct", 0, 10, None)]);
        let a = score(&g, &text, &[pred("direct", 0, 10, None)]);
        let b = score(&g, &text, &[pred("direct", 20, 30, None)]);
        let total: Summary = [&a, &b].into_iter().collect();
        assert_eq!(total.docs, 2);
        assert_eq!(
            total.lenient,
            Counts {
                gold: 2,
                pred: 2,
                tp: 1
            }
        );
        assert_eq!(total.by_kind["direct"].predicted, 2);
        let again: Summary = [&total, &a.summary].into_iter().collect();
        assert_eq!(again.docs, 3);
    }
}
