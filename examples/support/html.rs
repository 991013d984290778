//! `attribute --html`: one self-contained page of a parsed article.
//!
//! The article keeps its line breaks (`white-space: pre-wrap`), so that a
//! quotation running over paragraphs is one element. Each quotation is a
//! `<mark>` with `data-quote` (its index), `data-speaker` (the speaker's
//! id in the JSON, or `none`), `data-kind` and `tabindex="0"`; its
//! details (speaker, kind, cue, rule, confidence) are in `data-tip`, which
//! CSS shows on hover, on keyboard focus, and when the page's address
//! names it (`page.html#q3` for the quotation of index 3). Each cue is a
//! `<span class="cue">`, underlined. Elements that cross (rather than
//! nest) are split: a later part of a quotation is a `<mark class="cont">`
//! without `data-kind`, so `mark[data-kind]` finds one element per
//! quotation. Every piece of the input is escaped, and the page's
//! content security policy allows no script at all.

use quote_attribution::{Document, Quote};
use std::fmt::Write;

/// Escapes text for an HTML text node or a double-quoted attribute value.
/// Control characters, which HTML does not allow as text, are shown as
/// their Unicode pictures (`␛` for ESC) or as `�`.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\0'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// The CSS class of a speaker's colour (`s3`), or `none`.
fn colour_class(speaker: Option<usize>) -> String {
    speaker.map_or("none".to_string(), |id| format!("s{id}"))
}

/// The colours of speaker `id`: hues a golden angle apart, so that
/// neighbours in the legend differ; a strong and a pale fill and a dark
/// underline.
fn colour_rule(id: usize) -> String {
    let hue = (id as f64 * 137.508 + 40.0) % 360.0;
    format!(
        ".s{id}{{--c:hsl({hue:.0} 80% 78%);--c2:hsl({hue:.0} 80% 90%);--u:hsl({hue:.0} 70% 30%)}}\n"
    )
}

/// The details shown on hover or focus, one per line.
fn tip(q: &Quote) -> String {
    let speaker = match q.speaker() {
        Some(s) => format!(
            "{} (speaker {}, named here as “{}”)",
            s.name(),
            s.id(),
            s.mention().text()
        ),
        None => "none found".to_string(),
    };
    let cue = q.cue().map_or("none", |c| c.text());
    format!(
        "Speaker: {speaker}\nKind: {}\nCue: {cue}\nRule: {}\nConfidence: {:.2}",
        q.kind(),
        q.rule(),
        q.confidence()
    )
}

/// An element to wrap around a span of the text.
struct Elem {
    start: usize,
    end: usize,
    /// The opening tag, and the opening tag of a later part when split.
    open: String,
    reopen: String,
    close: &'static str,
}

const STYLE: &str = r#"
:root{color-scheme:light;font:17px/1.65 Georgia,"Times New Roman",serif;color:#1d1d1f;background:#fafaf7}
body{margin:0 auto;max-width:46rem;padding:1.5rem}
header h1{font:600 1.35rem/1.3 system-ui,sans-serif;margin:0 0 .2rem;overflow-wrap:anywhere}
header p,footer,.legend{font:14px/1.5 system-ui,sans-serif;color:#555}
.legend{border:1px solid #ddd;border-radius:6px;padding:.6rem .9rem;margin:1rem 0;background:#fff}
.legend h2{font-size:14px;margin:0 0 .3rem;color:#333}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.1rem}
.legend li{white-space:nowrap}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:3px;vertical-align:-.1em;margin-right:.35em;background:var(--c);border:1px solid var(--u)}
.count{color:#777}
.keys{margin:.4rem 0 0}
.sample{background:var(--c);border-radius:3px;outline:1px dashed #999}
.sample.pale{background:var(--c2)}
article{white-space:pre-wrap;overflow-wrap:break-word;background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem}
.none{--c:#e4e4e4;--c2:#f0f0f0;--u:#555}
mark.q{background:var(--c);color:inherit;border-radius:3px;padding:.05em 0;position:relative;scroll-margin:45vh 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.q[data-kind=indirect],mark.cont.indirect{background:var(--c2)}
mark.q.none,mark.cont.none{outline:1px dashed #999}
mark[data-kind]:focus{outline:2px solid #1d1d1f;outline-offset:1px}
.cue{text-decoration:underline 2px var(--u);text-underline-offset:.2em}
mark[data-tip]:focus::after,mark[data-tip]:target::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:10;width:max-content;max-width:28rem;white-space:pre-line;background:#1d1d1f;color:#fff;font:13px/1.45 system-ui,sans-serif;padding:.45rem .65rem;border-radius:5px;box-shadow:0 2px 8px #0004;pointer-events:none}
mark[data-tip]:hover:not(:has(mark[data-tip]:hover))::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 4px);z-index:10;width:max-content;max-width:28rem;white-space:pre-line;background:#1d1d1f;color:#fff;font:13px/1.45 system-ui,sans-serif;padding:.45rem .65rem;border-radius:5px;box-shadow:0 2px 8px #0004;pointer-events:none}
"#;

/// The page for `doc`, titled `title`.
pub fn render(doc: &Document, title: &str) -> String {
    let text = doc.text();
    let mut elems: Vec<Elem> = Vec::new();
    for (i, q) in doc.quotes().iter().enumerate() {
        let speaker = q.speaker().map(|s| s.id().as_usize());
        let class = colour_class(speaker);
        let kind = q.kind().as_str();
        elems.push(Elem {
            start: q.span().start(),
            end: q.span().end(),
            open: format!(
                "<mark class=\"q {class}\" id=\"q{i}\" data-quote=\"{i}\" data-speaker=\"{}\" data-kind=\"{kind}\" data-rule=\"{}\" tabindex=\"0\" data-tip=\"{}\">",
                speaker.map_or("none".to_string(), |id| id.to_string()),
                q.rule(),
                escape(&tip(q))
            ),
            reopen: format!("<mark class=\"cont {class} {kind}\" data-quote=\"{i}\">"),
            close: "</mark>",
        });
    }
    // One underline per cue, though several quotations may share it (the
    // halves of an interrupted quotation).
    let mut cues: Vec<(usize, usize, Option<usize>)> = doc
        .quotes()
        .iter()
        .filter_map(|q| {
            let c = q.cue()?;
            Some((
                c.span().start(),
                c.span().end(),
                q.speaker().map(|s| s.id().as_usize()),
            ))
        })
        .collect();
    cues.sort_unstable();
    cues.dedup_by_key(|c| (c.0, c.1));
    for (start, end, speaker) in cues {
        let open = format!("<span class=\"cue {}\">", colour_class(speaker));
        elems.push(Elem {
            start,
            end,
            reopen: open.clone(),
            open,
            close: "</span>",
        });
    }
    // Outer elements first: by start, then the longer first (a quotation
    // before a cue of the same extent).
    elems.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));

    let mut page = String::with_capacity(text.len() * 2 + 8192);
    let counts = speaker_counts(doc);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"quote-attribution {}\">\n\
         <title>Quotations: {}</title>\n<style>{STYLE}",
        env!("CARGO_PKG_VERSION"),
        escape(title)
    );
    for id in 0..doc.speakers().len() {
        page.push_str(&colour_rule(id));
    }
    let _ = write!(
        page,
        "</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p>{} quotations, {} speakers</p>\n</header>\n",
        escape(title),
        doc.quotes().len(),
        doc.speakers().len()
    );
    page.push_str("<section class=\"legend\" aria-label=\"Speakers\">\n<h2>Speakers</h2>\n<ul>\n");
    for (s, &n) in doc.speakers().iter().zip(&counts.0) {
        let id = s.id().as_usize();
        let _ = writeln!(
            page,
            "<li data-speaker=\"{id}\" data-count=\"{n}\"><span class=\"swatch s{id}\"></span>{} <span class=\"count\">({n})</span></li>",
            escape(s.name())
        );
    }
    if counts.1 > 0 {
        let _ = writeln!(
            page,
            "<li data-speaker=\"none\" data-count=\"{0}\"><span class=\"swatch none\"></span><i>no speaker found</i> <span class=\"count\">({0})</span></li>",
            counts.1
        );
    }
    page.push_str(
        "</ul>\n<p class=\"keys\">Each quotation is highlighted in its speaker’s colour \
         (<span class=\"sample none\">direct or mixed</span>, \
         <span class=\"sample pale none\">indirect</span>); \
         its <span class=\"cue none\">cue</span> is underlined. \
         Hover over a quotation, or move to it with Tab, for its speaker, kind, cue, rule and confidence.</p>\n\
         </section>\n<main>\n<article>",
    );
    wrap(&mut page, text, &elems);
    let _ = write!(
        page,
        "</article>\n</main>\n<footer><p>Made by quote-attribution {}.</p></footer>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    );
    page
}

/// The number of quotations of each speaker, and of those with none.
fn speaker_counts(doc: &Document) -> (Vec<usize>, usize) {
    let mut counts = vec![0; doc.speakers().len()];
    let mut none = 0;
    for q in doc.quotes() {
        match q.speaker().and_then(|s| counts.get_mut(s.id().as_usize())) {
            Some(n) => *n += 1,
            None => none += 1,
        }
    }
    (counts, none)
}

/// Writes `text`, escaped, with `elems` (sorted outer first) wrapped around
/// their spans. Elements that nest are nested; when one must close while
/// an element opened inside it is still open, the inner one is closed and
/// reopened after it (its `reopen` tag), so the HTML stays well formed.
fn wrap(out: &mut String, text: &str, elems: &[Elem]) {
    let mut bounds: Vec<usize> = elems.iter().flat_map(|e| [e.start, e.end]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut pos = 0;
    for b in bounds {
        escape_into(out, &text[pos..b]);
        pos = b;
        // Close what ends here, splitting what crosses it.
        let mut ending = stack.iter().filter(|&&e| elems[e].end == b).count();
        let mut reopen = Vec::new();
        while ending > 0 {
            let Some(top) = stack.pop() else { break };
            out.push_str(elems[top].close);
            if elems[top].end == b {
                ending -= 1;
            } else {
                reopen.push(top);
            }
        }
        for &e in reopen.iter().rev() {
            out.push_str(&elems[e].reopen);
            stack.push(e);
        }
        // Open what starts here (an empty element closes at once).
        while next < elems.len() && elems[next].start == b {
            let e = &elems[next];
            out.push_str(&e.open);
            if e.end == b {
                out.push_str(e.close);
            } else {
                stack.push(next);
            }
            next += 1;
        }
    }
    escape_into(out, &text[pos..]);
    for &e in stack.iter().rev() {
        out.push_str(elems[e].close);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elem(start: usize, end: usize, name: &str) -> Elem {
        Elem {
            start,
            end,
            open: format!("<{name}>"),
            reopen: format!("<{name} cont>"),
            close: if name == "m" { "</m>" } else { "</s>" },
        }
    }

    fn wrapped(text: &str, mut elems: Vec<Elem>) -> String {
        elems.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
        let mut out = String::new();
        wrap(&mut out, text, &elems);
        out
    }

    #[test]
    fn nested_elements_nest_and_crossing_ones_split() {
        assert_eq!(
            wrapped("abcdefgh", vec![elem(2, 4, "s"), elem(0, 6, "m")]),
            "<m>ab<s>cd</s>ef</m>gh"
        );
        // Same end: the longer one is outside.
        assert_eq!(
            wrapped("abcdef", vec![elem(3, 6, "s"), elem(0, 6, "m")]),
            "<m>abc<s>def</s></m>"
        );
        // Crossing: the inner one closes and reopens after the outer.
        assert_eq!(
            wrapped("abcdefgh", vec![elem(0, 5, "m"), elem(3, 8, "s")]),
            "<m>abc<s>de</s></m><s cont>fgh</s>"
        );
        // Empty, and touching.
        assert_eq!(
            wrapped(
                "ab<c",
                vec![elem(1, 1, "m"), elem(0, 2, "s"), elem(2, 4, "m")]
            ),
            "<s>a<m></m>b</s><m>&lt;c</m>"
        );
    }

    #[test]
    fn text_and_controls_are_escaped() {
        assert_eq!(
            escape("<a href='x'>&\"\u{1b}\u{0}\u{7f}\u{85}\n"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\u{241b}\u{2400}\u{2421}\u{fffd}\n"
        );
    }
}
