//! General-English word lists: reporting verbs, titles, pronouns, function
//! words. Every list is a sorted `static` slice searched with
//! `binary_search`; a test checks that each is sorted and unique.
//!
//! Lookups fold ASCII case without allocating ([`Folded`]).

mod cues;
mod words;

pub(crate) use cues::{cue_verb, extra_cue_verbs, CueTable, CueVerb, Frame, VerbForm};
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

    /// The folded word's bytes, or `None` when it was too long to fold.
    #[inline]
    pub(crate) fn bytes(&self) -> Option<&[u8]> {
        self.ok.then(|| &self.buf[..self.len])
    }
}

/// A small, fast, non-cryptographic hasher (the `FxHash` of rustc) for the
/// lexicon tables: their keys are short words, not attacker-chosen sets.
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
