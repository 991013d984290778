//! Parsing speed, scaling and worst cases.
//!
//! ```text
//! cargo bench --bench parse                 # everything (about 4 minutes on 2 cores)
//! cargo bench --bench parse -- pathological # one group
//! ```
//!
//! Groups (every one reports `Throughput::Bytes`, so criterion prints MB/s):
//!
//! - `baseline`: one plain pass over the real-news bytes counting quote-mark
//!   bytes, and one over its chars: the practical speed limit;
//! - `reference`: the reference article (`tests/corpus`);
//! - `polnear_dev`: the PolNeAR dev articles joined by blank lines;
//! - `scaling`: the real-news text repeated 1, 10 and 100 times: the time
//!   per byte should stay flat; then 1, 4 and 16 copies in which every copy
//!   has its own names (`…_distinct_names`), as in a real collection, where
//!   the number of people grows with the text;
//! - `pathological`: adversarial inputs, each at two sizes (N and 2N): the
//!   2N time should be about twice the N time;
//! - `parallel`: `Attributor::parse_many` over the dev articles as separate
//!   texts with 1 and 2 threads, once (84 texts) and ten times over (840).
//!
//! The PolNeAR articles are copyrighted and are never part of the crate:
//! they are read at run time from `../shared/corpus/polnear` (relative to the
//! crate root). When that folder is absent, the "real-news text" is the
//! reference article repeated to about 500 KB and the benchmark ids say so
//! (`…/reference_x83`), so the two kinds of figures are never mixed up.

use criterion::measurement::WallTime;
use criterion::{
    black_box, criterion_group, criterion_main, BenchmarkGroup, Criterion, SamplingMode, Throughput,
};
use quote_attribution::{parse, Act, Attributor};
use std::path::Path;
use std::time::Duration;

const REFERENCE: &str = include_str!("../tests/corpus/perth-security-accord.txt");
const POLNEAR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/polnear");
const MB: usize = 1 << 20;

/// The real-news documents, as separate texts, and a label for bench ids.
struct News {
    label: String,
    docs: Vec<String>,
}

impl News {
    /// The PolNeAR dev articles, or copies of the reference article (about
    /// 500 KB in all) when the corpus is absent or unreadable.
    fn load() -> News {
        match read_polnear_dev(Path::new(POLNEAR)) {
            Some(docs) => {
                let bytes: usize = docs.iter().map(String::len).sum();
                eprintln!(
                    "parse bench: PolNeAR dev, {} documents, {bytes} bytes",
                    docs.len()
                );
                News {
                    label: "polnear".to_string(),
                    docs,
                }
            }
            None => {
                let copies = (500 * 1000 / REFERENCE.len()).max(1);
                eprintln!("parse bench: {POLNEAR} not found; using the reference article x{copies} instead");
                News {
                    label: format!("reference_x{copies}"),
                    docs: vec![REFERENCE.to_string(); copies],
                }
            }
        }
    }

    /// The documents as one text, joined by blank lines.
    fn joined(&self) -> String {
        self.docs.join("\n\n")
    }
}

/// The texts of the documents listed in `splits/dev.txt`, in that order;
/// `None` when the folder or the list is missing or no document is readable.
fn read_polnear_dev(root: &Path) -> Option<Vec<String>> {
    let list = std::fs::read_to_string(root.join("splits").join("dev.txt")).ok()?;
    let mut docs = Vec::new();
    for id in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let path = root.join("docs").join(format!("{id}.txt"));
        match std::fs::read_to_string(&path) {
            Ok(text) => docs.push(text),
            Err(e) => eprintln!("parse bench: skipping {}: {e}", path.display()),
        }
    }
    (!docs.is_empty()).then_some(docs)
}

/// `unit` repeated to at most `bytes` bytes (at least once).
fn fill(unit: &str, bytes: usize) -> String {
    unit.repeat((bytes / unit.len()).max(1))
}

/// Quote-mark bytes: ASCII marks and the lead byte of the curly marks
/// (U+2018..U+201F all start with 0xE2).
fn is_mark_byte(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xE2)
}

fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '‘' | '’' | '“' | '”' | '„' | '«' | '»'
    )
}

fn bench_parse(g: &mut BenchmarkGroup<WallTime>, id: &str, text: &str) {
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function(id, |b| b.iter(|| parse(black_box(text))));
}

fn baseline(c: &mut Criterion, news: &News) {
    let text = news.joined();
    let mut g = c.benchmark_group("baseline");
    g.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(50)
        .throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function(format!("count_mark_bytes/{}", news.label), |b| {
        b.iter(|| {
            black_box(text.as_str())
                .bytes()
                .filter(|&b| is_mark_byte(b))
                .count()
        })
    });
    g.bench_function(format!("count_mark_chars/{}", news.label), |b| {
        b.iter(|| {
            black_box(text.as_str())
                .chars()
                .filter(|&c| is_mark_char(c))
                .count()
        })
    });
    g.finish();
}

fn reference(c: &mut Criterion) {
    let mut g = c.benchmark_group("reference");
    g.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    bench_parse(&mut g, "perth-security-accord", REFERENCE);
    g.finish();
}

fn polnear_dev(c: &mut Criterion, news: &News) {
    let text = news.joined();
    let mut g = c.benchmark_group("polnear_dev");
    g.sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .sample_size(20);
    bench_parse(&mut g, &news.label, &text);
    // The wider scope (every act), to compare with the default in one run.
    let all = Attributor::builder()
        .acts(&[Act::Speech, Act::Thought, Act::Evidence])
        .build()
        .expect("every act is a valid scope");
    g.bench_function(format!("{}_all_acts", news.label), |b| {
        b.iter(|| all.parse(black_box(&text)))
    });
    g.finish();
}

fn scaling(c: &mut Criterion, news: &News) {
    let one = news.joined();
    let mut g = c.benchmark_group("scaling");
    // Flat sampling: the same iteration count in every sample, so the 100x
    // case costs 10 iterations rather than the 55 of linear sampling.
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1));
    for times in [1usize, 10, 100] {
        let text = vec![one.as_str(); times].join("\n\n");
        // The 100x case runs once per sample whatever this says.
        let secs = [3, 6, 20][times.ilog10() as usize];
        g.measurement_time(Duration::from_secs(secs));
        bench_parse(&mut g, &format!("{}/x{times}", news.label), &text);
    }
    // Repeating one text repeats its people, so the entities seen so far
    // stop growing after the first copy. Real collections keep naming new
    // people: give every copy its own names (`Trump` → `Trumpb`) to time
    // the whole-document speaker resolution as it grows.
    for times in [1usize, 4, 16] {
        let copies: Vec<String> = (0..times).map(|k| rename(&one, k)).collect();
        let text = copies.join("\n\n");
        g.measurement_time(Duration::from_secs(if times < 16 { 3 } else { 8 }));
        bench_parse(
            &mut g,
            &format!("{}_distinct_names/x{times}", news.label),
            &text,
        );
    }
    g.finish();
}

/// `text` with a suffix naming copy `k` (`a`, `b`, … `z`, `aa`, …) added to
/// every capitalised word (`Trump`, not `NATO` or `McCain`).
fn rename(text: &str, k: usize) -> String {
    let mut suffix = String::new();
    let mut n = k + 1;
    while n > 0 {
        n -= 1;
        suffix.insert(0, char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut rest = text;
    while let Some(start) = rest.find(is_word) {
        out.push_str(&rest[..start]);
        let len = rest[start..]
            .find(|c: char| !is_word(c))
            .unwrap_or(rest.len() - start);
        let word = &rest[start..start + len];
        out.push_str(word);
        let mut cs = word.chars();
        let capitalised = cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && word.len() > 1
            && cs.all(|c| c.is_ascii_lowercase());
        if capitalised {
            out.push_str(&suffix);
        }
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

/// Adversarial inputs as `(name, text)`, at size N (`scale` 1) or 2N (`scale` 2).
fn pathological_inputs(news: &News, scale: usize) -> Vec<(&'static str, String)> {
    // One line of real prose: the whole text is one paragraph, so the
    // pipeline cannot cut it into chunks.
    let prose = news
        .joined()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let target = scale * 5 * MB / 2;
    let mut one_line = String::with_capacity(target + prose.len() + 1);
    while one_line.len() < target {
        one_line.push_str(&prose);
        one_line.push(' ');
    }
    let cut = (0..=target)
        .rev()
        .find(|&i| one_line.is_char_boundary(i))
        .unwrap_or(0);
    one_line.truncate(cut);

    // Balanced nesting: “Word ‘Word “Word … word” word’ word” …
    let levels = scale * 32 * 1024;
    let mut nested = String::with_capacity(levels * 18);
    for i in 0..levels {
        nested.push(if i % 2 == 0 { '“' } else { '‘' });
        nested.push_str("Word ");
    }
    for i in (0..levels).rev() {
        nested.push_str("word");
        nested.push(if i % 2 == 0 { '”' } else { '’' });
        nested.push(' ');
    }

    // Capitalised words with no punctuation: one endless name candidate.
    let caps: String = (0..26 * 26)
        .map(|i| {
            let (a, b) = (
                (b'A' + (i / 26) as u8) as char,
                (b'a' + (i % 26) as u8) as char,
            );
            format!("{a}{b}{b} ")
        })
        .collect();

    // Real prose with CRLF line ends, a BOM, control characters and
    // right-to-left text with direction marks around its quotation marks.
    let crlf_controls: String = format!(
        "\u{feff}{}",
        prose
            .replace(". ", ".\r\n")
            .replace(", ", ",\u{0}\u{7} ")
            .replace(" said", " \u{200f}“\u{202b}سلام\u{202c}”\u{200f} said")
    );
    let crlf_controls = fill(&crlf_controls, scale * MB);

    vec![
        ("ldquo_only", fill("“", scale * MB)),
        ("crlf_bom_controls_rtl", crlf_controls),
        ("alternating_single", fill("‘’", scale * MB)),
        ("one_line_prose", one_line),
        ("nested_open_only", fill("“‘", scale * MB / 4)),
        ("nested_balanced", nested),
        ("capitalised_run", fill(&caps, scale * MB)),
        // Inputs that defeat the chunk cut (issue 15): a paragraph that
        // reopens a quotation on every line, blank lines before a mark, a
        // line of dots.
        ("ldquo_lines", fill("“\n", scale * MB)),
        ("blank_lines_then_ldquo", fill("\n", scale * MB) + "“"),
        ("dots", fill(".", scale * MB)),
    ]
}

fn pathological(c: &mut Criterion, news: &News) {
    let mut g = c.benchmark_group("pathological");
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    let (small, large) = (pathological_inputs(news, 1), pathological_inputs(news, 2));
    for ((name, n), (_, n2)) in small.iter().zip(&large) {
        bench_parse(&mut g, &format!("{name}/N"), n);
        bench_parse(&mut g, &format!("{name}/2N"), n2);
    }
    g.finish();
}

fn parallel(c: &mut Criterion, news: &News) {
    let attributor = Attributor::new();
    // The articles once (84 of them, about 10 ms of work on one thread,
    // where starting a thread on an idle vCPU weighs), and ten times (840
    // articles, a batch where it does not).
    let batches = [
        (news.label.clone(), news.docs.clone()),
        (
            format!("{}_x10", news.label),
            (0..10).flat_map(|_| news.docs.iter().cloned()).collect(),
        ),
    ];
    let mut g = c.benchmark_group("parallel");
    g.sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .sample_size(20);
    for (label, docs) in &batches {
        let bytes: usize = docs.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64))
            .measurement_time(Duration::from_secs(if docs.len() > 100 { 10 } else { 5 }));
        for threads in [1usize, 2] {
            g.bench_function(format!("{label}/threads_{threads}"), |b| {
                b.iter(|| attributor.parse_many(black_box(docs), threads))
            });
        }
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let news = News::load();
    baseline(c, &news);
    reference(c);
    polnear_dev(c, &news);
    scaling(c, &news);
    pathological(c, &news);
    parallel(c, &news);
}

criterion_group!(parse_benches, benches);
criterion_main!(parse_benches);
