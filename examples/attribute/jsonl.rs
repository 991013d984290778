//! `attribute --jsonl -`: JSON Lines records in on standard input, one
//! result line out per record, in input order, on all cores.
//!
//! ```text
//! in:  {"id": "a1", "text": "“Yes,” she said."}
//! out: {"id":"a1","schema":1,"quotes":[…],"speakers":[…]}
//! bad: {"error":"line 7: …","id":"a7","line":7,"schema":1}
//! ```
//!
//! A record's `quotes` and `speakers` are the library's own serialization
//! of the parse (the fields of `serde_json::to_string(&document)`, written
//! straight out, with no `Value` built in between). The id is copied as
//! it is (a string, a number, any JSON value). A line that is not a JSON
//! object with a string `text` gets an error record with the id when it has
//! one (else `null`) and the line number (from 1); blank lines are skipped.
//! The run goes on after a bad record, and exits 0 once every record has
//! its line: a bad record is data, not a failure of the mapper (a map task
//! of Spark or Hadoop Streaming would otherwise fail and be retried).

use quote_attribution::{Attributor, Document};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::io::{BufRead, Write};

/// The version of the output schema.
const SCHEMA: u32 = quote_attribution::SCHEMA_VERSION;

/// One input line and its number (from 1).
struct Line {
    number: usize,
    bytes: Vec<u8>,
}

/// An input record; other fields are ignored.
#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    id: Value,
    text: Option<Value>,
}

/// A result record: the id and the library's own serialization of the
/// parse (its fields inline, `"schema"` first).
#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    #[serde(flatten)]
    document: &'a Document<'a>,
}

/// The output line for one input line (without its line break), and
/// whether it is an error record.
fn process(attributor: &Attributor, line: Line) -> (String, bool) {
    match record(attributor, &line.bytes) {
        Ok(out) => (out, false),
        Err((id, msg)) => {
            let error = json!({
                "id": id,
                "schema": SCHEMA,
                "line": line.number,
                "error": format!("line {}: {msg}", line.number),
            });
            (error.to_string(), true)
        }
    }
}

/// The result record of one input line, or its id (`null` when it has
/// none) and what is wrong with it.
fn record(attributor: &Attributor, bytes: &[u8]) -> Result<String, (Value, String)> {
    let input: Input = serde_json::from_slice(bytes).map_err(|e| {
        let what = if e.is_data() {
            "not an object with an \"id\" and a \"text\""
        } else {
            "not JSON"
        };
        (Value::Null, format!("{what}: {e}"))
    })?;
    let text = match input.text {
        Some(Value::String(text)) => text,
        Some(_) => return Err((input.id, "\"text\" is not a string".into())),
        None => return Err((input.id, "no \"text\"".into())),
    };
    let document = match attributor.parse(&text) {
        Ok(doc) => doc,
        Err(e) => return Err((input.id, e.to_string())),
    };
    let out = Output {
        id: &input.id,
        document: &document,
    };
    serde_json::to_string(&out).map_err(|e| (input.id.clone(), e.to_string()))
}

/// Streams the records of `input` to `output`; returns the number of
/// records and of bad ones.
pub fn run(
    input: impl BufRead,
    output: impl Write,
    attributor: &Attributor,
    threads: usize,
) -> std::io::Result<(usize, usize)> {
    let mut output = std::io::BufWriter::new(output);
    let mut read_error = None;
    let lines = Lines {
        input,
        number: 0,
        error: &mut read_error,
    };
    let (mut records, mut bad) = (0, 0);
    attributor.parse_stream(lines, threads, process, |(line, is_bad)| {
        records += 1;
        bad += usize::from(is_bad);
        output.write_all(line.as_bytes())?;
        output.write_all(b"\n")
    })?;
    output.flush()?;
    match read_error {
        Some(e) => Err(e),
        None => Ok((records, bad)),
    }
}

/// The non-blank lines of `input`, numbered; a read error ends them and is
/// kept in `error`.
struct Lines<'e, R> {
    input: R,
    number: usize,
    error: &'e mut Option<std::io::Error>,
}

impl<R: BufRead> Iterator for Lines<'_, R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        loop {
            let mut bytes = Vec::new();
            match self.input.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    *self.error = Some(e);
                    return None;
                }
            }
            self.number += 1;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Line {
                number: self.number,
                bytes,
            });
        }
    }
}
