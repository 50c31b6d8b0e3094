//! Lexical errors (§2.11, §8.5): exact messages, exact spans, recovery.

use mesh_common::{SourceMap, Span};
use mesh_diagnostics::{render_human, Diagnostic};
use mesh_lexer::{lex, Token};

/// The single diagnostic of `text`, as (message, spanned text).
fn only_error(text: &str) -> (String, Span) {
    let diagnostics = lex(text).diagnostics;
    assert_eq!(
        diagnostics.len(),
        1,
        "expected one diagnostic: {diagnostics:?}"
    );
    let d = &diagnostics[0];
    assert_eq!(d.code.0, "P0001");
    assert!(d.is_error());
    (d.message.clone(), d.primary_span().unwrap_or_default())
}

fn tokens(text: &str) -> Vec<Token> {
    lex(text).tokens.into_iter().map(|(t, _)| t).collect()
}

fn ident(name: &str) -> Token {
    Token::Ident(name.into())
}

// ---- invalid characters ---------------------------------------------------------

#[test]
fn invalid_character_is_reported_at_its_bytes() {
    assert_eq!(
        only_error("a @ b"),
        ("invalid character `@`".into(), Span::new(2, 3))
    );
    assert_eq!(tokens("a @ b"), vec![ident("a"), ident("b"), Token::Eof]);
}

#[test]
fn every_character_that_starts_no_token() {
    for c in ["@", "'", "`", "~", "^", "&", "\\", "$"] {
        let text = format!("x {c} y");
        assert_eq!(
            only_error(&text),
            (format!("invalid character `{c}`"), Span::new(2, 3))
        );
        assert_eq!(tokens(&text), vec![ident("x"), ident("y"), Token::Eof]);
    }
}

#[test]
fn multibyte_invalid_characters_span_the_whole_character() {
    assert_eq!(
        only_error("x€"),
        ("invalid character `€`".into(), Span::new(1, 4))
    );
    assert_eq!(
        only_error("\u{a0}"),
        ("invalid character `\\u{a0}`".into(), Span::new(0, 2))
    );
}

#[test]
fn non_leading_bom_and_other_whitespace_are_invalid() {
    assert_eq!(
        only_error("x\u{feff}"),
        ("invalid character `\\u{feff}`".into(), Span::new(1, 4))
    );
    assert_eq!(
        only_error("\u{c}"),
        ("invalid character `\\u{c}`".into(), Span::new(0, 1))
    );
}

#[test]
fn a_run_of_invalid_characters_is_reported_once() {
    assert_eq!(
        only_error("@@~^"),
        ("invalid character `@`".into(), Span::new(0, 1))
    );
    let separated = lex("'a'").diagnostics;
    assert_eq!(separated.len(), 2);
    assert_eq!(separated[1].primary_span(), Some(Span::new(2, 3)));
}

#[test]
fn a_lone_ampersand_next_to_a_double_one() {
    assert_eq!(
        only_error("&&&"),
        ("invalid character `&`".into(), Span::new(2, 3))
    );
    assert_eq!(tokens("&&&"), vec![Token::AmpAmp, Token::Eof]);
}

// ---- strings -----------------------------------------------------------------------

#[test]
fn unterminated_string_points_at_the_opening_quote() {
    use Token::*;
    let text = "x = \"abc\ndef";
    assert_eq!(
        only_error(text),
        ("unterminated string literal".into(), Span::new(4, 5))
    );
    let lexed = lex(text);
    assert_eq!(
        lexed.tokens[2..],
        [
            (StringStart, Span::new(4, 5)),
            (StringContent("abc\ndef".into()), Span::new(5, 12)),
            (StringEnd, Span::new(12, 12)),
            (Eof, Span::new(12, 12)),
        ]
    );
}

#[test]
fn unterminated_triple_quoted_string() {
    assert_eq!(
        only_error("\"\"\"abc\"\""),
        ("unterminated string literal".into(), Span::new(0, 3))
    );
}

#[test]
fn backslash_at_end_of_string() {
    assert_eq!(
        only_error("\"abc\\"),
        ("unterminated string literal".into(), Span::new(0, 1))
    );
    assert_eq!(
        only_error("\"\\\""),
        ("unterminated string literal".into(), Span::new(0, 1))
    );
}

#[test]
fn unterminated_interpolation_points_at_dollar_brace() {
    use Token::*;
    let text = "\"a${b + 1";
    assert_eq!(
        only_error(text),
        ("unterminated string interpolation".into(), Span::new(2, 4))
    );
    assert_eq!(
        tokens(text),
        vec![
            StringStart,
            StringContent("a".into()),
            InterpStart,
            ident("b"),
            Plus,
            Int(1),
            InterpEnd,
            StringEnd,
            Eof,
        ]
    );
}

#[test]
fn only_the_innermost_unclosed_string_is_reported() {
    use Token::*;
    let text = "\"${\"x";
    assert_eq!(
        only_error(text),
        ("unterminated string literal".into(), Span::new(3, 4))
    );
    assert_eq!(
        tokens(text),
        vec![
            StringStart,
            InterpStart,
            StringStart,
            StringContent("x".into()),
            StringEnd,
            InterpEnd,
            StringEnd,
            Eof,
        ]
    );
}

#[test]
fn a_brace_left_open_in_an_interpolation_makes_the_quote_start_a_string() {
    // The `}` closes `%{`, so the interpolation is still open and `"` starts
    // a nested string: that string is the innermost unclosed construct.
    assert_eq!(
        only_error("\"${ %{ }\""),
        ("unterminated string literal".into(), Span::new(8, 9))
    );
}

// ---- comments ------------------------------------------------------------------------

#[test]
fn unterminated_block_comment_points_at_the_outermost_opener() {
    assert_eq!(
        only_error("a #= x #= y =#\nb"),
        ("unterminated block comment".into(), Span::new(2, 4))
    );
    assert_eq!(tokens("a #= x"), vec![ident("a"), Token::Eof]);
}

#[test]
fn an_unterminated_comment_inside_an_interpolation_is_the_only_error() {
    assert_eq!(
        only_error("\"${ #= "),
        ("unterminated block comment".into(), Span::new(4, 6))
    );
}

// ---- numbers ---------------------------------------------------------------------------

#[test]
fn integer_out_of_range() {
    let text = "x = 9223372036854775809";
    assert_eq!(
        only_error(text),
        ("integer literal out of range".into(), Span::new(4, 23))
    );
    let d = &lex(text).diagnostics[0];
    assert_eq!(
        d.help.as_deref(),
        Some("Int ranges from -9223372036854775808 to 9223372036854775807")
    );
    // A placeholder keeps the parser from reporting a missing operand.
    assert_eq!(
        tokens(text),
        vec![ident("x"), Token::Eq, Token::Int(0), Token::Eof]
    );
}

#[test]
fn huge_non_decimal_integers_are_out_of_range() {
    assert_eq!(
        only_error("0x1_0000_0000_0000_0000"),
        ("integer literal out of range".into(), Span::new(0, 23))
    );
    assert_eq!(
        only_error("0b11111111111111111111111111111111111111111111111111111111111111111").1,
        Span::new(0, 67)
    );
}

#[test]
fn float_out_of_range() {
    assert_eq!(
        only_error("1e309"),
        ("float literal out of range".into(), Span::new(0, 5))
    );
    assert_eq!(
        only_error("1_000.0e306"),
        ("float literal out of range".into(), Span::new(0, 11))
    );
    assert_eq!(tokens("1e309"), vec![Token::Float(0.0), Token::Eof]);
}

#[test]
fn prefix_without_digits_is_malformed() {
    assert_eq!(
        only_error("0x"),
        ("malformed number literal".into(), Span::new(0, 2))
    );
    assert_eq!(
        only_error("0b__ "),
        ("malformed number literal".into(), Span::new(0, 4))
    );
    assert_eq!(
        only_error("0o8"),
        ("malformed number literal".into(), Span::new(0, 2))
    );
    assert_eq!(tokens("0xg"), vec![Token::Int(0), ident("g"), Token::Eof]);
}

// ---- recovery ----------------------------------------------------------------------------

#[test]
fn lexing_continues_after_errors() {
    use Token::*;
    let lexed = lex("@ 0x 1e999 ~\nlet x = 1");
    let messages: Vec<&str> = lexed
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "invalid character `@`",
            "malformed number literal",
            "float literal out of range",
            "invalid character `~`",
        ]
    );
    let toks: Vec<Token> = lexed.tokens.into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        toks,
        vec![
            Int(0),
            Float(0.0),
            Newline,
            Let,
            ident("x"),
            Eq,
            Int(1),
            Eof
        ]
    );
}

#[test]
fn diagnostics_are_ordered_by_position() {
    let lexed = lex("\"${ @ ");
    let starts: Vec<u32> = lexed
        .diagnostics
        .iter()
        .filter_map(|d| d.primary_span())
        .map(|s| s.start)
        .collect();
    assert_eq!(starts, [1, 4]);
}

// ---- rendered snapshots --------------------------------------------------------------

/// The source and every diagnostic rendered as a user sees it (§8.2).
fn rendered(text: &str) -> String {
    let mut sources = SourceMap::new();
    let file = sources.add("main.mpl", text);
    let rendered: Vec<String> = lex(text)
        .diagnostics
        .into_iter()
        .map(|d: Diagnostic| render_human(&d.in_file(file), &sources, false))
        .collect();
    format!(
        "----- source -----\n{text}\n----- diagnostics -----\n{}",
        rendered.join("\n")
    )
}

#[test]
fn snapshot_invalid_character() {
    insta::assert_snapshot!(rendered("fn main() do\n  let email = user@example\nend\n"));
}

#[test]
fn snapshot_unterminated_string() {
    insta::assert_snapshot!(rendered("fn main() do\n  println(\"hello)\nend\n"));
}

#[test]
fn snapshot_unterminated_interpolation() {
    insta::assert_snapshot!(rendered("let s = \"total: ${sum(xs)\n"));
}

#[test]
fn snapshot_unterminated_block_comment() {
    insta::assert_snapshot!(rendered("#= outer\n  #= inner =#\nfn main() do\nend\n"));
}

#[test]
fn snapshot_integer_out_of_range() {
    insta::assert_snapshot!(rendered("let big = 18_446_744_073_709_551_616\n"));
}

#[test]
fn snapshot_malformed_number() {
    insta::assert_snapshot!(rendered("let mask = 0x\n"));
}
