//! General-English word lists: reporting verbs, titles, pronouns, function
//! words. Every list is a sorted `static` slice searched with
//! `binary_search`; a test checks that each is sorted and unique.
//!
//! Lookups fold ASCII case without allocating ([`Folded`]).

mod cues;
mod words;

pub(crate) use cues::{cue_verb, extra_cue_verbs, CueVerb, Frame, VerbForm};
pub(crate) use words::*;

/// A word folded to ASCII lowercase in a stack buffer, for lexicon lookups
/// without allocation. Words longer than the buffer are not folded (no
/// lexicon entry is that long).
pub(crate) struct Folded {
    buf: [u8; 24],
    len: usize,
    ok: bool,
}

impl Folded {
    #[inline]
    pub(crate) fn new(word: &str) -> Folded {
        let mut buf = [0u8; 24];
        let b = word.as_bytes();
        if b.len() > buf.len() {
            return Folded {
                buf,
                len: 0,
                ok: false,
            };
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Folded {
            buf,
            len: b.len(),
            ok: true,
        }
    }

    /// The folded word, or `None` when it was too long to fold.
    #[inline]
    pub(crate) fn get(&self) -> Option<&str> {
        if !self.ok {
            return None;
        }
        std::str::from_utf8(&self.buf[..self.len]).ok()
    }
}

/// Whether `word` (any case) is in the sorted lowercase list `list`.
#[inline]
pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    let f = Folded::new(word);
    match f.get() {
        Some(w) => list.binary_search(&w).is_ok(),
        None => false,
    }
}

#[cfg(test)]
pub(crate) fn assert_sorted_unique(name: &str, list: &[&str]) {
    for w in list.windows(2) {
        assert!(
            w[0] < w[1],
            "{name}: {:?} must come before {:?}",
            w[0],
            w[1]
        );
    }
    for w in list {
        assert_eq!(*w, w.to_lowercase(), "{name}: {w:?} must be lowercase");
    }
}
