//! Renderers: ariadne for people, JSON lines for tools.

use ariadne::{Color, Config, IndexType, Label as AriLabel, Report, ReportKind, Source};
use mesh_common::SourceMap;
use serde_json::{json, Value};

use crate::{Diagnostic, Severity};

fn kind_name(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Warning => "Warning",
        Severity::Error if d.code.0 == "P0001" => "Parse error",
        Severity::Error => "Error",
    }
}

/// Renders one diagnostic in the human format of LANGUAGE.md §8.2.
pub fn render_human(d: &Diagnostic, sources: &SourceMap, color: bool) -> String {
    let kind_color = if d.severity == Severity::Warning {
        Color::Yellow
    } else {
        Color::Red
    };
    let (file, primary) = match (d.file, d.labels.first()) {
        (Some(file), Some(label)) => (file, label.span),
        _ => return render_header_only(d),
    };
    let source = sources.get(file);
    let path = source.path.clone();
    let clamp = |r: std::ops::Range<usize>| {
        let len = source.text.len();
        r.start.min(len)..r.end.min(len)
    };
    let mut report = Report::build(
        ReportKind::Custom(kind_name(d), kind_color),
        (path.clone(), clamp(primary.range())),
    )
    .with_config(
        Config::default()
            .with_color(color)
            .with_index_type(IndexType::Byte),
    )
    .with_code(d.code.0)
    .with_message(&d.message);
    for (i, label) in d.labels.iter().enumerate() {
        let mut l = AriLabel::new((path.clone(), clamp(label.span.range())));
        if let Some(msg) = &label.message {
            l = l.with_message(msg);
        }
        if color {
            l = l.with_color(if i == 0 { kind_color } else { Color::Blue });
        }
        report = report.with_label(l);
    }
    if let Some(help) = &d.help {
        report = report.with_help(help);
    }
    for note in &d.notes {
        report = report.with_note(note);
    }
    let mut out = Vec::new();
    let written = report
        .finish()
        .write((path, Source::from(source.text.as_str())), &mut out);
    match written {
        // ariadne colours custom report kinds ("Parse error") unconditionally.
        Ok(()) if color => String::from_utf8_lossy(&out).into_owned(),
        Ok(()) => strip_ansi(&String::from_utf8_lossy(&out)),
        Err(_) => render_header_only(d),
    }
}

/// Removes ANSI CSI escape sequences (`ESC [ … letter`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn render_header_only(d: &Diagnostic) -> String {
    let mut out = format!("[{}] {}: {}\n", d.code.0, kind_name(d), d.message);
    if let Some(help) = &d.help {
        out.push_str(&format!("  Help: {help}\n"));
    }
    for note in &d.notes {
        out.push_str(&format!("  Note: {note}\n"));
    }
    out
}

/// Renders one diagnostic as the single-line JSON object of §8.3 (no newline).
pub fn render_json(d: &Diagnostic, sources: &SourceMap) -> String {
    let spans: Vec<Value> = d
        .labels
        .iter()
        .map(|l| json!({"start": l.span.start, "end": l.span.end, "label": l.message}))
        .collect();
    let fix = d
        .fix
        .as_ref()
        .map(|f| json!({"start": f.span.start, "end": f.span.end, "replacement": f.replacement}));
    // serde_json is built with `preserve_order`, so keys keep §8.3's order.
    json!({
        "code": d.code.0,
        "severity": if d.is_error() { "error" } else { "warning" },
        "message": d.message,
        "file": d.file.map(|f| sources.get(f).path.clone()),
        "spans": spans,
        "help": d.help,
        "notes": d.notes,
        "fix": fix,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Code, Diagnostic};
    use mesh_common::Span;

    fn example() -> (Diagnostic, SourceMap) {
        let mut sources = SourceMap::new();
        let text = "fn main() do\n  let total = 3\n  println(\"${totl}\")\nend\n";
        let file = sources.add("main.mpl", text);
        let d = Diagnostic::error(Code("E0004"), "undefined variable: totl")
            .in_file(file)
            .label(Span::new(42, 46), "not found in this scope")
            .help("did you mean `total`?")
            .fix(Span::new(42, 46), "total");
        (d, sources)
    }

    #[test]
    fn json_matches_spec_example() {
        let (d, sources) = example();
        assert_eq!(
            render_json(&d, &sources),
            r#"{"code":"E0004","severity":"error","message":"undefined variable: totl","file":"main.mpl","spans":[{"start":42,"end":46,"label":"not found in this scope"}],"help":"did you mean `total`?","notes":[],"fix":{"start":42,"end":46,"replacement":"total"}}"#
        );
    }

    #[test]
    fn human_matches_spec_example() {
        let (d, sources) = example();
        insta::assert_snapshot!(render_human(&d, &sources, false));
    }
}
