//! Measures the library against gold annotations.
//!
//! It needs the crate's `eval` feature (`--features eval`, or
//! `--all-features`):
//!
//! ```text
//! cargo run --release --features eval --example evaluate                      # the reference article
//! cargo run --release --features eval --example evaluate -- GOLD.json…        # gold files
//! cargo run --release --features eval --example evaluate -- DIR…              # every *.json in the folders
//! cargo run --release --features eval --example evaluate -- --split LIST DIR  # DIR/<id>.json for each id in LIST
//! cargo run --release --features eval --example evaluate -- --polnear DIR --split dev  # a PolNeAR clone's own files
//! cargo run --release --features eval --example evaluate -- --json …          # one JSON summary object
//! cargo run --release --features eval --example evaluate -- -v …              # also every miss, spurious, wrong speaker
//! ```
//!
//! A gold file follows the schema of `quote_attribution::eval` (its
//! `text_file` is read from beside it). With `--split LIST` and no folder,
//! ids resolve to `<LIST's folder>/../docs/<id>.json` (the PolNeAR layout).
//!
//! With `--polnear DIR --split dev|train|test`, `DIR` is a clone of the
//! public PolNeAR repository: every article `DIR/data/<split>/text/<id>.txt`
//! is scored against its brat annotation `DIR/data/<split>/attributions/
//! <id>_<annotator>.ann` (the first by name when several annotators did it),
//! read by `quote_attribution::eval::polnear`, with no conversion step.
//!
//! The metrics are those of `quote_attribution::eval`: `exact` (equal
//! trimmed spans), `overlap_0.3` and `overlap_0.8` (of the gold span),
//! `lenient` (overlap at least half the union: `score.py`'s detection) and
//! `end_to_end` (lenient plus the right speaker: `score.py`'s end-to-end).

use quote_attribution::eval::{
    self, CueClass, DocScore, GoldDoc, MentionClass, Metric, SpeakerCounts, Summary,
};
use quote_attribution::{Act, Attributor};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const REFERENCE_GOLD: &str = include_str!("../tests/corpus/perth-security-accord.gold.json");
const REFERENCE_TEXT: &str = include_str!("../tests/corpus/perth-security-accord.txt");

const USAGE: &str = "usage: evaluate [-v] [--json] [--acts LIST] [--split LIST] [GOLD.json | DIR]…\n       evaluate [-v] [--json] [--acts LIST] --polnear DIR --split dev|train|test\n       (--acts speech,thought,evidence or all: the acts to report; default speech)";

/// One gold document, loaded.
struct Case {
    name: String,
    gold: GoldDoc,
    text: String,
}

fn load(path: &Path) -> Result<Case, String> {
    let json = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let gold: GoldDoc = serde_json::from_str(&json)
        .map_err(|e| format!("{}: not a gold file: {e}", path.display()))?;
    let text_file = gold
        .text_file()
        .ok_or_else(|| format!("{}: no \"text_file\"", path.display()))?;
    let text_path = path.parent().unwrap_or(Path::new(".")).join(text_file);
    let bytes = std::fs::read(&text_path)
        .map_err(|e| format!("cannot read {}: {e}", text_path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{}: {e}", text_path.display()))?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Case { name, gold, text })
}

fn json_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// The articles of a split of a PolNeAR clone, each with the gold read from
/// its first annotation file, in order of their ids.
fn load_polnear(dir: &Path, split: &str) -> Result<Vec<Case>, String> {
    if !matches!(split, "dev" | "train" | "test") {
        return Err(format!(
            "--split with --polnear is dev, train or test, not {split:?}"
        ));
    }
    let data = dir.join("data").join(split);
    let (texts, anns) = (data.join("text"), data.join("attributions"));
    let names = |d: &Path, ext: &str| -> Result<Vec<String>, String> {
        let entries =
            std::fs::read_dir(d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(ext))
            .collect();
        names.sort();
        Ok(names)
    };
    let ann_names = names(&anns, ".ann")?;
    let mut cases = Vec::new();
    for name in names(&texts, ".txt")? {
        let id = &name[..name.len() - ".txt".len()];
        // `<id>.ann` or `<id>_<annotator>.ann`; the first by name.
        let ann = ann_names
            .iter()
            .find(|a| {
                a.strip_prefix(id)
                    .is_some_and(|rest| rest == ".ann" || rest.starts_with('_'))
            })
            .ok_or_else(|| format!("{}: no annotation file for {id}", anns.display()))?;
        let read = |p: PathBuf| {
            std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))
        };
        let text = read(texts.join(&name))?;
        let gold = eval::polnear::gold_from_brat(&text, &read(anns.join(ann))?)
            .map_err(|e| format!("{}: {e}", anns.join(ann).display()))?;
        cases.push(Case {
            name: ann.clone(),
            gold,
            text,
        });
    }
    Ok(cases)
}

/// The gold files named by the arguments.
fn gold_paths(paths: &[PathBuf], split: Option<&Path>) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    if let Some(list) = split {
        let ids = std::fs::read_to_string(list)
            .map_err(|e| format!("cannot read {}: {e}", list.display()))?;
        let mut dirs: Vec<PathBuf> = paths.iter().filter(|p| p.is_dir()).cloned().collect();
        if dirs.is_empty() {
            dirs.push(
                list.parent()
                    .unwrap_or(Path::new("."))
                    .join("..")
                    .join("docs"),
            );
        }
        for id in ids
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let found = dirs
                .iter()
                .map(|d| d.join(format!("{id}.json")))
                .find(|p| p.is_file());
            out.push(
                found.ok_or_else(|| format!("{}: no gold file for id {id:?}", list.display()))?,
            );
        }
        out.extend(paths.iter().filter(|p| !p.is_dir()).cloned());
    } else {
        for p in paths {
            if p.is_dir() {
                out.extend(json_files(p)?);
            } else {
                out.push(p.clone());
            }
        }
    }
    Ok(out)
}

fn shorten(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        format!("{}…", flat.chars().take(n - 1).collect::<String>())
    }
}

/// The text of a trimmed span of a miss or a spurious quotation
/// (`eval::trim_span` always gives a span of the text on character
/// boundaries, so slicing is safe), shortened.
fn snippet(text: &str, span: quote_attribution::Span) -> String {
    shorten(&text[span], 70)
}

fn print_details(out: &mut String, case: &Case, score: &DocScore) -> std::fmt::Result {
    let label = |i: usize, id: Option<&str>| id.map_or_else(|| format!("#{i}"), str::to_string);
    for m in score.misses() {
        writeln!(
            out,
            "MISS     {}  {}  {:<8}  {:?}",
            case.name,
            label(m.gold_index(), m.id()),
            m.kind().as_str(),
            snippet(&case.text, m.span())
        )?;
    }
    for w in score.wrong_speakers() {
        writeln!(
            out,
            "SPEAKER  {}  {}  expected {:?}, found {:?}  ({})",
            case.name,
            label(w.gold_index(), w.id()),
            w.expected().unwrap_or("-"),
            w.found().unwrap_or("-"),
            w.rule().map_or("no rule", |r| r.as_str())
        )?;
    }
    for s in score.spurious() {
        writeln!(
            out,
            "SPURIOUS {}  {:<8}  {:<20}  {:?}",
            case.name,
            s.kind().as_str(),
            s.speaker().unwrap_or("-"),
            snippet(&case.text, s.span())
        )?;
    }
    Ok(())
}

fn print_summary(out: &mut String, s: &Summary, optional: usize) -> std::fmt::Result {
    let lenient = s.counts(Metric::Lenient);
    writeln!(
        out,
        "{} documents, {} gold quotations ({} optional not counted), {} predicted",
        s.docs(),
        lenient.gold(),
        optional,
        lenient.pred()
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<12} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
        "METRIC", "P", "R", "F1", "TP", "PRED", "GOLD"
    )?;
    for m in Metric::ALL {
        let c = s.counts(m);
        writeln!(
            out,
            "{:<12} {:>6.3} {:>6.3} {:>6.3} {:>7} {:>7} {:>7}",
            m.name(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp(),
            c.pred(),
            c.gold()
        )?;
    }
    writeln!(
        out,
        "speaker accuracy on lenient matches {:.3}; kind agreement on lenient matches {:.3}",
        s.speaker_accuracy(),
        s.kind_accuracy()
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<9} {:>6} {:>6} {:>6} {:>9} {:>6}   {:>6} {:>7} {:>7} {:>7}",
        "KIND", "GOLD", "FOUND", "R", "+SPEAKER", "R", "PRED", "P(kind)", "R(kind)", "F1(kind)"
    )?;
    for (kind, k) in s.kinds() {
        let t = k.typed();
        writeln!(
            out,
            "{:<9} {:>6} {:>6} {:>6.3} {:>9} {:>6.3}   {:>6} {:>7.3} {:>7.3} {:>7.3}",
            kind.as_str(),
            k.gold(),
            k.found(),
            k.recall(),
            k.found_with_speaker(),
            k.recall_with_speaker(),
            k.predicted(),
            t.precision(),
            t.recall(),
            t.f1()
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<9} {:>6} {:>6} {:>6} {:>9} {:>6}",
        "CUE", "GOLD", "FOUND", "R", "+SPEAKER", "R"
    )?;
    for class in CueClass::ALL {
        let c = s.by_cue(class);
        writeln!(
            out,
            "{:<9} {:>6} {:>6} {:>6.3} {:>9} {:>6.3}",
            class.name(),
            c.gold(),
            c.found(),
            c.recall(),
            c.found_with_speaker(),
            c.recall_with_speaker()
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<34} {:>7} {:>8} {:>6} {:>6}",
        "SPEAKER BY RULE", "MATCHED", "+SPEAKER", "WRONG", "ACC"
    )?;
    let row = |out: &mut String, name: &str, c: SpeakerCounts| {
        writeln!(
            out,
            "{:<34} {:>7} {:>8} {:>6} {:>6.3}",
            name,
            c.matched(),
            c.right_speaker(),
            c.wrong_speaker(),
            c.accuracy()
        )
    };
    for (rule, c) in s.rules() {
        row(out, rule.map_or("(no rule)", |r| r.as_str()), c)?;
    }
    writeln!(out, "SPEAKER BY MENTION")?;
    for m in MentionClass::ALL {
        row(out, m.name(), s.by_mention(m))?;
    }
    writeln!(out)?;
    writeln!(out, "lenient and end_to_end are score.py's detection and end-to-end figures; exact is its strict.")?;
    writeln!(
        out,
        "CUE speech: the gold cue is a verb of saying or a spoken reaction, `according to`, or a colon or dash credit."
    )?;
    writeln!(
        out,
        "R(kind) etc. also require the predicted kind to equal the gold kind."
    )?;
    writeln!(
        out,
        "SPEAKER BY RULE: lenient matches by the rule that produced the prediction; BY MENTION: by how the speaker was named there."
    )
}

fn run() -> Result<(), (u8, String)> {
    let mut verbose = false;
    let mut as_json = false;
    let mut split = None;
    let mut polnear = None;
    let mut acts: Option<Vec<Act>> = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-v" | "--verbose" => verbose = true,
            "--json" => as_json = true,
            "--split" => {
                let list = args
                    .next()
                    .ok_or((2, format!("--split needs a file\n{USAGE}")))?;
                split = Some(PathBuf::from(list));
            }
            "--acts" => {
                let list = args
                    .next()
                    .ok_or((2, format!("--acts needs a list\n{USAGE}")))?;
                let parsed: Result<Vec<Act>, _> = if list == "all" {
                    Ok(Act::ALL.to_vec())
                } else {
                    list.split(',').map(|a| a.trim().parse::<Act>()).collect()
                };
                acts = Some(parsed.map_err(|e| (2, format!("--acts: {e}\n{USAGE}")))?);
            }
            "--polnear" => {
                let dir = args
                    .next()
                    .ok_or((2, format!("--polnear needs a folder\n{USAGE}")))?;
                polnear = Some(PathBuf::from(dir));
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            a if a.starts_with('-') && a.len() > 1 => {
                return Err((2, format!("unknown option {a}\n{USAGE}")))
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }

    let cases = if let Some(dir) = &polnear {
        let split = split.as_deref().and_then(Path::to_str).ok_or((
            2,
            format!("--polnear needs --split dev|train|test\n{USAGE}"),
        ))?;
        if !paths.is_empty() {
            return Err((2, format!("--polnear takes no gold files\n{USAGE}")));
        }
        let cases = load_polnear(dir, split).map_err(|e| (1, e))?;
        if cases.is_empty() {
            return Err((1, format!("no articles in {}", dir.display())));
        }
        cases
    } else if paths.is_empty() && split.is_none() {
        let gold: GoldDoc = serde_json::from_str(REFERENCE_GOLD)
            .map_err(|e| (1, format!("reference gold: {e}")))?;
        vec![Case {
            name: "perth-security-accord.gold.json".into(),
            gold,
            text: REFERENCE_TEXT.into(),
        }]
    } else {
        let files = gold_paths(&paths, split.as_deref()).map_err(|e| (1, e))?;
        if files.is_empty() {
            return Err((1, "no gold files found".into()));
        }
        files
            .iter()
            .map(|p| load(p))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| (1, e))?
    };

    let texts: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
    let mut builder = Attributor::builder();
    if let Some(acts) = &acts {
        builder.acts(acts);
    }
    let attributor = builder.build().map_err(|e| (2, e.to_string()))?;
    let docs = attributor.parse_many(&texts, 0);
    let mut scores = Vec::with_capacity(cases.len());
    for (case, doc) in cases.iter().zip(docs) {
        let doc = doc.map_err(|e| (1, format!("{}: {e}", case.name)))?;
        scores.push(eval::score_document(&case.gold, &doc));
    }
    let summary: Summary = scores.iter().collect();

    let mut out = String::new();
    if as_json {
        let json = serde_json::to_string(&summary).map_err(|e| (1, e.to_string()))?;
        out.push_str(&json);
        out.push('\n');
    } else {
        if verbose {
            for (case, score) in cases.iter().zip(&scores) {
                print_details(&mut out, case, score).map_err(|e| (1, e.to_string()))?;
            }
            out.push('\n');
        }
        let optional = cases
            .iter()
            .flat_map(|c| c.gold.quotes())
            .filter(|q| q.is_optional())
            .count();
        print_summary(&mut out, &summary, optional).map_err(|e| (1, e.to_string()))?;
    }
    emit(&out)
}

/// Writes the report to standard output; a closed pipe (`| head`) is not an
/// error.
fn emit(out: &str) -> Result<(), (u8, String)> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err((1, format!("cannot write the report: {e}"))),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, msg)) => {
            eprintln!("evaluate: {msg}");
            ExitCode::from(code)
        }
    }
}
