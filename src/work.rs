//! A deterministic count of the work a parse does, for the tests that
//! check it grows linearly with the input (`pipeline`'s
//! `work_grows_linearly_in_every_family`).
//!
//! The stages call [`step`] (one unit) or [`steps`] (many) where they visit
//! a byte run, a token or a mark, or step back or along a chain: the token
//! view's accessors (every rule reads tokens through them), the index
//! types' lookups, the chunk cut, the tokenizer, the pairing of marks, the
//! sentence splitter, the name collector and the resolver's lookups. In a
//! build without `cfg(test)` both are empty and compile to nothing.

#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// One unit of work.
#[inline(always)]
pub(crate) fn step() {
    #[cfg(test)]
    STEPS.with(|c| c.set(c.get() + 1));
}

/// `n` units of work.
#[inline(always)]
pub(crate) fn steps(n: usize) {
    #[cfg(test)]
    STEPS.with(|c| c.set(c.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The units of work `f` does on this thread, and its result.
#[cfg(test)]
pub(crate) fn counted<R>(f: impl FnOnce() -> R) -> (u64, R) {
    let before = STEPS.with(std::cell::Cell::get);
    let r = f();
    (STEPS.with(std::cell::Cell::get) - before, r)
}

#[cfg(test)]
mod tests {
    use super::counted;

    /// Narration of the kind news is made of (names, titles, reporting
    /// verbs, quotations), written for this test.
    const PROSE: &str = "Prime Minister Jane Roe said on Monday that the talks \
        had failed. “We will not give up,” she said. According to officials, \
        the deal was close. Mr John Doe, the director of the institute, told \
        reporters the plan was sound. ";

    /// `unit` repeated to about `n` bytes.
    fn fill(unit: &str, n: usize) -> String {
        unit.repeat((n / unit.len()).max(1))
    }

    /// A capitalised made-up word, distinct for every `k`.
    fn made_up(k: usize) -> String {
        let mut w = String::from("Q");
        let mut n = k;
        loop {
            w.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                return w;
            }
        }
    }

    /// `piece(k)` for k = 0, 1, … until the text has `n` bytes.
    fn grow(n: usize, piece: impl Fn(usize) -> String) -> String {
        let mut s = String::new();
        let mut k = 0;
        while s.len() < n {
            s.push_str(&piece(k));
            k += 1;
        }
        s
    }

    /// Every pathological family, as (name, text of about `n` bytes).
    fn families(n: usize) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut add = |name: &str, text: String| out.push((name.to_string(), text));
        // Runs of each mark, alone and spaced; lines that each open one.
        for mark in [
            "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‛", "‟", "`", "''", "‹", "›",
        ] {
            add(&format!("run {mark}"), fill(mark, n));
            add(&format!("spaced {mark}"), fill(&format!("{mark} "), n));
            add(&format!("lines {mark}"), fill(&format!("{mark}\n"), n));
            add(
                &format!("word lines {mark}"),
                fill(&format!("{mark}a b\n"), n),
            );
        }
        add("alternating single", fill("‘’", n));
        add("alternating words", fill("‘a’ ", n));
        add("nested open only", fill("“‘", n));
        add("nested spaced", fill("“ ‘ ", n));
        let depth = n / 16;
        add(
            "nested balanced",
            format!("{}deep{}", "“‘".repeat(depth), "’”".repeat(depth)),
        );
        // Blank runs before a mark, and that repeated.
        add("blank lines then mark", format!("{}“", "\n".repeat(n)));
        add(
            "nbsp lines then mark",
            format!("{}“", "\u{a0}\n".repeat(n / 3)),
        );
        add(
            "crlf lines then mark",
            format!("{}“x", "\r\n".repeat(n / 2)),
        );
        add(
            "blank runs and marks",
            fill(&format!("{}“x", "\n".repeat(7_000)), n),
        );
        // No punctuation, no breaks, one word, dots.
        add("dots", fill(".", n));
        add("one word", fill("x", n));
        add("one line of prose", fill(PROSE, n));
        add(
            "prose without punctuation",
            fill("and the talks went on and the minister spoke ", n),
        );
        add("prose in lines", fill(&PROSE.replace(". ", ".\n"), n));
        add(
            "crlf bom controls rtl",
            format!(
                "\u{feff}{}",
                fill(
                    &PROSE
                        .replace(". ", ".\r\n")
                        .replace(", ", ",\u{0}\u{7} ")
                        .replace(" said", " \u{200f}“\u{202b}سلام\u{202c}”\u{200f} said"),
                    n
                )
            ),
        );
        // Names without end, titles, cues.
        add(
            "capitalised run",
            fill("Alpha Bravo Charlie Delta Echo ", n),
        );
        add("distinct names", grow(n, |k| format!("{} ", made_up(k))));
        add("all capitals", fill("WORD ", n));
        add("titles", fill("Mr Ms Dr Prime Minister ", n));
        add("mr x said", fill("Mr Smith said, ", n));
        add(
            "mr distinct said",
            grow(n, |k| format!("Mr {} said, ", made_up(k))),
        );
        add(
            "one surname, distinct first names",
            grow(n, |k| {
                format!("{} Smith said the talks failed. ", made_up(k))
            }),
        );
        add(
            "distinct quotations and speakers",
            grow(n, |k| {
                format!("“We are ready,” {} {} said.\n", made_up(k), made_up(k + 7))
            }),
        );
        for unit in [
            "said ",
            "said, ",
            ", said, ",
            "saying, ",
            "told, ",
            "according to Smith, ",
            "he said she said ",
            "“” said ",
            "said:\n",
            "a “ ",
            "“x” said he. ",
            // (A fronted clause, a progressive, a relative clause and a
            // channel's participle: each looks back or ahead, boundedly.)
            "When Smith said ",
            "is saying “",
            "officials who said ",
            "a statement saying ",
            // (A headline's capitalised cue looks along its line; a
            // headline's credit looks ahead for its name; a second clause
            // after `and`, and a comment after a comma, look ahead.)
            "Jo Lane Says ",
            "Jo Lane Says.\n",
            "Lane: Talks Have Stalled.\n\n",
            "said the plan failed and park staff warned ",
            "said fares rose, a move that ",
            "Now, she said, ",
        ] {
            add(&format!("cues {unit:?}"), fill(unit, n));
        }
        add(
            "one paragraph reopened",
            format!("She said:\n{}", fill("“And it goes on.\n", n)),
        );
        out
    }

    /// The work a parse of each family does grows at most 2.2 times when
    /// the text doubles: within one chunk (N = 24 KB: both sizes are
    /// parsed as one chunk) and over many (N = 320 KB).
    #[test]
    fn work_grows_linearly_in_every_family() {
        let mut failures = Vec::new();
        let mut largest = (0.0f64, String::new());
        for n in [24 * 1024, 320 * 1024] {
            for ((name, small), (_, large)) in families(n).into_iter().zip(families(2 * n)) {
                let (a, _) = counted(|| crate::parse(&small).quotes().len());
                let (b, _) = counted(|| crate::parse(&large).quotes().len());
                // Per doubling of the length (units repeated to a size
                // may not fill both sizes alike).
                let ratio =
                    b as f64 / a.max(1) as f64 * (2 * small.len()) as f64 / large.len() as f64;
                // Per byte, too, so that a family is not hiding its work in
                // a step that is never counted.
                assert!(
                    a as usize >= small.len() / 8,
                    "{name}: {a} steps for {} bytes",
                    small.len()
                );
                if ratio > largest.0 {
                    largest = (ratio, format!("{name} at {n}"));
                }
                if ratio > 2.2 {
                    failures.push(format!("{name} at {n}: {a} -> {b} steps ({ratio:.2}x)"));
                }
            }
        }
        eprintln!("largest ratio {:.3}: {}", largest.0, largest.1);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
