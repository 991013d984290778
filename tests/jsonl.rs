//! `attribute --jsonl -`: JSON Lines records on standard input, one result
//! line per record, in input order, directly and as a Spark mapper.
//!
//! - Directly: each result is the library's own serialization of the parse
//!   with the record's `id` and `"schema": 1`, in input order; a bad record
//!   gives an error record with its id and line number, and the run goes
//!   on.
//! - Under Spark: a PySpark job in local mode (`local[2]`, four partitions,
//!   so four mapper processes) pipes the reference article and generated
//!   texts through the release-built binary (`tests/spark/pipe.py`, the
//!   README's recipe); every id comes back once, with the number of
//!   quotations that parsing its text directly gives.
//!
//! The Spark test needs Java and the `pyspark` package: `.ci/run` installs
//! it into `target/pyspark-venv`, and under CI (`CI` set) the test fails
//! without it. Elsewhere it says so and checks nothing when pyspark is
//! missing. `QA_PYSPARK_PYTHON` names another Python that has pyspark.

mod build;

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const REFERENCE: &str = include_str!("corpus/perth-security-accord.txt");

/// Texts with 0 to 5 quotations of several kinds, in several styles.
fn generated(n: usize) -> Vec<String> {
    let names = ["Jane Roe", "John Doe", "Ann Lee", "Omar Haddad", "Li Wei"];
    let parts = [
        "“We will rebuild the bridge,” {} said.",
        "{} said the budget had been cut twice.",
        "According to {}, the council will vote in May.",
        "The harbour was quiet on Tuesday.",
        "\"Nobody expected this,\" said {}.",
        "Rain fell over the valley all night.",
    ];
    (0..n)
        .map(|i| {
            let mut text = format!("Report {i}.\n");
            for k in 0..(i % 7) {
                let part = parts[(i + k) % parts.len()];
                text.push_str(&part.replace("{}", names[(i * 3 + k) % names.len()]));
                text.push(if k % 2 == 0 { ' ' } else { '\n' });
            }
            text
        })
        .collect()
}

/// The dataset: `(id, text)` pairs, the reference article first.
fn dataset() -> Vec<(Value, String)> {
    let mut records = vec![(json!("reference"), REFERENCE.to_string())];
    records.extend(
        generated(300)
            .into_iter()
            .enumerate()
            .map(|(i, t)| (json!(format!("gen-{i}")), t)),
    );
    records
}

fn jsonl(records: &[(Value, String)]) -> String {
    records
        .iter()
        .map(|(id, text)| json!({"id": id, "text": text}).to_string() + "\n")
        .collect()
}

fn run_stdin(exe: &Path, input: &str) -> (String, String, bool) {
    let mut child = Command::new(exe)
        .args(["--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("attribute runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("attribute ends");
    writer.join().expect("writer").expect("stdin written");
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
        out.status.success(),
    )
}

#[test]
fn jsonl_stdin_gives_the_library_output_per_record_in_order() {
    let exe = build::example("attribute", &[], !cfg!(debug_assertions));
    let records = dataset();
    let mut input = jsonl(&records);
    // A bad record between good ones, a blank line, and one more good one.
    input.push_str("{\"id\": 7, \"text\": [\"not\", \"a string\"]}\n");
    input.push_str("not JSON at all\n\n");
    input.push_str("{\"id\": \"last\", \"text\": \"“Done,” he said.\"}\n");
    let (stdout, stderr, ok) = run_stdin(&exe, &input);
    assert!(ok, "{stderr}");
    assert!(stderr.contains("2 of"), "{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), records.len() + 3);
    for ((id, text), line) in records.iter().zip(&lines) {
        // The library's own serialization, read back as JSON.
        let doc = serde_json::to_string(&quote_attribution::parse(text)).expect("serializes");
        let mut want: Value = serde_json::from_str(&doc).expect("JSON");
        want["id"] = id.clone();
        want["schema"] = json!(1);
        assert_eq!(line, &want, "record {id}");
    }
    let n = records.len();
    assert_eq!(lines[n]["id"], json!(7));
    assert_eq!(lines[n]["line"], json!(n + 1));
    assert_eq!(lines[n]["schema"], json!(1));
    assert!(lines[n]["error"].as_str().unwrap().contains("not a string"));
    assert_eq!(lines[n + 1]["id"], Value::Null);
    assert_eq!(lines[n + 1]["line"], json!(n + 2));
    assert!(lines[n + 1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[n + 2]["id"], json!("last"));
    assert_eq!(lines[n + 2]["quotes"].as_array().map(Vec::len), Some(1));
}

/// A Python that can import pyspark, if any.
fn pyspark_python() -> Option<PathBuf> {
    let candidates = std::env::var_os("QA_PYSPARK_PYTHON")
        .map(PathBuf::from)
        .into_iter()
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pyspark-venv/bin/python")]);
    candidates.into_iter().find(|py| {
        Command::new(py)
            .args(["-c", "import pyspark"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

#[test]
fn a_pyspark_job_pipes_every_record_through_the_release_binary() {
    let Some(python) = pyspark_python() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "pyspark is missing under CI: .ci/run installs it into target/pyspark-venv"
        );
        eprintln!("pyspark not found (run .ci/run once to install it): Spark check skipped");
        return;
    };
    let exe = build::example("attribute", &[], true);
    let records = dataset();
    let mut expected: BTreeMap<String, usize> = records
        .iter()
        .map(|(id, text)| {
            let id = id.as_str().expect("string ids").to_string();
            (id, quote_attribution::parse(text).quotes().len())
        })
        .collect();
    assert!(expected.values().any(|&n| n == 0) && expected.values().any(|&n| n >= 5));
    let mut input = jsonl(&records);
    input.push_str("{\"id\": \"bad\", \"text\": null}\n");

    let dir = std::env::temp_dir().join(format!("quote-attribution-spark-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (source, target) = (dir.join("in.jsonl"), dir.join("out.jsonl"));
    std::fs::write(&source, &input).expect("input written");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spark/pipe.py");
    let started = std::time::Instant::now();
    let out = Command::new(&python)
        .arg(&script)
        .arg(&exe)
        .arg(&source)
        .arg(&target)
        .arg("local[2]")
        // Spark's Python workers run the same interpreter.
        .env("PYSPARK_PYTHON", &python)
        .stdin(Stdio::null())
        .output()
        .expect("python runs");
    // Reported, not tested: nearly all of it is Spark's start-up.
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the Spark job failed:\n{stderr}");
    let output = std::fs::read_to_string(&target).expect("output written");
    std::fs::remove_dir_all(&dir).ok();

    let mut bad = 0;
    for line in output.lines() {
        let v: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(v["schema"], json!(1), "{line}");
        let id = v["id"].as_str().expect("string id");
        if id == "bad" {
            // Line numbers count the lines of the mapper's own partition.
            assert!(v["line"].as_u64().is_some_and(|n| n >= 1), "{line}");
            assert!(v["error"].is_string(), "{line}");
            bad += 1;
            continue;
        }
        let count = expected
            .remove(id)
            .unwrap_or_else(|| panic!("{id} came back twice, or was never sent"));
        let quotes = v["quotes"].as_array().expect("quotes");
        assert_eq!(quotes.len(), count, "quotations of {id}");
    }
    assert_eq!(bad, 1);
    assert!(
        expected.is_empty(),
        "never came back: {:?}",
        expected.keys()
    );
    let n = records.len() + 1;
    eprintln!(
        "Spark local[2]: {n} records piped in {seconds:.1} s, {:.0} records/s with Spark's start-up ({})",
        n as f64 / seconds,
        stderr.lines().last().unwrap_or_default().trim()
    );
}
