//! Working memory is bounded: a parse needs the input, one chunk's scratch
//! buffers (a chunk is at most 256 KiB whatever the text), and records for
//! the quotations it finds, and nothing that grows with the input beyond
//! these.
//!
//! A counting global allocator measures the heap a parse holds at its peak
//! (the input excluded: it is allocated before). This is the one place
//! with `unsafe` in the crate's tests: `GlobalAlloc` is an unsafe trait,
//! and the allocator only counts and hands each call to the system's. The
//! library itself forbids unsafe code.
//!
//! Every figure is a count of bytes, never a time, and the same on every
//! run. The same inputs at 100 MB are measured with `/usr/bin/time -v`
//! in `benches/README.md`.

use quote_attribution::parse;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is handed to `System` unchanged; the counters are
// atomics and never affect what is allocated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let now = CURRENT.fetch_add(grow, Ordering::Relaxed) + grow;
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The tests of this file measure one at a time (the counters are
/// global).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// What a parse of `text` holds: (the heap at its peak, the heap the
/// returned document holds), both over what was held before, in bytes;
/// and the number of quotations and speakers.
fn measure(text: &str) -> (usize, usize, usize) {
    let before = CURRENT.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let doc = parse(text);
    let peak = PEAK.load(Ordering::SeqCst) - before;
    let kept = CURRENT.load(Ordering::SeqCst).saturating_sub(before);
    let records = doc.quotes().len() + doc.speakers().len();
    drop(doc);
    (peak, kept, records)
}

/// `unit` repeated to `n` bytes or a little less.
fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len())
}

const MB: usize = 1 << 20;

/// The scratch of one chunk: what a parse needs whatever the text's
/// length, measured at up to 16 MiB (a chunk of 256 KiB of `“` lines, one
/// paragraph every two bytes).
const CONSTANT: usize = 20 * MB;

/// The working memory per quotation or speaker found (the records of the
/// stages and of the resolver, and the document's own), measured at 330
/// to 480 bytes.
const PER_RECORD: usize = 1024;

/// Texts with no quotation to report and no name, built to defeat the
/// chunk cut or make many tokens: their working memory is the same at 1
/// and at 4 MiB.
fn without_quotations(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("“", fill("“", n)),
        ("“ lines", fill("“\n", n)),
        ("« blank lines", fill("«\n\n", n)),
        ("' spaced", fill("' ", n)),
        ("dots", fill(".", n)),
        ("one word", fill("x", n)),
        ("no punctuation", fill("and the talks went on ", n)),
        ("blank lines, then a mark", fill("\n", n) + "“"),
        ("nested", fill("“‘", n)),
    ]
}

#[test]
fn working_memory_does_not_grow_with_text_that_yields_nothing() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    parse("“Warm up,” she said."); // the lexicon, built once
    let mut report = Vec::new();
    for ((name, small), (_, large)) in without_quotations(MB)
        .into_iter()
        .zip(without_quotations(4 * MB))
    {
        let (a, _, ra) = measure(&small);
        let (b, _, rb) = measure(&large);
        report.push(format!("{name}: {a} / {b} bytes at 1 / 4 MiB"));
        assert_eq!((ra, rb), (0, 0), "{name}: quotations found");
        assert!(b <= CONSTANT, "{}", report.join("\n"));
        // Four times the text, not four times the memory: at most what a
        // chunk more holds.
        assert!(b <= a + MB, "{}", report.join("\n"));
    }
    eprintln!("{}", report.join("\n"));
}

#[test]
fn working_memory_is_a_constant_and_a_record_per_quotation() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    parse("“Warm up,” she said.");
    let news = fill(
        &format!("{}\n\n", include_str!("corpus/perth-security-accord.txt")),
        4 * MB,
    );
    let mut report = Vec::new();
    for (name, text) in [
        ("reference article", news.clone()),
        ("“a,” he said.", fill("“a,” he said. ", 2 * MB)),
        ("'a,' he said.", fill("'a,' he said. ", 2 * MB)),
        ("A: “a”", fill("A: “a”\n", 2 * MB)),
        ("“a” — B", fill("“a” — B\n", 2 * MB)),
    ] {
        let (peak, kept, records) = measure(&text);
        report.push(format!(
            "{name}: {} bytes, {records} quotations and speakers: peak {peak}, document {kept}",
            text.len()
        ));
        assert!(
            peak <= CONSTANT + PER_RECORD * records,
            "{}",
            report.join("\n")
        );
    }
    // Names in narration are kept for the resolver (24 bytes each): a
    // text of nothing but names needs no more than the input's size again.
    let names = fill("Alpha Bravo Charlie Delta, ", 4 * MB);
    let (peak, _, _) = measure(&names);
    report.push(format!("names: {} bytes: peak {peak}", names.len()));
    assert!(peak <= CONSTANT + names.len(), "{}", report.join("\n"));
    // News: the whole parse, the input included, within 2.75 times the
    // input (measured: 2.6 times, for an article denser in quotations than
    // most).
    let (peak, _, _) = measure(&news);
    assert!(
        news.len() + peak <= news.len() * 11 / 4,
        "news: {peak} bytes over {}",
        news.len()
    );
    eprintln!("{}", report.join("\n"));
}
