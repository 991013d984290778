//! Prints the quotations of news texts.
//!
//! ```text
//! cargo run --release --example attribute                 # the reference article, as a table
//! cargo run --release --example attribute -- FILE… | -    # files (or stdin), as tables
//! cargo run --release --example attribute -- --json FILE  # one JSON object
//! cargo run --release --example attribute -- --jsonl FILE… # one JSON object per line, with "file"
//! cargo run --release --example attribute -- --jsonl - < IN.jsonl # records {"id", "text"} in, one result line each out
//! cargo run --release --example attribute -- --quiet FILE… # counts only (for timing)
//! ```

use quote_attribution::{parse, Document};
use serde_json::{json, Value};
use std::io::Read;
use std::process::ExitCode;

#[path = "attribute/jsonl.rs"]
mod jsonl;

const REFERENCE: &str = include_str!("../tests/corpus/perth-security-accord.txt");

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Table,
    Json,
    Jsonl,
    Quiet,
}

fn to_json(doc: &Document) -> Value {
    let quotes: Vec<Value> = doc
        .quotes()
        .iter()
        .map(|q| {
            json!({
                "kind": q.kind().as_str(),
                "text": q.text(),
                "span": {"start": q.span().start(), "end": q.span().end()},
                "speaker": q.speaker().map(|s| json!({
                    "name": s.name(),
                    "mention": s.mention().text(),
                    "span": {"start": s.mention().span().start(), "end": s.mention().span().end()},
                    "entity": s.entity(),
                })),
                "cue": q.cue().map(|c| json!({
                    "text": c.text(),
                    "span": {"start": c.span().start(), "end": c.span().end()},
                })),
                "rule": q.rule().as_str(),
                "confidence": (f64::from(q.confidence()) * 1000.0).round() / 1000.0,
            })
        })
        .collect();
    let speakers: Vec<Value> = doc
        .speakers()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            json!({
                "id": i,
                "name": s.name(),
                "kind": s.kind(),
                "mentions": s.mentions().iter().map(|m| json!({
                    "text": m.text(), "span": {"start": m.span().start(), "end": m.span().end()}
                })).collect::<Vec<_>>(),
                "roles": s.roles().iter().map(|r| r.text()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({"quotes": quotes, "speakers": speakers})
}

fn shorten(s: &str, n: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        let cut: String = flat.chars().take(n - 1).collect();
        format!("{cut}…")
    }
}

fn print_table(doc: &Document) {
    println!("{:<9} {:<22} {:<14} QUOTATION", "KIND", "SPEAKER", "CUE");
    for q in doc.quotes() {
        let speaker = q
            .speaker()
            .map_or("-".to_string(), |s| shorten(s.name(), 22));
        let cue = q.cue().map_or("-".to_string(), |c| shorten(c.text(), 14));
        println!(
            "{:<9} {:<22} {:<14} {}",
            q.kind().as_str(),
            speaker,
            cue,
            shorten(q.text(), 70)
        );
    }
    println!(
        "{} quotations, {} speakers",
        doc.quotes().len(),
        doc.speakers().len()
    );
}

fn read(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
    }
}

fn main() -> ExitCode {
    let mut mode = Mode::Table;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => mode = Mode::Json,
            "--jsonl" => mode = Mode::Jsonl,
            "--quiet" | "-q" => mode = Mode::Quiet,
            "-h" | "--help" => {
                println!("usage: attribute [--json | --jsonl | --quiet] [FILE… | -]");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if mode == Mode::Jsonl && files == ["-"] {
        // JSON Lines records on stdin, streamed on all cores.
        return match jsonl::run(std::io::stdin().lock(), std::io::stdout().lock(), 0) {
            Ok((records, bad)) => {
                if bad > 0 {
                    eprintln!("attribute: {bad} of {records} records bad (error records written)");
                }
                ExitCode::SUCCESS
            }
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("attribute: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if files.is_empty() {
        let doc = parse(REFERENCE);
        match mode {
            Mode::Table => print_table(&doc),
            Mode::Quiet => println!(
                "{} quotations, {} speakers",
                doc.quotes().len(),
                doc.speakers().len()
            ),
            Mode::Json => println!("{}", to_json(&doc)),
            Mode::Jsonl => {
                let mut v = to_json(&doc);
                v["file"] = json!("<reference>");
                println!("{v}");
            }
        }
        return ExitCode::SUCCESS;
    }
    let mut failed = false;
    let (mut total_bytes, mut total_quotes) = (0usize, 0usize);
    for path in &files {
        let result = read(path).and_then(|bytes| {
            let doc = quote_attribution::parse_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
            total_bytes += bytes.len();
            total_quotes += doc.quotes().len();
            Ok(match mode {
                Mode::Table => {
                    if files.len() > 1 {
                        println!("== {path}");
                    }
                    print_table(&doc);
                    None
                }
                Mode::Json => Some(to_json(&doc)),
                Mode::Jsonl => {
                    let mut v = to_json(&doc);
                    v["file"] = json!(path);
                    Some(v)
                }
                Mode::Quiet => None,
            })
        });
        match result {
            Ok(Some(v)) => println!("{v}"),
            Ok(None) => {}
            Err(e) => {
                eprintln!("attribute: {e}");
                failed = true;
                if mode == Mode::Jsonl {
                    println!("{}", json!({"file": path, "error": e}));
                }
            }
        }
    }
    if mode == Mode::Quiet {
        println!(
            "{} files, {} bytes, {} quotations",
            files.len(),
            total_bytes,
            total_quotes
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
