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

/// `word` with `A`–`Z` lowered, other bytes unchanged.
#[inline(always)]
pub(crate) fn ascii_lowercase(word: u64) -> u64 {
    word | (in_range(word, b'A', b'Z') >> 2)
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
            let lowered = ascii_lowercase(word).to_le_bytes();
            assert_eq!(lowered[at], b.to_ascii_lowercase(), "{b:#x}");
        });
    }
}
