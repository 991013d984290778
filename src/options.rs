//! The configured parser ([`Attributor`]) and its builder: the options
//! alone. Its parsing methods are in [`crate::pipeline`], which runs the
//! stages with them.

use crate::error::{ErrorKind, Result};
use crate::lexicon::{default_lexicon, speech_lexicon, Lexicon};
use crate::model::{Act, QuoteKind};
use crate::scan::MarkStyle;
use std::sync::Arc;

/// A configured quotation parser. Cheap to clone, `Send + Sync`, and
/// immutable once built: share one across threads.
///
/// ```
/// use quote_attribution::{Attributor, QuoteKind};
/// let attributor = Attributor::builder()
///     .reporting_verbs(["josh"])
///     .kinds(&[QuoteKind::Direct])
///     .build()?;
/// let doc = attributor.parse("“Never,” she joshed. He said taxes would rise.")?;
/// assert_eq!(doc.quotes().len(), 1);
/// assert_eq!(doc.quotes()[0].cue().unwrap().text(), "joshed");
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Attributor {
    /// The lexicon with the extra verbs and titles; `None` for the
    /// built-in one.
    lexicon: Option<Arc<Lexicon>>,
    pub(crate) kinds: [bool; 3],
    /// The acts to report, by [`Act`] number.
    pub(crate) acts: [bool; 3],
    pub(crate) min_confidence: f32,
    pub(crate) styles: Option<Vec<MarkStyle>>,
    pub(crate) max_input_len: Option<usize>,
}

/// The built-in lexicon for the acts `acts`: every verb in the wider
/// scope, the verbs of speech otherwise.
fn built_in(acts: &[bool; 3]) -> &'static Lexicon {
    if acts[Act::Thought as usize] || acts[Act::Evidence as usize] {
        default_lexicon()
    } else {
        speech_lexicon()
    }
}

impl Default for Attributor {
    fn default() -> Attributor {
        Attributor {
            lexicon: None,
            kinds: [true; 3],
            acts: [true, false, false],
            min_confidence: 0.0,
            styles: None,
            max_input_len: None,
        }
    }
}

impl Attributor {
    /// An attributor with the default options (what [`crate::parse`] uses).
    ///
    /// ```
    /// let doc = quote_attribution::Attributor::new().parse("“Hi,” he said.")?;
    /// assert_eq!(doc.quotes().len(), 1);
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn new() -> Attributor {
        Attributor::default()
    }

    /// A builder to set options.
    ///
    /// ```
    /// let a = quote_attribution::Attributor::builder().min_confidence(0.5).build()?;
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn builder() -> AttributorBuilder {
        AttributorBuilder::new()
    }

    /// The lexicon this attributor's tokens are classed with: the built-in
    /// one, without the verbs of the wider scope when it reports speech
    /// only.
    pub(crate) fn lexicon(&self) -> &Lexicon {
        self.lexicon
            .as_deref()
            .unwrap_or_else(|| built_in(&self.acts))
    }

    pub(crate) fn wants(&self, kind: QuoteKind) -> bool {
        self.kinds[kind as usize]
    }
}

/// Builds an [`Attributor`]. Defaults: every kind, every mark style, no
/// extra verbs or titles, minimum confidence 0, no input limit.
///
/// ```
/// use quote_attribution::{AttributorBuilder, MarkStyle};
/// let a = AttributorBuilder::new()
///     .mark_styles(&[MarkStyle::CurlyDouble, MarkStyle::StraightDouble])
///     .max_input_len(1 << 20)
///     .build()?;
/// # Ok::<(), quote_attribution::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct AttributorBuilder {
    verbs: Vec<String>,
    titles: Vec<String>,
    kinds: Option<Vec<QuoteKind>>,
    acts: Option<Vec<Act>>,
    min_confidence: f32,
    styles: Option<Vec<MarkStyle>>,
    max_input_len: Option<usize>,
}

impl AttributorBuilder {
    /// A builder with the default options.
    pub fn new() -> AttributorBuilder {
        AttributorBuilder::default()
    }

    /// Adds reporting verbs, given as lemmas (`"josh"`); their regular
    /// inflections (`joshes`, `joshed`, `joshing`) are added too. A verb
    /// must be one lowercase ASCII word of 3 to 12 letters, and neither it
    /// nor its forms a word of a closed class (`the`, `was`, `of`): those
    /// are refused with [`ErrorKind::InvalidOption`](crate::ErrorKind::InvalidOption).
    ///
    /// ```
    /// use quote_attribution::{Attributor, ErrorKind};
    /// let a = Attributor::builder().reporting_verbs(["muse", "panic"]).build()?;
    /// let doc = a.parse("“Perhaps,” she mused. “Run,” he panicked.")?;
    /// assert_eq!(doc.quotes()[0].speaker().unwrap().mention().text(), "she");
    /// assert_eq!(doc.quotes()[1].cue().unwrap().text(), "panicked");
    /// let err = Attributor::builder().reporting_verbs(["was"]).build().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidOption { option: "reporting_verbs", .. }));
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn reporting_verbs<I, S>(&mut self, verbs: I) -> &mut AttributorBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.verbs.extend(verbs.into_iter().map(Into::into));
        self
    }

    /// Adds titles that may stand before a name (`"Commodore"`,
    /// `"Ärztin"`), matched in any case. A title must be one word of 1 to
    /// 16 letters.
    ///
    /// ```
    /// let a = quote_attribution::Attributor::builder().titles(["Commodore"]).build()?;
    /// let doc = a.parse("Commodore Jo Bloggs said the fleet was ready.")?;
    /// assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Jo Bloggs");
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn titles<I, S>(&mut self, titles: I) -> &mut AttributorBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.titles.extend(titles.into_iter().map(Into::into));
        self
    }

    /// Which kinds of quotation to report (default: all). Must not be empty.
    ///
    /// ```
    /// use quote_attribution::{Attributor, QuoteKind};
    /// let a = Attributor::builder().kinds(&[QuoteKind::Indirect]).build()?;
    /// let doc = a.parse("“Yes,” he said. She said it rained.")?;
    /// assert_eq!(doc.quotes().len(), 1);
    /// assert!(Attributor::builder().kinds(&[]).build().is_err());
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn kinds(&mut self, kinds: &[QuoteKind]) -> &mut AttributorBuilder {
        self.kinds = Some(kinds.to_vec());
        self
    }

    /// Which acts to report (default: speech only). Must not be empty.
    /// Thoughts (`she believes …`, `he wants to …`) and evidence (`a poll
    /// shows …`, `according to the report`) are reported only when asked
    /// for; every quotation says which it is ([`Quote::act`](crate::Quote::act)).
    ///
    /// Acts beyond speech also widen what counts as content, as attribution
    /// corpora (PARC, PolNeAR) annotate it: a reporting verb's noun-phrase
    /// object (`praised the plan`, `denied the allegations`, `wants a
    /// vote`, `called for a moratorium`) and the topic after `about` or
    /// `against` (`warned against hackers`) are reported, with the verb's
    /// act (a spoken reaction's is speech). With speech only, a noun phrase
    /// is never reported speech.
    ///
    /// ```
    /// use quote_attribution::{Act, Attributor};
    /// let text = "A new poll shows the mayor is ahead. She said she was glad.";
    /// let all = Attributor::builder().acts(Act::ALL).build()?;
    /// let acts: Vec<Act> = all.parse(text)?.quotes().iter().map(|q| q.act()).collect();
    /// assert_eq!(acts, [Act::Evidence, Act::Speech]);
    /// assert_eq!(quote_attribution::parse(text).quotes().len(), 1);
    /// assert!(Attributor::builder().acts(&[]).build().is_err());
    ///
    /// // A noun-phrase object is content in the wider scope only.
    /// let text = "The senator praised the new budget.";
    /// let quotes = all.parse(text)?.quotes().to_vec();
    /// assert_eq!(quotes[0].text(), "the new budget");
    /// assert_eq!(quotes[0].act(), Act::Speech);
    /// assert!(quote_attribution::parse(text).quotes().is_empty());
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn acts(&mut self, acts: &[Act]) -> &mut AttributorBuilder {
        self.acts = Some(acts.to_vec());
        self
    }

    /// Drops attributions less confident than `min` (in `[0, 1]`).
    ///
    /// ```
    /// let a = quote_attribution::Attributor::builder().min_confidence(0.9).build()?;
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn min_confidence(&mut self, min: f32) -> &mut AttributorBuilder {
        self.min_confidence = min;
        self
    }

    /// Accepts only quotations marked in these styles (default: all).
    /// Must not be empty.
    ///
    /// ```
    /// use quote_attribution::{Attributor, MarkStyle};
    /// let a = Attributor::builder().mark_styles(&[MarkStyle::CurlyDouble]).build()?;
    /// let doc = a.parse("\"Straight,\" he said. “Curly,” she said.")?;
    /// assert_eq!(doc.quotes().len(), 1);
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn mark_styles(&mut self, styles: &[MarkStyle]) -> &mut AttributorBuilder {
        self.styles = Some(styles.to_vec());
        self
    }

    /// Refuses inputs longer than `bytes` with
    /// [`ErrorKind::InputTooLarge`].
    ///
    /// ```
    /// use quote_attribution::{Attributor, ErrorKind};
    /// let a = Attributor::builder().max_input_len(4).build()?;
    /// let err = a.parse("too long").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::InputTooLarge { len: 8, limit: 4 });
    /// # Ok::<(), quote_attribution::Error>(())
    /// ```
    pub fn max_input_len(&mut self, bytes: usize) -> &mut AttributorBuilder {
        self.max_input_len = Some(bytes);
        self
    }

    /// Checks the options and builds the attributor.
    ///
    /// ```
    /// use quote_attribution::{Attributor, ErrorKind};
    /// let err = Attributor::builder().reporting_verbs(["two words"]).build().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidOption { option: "reporting_verbs", .. }));
    /// ```
    pub fn build(&self) -> Result<Attributor> {
        let invalid = |option, reason: String| ErrorKind::InvalidOption { option, reason };
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(invalid(
                "min_confidence",
                format!("{} is not in [0, 1]", self.min_confidence),
            )
            .into());
        }
        for v in &self.verbs {
            let ok = (3..=12).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_lowercase());
            if !ok {
                return Err(invalid(
                    "reporting_verbs",
                    format!("{v:?} is not one lowercase word of 3 to 12 letters"),
                )
                .into());
            }
        }
        for t in &self.titles {
            if !(1..=16).contains(&t.chars().count()) || !t.chars().all(char::is_alphabetic) {
                let reason = format!("{t:?} is not one word of 1 to 16 letters");
                return Err(invalid("titles", reason).into());
            }
        }
        let mut kinds = [true; 3];
        if let Some(ks) = &self.kinds {
            if ks.is_empty() {
                return Err(invalid("kinds", "no quotation kind selected".into()).into());
            }
            kinds = [false; 3];
            for &k in ks {
                kinds[k as usize] = true;
            }
        }
        let mut acts = [true, false, false];
        if let Some(a) = &self.acts {
            if a.is_empty() {
                return Err(invalid("acts", "no act selected".into()).into());
            }
            acts = [false; 3];
            for &act in a {
                acts[act as usize] = true;
            }
        }
        if self.styles.as_ref().is_some_and(Vec::is_empty) {
            return Err(invalid("mark_styles", "no mark style selected".into()).into());
        }
        if self.max_input_len == Some(0) {
            return Err(invalid(
                "max_input_len",
                "a limit of 0 bytes refuses every input".into(),
            )
            .into());
        }
        // The extra words go into a lexicon of this attributor's own, so
        // that its tokens carry their bits like the built-in words.
        let lexicon = if self.verbs.is_empty() && self.titles.is_empty() {
            None
        } else {
            // Each list on its own, so that an error names its option.
            let lex = built_in(&acts)
                .with_extras(&self.verbs, &[])
                .map_err(|e| invalid("reporting_verbs", e.to_string()))?
                .with_extras(&[], &self.titles)
                .map_err(|e| invalid("titles", e.to_string()))?;
            Some(Arc::new(lex))
        };
        Ok(Attributor {
            lexicon,
            kinds,
            acts,
            min_confidence: self.min_confidence,
            styles: self.styles.clone(),
            max_input_len: self.max_input_len,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_the_lexicon_cannot_hold_are_refused() {
        for t in [
            "Superintendentess",
            "",
            "Vice Admiral",
            "Dr.",
            "Señoraaaaaaaaaaaa",
        ] {
            let err = Attributor::builder().titles([t]).build().unwrap_err();
            assert!(
                matches!(
                    err.kind(),
                    ErrorKind::InvalidOption {
                        option: "titles",
                        ..
                    }
                ),
                "{t:?}: {err}"
            );
        }
    }

    #[test]
    fn extra_words_go_into_the_attributors_own_lexicon() {
        // Tokens carry the bits of the attributor's words (no scan of the
        // text against a list of titles, no path of its own for verbs).
        let a = Attributor::builder()
            .titles(["Commodore"])
            .reporting_verbs(["josh"])
            .build()
            .unwrap();
        let key = |w: &str| crate::lexicon::key_in(w.as_bytes(), 0, w.len()).unwrap();
        assert_ne!(
            a.lexicon().classes().of(b"COMMODORE", 0, 9) & crate::lexicon::TITLE,
            0
        );
        assert!(a.lexicon().verb(key("joshed")).is_some());
        assert!(Attributor::default()
            .lexicon()
            .verb(key("joshed"))
            .is_none());
        let doc = a.parse("“Fine,” Commodore Jo Bloggs joshed.").unwrap();
        assert_eq!(doc.quotes()[0].speaker().unwrap().name(), "Jo Bloggs");
    }

    #[test]
    fn titles_beyond_ascii_match_in_any_case() {
        for (title, written) in [
            ("Ärztin", "Ärztin"),
            ("Ärztin", "ÄRZTIN"),
            ("Σύμβουλος", "Σύμβουλος"),
            ("σύμβουλος", "ΣΎΜΒΟΥΛΟΣ"),
            ("İnspector", "İnspector"),
            ("Señor", "Señor"),
            ("Señor", "SEÑOR"),
        ] {
            let a = Attributor::builder().titles([title]).build().unwrap();
            let text = format!("{written} Jo Bloggs said the fleet was ready.");
            let doc = a.parse(&text).unwrap();
            let q = &doc.quotes()[0];
            assert_eq!(
                q.speaker().unwrap().name(),
                "Jo Bloggs",
                "{title} {written}"
            );
            // Without the title, it is part of the name.
            let doc = crate::parse(&text);
            assert_ne!(doc.quotes()[0].speaker().unwrap().name(), "Jo Bloggs");
        }
    }
}
