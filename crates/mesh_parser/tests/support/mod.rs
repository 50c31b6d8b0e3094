//! Helpers shared by the parser's integration tests.
#![allow(dead_code)]

use mesh_common::SourceMap;
use mesh_diagnostics::render_human;
use mesh_parser::{dump, parse, Parsed};

/// Parses `source`, asserts that there are no diagnostics, and returns the dump.
pub fn parse_ok(source: &str) -> String {
    let parsed = parse(source);
    assert!(
        parsed.diagnostics.is_empty(),
        "unexpected diagnostics for {source:?}:\n{}",
        render_all(source, &parsed)
    );
    dump(&parsed.module)
}

/// Asserts that `source` parses cleanly to `expected` (one item per line).
#[track_caller]
pub fn check(source: &str, expected: &str) {
    assert_eq!(parse_ok(source), expected, "source: {source:?}");
}

/// The messages of all diagnostics for `source`.
pub fn messages(source: &str) -> Vec<String> {
    parse(source)
        .diagnostics
        .into_iter()
        .map(|d| d.message)
        .collect()
}

/// Every diagnostic rendered as `meshc` prints it (no colour), with the
/// source on top, for snapshots.
pub fn render_all(source: &str, parsed: &Parsed) -> String {
    let mut sources = SourceMap::new();
    let file = sources.add("main.mpl", source);
    let rendered: Vec<String> = parsed
        .diagnostics
        .iter()
        .map(|d| render_human(&d.clone().in_file(file), &sources, false))
        .collect();
    rendered.join("\n")
}

/// Source and rendered diagnostics together, for `insta` snapshots.
pub fn snapshot(source: &str) -> String {
    let parsed = parse(source);
    format!(
        "{source}\n---- diagnostics ----\n{}",
        render_all(source, &parsed)
    )
}

/// Asserts that the node ids of `parsed` are exactly `0..node_count`.
pub fn assert_dense_ids(parsed: &Parsed) {
    let debug = format!("{:?}", parsed.module);
    let mut ids: Vec<u32> = debug
        .split("NodeId(")
        .skip(1)
        .map(|part| {
            part.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap_or(u32::MAX)
        })
        .collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        (0..parsed.module.node_count).collect::<Vec<u32>>(),
        "node ids are not dense"
    );
}
