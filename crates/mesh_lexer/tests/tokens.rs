//! Token kinds, literal values and spans of valid programs (§2.1–§2.10).

use mesh_lexer::{lex, Token};

/// The tokens of a program that must lex without diagnostics.
fn tokens(text: &str) -> Vec<Token> {
    spanned(text).into_iter().map(|(t, _)| t).collect()
}

/// Each token with the source text its span covers.
fn spanned(text: &str) -> Vec<(Token, &str)> {
    let lexed = lex(text);
    assert!(
        lexed.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        lexed.diagnostics
    );
    lexed
        .tokens
        .into_iter()
        .map(|(t, span)| (t, &text[span.range()]))
        .collect()
}

fn ident(name: &str) -> Token {
    Token::Ident(name.into())
}

fn content(text: &str) -> Token {
    Token::StringContent(text.into())
}

// ---- operators and punctuation -------------------------------------------

#[test]
fn every_operator_and_delimiter() {
    use Token::*;
    let text =
        "+ ++ - -> * / % = == != < <= > >= <> => |> | || && ! ? : :: . .. ( ) [ ] { } %{ , ;";
    let expected = vec![
        Plus,
        PlusPlus,
        Minus,
        Arrow,
        Star,
        Slash,
        Percent,
        Eq,
        EqEq,
        NotEq,
        Lt,
        LtEq,
        Gt,
        GtEq,
        Diamond,
        FatArrow,
        Pipe,
        Bar,
        BarBar,
        AmpAmp,
        Bang,
        Question,
        Colon,
        ColonColon,
        Dot,
        DotDot,
        LParen,
        RParen,
        LBracket,
        RBracket,
        LBrace,
        RBrace,
        PercentBrace,
        Comma,
        Semi,
        Eof,
    ];
    assert_eq!(tokens(text), expected);
}

#[test]
fn operators_use_maximal_munch() {
    use Token::*;
    assert_eq!(tokens("a>=b"), vec![ident("a"), GtEq, ident("b"), Eof]);
    assert_eq!(
        tokens("List<List<V>>"),
        vec![
            ident("List"),
            Lt,
            ident("List"),
            Lt,
            ident("V"),
            Gt,
            Gt,
            Eof
        ]
    );
    assert_eq!(tokens("..."), vec![DotDot, Dot, Eof]);
    assert_eq!(tokens("+++"), vec![PlusPlus, Plus, Eof]);
    assert_eq!(tokens("|||>"), vec![BarBar, Pipe, Eof]);
    assert_eq!(tokens("%{%"), vec![PercentBrace, Percent, Eof]);
    assert_eq!(tokens("=>="), vec![FatArrow, Eq, Eof]);
}

#[test]
fn operator_spans_cover_their_bytes() {
    assert_eq!(
        spanned("a |> b"),
        vec![
            (ident("a"), "a"),
            (Token::Pipe, "|>"),
            (ident("b"), "b"),
            (Token::Eof, ""),
        ]
    );
}

// ---- identifiers and keywords ----------------------------------------------

const KEYWORDS: [&str; 48] = [
    "actor",
    "after",
    "alias",
    "and",
    "break",
    "call",
    "case",
    "cast",
    "cond",
    "continue",
    "def",
    "do",
    "else",
    "end",
    "false",
    "fn",
    "for",
    "if",
    "impl",
    "import",
    "in",
    "interface",
    "let",
    "link",
    "match",
    "module",
    "monitor",
    "nil",
    "not",
    "or",
    "pub",
    "receive",
    "return",
    "self",
    "send",
    "service",
    "spawn",
    "struct",
    "supervisor",
    "terminate",
    "trait",
    "trap",
    "true",
    "type",
    "when",
    "where",
    "while",
    "with",
];

#[test]
fn every_keyword_is_its_own_token() {
    for word in KEYWORDS {
        let toks = tokens(word);
        assert_eq!(toks.len(), 2, "{word}");
        assert_eq!(toks[0].keyword_text(), Some(word));
    }
}

#[test]
fn words_that_merely_contain_keywords_are_identifiers() {
    assert_eq!(
        tokens("ends selfish _do Self from as"),
        vec![
            ident("ends"),
            ident("selfish"),
            ident("_do"),
            ident("Self"),
            ident("from"),
            ident("as"),
            Token::Eof,
        ]
    );
}

#[test]
fn identifiers_follow_unicode_properties() {
    assert_eq!(
        tokens("café naïve_2 名前 x٣ Ωmega"),
        vec![
            ident("café"),
            ident("naïve_2"),
            ident("名前"),
            ident("x٣"),
            ident("Ωmega"),
            Token::Eof,
        ]
    );
}

#[test]
fn underscore_alone_is_an_identifier() {
    assert_eq!(
        tokens("_ _x __"),
        vec![ident("_"), ident("_x"), ident("__"), Token::Eof]
    );
}

#[test]
fn question_and_bang_are_not_part_of_identifiers() {
    use Token::*;
    assert_eq!(
        tokens("ok? f!"),
        vec![ident("ok"), Question, ident("f"), Bang, Eof]
    );
}

// ---- atoms -----------------------------------------------------------------

#[test]
fn atoms_start_with_lowercase_or_underscore() {
    use Token::*;
    let atom = |s: &str| Atom(s.into());
    assert_eq!(
        tokens(":ok :_x :asc :a1 :ok?"),
        vec![
            atom("ok"),
            atom("_x"),
            atom("asc"),
            atom("a1"),
            atom("ok"),
            Question,
            Eof
        ]
    );
    assert_eq!(tokens(":Foo"), vec![Colon, ident("Foo"), Eof]);
    assert_eq!(tokens(":é"), vec![Colon, ident("é"), Eof]);
    assert_eq!(tokens(":1"), vec![Colon, Int(1), Eof]);
    assert_eq!(tokens(":aé"), vec![atom("aé"), Eof]);
}

#[test]
fn double_colon_and_the_colon_rule() {
    use Token::*;
    assert_eq!(
        tokens("x::xs"),
        vec![ident("x"), ColonColon, ident("xs"), Eof]
    );
    assert_eq!(tokens("::ok"), vec![ColonColon, ident("ok"), Eof]);
    assert_eq!(
        tokens("key:value"),
        vec![ident("key"), Atom("value".into()), Eof]
    );
    assert_eq!(
        tokens("key: value"),
        vec![ident("key"), Colon, ident("value"), Eof]
    );
    assert_eq!(spanned(":ok"), vec![(Atom("ok".into()), ":ok"), (Eof, "")]);
}

// ---- numbers ---------------------------------------------------------------

#[test]
fn integer_forms_and_values() {
    use Token::*;
    assert_eq!(
        tokens("0 42 007 1_000_000 0xFF 0Xff 0x_1F 0b1010 0B1 0o17 0O7_7"),
        vec![
            Int(0),
            Int(42),
            Int(7),
            Int(1_000_000),
            Int(255),
            Int(255),
            Int(31),
            Int(10),
            Int(1),
            Int(15),
            Int(63),
            Eof,
        ]
    );
}

#[test]
fn integer_limits() {
    use Token::*;
    assert_eq!(
        tokens("9223372036854775807"),
        vec![Int(9223372036854775807), Eof]
    );
    assert_eq!(
        tokens("9223372036854775808"),
        vec![Int(9223372036854775808), Eof]
    );
    assert_eq!(tokens("0x8000000000000000"), vec![Int(1 << 63), Eof]);
}

#[test]
fn float_forms_and_values() {
    use Token::*;
    assert_eq!(
        tokens("3.25 1e10 2E-3 1.5e+2 1_000.000_1 0.1 6.02e23"),
        vec![
            Float(3.25),
            Float(1e10),
            Float(2e-3),
            Float(150.0),
            Float(1000.0001),
            Float(0.1),
            Float(6.02e23),
            Eof,
        ]
    );
}

#[test]
fn a_dot_belongs_to_a_float_only_before_a_digit() {
    use Token::*;
    assert_eq!(tokens("1."), vec![Int(1), Dot, Eof]);
    assert_eq!(tokens("1..5"), vec![Int(1), DotDot, Int(5), Eof]);
    assert_eq!(
        tokens("42.to_string()"),
        vec![Int(42), Dot, ident("to_string"), LParen, RParen, Eof]
    );
    assert_eq!(tokens(".5"), vec![Dot, Int(5), Eof]);
    assert_eq!(tokens("t.0.1"), vec![ident("t"), Dot, Float(0.1), Eof]);
}

#[test]
fn a_letter_after_a_literal_starts_a_new_token() {
    use Token::*;
    assert_eq!(tokens("12ab"), vec![Int(12), ident("ab"), Eof]);
    assert_eq!(tokens("1e"), vec![Int(1), ident("e"), Eof]);
    assert_eq!(
        tokens("1.5e+x"),
        vec![Float(1.5), ident("e"), Plus, ident("x"), Eof]
    );
    assert_eq!(tokens("0b102"), vec![Int(2), Int(2), Eof]);
    assert_eq!(tokens("0xFFg"), vec![Int(255), ident("g"), Eof]);
    // `1_` is a valid digit sequence, so this is `digits exponent`.
    assert_eq!(tokens("1_e5"), vec![Float(1e5), Eof]);
    assert_eq!(tokens("1_e"), vec![Int(1), ident("e"), Eof]);
}

#[test]
fn number_spans_cover_the_whole_literal() {
    use Token::*;
    assert_eq!(
        spanned("0x_FF 1_0.5e3"),
        vec![(Int(255), "0x_FF"), (Float(10500.0), "1_0.5e3"), (Eof, ""),]
    );
}

// ---- strings -----------------------------------------------------------------

#[test]
fn empty_string() {
    use Token::*;
    assert_eq!(
        spanned(r#""""#),
        vec![(StringStart, "\""), (StringEnd, "\""), (Eof, "")]
    );
    assert_eq!(
        spanned(r#""""""""#),
        vec![(StringStart, "\"\"\""), (StringEnd, "\"\"\""), (Eof, "")]
    );
}

#[test]
fn plain_string_spans() {
    use Token::*;
    assert_eq!(
        spanned(r#"x = "héllo""#),
        vec![
            (ident("x"), "x"),
            (Eq, "="),
            (StringStart, "\""),
            (content("héllo"), "héllo"),
            (StringEnd, "\""),
            (Eof, ""),
        ]
    );
}

#[test]
fn escapes_are_decoded_and_spans_stay_raw() {
    use Token::*;
    let text = r#""a\n\t\r\0\\\"\$\{\u{41}\qb""#;
    assert_eq!(
        spanned(text),
        vec![
            (StringStart, "\""),
            (content("a\n\t\r\0\\\"${u{41}qb"), &text[1..text.len() - 1]),
            (StringEnd, "\""),
            (Eof, ""),
        ]
    );
}

#[test]
fn dollar_and_hash_brace_are_plain_text() {
    use Token::*;
    assert_eq!(
        tokens(r#""$x #{y} \${z} $""#),
        vec![StringStart, content("$x #{y} ${z} $"), StringEnd, Eof]
    );
}

#[test]
fn raw_line_breaks_are_part_of_the_value() {
    use Token::*;
    assert_eq!(
        tokens("\"a\nb\r\nc\""),
        vec![StringStart, content("a\nb\r\nc"), StringEnd, Eof]
    );
}

#[test]
fn triple_quoted_strings_are_verbatim() {
    use Token::*;
    let text = "\"\"\"\n  say \"hi\" and \"\"x\"\"\n\"\"\"";
    assert_eq!(
        tokens(text),
        vec![
            StringStart,
            content("\n  say \"hi\" and \"\"x\"\"\n"),
            StringEnd,
            Eof
        ]
    );
    // The string ends at the *first* `"""`.
    assert_eq!(
        tokens(r#""""a""""x""#),
        vec![
            StringStart,
            content("a"),
            StringEnd,
            StringStart,
            content("x"),
            StringEnd,
            Eof
        ]
    );
}

#[test]
fn interpolation_spans() {
    use Token::*;
    assert_eq!(
        spanned(r#""a${b}c""#),
        vec![
            (StringStart, "\""),
            (content("a"), "a"),
            (InterpStart, "${"),
            (ident("b"), "b"),
            (InterpEnd, "}"),
            (content("c"), "c"),
            (StringEnd, "\""),
            (Eof, ""),
        ]
    );
}

#[test]
fn interpolation_without_surrounding_text() {
    use Token::*;
    assert_eq!(
        tokens(r#""${x}${y}""#),
        vec![
            StringStart,
            InterpStart,
            ident("x"),
            InterpEnd,
            InterpStart,
            ident("y"),
            InterpEnd,
            StringEnd,
            Eof,
        ]
    );
}

#[test]
fn braces_inside_an_interpolation_are_counted() {
    use Token::*;
    assert_eq!(
        tokens(r#""${f(%{"a" => 1})}""#),
        vec![
            StringStart,
            InterpStart,
            ident("f"),
            LParen,
            PercentBrace,
            StringStart,
            content("a"),
            StringEnd,
            FatArrow,
            Int(1),
            RBrace,
            RParen,
            InterpEnd,
            StringEnd,
            Eof,
        ]
    );
    assert_eq!(
        tokens(r#""${ {a} }b""#),
        vec![
            StringStart,
            InterpStart,
            LBrace,
            ident("a"),
            RBrace,
            InterpEnd,
            content("b"),
            StringEnd,
            Eof,
        ]
    );
}

#[test]
fn nested_interpolations() {
    use Token::*;
    assert_eq!(
        tokens(r#""a${"b${c}d"}e""#),
        vec![
            StringStart,
            content("a"),
            InterpStart,
            StringStart,
            content("b"),
            InterpStart,
            ident("c"),
            InterpEnd,
            content("d"),
            StringEnd,
            InterpEnd,
            content("e"),
            StringEnd,
            Eof,
        ]
    );
}

#[test]
fn interpolation_in_triple_quoted_string() {
    use Token::*;
    assert_eq!(
        tokens(r#""""x "${y}" z""""#),
        vec![
            StringStart,
            content("x \""),
            InterpStart,
            ident("y"),
            InterpEnd,
            content("\" z"),
            StringEnd,
            Eof,
        ]
    );
}

#[test]
fn comments_inside_interpolations() {
    use Token::*;
    assert_eq!(
        tokens("\"${x #= } =# }\""),
        vec![
            StringStart,
            InterpStart,
            ident("x"),
            InterpEnd,
            StringEnd,
            Eof
        ]
    );
}

#[test]
fn hash_inside_strings_is_text() {
    use Token::*;
    assert_eq!(
        tokens(r##""# not #= a comment""##),
        vec![StringStart, content("# not #= a comment"), StringEnd, Eof]
    );
}

// ---- comments, whitespace, line breaks ------------------------------------------

#[test]
fn line_comments() {
    use Token::*;
    assert_eq!(
        tokens("a # c\n## doc\n##! module doc\n#{1, 2}\nb"),
        vec![ident("a"), Newline, ident("b"), Eof]
    );
    assert_eq!(
        tokens("a # no line break at the end"),
        vec![ident("a"), Eof]
    );
}

#[test]
fn block_comments_nest_and_hide_line_breaks() {
    use Token::*;
    assert_eq!(
        tokens("a #= x #= y\n =# z\n =# b"),
        vec![ident("a"), ident("b"), Eof]
    );
    assert_eq!(tokens("a#==#b"), vec![ident("a"), ident("b"), Eof]);
    assert_eq!(tokens("#= one =#\nx"), vec![ident("x"), Eof]);
}

#[test]
fn each_line_break_form_is_one_newline() {
    use Token::*;
    for text in ["a\nb", "a\r\nb", "a\rb"] {
        let expected_break = &text[1..text.len() - 1];
        assert_eq!(
            spanned(text),
            vec![
                (ident("a"), "a"),
                (Newline, expected_break),
                (ident("b"), "b"),
                (Eof, ""),
            ]
        );
    }
}

#[test]
fn tabs_and_spaces_separate_tokens() {
    assert_eq!(tokens("a\t \tb"), vec![ident("a"), ident("b"), Token::Eof]);
}

#[test]
fn a_leading_bom_is_skipped_but_counted() {
    let lexed = lex("\u{feff}x");
    assert!(lexed.diagnostics.is_empty());
    assert_eq!(
        lexed.tokens,
        vec![
            (ident("x"), mesh_common::Span::new(3, 4)),
            (Token::Eof, mesh_common::Span::new(4, 4)),
        ]
    );
    assert_eq!(
        lex("\u{feff}").tokens,
        vec![(Token::Eof, mesh_common::Span::new(3, 3))]
    );
}

#[test]
fn empty_input_is_just_eof() {
    assert_eq!(
        lex("").tokens,
        vec![(Token::Eof, mesh_common::Span::new(0, 0))]
    );
    assert_eq!(tokens(" \n\n # only a comment\n"), vec![Token::Eof]);
}

#[test]
fn token_summary_lists_debug_forms() {
    assert_eq!(
        mesh_lexer::token_summary("a + 1"),
        r#"Ident("a") Plus Int(1) Eof"#
    );
}

#[test]
fn a_small_program() {
    use Token::*;
    let text = "fn main() do\n  let total = 3\n  println(\"${total}\")\nend\n";
    assert_eq!(
        tokens(text),
        vec![
            Fn,
            ident("main"),
            LParen,
            RParen,
            Do,
            Newline,
            Let,
            ident("total"),
            Eq,
            Int(3),
            Newline,
            ident("println"),
            LParen,
            StringStart,
            InterpStart,
            ident("total"),
            InterpEnd,
            StringEnd,
            RParen,
            Newline,
            End,
            Newline,
            Eof,
        ]
    );
}
