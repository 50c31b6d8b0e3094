//! Spans are exact (§8.1): each node covers exactly its own tokens.

use mesh_common::Span;
use mesh_parser::ast::*;
use mesh_parser::parse;

fn text(source: &str, span: Span) -> &str {
    &source[span.range()]
}

fn only_fn(source: &str) -> FnDef {
    let parsed = parse(source);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    match parsed.module.items.into_iter().next() {
        Some(Item::Fn(f)) => f,
        other => panic!("expected a function, got {other:?}"),
    }
}

fn block_of(f: &FnDef) -> &Block {
    match &f.body {
        FnBody::Block(block) => block,
        FnBody::Expr(_) => panic!("expected a do body"),
    }
}

fn expr_stmt(block: &Block, i: usize) -> &Expr {
    match &block.stmts[i] {
        Stmt::Expr(e) => e,
        Stmt::Let(l) => &l.value,
        Stmt::Fn(_) => panic!("unexpected fn"),
    }
}

const SOURCE: &str = "pub fn area<T>(s :: Shape, [h | t]) -> Float where T: Eq do\n  let total = a + b * c  # comment\n  List.map(xs, fn x -> x end)\n  Point { x: 1 }\n  if c do 1 else 2 end\n  -9223372036854775808\nend\n";

#[test]
fn function_parts() {
    let f = only_fn(SOURCE);
    assert_eq!(text(SOURCE, f.span), SOURCE.trim_end());
    assert_eq!(text(SOURCE, f.kw_span), "fn");
    assert_eq!(f.pub_span.map(|s| text(SOURCE, s)), Some("pub"));
    assert_eq!(f.generics_span.map(|s| text(SOURCE, s)), Some("<T>"));
    assert_eq!(
        f.params_span.map(|s| text(SOURCE, s)),
        Some("(s :: Shape, [h | t])")
    );
    assert_eq!(f.where_span.map(|s| text(SOURCE, s)), Some("where T: Eq"));
    assert_eq!(
        text(SOURCE, f.head_span()),
        "fn area<T>(s :: Shape, [h | t]) -> Float"
    );
    let params = f
        .params
        .as_ref()
        .map(|p| p.iter().map(|p| text(SOURCE, p.span())).collect::<Vec<_>>());
    assert_eq!(params, Some(vec!["s :: Shape", "[h | t]"]));
}

#[test]
fn block_covers_first_to_last_statement() {
    let f = only_fn(SOURCE);
    let block = block_of(&f);
    let body = &SOURCE[SOURCE.find("let").unwrap_or(0)..SOURCE.rfind("\nend").unwrap_or(0)];
    assert_eq!(text(SOURCE, block.span), body);
}

#[test]
fn expressions() {
    let f = only_fn(SOURCE);
    let block = block_of(&f);
    let Stmt::Let(let_stmt) = &block.stmts[0] else {
        panic!("expected let")
    };
    assert_eq!(text(SOURCE, let_stmt.span), "let total = a + b * c");
    assert_eq!(text(SOURCE, let_stmt.value.span), "a + b * c");
    let ExprKind::Binary { op_span, rhs, .. } = &let_stmt.value.kind else {
        panic!("expected binary")
    };
    assert_eq!(text(SOURCE, *op_span), "+");
    assert_eq!(text(SOURCE, rhs.span), "b * c");

    let call = expr_stmt(block, 1);
    assert_eq!(text(SOURCE, call.span), "List.map(xs, fn x -> x end)");
    let ExprKind::Call {
        callee,
        args,
        args_span,
    } = &call.kind
    else {
        panic!("expected call")
    };
    assert_eq!(text(SOURCE, callee.span), "List.map");
    assert_eq!(text(SOURCE, *args_span), "(xs, fn x -> x end)");
    assert_eq!(text(SOURCE, args[1].value.span), "fn x -> x end");
    let ExprKind::Closure(closure) = &args[1].value.kind else {
        panic!("expected closure")
    };
    assert_eq!(text(SOURCE, closure.clauses[0].params_span), "x");
    assert_eq!(text(SOURCE, closure.clauses[0].span), "x -> x");

    assert_eq!(text(SOURCE, expr_stmt(block, 2).span), "Point { x: 1 }");
    assert_eq!(
        text(SOURCE, expr_stmt(block, 3).span),
        "if c do 1 else 2 end"
    );
    let min = expr_stmt(block, 4);
    assert_eq!(text(SOURCE, min.span), "-9223372036854775808");
    assert_eq!(min.kind, ExprKind::Int(i64::MIN));
}

#[test]
fn patterns_and_arms() {
    let source = "case x do\n  Some((a, b)) when a > 0 -> a\n  [h | _] as all -> all\nend";
    let parsed = parse(source);
    let Some(Item::Expr(Expr {
        kind: ExprKind::Case { arms, .. },
        span,
        ..
    })) = parsed.module.items.first()
    else {
        panic!("expected case")
    };
    assert_eq!(text(source, *span), source);
    assert_eq!(text(source, arms[0].span), "Some((a, b)) when a > 0 -> a");
    assert_eq!(text(source, arms[0].pattern.span), "Some((a, b))");
    let PatternKind::Ctor {
        args: Some(args),
        args_span: Some(args_span),
        ..
    } = &arms[0].pattern.kind
    else {
        panic!("expected ctor")
    };
    assert_eq!(text(source, *args_span), "((a, b))");
    assert_eq!(text(source, args[0].span), "(a, b)");
    assert_eq!(text(source, arms[1].pattern.span), "[h | _] as all");
}

#[test]
fn items_and_module() {
    let source = "struct P do\n  x :: Int\nend deriving(Eq)\n\nimpl Show for P do\nend\n";
    let parsed = parse(source);
    assert_eq!(parsed.module.span, Span::new(0, source.len() as u32));
    let Item::Struct(s) = &parsed.module.items[0] else {
        panic!("expected struct")
    };
    assert_eq!(
        text(source, s.span),
        "struct P do\n  x :: Int\nend deriving(Eq)"
    );
    let Item::Impl(i) = &parsed.module.items[1] else {
        panic!("expected impl")
    };
    assert_eq!(text(source, i.header_span), "impl Show for P");
    assert_eq!(text(source, i.span), "impl Show for P do\nend");
}

#[test]
fn diagnostics_point_at_the_offending_token() {
    let source = "fn f() do\n  let x = 1 +\nend";
    let parsed = parse(source);
    let spans: Vec<&str> = parsed
        .diagnostics
        .iter()
        .filter_map(|d| d.primary_span())
        .map(|s| text(source, s))
        .collect();
    assert_eq!(spans, ["end"]);
    let eof = parse("fn f() do");
    assert_eq!(eof.diagnostics[0].primary_span(), Some(Span::empty(9)));
}
