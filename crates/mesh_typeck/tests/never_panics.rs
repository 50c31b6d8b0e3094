//! Property test: parsing and checking never panic, whatever the program.
//!
//! Random text rarely gets past the parser, so the inputs here are the
//! Mesh programs under `tests/`, damaged a little: lines and tokens deleted,
//! duplicated or swapped, and lines spliced in from other programs. Many of
//! the results still parse, which is what lets them reach the checker.
//! The cargo-fuzz target in `fuzz/` explores the same property for longer.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use mesh_common::FileId;
use mesh_typeck::ModuleSource;
use proptest::prelude::*;

/// Every `.mpl` file under the repository's `tests/`, in a stable order.
fn programs() -> &'static [String] {
    static PROGRAMS: OnceLock<Vec<String>> = OnceLock::new();
    PROGRAMS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
        let mut paths = Vec::new();
        collect_mpl(&root, &mut paths);
        paths.sort();
        let texts: Vec<String> = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        assert!(!texts.is_empty(), "no Mesh programs under {root:?}");
        texts
    })
}

fn collect_mpl(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_mpl(&path, out);
        } else if path.extension().is_some_and(|e| e == "mpl") {
            out.push(path);
        }
    }
}

/// One edit. Indices are taken modulo the current number of lines or
/// tokens, so every edit applies to every program.
#[derive(Clone, Debug)]
enum Edit {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    /// Insert line `.2` of program `.1` before line `.0`.
    SpliceLine(usize, usize, usize),
    DeleteToken(usize),
    DuplicateToken(usize),
    SwapTokens(usize, usize),
    /// Insert token `.2` of program `.1` before token `.0`.
    SpliceToken(usize, usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = || any::<usize>();
    prop_oneof![
        i().prop_map(Edit::DeleteLine),
        i().prop_map(Edit::DuplicateLine),
        (i(), i()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (i(), i(), i()).prop_map(|(a, p, l)| Edit::SpliceLine(a, p, l)),
        i().prop_map(Edit::DeleteToken),
        i().prop_map(Edit::DuplicateToken),
        (i(), i()).prop_map(|(a, b)| Edit::SwapTokens(a, b)),
        (i(), i(), i()).prop_map(|(a, p, t)| Edit::SpliceToken(a, p, t)),
    ]
}

fn apply(source: &str, edit: &Edit) -> String {
    match *edit {
        Edit::DeleteLine(_) | Edit::DuplicateLine(_) | Edit::SwapLines(..) => {
            edit_lines(source, edit)
        }
        Edit::SpliceLine(at, program, line) => {
            let programs = programs();
            let donor: Vec<&str> = programs[program % programs.len()].lines().collect();
            let mut lines: Vec<&str> = source.lines().collect();
            if let Some(&new) = donor.get(line % donor.len().max(1)) {
                lines.insert(at % (lines.len() + 1), new);
            }
            lines.join("\n")
        }
        Edit::DeleteToken(_)
        | Edit::DuplicateToken(_)
        | Edit::SwapTokens(..)
        | Edit::SpliceToken(..) => edit_tokens(source, edit),
    }
}

fn edit_lines(source: &str, edit: &Edit) -> String {
    let mut lines: Vec<&str> = source.lines().collect();
    let n = lines.len();
    if n == 0 {
        return String::new();
    }
    match *edit {
        Edit::DeleteLine(a) => {
            lines.remove(a % n);
        }
        Edit::DuplicateLine(a) => lines.insert(a % n, lines[a % n]),
        Edit::SwapLines(a, b) => lines.swap(a % n, b % n),
        _ => {}
    }
    lines.join("\n")
}

/// Splits text into words (runs of identifier characters), single
/// punctuation characters and whitespace runs; concatenating the pieces
/// gives the text back.
fn pieces_of(source: &str) -> Vec<&str> {
    let class = |c: char| {
        if c.is_alphanumeric() || c == '_' {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<u8> = None;
    for (i, c) in source.char_indices() {
        let k = class(c);
        if i > start && (prev != Some(k) || k == 2) {
            out.push(&source[start..i]);
            start = i;
        }
        prev = Some(k);
    }
    if start < source.len() {
        out.push(&source[start..]);
    }
    out
}

fn edit_tokens(source: &str, edit: &Edit) -> String {
    let mut pieces = pieces_of(source);
    let tokens: Vec<usize> = (0..pieces.len())
        .filter(|&i| !pieces[i].trim().is_empty())
        .collect();
    let n = tokens.len();
    if n == 0 {
        return source.to_string();
    }
    match *edit {
        Edit::DeleteToken(a) => {
            pieces.remove(tokens[a % n]);
        }
        Edit::DuplicateToken(a) => {
            let at = tokens[a % n];
            pieces.insert(at, " ");
            pieces.insert(at, pieces[at + 1]);
        }
        Edit::SwapTokens(a, b) => pieces.swap(tokens[a % n], tokens[b % n]),
        Edit::SpliceToken(a, program, token) => {
            let programs = programs();
            let donor = &programs[program % programs.len()];
            let donor: Vec<&str> = pieces_of(donor)
                .into_iter()
                .filter(|p| !p.trim().is_empty())
                .collect();
            if let Some(&new) = donor.get(token % donor.len().max(1)) {
                let at = tokens[a % n];
                pieces.insert(at, " ");
                pieces.insert(at, new);
            }
        }
        _ => {}
    }
    pieces.concat()
}

/// Parses `source` and, as the driver does, checks it only if it parsed.
fn front_end(source: &str) -> bool {
    let parsed = mesh_parser::parse(source);
    if !parsed.diagnostics.is_empty() {
        return false;
    }
    let module = ModuleSource {
        file: FileId(0),
        name: "Main".to_string(),
        ast: &parsed.module,
    };
    let _ = mesh_typeck::check(&[module]);
    true
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    fn damaged_programs_never_panic(
        program in any::<usize>(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let programs = programs();
        let mut source = programs[program % programs.len()].clone();
        for edit in &edits {
            source = apply(&source, edit);
        }
        front_end(&source);
    }
}

/// The seeds themselves pass, and almost all of them reach the checker
/// (only some compile-fail tests stop at the parser), so damaged copies do too.
#[test]
fn test_programs_reach_the_checker() {
    let programs = programs();
    let checked = programs.iter().filter(|p| front_end(p)).count();
    assert!(
        checked * 10 >= programs.len() * 9,
        "{checked} of {}",
        programs.len()
    );
}

#[test]
fn pieces_give_the_text_back() {
    let text = "fn f(x) do\n  \"${x}\" <> é1\nend";
    assert_eq!(pieces_of(text).concat(), text);
    assert_eq!(pieces_of("ab(c"), ["ab", "(", "c"]);
}
