//! Property tests: the parser never panics or hangs, whatever the input,
//! and independent errors are all reported.

mod support;

use mesh_common::Span;
use mesh_lexer::Token;
use mesh_parser::{parse, parse_tokens, Parsed};
use proptest::prelude::*;

/// Source fragments that exercise the grammar's corners when shuffled.
const FRAGMENTS: &[&str] = &[
    "fn",
    "def",
    "do",
    "end",
    "if",
    "else",
    "case",
    "match",
    "when",
    "->",
    "|",
    "receive",
    "after",
    "for",
    "in",
    "while",
    "let",
    "return",
    "break",
    "struct",
    "type",
    "interface",
    "impl",
    "actor",
    "service",
    "supervisor",
    "module",
    "import",
    "from",
    "pub",
    "call",
    "cast",
    "terminate",
    "self",
    "spawn",
    "send",
    "deriving",
    "strategy:",
    "child",
    "start:",
    "x",
    "Foo",
    "_",
    "as",
    "1",
    "-",
    "9223372036854775808",
    "2.5",
    ":ok",
    "\"s\"",
    "\"a${",
    "}\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "%{",
    "=>",
    ",",
    ";",
    "\n",
    "\n",
    "=",
    "::",
    ":",
    ".",
    "..",
    "|>",
    "+",
    "*",
    "==",
    "<",
    ">",
    "?",
    "!",
    "not",
    "and",
    "#",
    "#=",
    "=#",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|parts| parts.join(" "))
}

fn token() -> impl Strategy<Value = Token> {
    const WORDS: &[&str] = &[
        "x", "_", "from", "deriving", "as", "Fun", "strategy", "child", "table",
    ];
    prop_oneof![
        4 => prop::sample::select(ALL_SIMPLE_TOKENS),
        1 => prop::sample::select(WORDS).prop_map(|w| Token::Ident(w.to_string())),
        1 => prop::sample::select(&[0u64, 1, 1 << 63, u64::MAX][..]).prop_map(Token::Int),
        1 => Just(Token::Atom("ok".into())),
        1 => Just(Token::StringContent("s".into())),
    ]
}

const ALL_SIMPLE_TOKENS: &[Token] = {
    use Token::*;
    &[
        StringStart,
        InterpStart,
        InterpEnd,
        StringEnd,
        Actor,
        After,
        And,
        Break,
        Call,
        Case,
        Cast,
        Continue,
        Def,
        Do,
        Else,
        End,
        False,
        Fn,
        For,
        If,
        Impl,
        Import,
        In,
        Interface,
        Let,
        Link,
        Match,
        Module,
        Nil,
        Not,
        Or,
        Pub,
        Receive,
        Return,
        SelfKw,
        Send,
        Service,
        Spawn,
        Struct,
        Supervisor,
        Terminate,
        True,
        Type,
        When,
        Where,
        While,
        Plus,
        Minus,
        Arrow,
        Star,
        Eq,
        EqEq,
        Lt,
        Gt,
        Pipe,
        Bar,
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
        FatArrow,
        Comma,
        Semi,
        Newline,
        Newline,
        Eof,
    ]
};

/// Node ids are unique and below `node_count`; spans lie inside the text.
fn check_invariants(parsed: &Parsed, text_len: u32) {
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
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate node ids");
    assert!(ids.iter().all(|&id| id < parsed.module.node_count));
    for d in &parsed.diagnostics {
        for label in &d.labels {
            assert!(
                label.span.start <= label.span.end && label.span.end <= text_len,
                "bad span {:?}",
                label.span
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn source_soups_never_panic(source in soup()) {
        let parsed = parse(&source);
        check_invariants(&parsed, source.len() as u32);
    }

    #[test]
    fn arbitrary_text_never_panics(source in "\\PC{0,80}") {
        let parsed = parse(&source);
        check_invariants(&parsed, source.len() as u32);
    }

    #[test]
    fn token_soups_never_panic(tokens in prop::collection::vec(token(), 0..80)) {
        let spanned: Vec<(Token, Span)> =
            tokens.into_iter().enumerate().map(|(i, t)| (t, Span::new(i as u32, i as u32 + 1))).collect();
        let len = spanned.len() as u32;
        let parsed = parse_tokens(&spanned, len);
        check_invariants(&parsed, len + 1);
    }

    #[test]
    fn independent_errors_are_all_reported(picks in prop::collection::vec(0..BROKEN.len(), 1..8)) {
        let mut source = String::new();
        for (i, &pick) in picks.iter().enumerate() {
            source.push_str(&format!("fn ok{i}(x) = x + 1\n\nfn broken{i}() do\n{}\nend\n\n", BROKEN[pick].0));
        }
        source.push_str("fn main() do\n  ok0(1)\nend\n");
        let messages: Vec<String> = parse(&source).diagnostics.into_iter().map(|d| d.message).collect();
        let expected: Vec<&str> = picks.iter().map(|&pick| BROKEN[pick].1).collect();
        prop_assert_eq!(messages, expected);
    }
}

/// A valid program with the constructs of §9, to be damaged at random.
const PROGRAM: &str = r#"struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display)

type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
end

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) when w > 0.0 -> w * h
    _ -> 0.0
  end
end

actor counter(total :: Int) do
  receive do
    Add(n) -> counter(total + n)
    Show(label) ->
      println("${label}: ${total}")
      counter(total)
  after 20 ->
    if total < 3 do total else if total < 5 do 1 else 0 end
  end
end

service Counter do
  fn init(start :: Int) -> Int do
    start
  end
  call Get() :: Int do |count|
    (count, count)
  end
end

supervisor App do
  strategy: one_for_one
  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  let p = %{Point { x: 1, y: 2 } | y: 5}
  let xs = [1, 2, 3] |> List.map(fn x -> x * 2 end) |> List.filter(fn 0 -> false | _ -> true end)
  for {k, v} in %{"a" => 1} when v > 0 do
    println("${k}")
  end
  greet("hi", name: "Al")
end
"#;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Deleting, duplicating or replacing a stretch of a valid program never
    /// panics, and never blames the same token twice.
    #[test]
    fn damaged_programs_never_panic(start in 0..PROGRAM.len(), len in 0usize..12, insert in prop::sample::select(FRAGMENTS)) {
        let start = (0..=start).rev().find(|&i| PROGRAM.is_char_boundary(i)).unwrap_or(0);
        let end = (start + len).min(PROGRAM.len());
        let end = (end..=PROGRAM.len()).find(|&i| PROGRAM.is_char_boundary(i)).unwrap_or(PROGRAM.len());
        let source = format!("{}{}{}", &PROGRAM[..start], insert, &PROGRAM[end..]);
        let parsed = parse(&source);
        check_invariants(&parsed, source.len() as u32);
        let mut blamed: Vec<(u32, u32)> = parsed
            .diagnostics
            .iter()
            .filter_map(|d| d.primary_span())
            .map(|s| (s.start, s.end))
            .collect();
        let total = blamed.len();
        blamed.sort_unstable();
        blamed.dedup();
        prop_assert_eq!(blamed.len(), total, "{:#?}", parsed.diagnostics);
    }
}

#[test]
fn the_damage_test_program_is_valid() {
    support::parse_ok(PROGRAM);
}

/// Function bodies with exactly one error each, and that error's message.
const BROKEN: &[(&str, &str)] = &[
    ("  let x = )", "expected expression, found `)`"),
    ("  f(1,, 2)", "expected expression, found `,`"),
    (
        "  if x then\n    1\n  end",
        "expected `do`, found identifier",
    ),
    ("  g(fn x -> x)", "unclosed closure -- expected `end`"),
    (
        "  List.each(xs) do |x|\n    x\n  end",
        "trailing `do` blocks are not supported",
    ),
    (
        "  f(a: 1, 2)",
        "positional argument after keyword arguments",
    ),
    ("  f(a:b)", "expected `:` after `a`, found atom `:b`"),
    (
        "  import A",
        "`import` is only allowed at the top level of a module",
    ),
    ("  fn x -> x + 1 end", "expected `=` or `do`, found `+`"),
    (
        "  case x do\n    \"${y}\" -> 1\n  end",
        "string interpolation not allowed in patterns",
    ),
    ("  x = 1", "expected newline, found `=`"),
    ("  a\n  + b", "expected expression, found `+`"),
    ("  %{a b}", "expected `=>` or `|`, found identifier"),
    (
        "  let 9223372036854775808 = y",
        "integer literal out of range",
    ),
    (
        "  case x do\n    1 + 2 -> 1\n    _ -> 2\n  end",
        "expected `->` or `when`, found `+`",
    ),
];

#[test]
fn guards_with_nested_cases_stay_fast() {
    let mut guard = "true".to_string();
    for _ in 0..25 {
        // The second arm's guard is parsed speculatively at the arm boundary.
        guard = format!("(case y do\n a -> true\n b when {guard} -> false\n end)");
    }
    let source =
        format!("fn f(x) do\n  case x do\n    a when {guard} -> 1\n    _ -> 2\n  end\nend");
    let start = std::time::Instant::now();
    assert!(parse(&source).diagnostics.is_empty());
    assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
}
