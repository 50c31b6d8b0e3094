//! The newline rules of §2.12, observed through `lex`.

use mesh_lexer::{lex, Token};

fn tokens(text: &str) -> Vec<Token> {
    let lexed = lex(text);
    assert!(
        lexed.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        lexed.diagnostics
    );
    lexed.tokens.into_iter().map(|(t, _)| t).collect()
}

fn ident(name: &str) -> Token {
    Token::Ident(name.into())
}

#[test]
fn newline_at_depth_zero_separates_statements() {
    use Token::*;
    assert_eq!(tokens("a\nb"), vec![ident("a"), Newline, ident("b"), Eof]);
}

#[test]
fn runs_of_newlines_collapse() {
    use Token::*;
    assert_eq!(
        tokens("a\n\n  \n# c\n\r\nb"),
        vec![ident("a"), Newline, ident("b"), Eof]
    );
}

#[test]
fn newlines_at_the_start_are_dropped_and_at_the_end_kept() {
    use Token::*;
    assert_eq!(
        tokens("\n\n# header\n\na\n\n"),
        vec![ident("a"), Newline, Eof]
    );
}

#[test]
fn newline_after_a_binary_operator_is_dropped() {
    use Token::*;
    assert_eq!(tokens("a +\n b"), vec![ident("a"), Plus, ident("b"), Eof]);
    assert_eq!(
        tokens("a ++\n\n b"),
        vec![ident("a"), PlusPlus, ident("b"), Eof]
    );
    assert_eq!(
        tokens("a and # comment\n b"),
        vec![ident("a"), And, ident("b"), Eof]
    );
    assert_eq!(tokens("a or\n b"), vec![ident("a"), Or, ident("b"), Eof]);
    assert_eq!(
        tokens("a ..\n b"),
        vec![ident("a"), DotDot, ident("b"), Eof]
    );
    assert_eq!(tokens("a |>\n f"), vec![ident("a"), Pipe, ident("f"), Eof]);
    for op in [
        "-", "*", "/", "%", "<>", "==", "!=", "<", ">", "<=", ">=", "&&", "||",
    ] {
        let toks = tokens(&format!("a {op}\nb"));
        assert_eq!(toks.len(), 4, "`{op}` should continue the line: {toks:?}");
    }
}

#[test]
fn newline_after_equals_is_dropped() {
    use Token::*;
    assert_eq!(
        tokens("let x =\n  1"),
        vec![Let, ident("x"), Eq, Int(1), Eof]
    );
}

#[test]
fn newline_after_other_tokens_is_kept() {
    use Token::*;
    assert_eq!(
        tokens("a ->\nb"),
        vec![ident("a"), Arrow, Newline, ident("b"), Eof]
    );
    assert_eq!(
        tokens("a,\nb"),
        vec![ident("a"), Comma, Newline, ident("b"), Eof]
    );
}

#[test]
fn newlines_before_a_leading_pipe_are_dropped() {
    use Token::*;
    assert_eq!(tokens("x\n|> f"), vec![ident("x"), Pipe, ident("f"), Eof]);
    assert_eq!(
        tokens("x\n\n  # step two\n  |> f\n  |> g\ny"),
        vec![
            ident("x"),
            Pipe,
            ident("f"),
            Pipe,
            ident("g"),
            Newline,
            ident("y"),
            Eof,
        ]
    );
}

#[test]
fn a_line_starting_with_another_operator_does_not_continue() {
    use Token::*;
    assert_eq!(
        tokens("a\n+ b"),
        vec![ident("a"), Newline, Plus, ident("b"), Eof]
    );
    assert_eq!(
        tokens("a\n.b"),
        vec![ident("a"), Newline, Dot, ident("b"), Eof]
    );
}

#[test]
fn newlines_inside_brackets_are_dropped() {
    use Token::*;
    assert_eq!(
        tokens("f(\n a,\n b\n)\nx"),
        vec![
            ident("f"),
            LParen,
            ident("a"),
            Comma,
            ident("b"),
            RParen,
            Newline,
            ident("x"),
            Eof,
        ]
    );
    assert_eq!(tokens("[\n1\n]"), vec![LBracket, Int(1), RBracket, Eof]);
    assert_eq!(
        tokens("%{\n:a => 1\n}"),
        vec![
            PercentBrace,
            Atom("a".into()),
            FatArrow,
            Int(1),
            RBrace,
            Eof
        ]
    );
    assert_eq!(tokens("{\n}"), vec![LBrace, RBrace, Eof]);
}

#[test]
fn do_blocks_nested_in_brackets_have_no_newlines() {
    use Token::*;
    assert_eq!(
        tokens("map(xs, fn x do\n  x\nend)\ny"),
        vec![
            ident("map"),
            LParen,
            ident("xs"),
            Comma,
            Fn,
            ident("x"),
            Do,
            ident("x"),
            End,
            RParen,
            Newline,
            ident("y"),
            Eof,
        ]
    );
}

#[test]
fn do_blocks_at_depth_zero_keep_newlines() {
    use Token::*;
    assert_eq!(
        tokens("if c do\n  x\nend"),
        vec![If, ident("c"), Do, Newline, ident("x"), Newline, End, Eof]
    );
}

#[test]
fn interpolations_count_as_brackets() {
    use Token::*;
    assert_eq!(
        tokens("\"${\n  x\n}\"\ny"),
        vec![
            StringStart,
            InterpStart,
            ident("x"),
            InterpEnd,
            StringEnd,
            Newline,
            ident("y"),
            Eof,
        ]
    );
}

#[test]
fn depth_recovers_after_an_unbalanced_interpolation() {
    use Token::*;
    assert_eq!(
        tokens("\"${f(}\"\ny"),
        vec![
            StringStart,
            InterpStart,
            ident("f"),
            LParen,
            InterpEnd,
            StringEnd,
            Newline,
            ident("y"),
            Eof,
        ]
    );
}

#[test]
fn unbalanced_closers_never_make_depth_negative() {
    use Token::*;
    assert_eq!(
        tokens(")\n]\n}\n(\nx"),
        vec![
            RParen,
            Newline,
            RBracket,
            Newline,
            RBrace,
            Newline,
            LParen,
            ident("x"),
            Eof,
        ]
    );
}

#[test]
fn newlines_inside_strings_are_content() {
    use Token::*;
    assert_eq!(
        tokens("\"a\n\nb\""),
        vec![StringStart, StringContent("a\n\nb".into()), StringEnd, Eof]
    );
}

#[test]
fn eof_is_empty_at_the_text_length() {
    let text = "a\n";
    let lexed = lex(text);
    let eofs: Vec<_> = lexed
        .tokens
        .iter()
        .filter(|(t, _)| *t == Token::Eof)
        .collect();
    assert_eq!(eofs.len(), 1);
    assert_eq!(
        lexed.tokens.last(),
        Some(&(Token::Eof, mesh_common::Span::new(2, 2)))
    );
}
