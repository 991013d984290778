//! Stage 5: speaker resolution.
//!
//! Links every speaker mention to one entity per source across the
//! document: `Prime Minister Jane Roe`, `Ms Roe`, `Roe` and `she` become one
//! entity named by its fullest name (`Jane Roe`). Names found anywhere in
//! the text (not only speakers) take part, so a full name given in narration
//! names the entity a later `Ms Roe said` refers to.

use crate::attribute::Attribution;
use crate::lexicon::FxBuild;
use crate::lexicon::Pronoun;
use crate::mentions::{Mention, MentionKind, Toks};
use crate::model::{EntityKind, Quote, QuoteSpeaker, Snippet, Speaker};
use crate::span::Span;
use std::collections::HashMap;

/// How many recently mentioned entities a pronoun looks back over.
const RECENT: usize = 24;

/// How many same-key entities a name is compared with (most recent first).
const MAX_CANDIDATES: usize = 16;

/// A name seen in narration, for resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NameMention {
    start: u32,
    /// The lookup key (see [`name_key`]), computed while the text is in
    /// the cache: resolution runs after the whole text, and reading names
    /// back then would miss the cache at every one. Two halves, so that
    /// the record needs only 4-byte alignment.
    key: [u32; 2],
    len: u16,
    /// The head's offset from `start`, and its length.
    head_off: u16,
    head_len: u16,
    gender: i8,
    /// [`NONPERSON`] and [`SUBJECT`].
    flags: u8,
    /// The number of words of the head, at most 255.
    words: u8,
}

/// [`NameMention::flags`]: the name is an organisation's or a place's.
const NONPERSON: u8 = 1;
/// [`NameMention::flags`]: the mention opens its sentence (a likely subject).
const SUBJECT: u8 = 2;

impl NameMention {
    /// A compact record of a name mention (24 bytes: long texts hold
    /// millions) found among the tokens `t`; `None` for a "name" longer
    /// than 64 KiB, which no name is. Offsets fit in `u32`: the pipeline
    /// parses at most 4 GiB.
    pub(crate) fn new(m: &Mention, subject: bool, t: &Toks) -> Option<NameMention> {
        let text = t.text.as_bytes();
        let head = (m.head.start() - t.base, m.head.end() - t.base);
        // Where the last word starts and the word count, from the tokens
        // when they tell (nearly always); from the bytes otherwise.
        let from_tokens = head_words(t, m);
        let key = name_key(text, head, m, from_tokens.map(|(w, _)| w - t.base));
        let words = from_tokens.map_or_else(|| word_count(text, head), |(_, n)| n);
        Some(NameMention {
            start: m.span.start() as u32,
            key: [key as u32, (key >> 32) as u32],
            len: u16::try_from(m.span.len()).ok()?,
            head_off: u16::try_from(m.head.start() - m.span.start()).ok()?,
            head_len: u16::try_from(m.head.len()).ok()?,
            gender: m.gender,
            flags: (u8::from(m.nonperson) * NONPERSON) | (u8::from(subject) * SUBJECT),
            words: words.min(255) as u8,
        })
    }

    fn key(&self) -> u64 {
        u64::from(self.key[0]) | u64::from(self.key[1]) << 32
    }

    fn subject(&self) -> bool {
        self.flags & SUBJECT != 0
    }

    fn mention(&self) -> Mention {
        let start = self.start as usize;
        let head = start + usize::from(self.head_off);
        Mention {
            span: Span::new(start, start + usize::from(self.len)),
            first: 0,
            last: 0,
            kind: MentionKind::Name,
            head: Span::new(head, head + usize::from(self.head_len)),
            gender: self.gender,
            role: None,
            nonperson: self.flags & NONPERSON != 0,
        }
    }
}

struct Entity {
    name: Span,
    words: usize,
    kind: EntityKind,
    gender: i8,
    /// The latest mention (the full list is in `Resolver::mention_log`).
    last_mention: Option<Span>,
    roles: Vec<Span>,
    /// Byte offset of the latest mention of any kind.
    last_any: usize,
    speaks: bool,
    /// Something shows this is a person: a title, a full name, or speech.
    evidence: bool,
    /// The entity with the same key created before this one ([`NONE`]
    /// if none): the entities of a key form a list, newest first, whose
    /// head is in [`Resolver::by_last`].
    prev_same_key: u32,
}

/// No entity.
const NONE: u32 = u32::MAX;

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
}

/// The number of blank-separated words in `text[start..end]`, counted
/// sixteen bytes at a time: a word starts at each non-blank byte after a
/// blank (or at the start), and those are counted with a shift and a
/// multiply, with no branch per byte.
fn word_count(text: &[u8], (start, end): (usize, usize)) -> usize {
    use crate::swar::{ascii_whitespace16, load16, low_bytes, HIGH16};
    let mut n = 0;
    // Bit 7 set when the byte before the block is not blank.
    let mut carry = 0u128;
    let mut i = start;
    while i < end {
        let keep = low_bytes(end - i);
        let word = !ascii_whitespace16(load16(text, i)) & HIGH16 & keep;
        n += crate::swar::count_high_bits16(word & !(word << 8 | carry));
        carry = word >> 120;
        i += 16;
    }
    n
}

/// Where the last word of `m`'s head starts and how many words the head
/// has, read off its tokens: `None` unless every gap between them is one
/// space (then [`last_word_fast`] and [`word_count`] read the bytes).
fn head_words(t: &Toks, m: &Mention) -> Option<(usize, usize)> {
    let (head_start, head_end) = (m.head.start() as u32, m.head.end() as u32);
    let mut k = m.first as usize;
    let last = m.last as usize;
    // Past the titles the head leaves out.
    while k < last && t.toks[k].start < head_start {
        k += 1;
    }
    if t.toks.get(k)?.start != head_start || t.toks.get(last)?.end != head_end {
        return None;
    }
    let bytes = t.text.as_bytes();
    let (mut word_start, mut words) = (head_start, 1);
    for j in k + 1..=last {
        let (prev_end, start) = (t.toks[j - 1].end, t.toks[j].start);
        if start == prev_end {
            continue; // `Jr.`: the same word
        }
        if start != prev_end + 1 || bytes[prev_end as usize - t.base] != b' ' {
            return None;
        }
        word_start = start;
        words += 1;
    }
    Some((word_start as usize, words))
}

/// Whether `a` ends with `b`, ignoring ASCII case.
fn ends_with_ci(a: &str, b: &str) -> bool {
    a.len() >= b.len() && a.as_bytes()[a.len() - b.len()..].eq_ignore_ascii_case(b.as_bytes())
}

/// A hash of the lookup key of mention `m`, whose head is
/// `text[start..end]`, computed without allocating: a person's surname, or
/// a phrase without its determiner (`the ministry` → `ministry`),
/// case-folded. `last_start`, when known, is where the head's last word
/// starts.
fn name_key(
    text: &[u8],
    (start, end): (usize, usize),
    m: &Mention,
    last_start: Option<usize>,
) -> u64 {
    let person = matches!(m.kind, MentionKind::Name | MentionKind::Label) && !m.nonperson;
    let head = &text[start..end];
    let words = || {
        head.split(|b| b.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
    };
    let mut h = KeyHasher(0);
    if person {
        match last_start.or_else(|| last_word_fast(text, start, end)) {
            Some(from) => h.word_at(text, from, end),
            None => h.word(last_word(head)),
        }
    } else {
        let mut ws = words();
        let first = ws.next().unwrap_or(b"");
        let skip = ws.next().is_some()
            && std::str::from_utf8(first).is_ok_and(crate::lexicon::is_determiner);
        h.word(b"#");
        for w in words().skip(usize::from(skip)) {
            h.word(w);
        }
    }
    h.0
}

/// The last blank-separated word of `s` (empty if there is none): the
/// surname of a person's name, found from the end without splitting the
/// whole name.
fn last_word(s: &[u8]) -> &[u8] {
    let end = s
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    let start = s[..end]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |p| p + 1);
    &s[start..end]
}

/// Where the last blank-separated word of `text[start..end]` starts, found
/// from one sixteen-byte load that ends at `end`, or `None` when that is
/// not enough (a last word longer than sixteen bytes, or a blank at the
/// end): then [`last_word`] finds it.
#[inline]
fn last_word_fast(text: &[u8], start: usize, end: usize) -> Option<usize> {
    use crate::swar::{ascii_whitespace16, load16, low_bytes};
    let from = end.saturating_sub(16).max(start);
    let n = end - from;
    if n == 0 {
        return None;
    }
    let blanks = ascii_whitespace16(load16(text, from)) & low_bytes(n);
    if blanks >> (8 * n - 1) & 1 == 1 {
        return None; // a blank at the end
    }
    if blanks != 0 {
        // The last blank's byte, from its bit 7.
        let last = (127 - blanks.leading_zeros() as usize) / 8;
        return Some(from + last + 1);
    }
    (from == start).then_some(start)
}

/// Hashes words case-folded (ASCII), sixteen bytes at a time.
struct KeyHasher(u64);

impl KeyHasher {
    fn mix(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn word(&mut self, w: &[u8]) {
        self.word_at(w, 0, w.len());
    }

    /// Hashes the word `text[start..end]`, sixteen bytes at a time, with
    /// the bytes past its end masked off: the same hash as [`Self::word`]
    /// of the word alone, without copying its tail.
    #[inline]
    fn word_at(&mut self, text: &[u8], start: usize, end: usize) {
        use crate::swar::{ascii_lowercase16, load16, low_bytes};
        let mut i = start;
        loop {
            let left = end.saturating_sub(i);
            let block = ascii_lowercase16(load16(text, i) & low_bytes(left));
            self.mix(block as u64);
            if left <= 16 {
                // The word's length ends it, so `ab` + `c` differs from
                // `a` + `bc`.
                self.mix((block >> 64) as u64 ^ ((end - start) as u64) << 56);
                return;
            }
            self.mix((block >> 64) as u64);
            i += 16;
        }
    }
}

struct Resolver<'a> {
    text: &'a str,
    entities: Vec<Entity>,
    /// The newest entity of each key (the rest via
    /// [`Entity::prev_same_key`]): no list to allocate per key.
    by_last: HashMap<u64, u32, FxBuild>,
    /// The latest narration name and its entity: a speaker mention with
    /// the same span (processed right after it) is the same mention.
    last_name: Option<(Span, usize)>,
    /// Entities by latest subject or speaker mention.
    recent_salient: Recent,
    /// Entities by latest mention of any kind.
    recent_any: Recent,
    /// Every mention of every entity, in document order: one flat list
    /// rather than a list per entity (most entities never speak, and their
    /// mentions are never output).
    /// Entries are (entity, start, end): 12 bytes, as texts hold millions.
    mention_log: Vec<[u32; 3]>,
}

/// The [`RECENT`] most recently touched entities, most recent first: what
/// a most-recently-used list of that length holds, kept as a log of touches
/// so that a touch costs a push rather than a search and a shift.
#[derive(Default)]
struct Recent {
    /// (entity, touch number) in touch order. An entry is current when it
    /// is its entity's latest touch; the others are skipped.
    log: Vec<(u32, u64)>,
    /// The number of each entity's latest touch (0: never touched).
    latest: Vec<u64>,
    touches: u64,
}

impl Recent {
    fn touch(&mut self, id: usize) {
        self.touches += 1;
        if self.latest.len() <= id {
            self.latest.resize(id + 1, 0);
        }
        self.latest[id] = self.touches;
        self.log.push((id as u32, self.touches));
        if self.log.len() >= 4 * RECENT {
            // Keep only what the list holds: the latest touch of the most
            // recent entities (amortised over `3 * RECENT` touches).
            // Compacted without a branch per entry: whether an entry is
            // current is as good as random.
            let mut kept = 0;
            for k in 0..self.log.len() {
                let (e, t) = self.log[k];
                self.log[kept] = (e, t);
                kept += usize::from(self.latest[e as usize] == t);
            }
            self.log.truncate(kept);
            let old = self.log.len().saturating_sub(RECENT);
            self.log.drain(..old);
        }
    }

    /// The entities, most recent first.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.log
            .iter()
            .rev()
            .filter(|&&(e, t)| self.latest[e as usize] == t)
            .map(|&(e, _)| e as usize)
            .take(RECENT)
    }
}

impl<'a> Resolver<'a> {
    fn new_entity(&mut self, m: &Mention, kind: EntityKind, key: Option<u64>) -> usize {
        self.entities.push(Entity {
            name: m.head,
            words: word_count(self.text.as_bytes(), (m.head.start(), m.head.end())),
            kind,
            gender: m.gender,
            last_mention: None,
            roles: Vec::new(),
            last_any: 0,
            speaks: false,
            evidence: false,
            prev_same_key: NONE,
        });
        let id = self.entities.len() - 1;
        if matches!(
            m.kind,
            MentionKind::Name | MentionKind::Label | MentionKind::Nominal
        ) {
            let key = key.unwrap_or_else(|| self.key(m));
            // Entity numbers fit in `u32`: at most one per name mention.
            if let Some(prev) = self.by_last.insert(key, id as u32) {
                self.entities[id].prev_same_key = prev;
            }
        }
        id
    }

    fn key(&self, m: &Mention) -> u64 {
        name_key(
            self.text.as_bytes(),
            (m.head.start(), m.head.end()),
            m,
            None,
        )
    }

    /// The most recent entity a one-word name may refer to, if any.
    fn existing(&mut self, m: &Mention, key: u64) -> Option<usize> {
        let id = *self.by_last.get(&key)? as usize;
        self.last_name = Some((m.span, id));
        Some(id)
    }

    /// The entity of a name, nominal or label mention.
    fn entity_of_name(&mut self, m: &Mention) -> usize {
        let n = word_count(self.text.as_bytes(), (m.head.start(), m.head.end()));
        let key = self.key(m);
        self.entity_of_name_with(m, key, n)
    }

    /// [`Resolver::entity_of_name`] with the head's key and word count
    /// known.
    fn entity_of_name_with(&mut self, m: &Mention, key: u64, n: usize) -> usize {
        if let Some((span, id)) = self.last_name {
            if span == m.span {
                return id;
            }
        }
        let indefinite = m.kind == MentionKind::Nominal
            && matches!(
                words(&self.text[m.span]).next(),
                Some("a" | "an" | "another" | "A" | "An" | "Another")
            );
        let kind = match m.kind {
            MentionKind::Name | MentionKind::Label if !m.nonperson => EntityKind::Person,
            MentionKind::Nominal if !m.nonperson => EntityKind::Other,
            _ => EntityKind::Organization,
        };
        let found = if indefinite {
            None
        } else {
            // Bounded: the most recent same-key entities only, newest
            // first.
            let ents = &self.entities;
            let mut buf = [0usize; MAX_CANDIDATES];
            let mut len = 0;
            let mut next = self.by_last.get(&key).copied().unwrap_or(NONE);
            while next != NONE && len < MAX_CANDIDATES {
                buf[len] = next as usize;
                len += 1;
                next = ents[next as usize].prev_same_key;
            }
            let cands = &buf[..len];
            if m.kind == MentionKind::Name && !m.nonperson && n >= 2 {
                let head = &self.text[m.head];
                // Same full name, else a surname-only entity to upgrade.
                cands
                    .iter()
                    .copied()
                    .find(|&e| self.text[ents[e].name].eq_ignore_ascii_case(head))
                    .or_else(|| cands.iter().copied().find(|&e| ents[e].words == 1))
                    .or_else(|| {
                        // A longer or shorter form of the same name.
                        cands.iter().copied().find(|&e| {
                            let a = &self.text[ents[e].name];
                            ends_with_ci(a, head) || ends_with_ci(head, a)
                        })
                    })
            } else {
                cands.iter().copied().max_by_key(|&e| ents[e].last_any)
            }
        };
        let id = match found {
            Some(id) => {
                let e = &mut self.entities[id];
                e.evidence |= m.gender != 0 || n >= 2;
                if n > e.words && m.kind == MentionKind::Name {
                    e.name = m.head;
                    e.words = n;
                }
                if e.gender == 0 {
                    e.gender = m.gender;
                }
                id
            }
            None => {
                let id = self.new_entity(m, kind, Some(key));
                self.entities[id].evidence = m.gender != 0 || n >= 2;
                id
            }
        };
        self.last_name = Some((m.span, id));
        id
    }

    /// The antecedent of a pronoun: the most recent compatible entity (events
    /// arrive in document order, so every listed mention precedes it).
    fn antecedent(&self, p: Pronoun) -> Option<usize> {
        let want = |e: &Entity| match p {
            Pronoun::He => e.kind == EntityKind::Person && e.evidence && e.gender >= 0,
            Pronoun::She => e.kind == EntityKind::Person && e.evidence && e.gender <= 0,
            Pronoun::It => e.kind == EntityKind::Organization,
            Pronoun::They => e.kind != EntityKind::Person,
            _ => false,
        };
        let find = |list: &Recent| list.iter().find(|&i| want(&self.entities[i]));
        find(&self.recent_salient).or_else(|| find(&self.recent_any))
    }

    fn touch(&mut self, id: usize, span: Span, salient: bool) {
        let e = &mut self.entities[id];
        if e.last_mention != Some(span) {
            e.last_mention = Some(span);
            self.mention_log
                .push([id as u32, span.start() as u32, span.end() as u32]);
        }
        e.last_any = e.last_any.max(span.start() + 1);
        if salient {
            self.recent_salient.touch(id);
        }
        self.recent_any.touch(id);
    }
}

enum Event<'b> {
    Name(&'b NameMention),
    Speaker(usize),
}

/// Resolves speakers and builds the output quotations and entities.
pub(crate) fn resolve<'a>(
    text: &'a str,
    attributions: &[Attribution],
    names: Vec<NameMention>,
) -> (Vec<Quote<'a>>, Vec<Speaker<'a>>) {
    let mut r = Resolver {
        text,
        entities: Vec::new(),
        by_last: HashMap::default(),
        last_name: None,
        recent_salient: Recent::default(),
        recent_any: Recent::default(),
        mention_log: Vec::new(),
    };
    // Events in document order, merged from two sorted streams: narration
    // names (already in order) and speaker mentions (sorted here); at equal
    // offsets the name comes first.
    let mut speakers_at: Vec<(usize, usize)> = attributions
        .iter()
        .enumerate()
        .filter_map(|(k, a)| a.speaker.map(|m| (m.span.start(), k)))
        .collect();
    // Nearly in order already (attributions come sorted by their content,
    // and a speaker is mostly next to it): the standard sort finds the
    // runs and merges them, where a quicksort would start from scratch.
    // The pairs are all distinct, so the order is the same either way.
    speakers_at.sort();
    let mut entity_of: Vec<Option<usize>> = vec![None; attributions.len()];
    let mut ni = 0;
    let mut si = 0;
    while ni < names.len() || si < speakers_at.len() {
        let name_first = match (names.get(ni), speakers_at.get(si)) {
            (Some(n), Some(&(at, _))) => (n.start as usize) <= at,
            (Some(_), None) => true,
            _ => false,
        };
        let ev = if name_first {
            ni += 1;
            Event::Name(&names[ni - 1])
        } else {
            si += 1;
            Event::Speaker(speakers_at[si - 1].1)
        };
        match ev {
            Event::Name(n) => {
                let m = n.mention();
                // A lone untitled word (`Norway`, `Roe`) only refreshes an
                // entity already known; it founds none (most are places).
                let lone = m.gender == 0 && n.words == 1;
                let id = if lone {
                    r.existing(&m, n.key())
                } else {
                    Some(r.entity_of_name_with(&m, n.key(), usize::from(n.words)))
                };
                if let Some(id) = id {
                    r.touch(id, m.span, n.subject());
                }
            }
            Event::Speaker(k) => {
                let m = attributions[k]
                    .speaker
                    .expect("speaker events have speakers");
                let id = match m.kind {
                    MentionKind::Pronoun(p) => match r.antecedent(p) {
                        Some(id) => {
                            let e = &mut r.entities[id];
                            if e.gender == 0 {
                                e.gender = match p {
                                    Pronoun::He => 1,
                                    Pronoun::She => -1,
                                    _ => 0,
                                };
                            }
                            id
                        }
                        None => r.new_entity(&m, EntityKind::Other, None),
                    },
                    MentionKind::Label => {
                        let key = r.key(&m);
                        match r.by_last.get(&key) {
                            Some(&id) => id as usize,
                            None => r.entity_of_name(&m),
                        }
                    }
                    _ => r.entity_of_name(&m),
                };
                r.touch(id, m.span, true);
                if let Some(role) = m.role {
                    r.entities[id].roles.push(role);
                }
                r.entities[id].speaks = true;
                r.entities[id].evidence |= !matches!(m.kind, MentionKind::Pronoun(_));
                entity_of[k] = Some(id);
            }
        }
    }
    // The name records are done with: free them before the output is
    // built, which lowers the peak memory of long texts.
    drop(names);
    // Number the speaking entities in order of first attribution.
    let mut public: Vec<Option<usize>> = vec![None; r.entities.len()];
    let mut speakers: Vec<Speaker<'a>> = Vec::new();
    let mut quotes = Vec::with_capacity(attributions.len());
    for (k, a) in attributions.iter().enumerate() {
        let speaker = match (a.speaker, entity_of[k]) {
            (Some(m), Some(id)) => {
                let pid = *public[id].get_or_insert_with(|| {
                    let e = &r.entities[id];
                    speakers.push(Speaker {
                        name: &text[e.name],
                        kind: e.kind,
                        mentions: Vec::new(),
                        roles: e.roles.iter().map(|&s| Snippet::new(text, s)).collect(),
                    });
                    speakers.len() - 1
                });
                Some(QuoteSpeaker::new(
                    &text[r.entities[id].name],
                    pid,
                    Snippet::new(text, m.span),
                ))
            }
            _ => None,
        };
        let confidence = match &a.speaker {
            Some(m)
                if matches!(m.kind, MentionKind::Pronoun(_))
                    && entity_of[k].is_some_and(|id| r.entities[id].kind == EntityKind::Other) =>
            {
                a.confidence * 0.8
            }
            _ => a.confidence,
        };
        quotes.push(Quote {
            kind: a.kind,
            text: &text[a.content],
            span: a.content,
            speaker,
            cue: a.cue.map(|c| Snippet::new(text, c)),
            rule: a.rule,
            confidence: confidence.clamp(0.0, 1.0),
            mark_style: a.style,
        });
    }
    // Each speaker's mentions, in document order.
    for &[id, start, end] in &r.mention_log {
        if let Some(pid) = public[id as usize] {
            let span = Span::new(start as usize, end as usize);
            speakers[pid].mentions.push(Snippet::new(text, span));
        }
    }
    (quotes, speakers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_records_stay_small() {
        // Long texts hold millions of them (see the memory figures in the
        // README).
        assert_eq!(std::mem::size_of::<NameMention>(), 24);
    }

    #[test]
    fn name_records_round_trip() {
        let text = "Prime Minister Jane Roe said";
        let m = Mention {
            span: Span::new(0, 23),
            first: 0,
            last: 3,
            kind: MentionKind::Name,
            head: Span::new(15, 23),
            gender: -1,
            role: None,
            nonperson: false,
        };
        let n = crate::mentions::tests::with(text, |t| NameMention::new(&m, true, t))
            .expect("short name");
        let back = n.mention();
        assert_eq!(
            (back.span, back.head, back.gender),
            (m.span, m.head, m.gender)
        );
        assert!(n.subject() && !back.nonperson);
        assert_eq!(n.words, 2);
        // The key is the surname's, in any case.
        assert_eq!(n.key(), name_key(b"ROE", (0, 3), &m, None));
        assert_ne!(n.key(), name_key(b"Doe", (0, 3), &m, None));
    }

    #[test]
    fn keys_and_word_counts_from_tokens_are_those_from_bytes() {
        // Gaps of one space (read off the tokens) and every other kind
        // (read from the bytes): the records must not tell them apart.
        let text = "Mr. Jane Roe Jr. said. Dr Ana\u{a0}María Pérez-Díaz spoke. \
                    Sen. Jo  Doe\tSmith said. JANE ROE said. Mr O’Brien said. \
                    Ms. Ann Lee-Park, the Bank of England and the White House said.";
        crate::mentions::tests::with(text, |t| {
            let mut seen = 0;
            for i in 0..t.toks.len() {
                let Some(m) = t.np_starting_at(i, t.toks.len()) else {
                    continue;
                };
                if m.kind != MentionKind::Name {
                    continue;
                }
                let n = NameMention::new(&m, false, t).expect("short name");
                let head = (m.head.start(), m.head.end());
                assert_eq!(
                    n.key(),
                    name_key(text.as_bytes(), head, &m, None),
                    "{}",
                    &text[m.head]
                );
                assert_eq!(
                    usize::from(n.words),
                    word_count(text.as_bytes(), head),
                    "{}",
                    &text[m.head]
                );
                seen += 1;
            }
            assert!(seen >= 8, "{seen} names");
        });
    }

    proptest::proptest! {
        #[test]
        fn recent_holds_what_a_bounded_mru_list_holds(
            touches in proptest::collection::vec(0usize..40, 0..400)
        ) {
            // The list it replaces: move to the back, drop the front when
            // full.
            let mut list: Vec<usize> = Vec::new();
            let mut recent = Recent::default();
            for &id in &touches {
                if let Some(k) = list.iter().position(|&x| x == id) {
                    list.remove(k);
                } else if list.len() == RECENT {
                    list.remove(0);
                }
                list.push(id);
                recent.touch(id);
                let expected: Vec<usize> = list.iter().rev().copied().collect();
                proptest::prop_assert_eq!(recent.iter().collect::<Vec<_>>(), expected);
            }
        }
    }

    #[test]
    fn last_word_is_the_last_of_the_split_words() {
        for s in [
            "Jane Roe",
            "Roe",
            "",
            " ",
            "Jane  Roe ",
            "\tJane\nRoe\t",
            "a b c",
            "Ana María",
        ] {
            let split = s
                .as_bytes()
                .split(u8::is_ascii_whitespace)
                .rfind(|w| !w.is_empty())
                .unwrap_or(b"");
            assert_eq!(last_word(s.as_bytes()), split, "{s:?}");
        }
    }

    #[test]
    fn overlong_names_are_not_recorded() {
        let long = "A".repeat(70_000);
        let m = Mention {
            span: Span::new(0, long.len()),
            first: 0,
            last: 0,
            kind: MentionKind::Name,
            head: Span::new(0, long.len()),
            gender: 0,
            role: None,
            nonperson: false,
        };
        let n = crate::mentions::tests::with(&long, |t| NameMention::new(&m, false, t));
        assert!(n.is_none());
    }
}
