//! The lexer: source text to tokens (LANGUAGE.md §2).
//!
//! Lexing runs in two passes. The scanner (`scanner.rs`) turns text into
//! tokens, using a `logos` DFA for code (`raw.rs`) and a hand-written reader
//! for string bodies (`strings.rs`), with literal values decoded on the way
//! (`numbers.rs`). The layout pass (`layout.rs`) then removes the line
//! breaks that do not separate statements, so the parser sees exactly the
//! `Newline` tokens that matter.
//!
//! Lexing never fails: errors become P0001 diagnostics (`errors.rs`), the
//! offending bytes are skipped, and the token stream always ends with one
//! `Eof`.

mod errors;
mod layout;
mod numbers;
mod raw;
mod scanner;
mod strings;
mod token;

use mesh_common::Span;
use mesh_diagnostics::Diagnostic;

pub use token::Token;

/// The result of lexing one file.
#[derive(Clone, Debug)]
pub struct Lexed {
    /// The tokens after the newline rules of §2.12, ending with `Eof`.
    pub tokens: Vec<(Token, Span)>,
    /// Lexical errors (all P0001), ordered by position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Lexes a whole file. Spans are byte offsets into `text` (a leading BOM is
/// skipped but still counted).
pub fn lex(text: &str) -> Lexed {
    let scanned = scanner::scan(text);
    let tokens = layout::layout(scanned.tokens, text.len());
    let mut diagnostics = scanned.diagnostics;
    diagnostics.sort_by_key(|d| d.primary_span().map(|span| span.start));
    Lexed {
        tokens,
        diagnostics,
    }
}

/// The tokens of `text`, space-separated in `Debug` form (for tests:
/// `Ident("a") Plus Int(1) Eof`).
pub fn token_summary(text: &str) -> String {
    let tokens: Vec<String> = lex(text)
        .tokens
        .iter()
        .map(|(t, _)| format!("{t:?}"))
        .collect();
    tokens.join(" ")
}
