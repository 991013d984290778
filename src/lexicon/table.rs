//! The class table: every entry of every list in one hash table, laid out
//! for the tokenizer, which looks up every word of the text.

use super::verbs::CueVerb;
use super::Pronoun;

/// A hash table from packed words to class bits, laid out for the hot
/// path, where every token of the text is looked up:
///
/// - `filter`: one bit per value of the hash's top [`FILTER_BITS`] bits,
///   set when some entry hashes there (4 KiB);
/// - `index`: open addressing with linear probing over `u16` entry numbers,
///   at most half full (a quarter with the built-in lists, so that a
///   user's extra words have room), 0 for an empty slot;
/// - `keys` and `vals`: the entries themselves, dense, entry 0 a blank.
///
/// Fixed sizes let the compiler drop every bounds check, and the parts in
/// use fit in the L1 cache. The arrays are inline, not boxed: the tokenizer
/// reaches all of them from one pointer, with no pointer to load per array.
/// Whether a word of running text is in the lexicon is close to a coin
/// toss, so [`ClassTable::get`] has no branch on it: a word the filter
/// turns away reads the blank entry.
#[derive(Clone)]
pub(super) struct ClassTable {
    filter: [u64; (1 << FILTER_BITS) / 64],
    index: [u16; INDEX_SLOTS],
    keys: [u128; MAX_ENTRIES],
    pub(super) vals: [u16; MAX_ENTRIES],
    /// Every list (bit `1 << List`) that holds each entry: rules look
    /// these up when they need them; the tokenizer copies only `vals`.
    pub(super) lists: [u64; MAX_ENTRIES],
    /// The reporting verb of each entry that is a verb form.
    pub(super) verbs: [Option<CueVerb>; MAX_ENTRIES],
    /// The pronoun of each entry that is one.
    pub(super) pronouns: [Option<Pronoun>; MAX_ENTRIES],
    /// The pronoun of each entry that is a possessive (`his` → `he`).
    pub(super) possessives: [Option<Pronoun>; MAX_ENTRIES],
    /// Entries in use, the blank included.
    len: usize,
    /// A user's extra titles that the table cannot hold (any letter
    /// beyond ASCII: `Ärztin`, `Señor`), lowercased with
    /// [`str::to_lowercase`], sorted; empty in the built-in lexicon.
    pub(super) wide_titles: Vec<String>,
}

/// The number of hash bits that index [`ClassTable::filter`].
const FILTER_BITS: u32 = 15;

/// The number of hash bits that index [`ClassTable::index`].
const INDEX_BITS: u32 = 13;
const INDEX_SLOTS: usize = 1 << INDEX_BITS;
/// At most this many entries (the blank included), so that the index is at
/// most half full; a power of two, so that masking an entry number proves
/// it in bounds.
const MAX_ENTRIES: usize = INDEX_SLOTS / 2;

impl ClassTable {
    /// An empty table, on the heap (built there, not moved there).
    pub(super) fn boxed() -> Box<ClassTable> {
        Box::new(ClassTable {
            filter: [0; (1 << FILTER_BITS) / 64],
            index: [0; INDEX_SLOTS],
            keys: [0; MAX_ENTRIES],
            vals: [0; MAX_ENTRIES],
            lists: [0; MAX_ENTRIES],
            verbs: [None; MAX_ENTRIES],
            pronouns: [None; MAX_ENTRIES],
            possessives: [None; MAX_ENTRIES],
            len: 1,
            wide_titles: Vec::new(),
        })
    }

    /// Adds `classes` and `lists` to the entry of `key`, made if new, and
    /// returns its number (never 0); `None` when the table is full.
    pub(super) fn insert(&mut self, key: u128, classes: u16, lists: u64) -> Option<usize> {
        let mut i = Self::index_slot(key);
        loop {
            let e = usize::from(self.index[i]);
            if e == 0 {
                // At most half full, so that probes stay short.
                if self.len == MAX_ENTRIES {
                    return None;
                }
                let f = Self::filter_index(key);
                self.filter[f / 64] |= 1 << (f % 64);
                self.index[i] = self.len as u16;
                self.keys[self.len] = key;
                self.vals[self.len] = classes;
                self.lists[self.len] = lists;
                self.len += 1;
                return Some(self.len - 1);
            }
            if self.keys[e] == key {
                self.vals[e] |= classes;
                self.lists[e] |= lists;
                return Some(e);
            }
            i = (i + 1) % INDEX_SLOTS;
        }
    }

    /// Entries in use, the blank included.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Entries in use, the blank excluded.
    pub(super) fn len_in_use(&self) -> usize {
        self.len - 1
    }

    /// The keys in use (the blank's excluded).
    #[cfg(test)]
    pub(super) fn keys(&self) -> &[u128] {
        &self.keys[1..self.len]
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
    pub(super) fn get(&self, key: u128) -> u16 {
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

    /// The index of entry number `e` into the entries' arrays (masked, so
    /// that it needs no bounds check; an entry number is always below
    /// [`MAX_ENTRIES`]).
    #[inline]
    pub(super) fn slot(e: u16) -> usize {
        usize::from(e) & (MAX_ENTRIES - 1)
    }

    /// The entry number of `key`, 0 (the blank) if it has none.
    pub(super) fn entry(&self, key: u128) -> usize {
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
pub(super) fn pack(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    Some(fold_key(u128::from_le_bytes(buf), w.len()))
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
pub(super) fn fold_key(block: u128, len: usize) -> u128 {
    (block | u128::from_le_bytes([0x20; 16])) & crate::swar::low_bytes(len)
}
