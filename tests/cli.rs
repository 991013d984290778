//! The command-line examples, run as a user would.
//!
//! - `attribute --json FILE` prints one JSON object with the documented
//!   fields: exactly the library's serialization, which reads back into
//!   `Document` and serializes to the same bytes; several files print an
//!   array;
//! - bad usage (an unknown flag, two modes) exits 2 with the usage on
//!   stderr; `--help`, `--version` and `--` work;
//! - the table escapes control characters from the input;
//! - `attribute --html` renders in headless Chromium with one highlight per
//!   quotation, and no script from the input runs;
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

mod build;

use quote_attribution::Document;
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

/// Builds the named example (`evaluate` with the `eval` feature, in the
/// profile of these tests) and returns the path of its executable.
fn build_example(name: &str) -> PathBuf {
    let features: &[&str] = if name == "evaluate" { &["eval"] } else { &[] };
    build::example(name, features, !cfg!(debug_assertions))
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
                let id = sp["id"].as_u64().expect("speaker.id") as usize;
                assert_eq!(
                    v["speakers"][id]["name"], sp["name"],
                    "the speaker id points at the speaker of that name"
                );
                let m = &sp["mention"];
                let (s, e) = span_of(&m["span"]);
                assert_eq!(
                    Some(&text[s..e]),
                    m["text"].as_str(),
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
    for (i, s) in speakers.iter().enumerate() {
        assert_eq!(s["id"], i, "a speaker's id is its index");
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
    assert_eq!(v["schema"], 1);
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
    // The line is the library's document with "file" added: it reads back.
    let doc: Document<'static> = serde_json::from_value(lines[0].clone()).expect("a Document");
    assert_eq!(doc.quotes()[0].text(), "We are ready,");
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

/// Runs `attribute` with `args` and `stdin` as its standard input.
fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(example("attribute"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn attribute");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("wait for attribute")
}

#[test]
fn json_is_the_library_schema_and_round_trips_to_the_same_bytes() {
    let out = run("attribute", &["--json", REFERENCE]);
    assert!(out.status.success());
    let printed = stdout(&out);
    let line = printed.strip_suffix('\n').expect("one line");
    // Exactly the library's serialization: no second, hand-built shape.
    let text = std::fs::read_to_string(REFERENCE).expect("reference text");
    let doc = quote_attribution::parse(&text);
    assert_eq!(line, serde_json::to_string(&doc).expect("serializes"));
    // Read back into the library's type, and written again byte for byte.
    let back: Document<'static> = serde_json::from_str(line).expect("reads back");
    assert_eq!(serde_json::to_string(&back).expect("serializes"), line);
    assert_eq!(back.quotes(), doc.quotes());
    assert_eq!(back.speakers(), doc.speakers());
    assert_eq!(back.quotes().len(), 21);
}

#[test]
fn json_with_several_files_prints_an_array_in_argument_order() {
    let a = temp_file("array-a.txt", "“Yes,” Ms Roe said.".as_bytes());
    let b = temp_file(
        "array-b.txt",
        "She said it rained. He said it did not.".as_bytes(),
    );
    let out = run(
        "attribute",
        &["--json", a.to_str().unwrap(), b.to_str().unwrap()],
    );
    assert!(out.status.success());
    let docs: Vec<Document<'static>> =
        serde_json::from_str(stdout(&out).trim_end()).expect("a JSON array of documents");
    assert_eq!(
        docs.iter().map(|d| d.quotes().len()).collect::<Vec<_>>(),
        [1, 2]
    );
    // With a file missing, no partial array: nothing on stdout, and exit 1.
    let out = run(
        "attribute",
        &["--json", a.to_str().unwrap(), "/nonexistent/file.txt"],
    );
    let _ = std::fs::remove_file(&a);
    let _ = std::fs::remove_file(&b);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/file.txt"));
}

#[test]
fn bad_usage_prints_the_usage_on_stderr_and_exits_2() {
    for args in [
        &["--bogus"][..],
        &["--json", "--quiet"],
        &["--jsonl", "--json", REFERENCE],
        &["--html", REFERENCE, REFERENCE],
        &["-x", REFERENCE],
    ] {
        let out = run("attribute", args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}: {}", stdout(&out));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("usage: attribute"), "{args:?}: {stderr}");
    }
    let out = run("attribute", &["--json", "--quiet"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--json and --quiet"), "{stderr}");
    // The same mode twice is no conflict.
    assert!(run("attribute", &["--quiet", "-q"]).status.success());
}

#[test]
fn help_and_version_print_on_stdout() {
    for flag in ["--help", "-h"] {
        let out = run("attribute", &[flag, "--bogus"]);
        assert!(out.status.success(), "{flag}");
        let help = stdout(&out);
        for mode in ["--json", "--jsonl", "--html", "--quiet", "--version"] {
            assert!(help.contains(mode), "{flag} lists {mode}");
        }
    }
    for flag in ["--version", "-V"] {
        let out = run("attribute", &[flag]);
        assert!(out.status.success());
        assert_eq!(
            stdout(&out).trim(),
            concat!("attribute (quote-attribution) ", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn a_double_dash_ends_the_options() {
    let dir = std::env::temp_dir().join(format!("quote-attribution-cli-{}-dd", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("--json"), "She said it rained.").expect("file written");
    let out = Command::new(example("attribute"))
        .current_dir(&dir)
        .args(["--quiet", "--", "--json"])
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout(&out).contains("1 files, 19 bytes, 1 quotations"),
        "{}",
        stdout(&out)
    );
}

/// Text that tries to drive the terminal: a screen clear, a C1 control
/// (CSI), DEL, a right-to-left override, BEL and a title change.
const HOSTILE: &str = "“Run \u{1b}[2J now,” Ms Roe said. Mr Lee said the \u{9b}2J vote\u{7f} was \u{202e}rigged\u{202c} and \u{7}over \u{1b}]0;owned.\n";

#[test]
fn table_output_escapes_control_characters() {
    let file = temp_file("hostile.txt", HOSTILE.as_bytes());
    let out = run("attribute", &[file.to_str().unwrap()]);
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success());
    let printed = stdout(&out);
    let raw: Vec<char> = printed
        .chars()
        .filter(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
        .collect();
    assert!(
        raw.is_empty(),
        "raw control characters {raw:?} in:\n{printed}"
    );
    assert!(printed.contains("Run \\u{1b}[2J now,"), "{printed}");
    assert!(printed.contains("\\u{202e}rigged"), "{printed}");
    assert!(printed.contains("\\u{7}over"), "{printed}");
    // The same holds for standard input read as a file, and names of
    // files in a multi-file table.
    let out = run_with_stdin(&["-", "-"], HOSTILE.as_bytes());
    assert!(!stdout(&out).contains('\u{1b}'));
}

/// Renders `html` in headless Chromium and returns the DOM after load
/// (`--dump-dom`). CI installs Chromium (`.ci/run`); set `CHROMIUM` to use
/// another binary.
fn chromium_dump_dom(html: &str, tag: &str) -> String {
    let page = temp_file(&format!("{tag}.html"), html.as_bytes());
    let profile = std::env::temp_dir().join(format!(
        "quote-attribution-cli-{}-{tag}-profile",
        std::process::id()
    ));
    let browser = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_string());
    let out = Command::new(&browser)
        .args([
            "--headless",
            // The sandbox needs user namespaces, which containers and root
            // lack; the page is local and allows no script.
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {browser} (install Debian's `chromium`, as .ci/run does): {e}")
        });
    let _ = std::fs::remove_file(&page);
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        out.status.success(),
        "{browser} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("DOM is UTF-8")
}

/// The opening tags named `tag` in `html` (as `<tag …>`).
fn opening_tags<'h>(html: &'h str, tag: &str) -> Vec<&'h str> {
    let open = format!("<{tag} ");
    html.match_indices(&open)
        .map(|(i, _)| {
            let end = html[i..].find('>').expect("tag closes") + i + 1;
            &html[i..end]
        })
        .collect()
}

/// The text of an HTML fragment: tags dropped, entities that the DOM
/// serializer writes decoded.
fn text_content(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        rest = &rest[i + rest[i..].find('>').expect("tag closes") + 1..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[test]
fn html_page_renders_one_highlight_per_quotation_and_runs_no_input_script() {
    let text = "Ms Roe said “the plan” was a disaster, according to Mr Lee.\n\
                <script>document.documentElement.className = 'pwned-' + (6 * 7)</script>\n\
                “I won’t <b>sign</b> & <img src=x onerror=\"document.title='pwned'\">,” Mr Lee said, “ever.”\n\
                “A new paragraph \u{1b}[31m starts,” the spokesman said.\n";
    let file = temp_file("page.txt", text.as_bytes());
    let out = run("attribute", &["--html", file.to_str().unwrap()]);
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success());
    let page = stdout(&out);
    let doc = quote_attribution::parse(text);
    assert!(doc.quotes().len() >= 4, "{:?}", doc.quotes());
    // (The library reports no two overlapping quotations of one kind; the
    // page's nested and crossing highlights are tested in the renderer's
    // unit tests.)

    let dom = chromium_dump_dom(&page, "page");
    // No script ran: none in the page, and the input's is text.
    assert!(!dom.contains("pwned-42"), "the input's script ran");
    assert!(!dom.contains("<title>pwned"), "the input's onerror ran");
    assert_eq!(dom.matches("<script").count(), 0, "a script element");
    assert_eq!(dom.matches("<img").count(), 0, "an img element");
    assert_eq!(dom.matches("<b>").count(), 0, "a b element");
    assert!(dom.contains("&lt;script&gt;document.documentElement"));

    // One highlight per quotation, in order, with its speaker and kind.
    let marks = opening_tags(&dom, "mark");
    let highlights: Vec<&str> = marks
        .iter()
        .copied()
        .filter(|m| m.contains("data-kind="))
        .collect();
    assert_eq!(highlights.len(), doc.quotes().len(), "{highlights:#?}");
    for (i, (m, q)) in highlights.iter().zip(doc.quotes()).enumerate() {
        assert!(m.contains(&format!("data-quote=\"{i}\"")), "{m}");
        assert!(m.contains(&format!("data-kind=\"{}\"", q.kind())), "{m}");
        let speaker = q
            .speaker()
            .map_or("none".to_string(), |s| s.id().to_string());
        assert!(m.contains(&format!("data-speaker=\"{speaker}\"")), "{m}");
        // One colour per speaker: its class.
        let colour = q
            .speaker()
            .map_or("none".to_string(), |s| format!("s{}", s.id()));
        assert!(m.starts_with(&format!("<mark class=\"q {colour}\"")), "{m}");
        assert!(m.contains("tabindex=\"0\""), "{m}");
        // What hover and focus show (CSS writes `data-tip` out).
        let cue = q.cue().map_or("none", |c| c.text());
        let name = q.speaker().map_or("none found", |s| s.name());
        for detail in [
            format!("Speaker: {name}"),
            format!("Kind: {}", q.kind()),
            format!("Cue: {cue}"),
            format!("Rule: {}", q.rule()),
            format!("Confidence: {:.2}", q.confidence()),
        ] {
            assert!(m.contains(&detail), "{detail} in {m}");
        }
    }
    // The article, tags dropped, is the input: the browser kept every
    // element where the page put it (markup it had to repair would move
    // or drop text) — but for the control character, shown as a picture.
    let article =
        &dom[dom.find("<article>").expect("article")..dom.find("</article>").expect("article end")];
    assert_eq!(text_content(article), text.replace('\u{1b}', "\u{241b}"));
    // A legend entry per speaker, with its count of quotations.
    for s in doc.speakers() {
        let n = doc.quotes_by(s.id()).count();
        assert!(
            dom.contains(&format!(
                "<li data-speaker=\"{}\" data-count=\"{n}\">",
                s.id()
            )),
            "legend entry of {}",
            s.name()
        );
    }
}

#[test]
fn html_of_the_reference_highlights_its_21_quotations() {
    let out = run("attribute", &["--html"]);
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_eq!(opening_tags(&page, "mark").len(), 21);
    assert_eq!(
        page.matches("<li data-speaker=").count(),
        4,
        "a legend entry per speaker"
    );
    assert!(page.contains("<li data-speaker=\"1\" data-count=\"14\">"));
    // Self-contained: nothing is fetched.
    for fetch in ["src=", "href=", "url(", "@import"] {
        assert!(!page.contains(fetch), "{fetch}");
    }
}
