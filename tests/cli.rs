//! The command-line examples, run as a user would.
//!
//! - `attribute --json FILE` prints one JSON object with the documented
//!   fields, agreeing with the library;
//! - `attribute --jsonl` over good, missing and invalid-UTF-8 files prints
//!   one line per file, an error record for each bad one, and fails;
//! - `attribute --json` on invalid UTF-8 fails with a message on stderr;
//! - `evaluate --json` prints the documented summary keys, and the
//!   reference article scores 1 (with the `eval` feature, which the
//!   example needs).
//!
//! The examples are built once with `cargo build --example …` (the cargo
//! running these tests, with the same profile and target directory), then
//! run directly.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const REFERENCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/corpus/perth-security-accord.txt"
);
#[cfg(feature = "eval")]
const REFERENCE_GOLD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/corpus/perth-security-accord.gold.json"
);

/// Builds the named example and returns the path of its executable.
fn build_example(name: &str) -> PathBuf {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args([
        "build",
        "--quiet",
        "--message-format=json",
        "--example",
        name,
    ]);
    if name == "evaluate" {
        cmd.args(["--features", "eval"]);
    }
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    // Build into the target directory this test runs from
    // (`<target>/<profile>/deps/cli-…`), however it was chosen.
    let target = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .filter(|dir| dir.join("CACHEDIR.TAG").is_file());
    if let Some(dir) = target {
        cmd.arg("--target-dir").arg(dir);
    }
    let out = cmd.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo build --example {name} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == name)
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .unwrap_or_else(|| panic!("cargo reported no executable for example {name}"))
}

fn example(name: &'static str) -> &'static Path {
    static ATTRIBUTE: OnceLock<PathBuf> = OnceLock::new();
    static EVALUATE: OnceLock<PathBuf> = OnceLock::new();
    let cell = match name {
        "attribute" => &ATTRIBUTE,
        "evaluate" => &EVALUATE,
        _ => unreachable!("unknown example {name}"),
    };
    cell.get_or_init(|| build_example(name))
}

fn run(name: &'static str, args: &[&str]) -> Output {
    Command::new(example(name))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name}: {e}"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// A file under the temporary folder, unique to this process and test.
fn temp_file(tag: &str, contents: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "quote-attribution-cli-{}-{tag}",
        std::process::id()
    ));
    std::fs::write(&path, contents).expect("temp file written");
    path
}

fn span_of(v: &Value) -> (usize, usize) {
    let s = v["start"].as_u64().expect("span.start") as usize;
    let e = v["end"].as_u64().expect("span.end") as usize;
    (s, e)
}

/// Checks the documented fields of one `attribute --json` object against
/// the text, and returns the number of quotations.
fn check_json_document(v: &Value, text: &str) -> usize {
    let quotes = v["quotes"].as_array().expect("quotes is an array");
    for q in quotes {
        let kind = q["kind"].as_str().expect("kind");
        assert!(
            ["direct", "mixed", "indirect"].contains(&kind),
            "kind {kind}"
        );
        let (s, e) = span_of(&q["span"]);
        assert_eq!(Some(&text[s..e]), q["text"].as_str(), "quote text and span");
        match &q["speaker"] {
            Value::Null => {}
            sp => {
                assert!(sp["name"].is_string(), "speaker.name");
                let (s, e) = span_of(&sp["span"]);
                assert_eq!(
                    Some(&text[s..e]),
                    sp["mention"].as_str(),
                    "speaker mention and span"
                );
            }
        }
        match &q["cue"] {
            Value::Null => {}
            cue => {
                let (s, e) = span_of(&cue["span"]);
                assert_eq!(Some(&text[s..e]), cue["text"].as_str(), "cue text and span");
            }
        }
        assert!(q["rule"].is_string());
        let c = q["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&c));
    }
    let speakers = v["speakers"].as_array().expect("speakers is an array");
    for s in speakers {
        assert!(s["name"].is_string());
        for m in s["mentions"].as_array().expect("mentions") {
            let (a, b) = span_of(&m["span"]);
            assert_eq!(Some(&text[a..b]), m["text"].as_str());
        }
    }
    quotes.len()
}

#[test]
fn json_on_the_reference_prints_one_documented_object() {
    let out = run("attribute", &["--json", REFERENCE]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = stdout(&out);
    let lines: Vec<&str> = printed.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one JSON object on one line");
    let v: Value = serde_json::from_str(lines[0]).expect("valid JSON");
    let text = std::fs::read_to_string(REFERENCE).expect("reference text");
    let n = check_json_document(&v, &text);

    // The object agrees with the library.
    let doc = quote_attribution::parse(&text);
    assert_eq!(n, doc.quotes().len());
    for (q, j) in doc
        .quotes()
        .iter()
        .zip(v["quotes"].as_array().expect("quotes"))
    {
        assert_eq!(j["kind"], q.kind().as_str());
        assert_eq!(span_of(&j["span"]), (q.span().start(), q.span().end()));
        assert_eq!(j["speaker"]["name"].as_str(), q.speaker().map(|s| s.name()));
        assert_eq!(j["cue"]["text"].as_str(), q.cue().map(|c| c.text()));
    }
    let names: Vec<&str> = v["speakers"]
        .as_array()
        .expect("speakers")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert!(names.contains(&"Anthony Albanese"), "{names:?}");
}

#[test]
fn jsonl_reports_each_file_and_fails_on_bad_ones() {
    let good = temp_file("good.txt", "“We are ready,” Ms Roe said.\n".as_bytes());
    let bad = temp_file(
        "bad.txt",
        b"\xe2\x80\x9cBroken \xff bytes,\xe2\x80\x9d he said.",
    );
    let missing = std::env::temp_dir().join(format!(
        "quote-attribution-cli-{}-missing.txt",
        std::process::id()
    ));
    let _ = std::fs::remove_file(&missing);
    let files = [
        good.to_str().unwrap(),
        missing.to_str().unwrap(),
        bad.to_str().unwrap(),
    ];
    let out = run("attribute", &["--jsonl", files[0], files[1], files[2]]);
    let _ = std::fs::remove_file(&good);
    let _ = std::fs::remove_file(&bad);

    assert!(
        !out.status.success(),
        "a missing or invalid file must fail the run"
    );
    let printed = stdout(&out);
    let lines: Vec<Value> = printed
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "one line per file:\n{printed}");

    assert_eq!(lines[0]["file"], files[0]);
    assert!(lines[0].get("error").is_none());
    let n = check_json_document(&lines[0], "“We are ready,” Ms Roe said.\n");
    assert_eq!(n, 1);
    assert_eq!(lines[0]["quotes"][0]["text"], "We are ready,");

    for (line, file) in [(&lines[1], files[1]), (&lines[2], files[2])] {
        assert_eq!(line["file"], file);
        assert!(
            line["error"].as_str().is_some_and(|e| !e.is_empty()),
            "error record: {line}"
        );
        assert!(line.get("quotes").is_none());
    }
    assert!(
        lines[2]["error"].as_str().unwrap().contains("UTF-8"),
        "{}",
        lines[2]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(files[1]) && stderr.contains(files[2]),
        "stderr: {stderr}"
    );
}

#[test]
fn json_on_invalid_utf8_fails_with_a_message() {
    let bad = temp_file("invalid.txt", b"caf\xc3 \xe2\x80\x9cno\xe2\x80\x9d");
    let out = run("attribute", &["--json", bad.to_str().unwrap()]);
    let _ = std::fs::remove_file(&bad);
    assert!(!out.status.success());
    assert!(
        stdout(&out).trim().is_empty(),
        "nothing on stdout: {}",
        stdout(&out)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("UTF-8") && stderr.contains("offset 3"),
        "stderr: {stderr}"
    );
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    let mut child = Command::new(example("attribute"))
        .args(["--json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let text = "She said the talks had failed.";
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    assert_eq!(check_json_document(&v, text), 1);
    assert_eq!(v["quotes"][0]["kind"], "indirect");
}

#[test]
#[cfg(feature = "eval")]
fn evaluate_json_prints_every_metric() {
    let out = run("evaluate", &["--json", REFERENCE_GOLD]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("one JSON object");
    assert_eq!(v["docs"], 1);
    for key in [
        "exact",
        "overlap_0.3",
        "overlap_0.8",
        "lenient",
        "end_to_end",
    ] {
        for field in ["precision", "recall", "f1"] {
            let x = v[key][field]
                .as_f64()
                .unwrap_or_else(|| panic!("{key}.{field} in {v}"));
            assert!((0.0..=1.0).contains(&x));
        }
    }
    assert_eq!(v["end_to_end"]["f1"], 1.0, "the reference scores 1: {v}");
    assert_eq!(v["by_kind"].as_object().expect("by_kind").len(), 3);
    for kind in ["direct", "mixed", "indirect"] {
        assert_eq!(v["by_kind"][kind]["recall"], 1.0, "by_kind.{kind}");
    }
    // Text mode with -v runs too, and a missing file fails.
    let out = run("evaluate", &["-v", REFERENCE_GOLD]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("end_to_end"));
    let out = run("evaluate", &["/nonexistent/gold.json"]);
    assert!(!out.status.success());
    assert!(!out.stderr.is_empty());
}
