//! Property tests: lexing never panics and always produces a well-formed
//! stream, whatever the input.

use mesh_lexer::{lex, Token};
use proptest::prelude::*;

/// Pieces of Mesh-ish text, chosen to hit every mode switch of the lexer:
/// strings, interpolations, comments, numbers, brackets and errors.
const FRAGMENTS: &[&str] = &[
    "\"",
    "\"\"\"",
    "${",
    "}",
    "{",
    "%{",
    "(",
    ")",
    "[",
    "]",
    "#",
    "#=",
    "=#",
    "#{",
    "\\",
    "$",
    "\n",
    "\r",
    "\r\n",
    " ",
    "\t",
    "a",
    "_",
    "é",
    "名",
    "0x",
    "0b",
    "0o",
    "1",
    "9",
    "_1",
    ".",
    "..",
    "e",
    "E+",
    "1e400",
    "9223372036854775808",
    "99999999999999999999",
    ":",
    "::",
    ":ok",
    "|>",
    "+",
    "=",
    "@",
    "&",
    "'",
    "\u{feff}",
    "\u{a0}",
    "fn",
    "do",
    "end",
    "let",
    "x",
    "é\u{301}",
];

fn mesh_ish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|parts| parts.concat())
}

/// Every invariant the parser relies on.
fn check_well_formed(text: &str) {
    let lexed = lex(text);
    let len = text.len() as u32;
    let mut previous_end = 0;
    for (token, span) in &lexed.tokens {
        assert!(
            span.start <= span.end && span.end <= len,
            "{token:?} {span:?} out of bounds"
        );
        assert!(
            span.start >= previous_end,
            "{token:?} {span:?} overlaps the previous token"
        );
        assert!(
            text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize)
        );
        previous_end = span.end;
    }
    let eofs = lexed
        .tokens
        .iter()
        .filter(|(t, _)| *t == Token::Eof)
        .count();
    assert_eq!(eofs, 1);
    assert_eq!(
        lexed
            .tokens
            .last()
            .map(|(t, s)| (t.clone(), s.start, s.end)),
        Some((Token::Eof, len, len))
    );
    let count = |wanted: Token| lexed.tokens.iter().filter(|(t, _)| *t == wanted).count();
    assert_eq!(count(Token::StringStart), count(Token::StringEnd));
    assert_eq!(count(Token::InterpStart), count(Token::InterpEnd));
    for d in &lexed.diagnostics {
        let span = d.primary_span().unwrap_or_default();
        assert!(span.start <= span.end && span.end <= len);
        assert!(
            text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text_lexes_to_a_well_formed_stream(text in any::<String>()) {
        check_well_formed(&text);
    }

    #[test]
    fn mesh_like_text_lexes_to_a_well_formed_stream(text in mesh_ish()) {
        check_well_formed(&text);
    }
}

#[test]
fn awkward_inputs() {
    for text in [
        "\\",
        "\"\\",
        "\"${",
        "\"${\"${",
        "#=",
        "#=#",
        "0x",
        "\u{feff}\u{feff}",
        "\r",
        "\"\"\"\"",
        "}",
    ] {
        check_well_formed(text);
    }
}
