//! Byte tests eight bytes at a time ("SIMD within a register"), shared by
//! the tokenizer and the resolver.
//!
//! Every test works on a `u64` of eight text bytes and answers with bit 7 of
//! each byte. A byte's 7-bit value plus a bias stays below 256, so no carry
//! crosses into its neighbour.

/// 0x01 in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// Bit 7 of every byte.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// Bit 7 of every byte of `word` that is ASCII and within `lo..=hi`.
#[inline(always)]
pub(crate) fn in_range(word: u64, lo: u8, hi: u8) -> u64 {
    let x = word & !HIGH;
    // Bit 7 of `x + (0x80 - lo)` is set when the byte is ≥ lo, and bit 7
    // of `x + (0x7f - hi)` when it is > hi.
    (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & !word & HIGH
}

/// Bit 7 of every byte of `word` that is not an ASCII letter or digit.
#[inline(always)]
pub(crate) fn non_alnum(word: u64) -> u64 {
    // Setting bit 5 folds `A`–`Z` onto `a`–`z` and no other ASCII byte onto
    // them (`@` and `[` become `` ` `` and `{`).
    let alnum = in_range(word, b'0', b'9') | in_range(word | (ONES * 0x20), b'a', b'z');
    !alnum & HIGH
}

/// 0x01 in every byte of a 16-byte word.
const ONES16: u128 = u128::from_le_bytes([1; 16]);
/// Bit 7 of every byte of a 16-byte word.
pub(crate) const HIGH16: u128 = ONES16 * 0x80;

/// `KEEP_BYTES[n]` has the low `n` bytes set: a table, as a variable
/// 128-bit shift takes a dozen instructions.
static KEEP_BYTES: [u128; 17] = {
    let mut t = [0u128; 17];
    let mut n = 1;
    while n <= 16 {
        t[n] = u128::MAX >> (8 * (16 - n));
        n += 1;
    }
    t
};

/// A mask of the low `n` bytes of a 16-byte word (`n` at most 16).
#[inline(always)]
pub(crate) fn low_bytes(n: usize) -> u128 {
    KEEP_BYTES[n.min(16)]
}

/// [`in_range`] on sixteen bytes.
#[inline(always)]
fn in_range16(word: u128, lo: u8, hi: u8) -> u128 {
    let x = word & !HIGH16;
    (x + ONES16 * u128::from(0x80 - lo)) & !(x + ONES16 * u128::from(0x7f - hi)) & !word & HIGH16
}

/// Bit 7 of every byte of `word` that is ASCII whitespace as
/// [`u8::is_ascii_whitespace`] has it: space, tab, line feed, form feed and
/// carriage return (not the vertical tab).
#[inline(always)]
pub(crate) fn ascii_whitespace16(word: u128) -> u128 {
    // Text has spaces and hardly any control characters: when it has none,
    // the bytes up to the space are the spaces, and one range test does.
    let controls = in_range16(word, 0, 0x1f);
    if controls == 0 {
        return in_range16(word, 0, b' ');
    }
    in_range16(word, b' ', b' ') | in_range16(word, b'\t', b'\n') | in_range16(word, 0x0c, b'\r')
}

/// `word` with `A`–`Z` lowered, other bytes unchanged.
#[inline(always)]
pub(crate) fn ascii_lowercase16(word: u128) -> u128 {
    word | (in_range16(word, b'A', b'Z') >> 2)
}

/// The number of bytes of `word` with bit 7 set, when no other bit is (as
/// the tests here answer): a multiply sums the bytes' top bits in each
/// half, where the baseline x86-64 has no population-count instruction.
#[inline(always)]
pub(crate) fn count_high_bits16(word: u128) -> usize {
    let sum = |half: u64| ((half >> 7).wrapping_mul(ONES) >> 56) as usize;
    sum(word as u64) + sum((word >> 64) as u64)
}

/// The sixteen bytes of `bytes` from `at`, little-endian, with zeros for
/// those past its end: one load, except near the end.
#[inline(always)]
pub(crate) fn load16(bytes: &[u8], at: usize) -> u128 {
    match bytes.get(at..at + 16) {
        Some(block) => u128::from_le_bytes(block.try_into().unwrap_or([0; 16])),
        None => load16_near_end(bytes, at),
    }
}

#[cold]
fn load16_near_end(bytes: &[u8], at: usize) -> u128 {
    let mut buf = [0u8; 16];
    let rest = bytes.get(at..).unwrap_or_default();
    let n = rest.len().min(16);
    buf[..n].copy_from_slice(&rest[..n]);
    u128::from_le_bytes(buf)
}

/// The position of the first `needle` in `bytes` at or after `from`.
///
/// Eight bytes at a time: lines of news are short, and for them this beats
/// the standard library's `memchr`, whose set-up is made for long runs.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, needle: u8) -> Option<usize> {
    let pattern = ONES * u64::from(needle);
    let mut i = from;
    while let Some(block) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(block.try_into().unwrap_or([0; 8])) ^ pattern;
        // Bit 7 of the bytes equal to `needle` (a borrow can mark bytes
        // above a true one, never below: the lowest mark is exact).
        let found = x.wrapping_sub(ONES) & !x & HIGH;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..).unwrap_or_default();
    rest.iter().position(|&b| b == needle).map(|p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_byte_finds_the_first_at_or_after() {
        let text = b"ab\ncd\x80\n\n0123456789abcdef\nx\xff\x0a\x0b";
        for needle in [b'\n', b'a', 0x80, 0xff, 0x0b, b'z'] {
            for from in 0..=text.len() + 2 {
                let naive = text
                    .get(from..)
                    .and_then(|r| r.iter().position(|&b| b == needle))
                    .map(|p| from + p);
                assert_eq!(
                    find_byte(text, from, needle),
                    naive,
                    "{needle:#x} from {from}"
                );
            }
        }
    }

    /// Every byte value at every position of a word.
    fn each_byte(mut check: impl FnMut(u8, usize, u64)) {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut block = *b"aZ09mQx7";
                block[at] = b;
                check(b, at, u64::from_le_bytes(block));
            }
        }
    }

    fn bit(mask: u64, at: usize) -> bool {
        mask >> (8 * at + 7) & 1 == 1
    }

    #[test]
    fn ranges_agree_with_the_byte_tests() {
        each_byte(|b, at, word| {
            assert_eq!(
                bit(in_range(word, b'A', b'Z'), at),
                b.is_ascii_uppercase(),
                "{b:#x}"
            );
            assert_eq!(
                bit(in_range(word, b'0', b'9'), at),
                b.is_ascii_digit(),
                "{b:#x}"
            );
            assert_eq!(
                bit(non_alnum(word), at),
                !b.is_ascii_alphanumeric(),
                "{b:#x}"
            );
        });
    }

    #[test]
    fn sixteen_byte_tests_agree_with_the_byte_tests() {
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut block = *b"aZ09 mQ\tx7\n\r.-A\x0b";
                block[at] = b;
                let word = u128::from_le_bytes(block);
                let ws = ascii_whitespace16(word);
                let lowered = ascii_lowercase16(word).to_le_bytes();
                for (k, &c) in block.iter().enumerate() {
                    assert_eq!(
                        ws >> (8 * k + 7) & 1 == 1,
                        c.is_ascii_whitespace(),
                        "{c:#x}"
                    );
                    assert_eq!(lowered[k], c.to_ascii_lowercase(), "{c:#x}");
                }
            }
        }
    }

    #[test]
    fn high_bits_are_counted() {
        // Every pattern of bit 7 over the sixteen bytes, sampled.
        let mut x = 0x9E37_79B9_7F4A_7C15_u128 << 64 | 0xD1B5_4A32_D192_ED03;
        for _ in 0..10_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let word = x & HIGH16;
            assert_eq!(count_high_bits16(word), word.count_ones() as usize);
        }
        assert_eq!(count_high_bits16(HIGH16), 16);
        assert_eq!(count_high_bits16(0), 0);
    }

    #[test]
    fn load16_reads_zeros_past_the_end() {
        let text = b"0123456789abcdefXYZ";
        for at in 0..=text.len() + 1 {
            let mut want = [0u8; 16];
            for (k, w) in want.iter_mut().enumerate() {
                *w = text.get(at + k).copied().unwrap_or(0);
            }
            assert_eq!(load16(text, at), u128::from_le_bytes(want), "{at}");
        }
        for n in 0..=16 {
            assert_eq!(count_high_bits16(HIGH16 & low_bytes(n)), n);
            assert_eq!(low_bytes(n).count_ones() as usize, 8 * n);
            assert_eq!(low_bytes(n).trailing_ones() as usize, 8 * n);
        }
    }
}
