//! Prints the quotations of news texts.
//!
//! ```text
//! attribute [MODE] [FILE… | -]
//!   (no mode)       a table per file
//!   --json          the library's JSON: one object, or an array for several files
//!   --jsonl         one JSON object per line, with "file"
//!   --jsonl -       JSON Lines records {"id", "text"} on stdin, one result line each, on all cores
//!   --html          one self-contained HTML page (one file)
//!   --quiet, -q     counts only (for timing)
//!   --help, -h      this help;  --version, -V  the version
//! ```
//!
//! With no file, the reference article is read. Every flag is parsed in
//! [`parse_args`]; a new mode is one more arm there and in [`run`].

#[path = "support/html.rs"]
mod html;

use quote_attribution::{Act, Attributor, Document};
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, Read, Write};
use std::process::ExitCode;

#[path = "attribute/jsonl.rs"]
mod jsonl;

const REFERENCE: &str = include_str!("../tests/corpus/perth-security-accord.txt");
/// What the reference article is called in the output.
const REFERENCE_NAME: &str = "<reference>";

const USAGE: &str = "\
usage: attribute [--json | --jsonl | --html | --quiet] [--] [FILE… | -]

Prints the quotations of news texts (UTF-8 files; `-` is standard input;
with no file, the reference article).

modes (at most one):
  (none)        a table per file; control characters are shown escaped
  --json        the library's JSON (schema 1): one object for one file, an
                array of objects, in argument order, for several
  --jsonl       one JSON object per line and file, with \"file\"; a file that
                cannot be read gets {\"file\", \"error\"} and the run goes on
  --html        one self-contained HTML page of one file, quotations
                highlighted per speaker
  -q, --quiet   counts only

  --acts LIST   the acts to report: speech (the default), thought, evidence,
                comma-separated, or all

  -h, --help    print this help
  -V, --version print the version
  --            every later argument is a file

exit status: 0 success, 1 a file could not be read or parsed, 2 bad usage";

/// What the run prints.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Mode {
    Table,
    Json,
    Jsonl,
    Html,
    Quiet,
}

impl Mode {
    fn flag(self) -> &'static str {
        match self {
            Mode::Table => "(table)",
            Mode::Json => "--json",
            Mode::Jsonl => "--jsonl",
            Mode::Html => "--html",
            Mode::Quiet => "--quiet",
        }
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Run {
        mode: Mode,
        inputs: Vec<String>,
        /// `--acts`: the acts to report (`None`: the default, speech).
        acts: Option<Vec<Act>>,
    },
    Help,
    Version,
}

/// Reads the arguments (without the program name). Every flag of the
/// example is here; an error is a message for the usage text (exit 2).
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut mode: Option<Mode> = None;
    let mut inputs = Vec::new();
    let mut acts = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let chosen = match arg.as_str() {
            "--acts" => {
                let list = args
                    .next()
                    .ok_or("--acts needs a list (speech,thought,evidence or all)")?;
                acts = Some(parse_acts(&list)?);
                continue;
            }
            "--" => {
                inputs.extend(args.by_ref());
                break;
            }
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--json" => Mode::Json,
            "--jsonl" => Mode::Jsonl,
            "--html" => Mode::Html,
            "-q" | "--quiet" => Mode::Quiet,
            "-" => {
                inputs.push(arg);
                continue;
            }
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option `{}`", escape_controls(flag)))
            }
            _ => {
                inputs.push(arg);
                continue;
            }
        };
        match mode {
            Some(m) if m != chosen => {
                return Err(format!(
                    "{} and {} cannot be used together",
                    m.flag(),
                    chosen.flag()
                ))
            }
            _ => mode = Some(chosen),
        }
    }
    let mode = mode.unwrap_or(Mode::Table);
    if mode == Mode::Html && inputs.len() > 1 {
        return Err("--html takes one file".to_string());
    }
    Ok(Command::Run { mode, inputs, acts })
}

/// `speech,thought`, `all`: the acts of `--acts`.
fn parse_acts(list: &str) -> Result<Vec<Act>, String> {
    if list == "all" {
        return Ok(Act::ALL.to_vec());
    }
    list.split(',')
        .map(|a| a.trim().parse::<Act>().map_err(|e| format!("--acts: {e}")))
        .collect()
}

/// `s` with every control character (C0, DEL, C1) and every bidirectional
/// formatting character written as a `\u{…}` escape, so that text from the
/// input cannot move the terminal's cursor, change its colours or title, or
/// reorder what is shown.
fn escape_controls(s: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !s.contains(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` on one line (blanks collapsed), control characters escaped, cut to
/// `n` characters.
fn shorten(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = escape_controls(&flat);
    if flat.chars().count() <= n {
        flat.into_owned()
    } else {
        let cut: String = flat.chars().take(n - 1).collect();
        format!("{cut}…")
    }
}

fn print_table(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    writeln!(
        out,
        "{:<9} {:<22} {:<14} QUOTATION",
        "KIND", "SPEAKER", "CUE"
    )?;
    for q in doc.quotes() {
        let speaker = q
            .speaker()
            .map_or("-".to_string(), |s| shorten(s.name(), 22));
        let cue = q.cue().map_or("-".to_string(), |c| shorten(c.text(), 14));
        writeln!(
            out,
            "{:<9} {:<22} {:<14} {}",
            q.kind().as_str(),
            speaker,
            cue,
            shorten(q.text(), 70)
        )?;
    }
    writeln!(
        out,
        "{} quotations, {} speakers",
        doc.quotes().len(),
        doc.speakers().len()
    )
}

/// One line of `--jsonl`: the file's name, then the document's fields.
#[derive(Serialize)]
struct JsonlRecord<'d, 'a> {
    file: &'d str,
    #[serde(flatten)]
    doc: &'d Document<'a>,
}

/// The line of `--jsonl` for a file that could not be read or parsed.
#[derive(Serialize)]
struct JsonlError<'d> {
    file: &'d str,
    error: &'d str,
}

/// The bytes of one input: a file, standard input (`-`), or the reference.
fn read(input: Option<&str>) -> Result<Cow<'static, [u8]>, String> {
    match input {
        None => Ok(Cow::Borrowed(REFERENCE.as_bytes())),
        Some("-") => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(Cow::Owned(buf))
        }
        Some(path) => std::fs::read(path)
            .map(Cow::Owned)
            .map_err(|e| format!("cannot read {path}: {e}")),
    }
}

fn json(value: &impl Serialize) -> io::Result<String> {
    serde_json::to_string(value).map_err(io::Error::other)
}

/// Runs a mode over its inputs (none: the reference article), printing to
/// `out`. Returns whether every input was read and parsed.
fn run(
    mode: Mode,
    inputs: &[String],
    attributor: &Attributor,
    out: &mut impl Write,
) -> io::Result<bool> {
    let names: Vec<Option<&str>> = if inputs.is_empty() {
        vec![None]
    } else {
        inputs.iter().map(|s| Some(s.as_str())).collect()
    };
    let mut ok = true;
    let mut json_docs = Vec::new();
    let (mut total_bytes, mut total_quotes) = (0usize, 0usize);
    for &name in &names {
        let label = name.unwrap_or(REFERENCE_NAME);
        let bytes = read(name);
        let parsed = bytes.as_ref().map_err(String::clone).and_then(|bytes| {
            attributor
                .parse_bytes(bytes)
                .map_err(|e| format!("{label}: {e}"))
        });
        let doc = match parsed {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("attribute: {}", escape_controls(&e));
                ok = false;
                if mode == Mode::Jsonl {
                    writeln!(
                        out,
                        "{}",
                        json(&JsonlError {
                            file: label,
                            error: &e
                        })?
                    )?;
                }
                continue;
            }
        };
        total_bytes += doc.text().len();
        total_quotes += doc.quotes().len();
        match mode {
            Mode::Table => {
                if names.len() > 1 {
                    writeln!(out, "== {}", escape_controls(label))?;
                }
                print_table(out, &doc)?;
            }
            Mode::Json => json_docs.push(json(&doc)?),
            Mode::Jsonl => writeln!(
                out,
                "{}",
                json(&JsonlRecord {
                    file: label,
                    doc: &doc
                })?
            )?,
            Mode::Html => {
                let title = match name {
                    None => "the reference article",
                    Some("-") => "standard input",
                    Some(path) => path,
                };
                out.write_all(html::render(&doc, title).as_bytes())?;
            }
            Mode::Quiet => {}
        }
    }
    match mode {
        // An array only when every file was read: a partial one would
        // misplace the documents after a failure.
        Mode::Json if ok && names.len() == 1 => writeln!(out, "{}", json_docs[0])?,
        Mode::Json if ok => writeln!(out, "[{}]", json_docs.join(","))?,
        Mode::Quiet => writeln!(
            out,
            "{} files, {total_bytes} bytes, {total_quotes} quotations",
            names.len()
        )?,
        _ => {}
    }
    Ok(ok)
}

fn main() -> ExitCode {
    let (mode, inputs, acts) = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Run { mode, inputs, acts }) => (mode, inputs, acts),
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!(
                "attribute (quote-attribution) {}",
                env!("CARGO_PKG_VERSION")
            );
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let usage = USAGE.lines().next().unwrap_or_default();
            eprintln!("attribute: {e}\n{usage}\nTry `attribute --help` for more.");
            return ExitCode::from(2);
        }
    };
    let mut builder = Attributor::builder();
    if let Some(acts) = &acts {
        builder.acts(acts);
    }
    let attributor = match builder.build() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("attribute: {e}");
            return ExitCode::from(2);
        }
    };
    if mode == Mode::Jsonl && inputs == ["-"] {
        // JSON Lines records on stdin, streamed on all cores.
        return match jsonl::run(io::stdin().lock(), io::stdout().lock(), &attributor, 0) {
            Ok((records, bad)) => {
                if bad > 0 {
                    eprintln!("attribute: {bad} of {records} records bad (error records written)");
                }
                ExitCode::SUCCESS
            }
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("attribute: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match run(mode, &inputs, &attributor, &mut out).and_then(|ok| out.flush().map(|()| ok)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("attribute: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Result<Command, String> {
        parse_args(a.iter().map(|s| s.to_string()))
    }

    fn run_of(mode: Mode, inputs: &[&str]) -> Result<Command, String> {
        Ok(Command::Run {
            mode,
            inputs: inputs.iter().map(|s| s.to_string()).collect(),
            acts: None,
        })
    }

    #[test]
    fn modes_files_and_the_double_dash() {
        assert_eq!(args(&[]), run_of(Mode::Table, &[]));
        assert_eq!(
            args(&["a", "-", "b"]),
            run_of(Mode::Table, &["a", "-", "b"])
        );
        assert_eq!(args(&["a", "--json"]), run_of(Mode::Json, &["a"]));
        assert_eq!(args(&["-q", "--quiet"]), run_of(Mode::Quiet, &[]));
        assert_eq!(
            args(&["--jsonl", "--", "--html", "-q"]),
            run_of(Mode::Jsonl, &["--html", "-q"])
        );
        assert_eq!(args(&["--html", "a"]), run_of(Mode::Html, &["a"]));
        assert_eq!(
            args(&["--bogus", "--help"]),
            Err("unknown option `--bogus`".into())
        );
        assert_eq!(args(&["--help", "--bogus"]), Ok(Command::Help));
        assert_eq!(args(&["-V"]), Ok(Command::Version));
        assert_eq!(
            args(&["--acts", "all", "a"]),
            Ok(Command::Run {
                mode: Mode::Table,
                inputs: vec!["a".into()],
                acts: Some(Act::ALL.to_vec()),
            })
        );
        assert_eq!(
            args(&["--acts", "speech,thought"]),
            Ok(Command::Run {
                mode: Mode::Table,
                inputs: vec![],
                acts: Some(vec![Act::Speech, Act::Thought]),
            })
        );
        assert!(args(&["--acts", "belief"]).is_err());
        assert!(args(&["--acts"]).is_err());
        assert_eq!(
            args(&["--html", "--json"]),
            Err("--html and --json cannot be used together".into())
        );
        assert_eq!(
            args(&["--html", "a", "b"]),
            Err("--html takes one file".into())
        );
        assert_eq!(args(&["-\u{1b}"]), Err("unknown option `-\\u{1b}`".into()));
    }

    #[test]
    fn controls_are_escaped_and_other_text_kept() {
        assert_eq!(escape_controls("plain “text” é"), "plain “text” é");
        assert_eq!(escape_controls("a\u{1b}[2Jb\u{7}"), "a\\u{1b}[2Jb\\u{7}");
        assert_eq!(
            escape_controls("\u{9b}\u{7f}\u{202e}x"),
            "\\u{9b}\\u{7f}\\u{202e}x"
        );
        assert_eq!(shorten("a \n\t b \u{1b}c", 40), "a b \\u{1b}c");
    }
}
