//! Matches compiled to decision trees (§6.2, §6.7): a failed guard falls through to later arms
//! testing the same constructor, or-patterns bind from the leftmost matching alternative and
//! fail as a whole when their guard fails, nested list patterns, String, Atom, negative Int and
//! Float literals (`0.0` matches `-0.0`, NaN matches nothing), clause groups over several
//! parameters, tuple-literal scrutinees bound whole, and the sequential fallback for a match
//! whose tree would be too large.

use crate::common::*;

fn mcase(scrutinees: Vec<Expr>, arms: Vec<Arm>, ty: Ty, on_fail: MatchFail) -> Expr {
    e(
        ExprKind::Match {
            scrutinees,
            arms,
            on_fail,
        },
        ty,
    )
}

fn marm(patterns: Vec<Pattern>, guard: Option<Expr>, body: Expr) -> Arm {
    Arm {
        patterns,
        guard,
        body,
    }
}

fn gt(a: Expr, b: Expr) -> Expr {
    compare(CompareOp::Gt, a, b)
}

/// `"text ${value}"`.
fn labelled(text: &str, value: Expr) -> Expr {
    concat(string(&format!("{text} ")), show(value))
}

fn pfloat(x: f64) -> Pattern {
    pat(PatternKind::Float(x), Ty::FLOAT)
}

fn patom(name: &str) -> Pattern {
    pat(PatternKind::Atom(name.to_owned()), Ty::ATOM)
}

fn int_pair() -> Ty {
    Ty::Tuple(vec![Ty::INT, Ty::INT])
}

/// `[p1, …, pn | tail]`.
fn plist(items: Vec<Pattern>, tail: Pattern) -> Pattern {
    items
        .into_iter()
        .rev()
        .fold(tail, |rest, item| pcons(item, rest))
}

// Function indices; `main` is 0.
const OPTION_GUARDS: u32 = 1;
const AXIS: u32 = 2;
const NESTED_LISTS: u32 = 3;
const WORD: u32 = 4;
const SIGN: u32 = 5;
const FLOATS: u32 = 6;
const ATOMS: u32 = 7;
const PAIR: u32 = 8;

/// ```mesh
/// case o do
///   Some(x) when x > 10 -> "big ${x}"
///   Some(y) when y > 5 -> "mid ${y}"
///   Some(0) -> "zero"
///   Some(z) -> "small ${z}"
///   None -> "none"
/// end
/// ```
fn option_guards() -> Function {
    let v = |i| var(i, Ty::INT);
    let arms = vec![
        arm(
            psome(pbind(1, Ty::INT)),
            Some(gt(v(1), int(10))),
            labelled("big", v(1)),
        ),
        arm(
            psome(pbind(2, Ty::INT)),
            Some(gt(v(2), int(5))),
            labelled("mid", v(2)),
        ),
        arm(psome(pint(0)), None, string("zero")),
        arm(psome(pbind(3, Ty::INT)), None, labelled("small", v(3))),
        arm(pnone(Ty::INT), None, string("none")),
    ];
    let o = Ty::option(Ty::INT);
    let body = mcase(
        vec![var(0, o.clone())],
        arms,
        Ty::STRING,
        MatchFail::Unreachable,
    );
    let locals = [("o", o), ("x", Ty::INT), ("y", Ty::INT), ("z", Ty::INT)];
    func("option_guards", &locals, 1, Ty::STRING, body)
}

/// ```mesh
/// case p do
///   (x, 0) | (0, x) -> "axis ${x}"
///   (a, b) when a == b -> "diagonal ${a}"
///   (y, _) | (_, y) when y > 5 -> "big ${y}"
///   _ -> "other"
/// end
/// ```
fn axis() -> Function {
    let v = |i| var(i, Ty::INT);
    let w = || pwild(Ty::INT);
    let b = |i| pbind(i, Ty::INT);
    let arms = vec![
        arm(
            por(vec![
                ptuple(vec![b(1), pint(0)]),
                ptuple(vec![pint(0), b(1)]),
            ]),
            None,
            labelled("axis", v(1)),
        ),
        arm(
            ptuple(vec![b(2), b(3)]),
            Some(eq(v(2), v(3))),
            labelled("diagonal", v(2)),
        ),
        arm(
            por(vec![ptuple(vec![b(4), w()]), ptuple(vec![w(), b(4)])]),
            Some(gt(v(4), int(5))),
            labelled("big", v(4)),
        ),
        arm(pwild(int_pair()), None, string("other")),
    ];
    let body = mcase(
        vec![var(0, int_pair())],
        arms,
        Ty::STRING,
        MatchFail::Unreachable,
    );
    let locals = [
        ("p", int_pair()),
        ("x", Ty::INT),
        ("a", Ty::INT),
        ("b", Ty::INT),
        ("y", Ty::INT),
    ];
    func("axis", &locals, 1, Ty::STRING, body)
}

/// ```mesh
/// case xss do
///   [] -> "empty"
///   [[] | _] -> "first empty"
///   [[a, b | rest]] when a < b -> "rising ${a} ${b} ${rest}"
///   [[h | t], [n]] -> "two ${h} ${t} ${n}"
///   [[h | _] | t] -> "head ${h} ${t}"
/// end
/// ```
fn nested_lists() -> Function {
    let ints = Ty::list(Ty::INT);
    let xss = Ty::list(ints.clone());
    let b = |i| pbind(i, Ty::INT);
    let arms = vec![
        arm(pnil(ints.clone()), None, string("empty")),
        arm(
            pcons(pnil(Ty::INT), pwild(xss.clone())),
            None,
            string("first empty"),
        ),
        arm(
            plist(
                vec![plist(vec![b(1), b(2)], pbind(3, ints.clone()))],
                pnil(ints.clone()),
            ),
            Some(lt(var(1, Ty::INT), var(2, Ty::INT))),
            concat(
                labelled("rising", var(1, Ty::INT)),
                concat(
                    labelled("", var(2, Ty::INT)),
                    labelled("", var(3, ints.clone())),
                ),
            ),
        ),
        arm(
            plist(
                vec![
                    pcons(b(4), pbind(5, ints.clone())),
                    plist(vec![b(6)], pnil(Ty::INT)),
                ],
                pnil(ints.clone()),
            ),
            None,
            concat(
                labelled("two", var(4, Ty::INT)),
                concat(
                    labelled("", var(5, ints.clone())),
                    labelled("", var(6, Ty::INT)),
                ),
            ),
        ),
        arm(
            pcons(pcons(b(4), pwild(ints.clone())), pbind(7, xss.clone())),
            None,
            concat(
                labelled("head", var(4, Ty::INT)),
                labelled("", var(7, xss.clone())),
            ),
        ),
    ];
    let body = mcase(
        vec![var(0, xss.clone())],
        arms,
        Ty::STRING,
        MatchFail::Unreachable,
    );
    let locals = [
        ("xss", xss.clone()),
        ("a", Ty::INT),
        ("b", Ty::INT),
        ("rest", ints.clone()),
        ("h", Ty::INT),
        ("t", ints),
        ("n", Ty::INT),
        ("tail", xss.clone()),
    ];
    func("nested_lists", &locals, 1, Ty::STRING, body)
}

/// A one-parameter function matching `param_ty` against literal arms, with a default.
fn literal_fn(name: &str, param_ty: Ty, arms: Vec<(Pattern, Expr)>, default: Expr) -> Function {
    let ty = default.ty.clone();
    let mut arms: Vec<Arm> = arms
        .into_iter()
        .map(|(p, body)| arm(p, None, body))
        .collect();
    arms.push(arm(pwild(param_ty.clone()), None, default));
    let body = mcase(
        vec![var(0, param_ty.clone())],
        arms,
        ty.clone(),
        MatchFail::Unreachable,
    );
    func(name, &[("x", param_ty)], 1, ty, body)
}

fn word() -> Function {
    let arms = vec![
        (pstr(""), int(0)),
        (pstr("a"), int(1)),
        (pstr("bb"), int(2)),
    ];
    literal_fn("word", Ty::STRING, arms, int(-1))
}

fn sign() -> Function {
    let arms = vec![
        (pint(-1), string("minus one")),
        (pint(0), string("zero")),
        (pint(i64::MIN), string("min")),
    ];
    literal_fn("sign", Ty::INT, arms, string("other"))
}

fn floats() -> Function {
    let arms = vec![
        (pfloat(0.0), string("zero")),
        (pfloat(-1.5), string("minus 1.5")),
    ];
    literal_fn("floats", Ty::FLOAT, arms, string("other"))
}

fn atoms() -> Function {
    let arms = vec![(patom("ok"), int(1)), (patom("error"), int(2))];
    literal_fn("atoms", Ty::ATOM, arms, int(0))
}

/// ```mesh
/// case (a, b) do
///   (0, _) -> "zero first"
///   t when a > b -> "decreasing ${t}"
///   (_, y) -> "y ${y}"
/// end
/// ```
fn pair() -> Function {
    let scrutinee = tuple(vec![var(0, Ty::INT), var(1, Ty::INT)]);
    let arms = vec![
        arm(
            ptuple(vec![pint(0), pwild(Ty::INT)]),
            None,
            string("zero first"),
        ),
        arm(
            pbind(2, int_pair()),
            Some(gt(var(0, Ty::INT), var(1, Ty::INT))),
            labelled("decreasing", var(2, int_pair())),
        ),
        arm(
            ptuple(vec![pwild(Ty::INT), pbind(3, Ty::INT)]),
            None,
            labelled("y", var(3, Ty::INT)),
        ),
    ];
    let body = mcase(vec![scrutinee], arms, Ty::STRING, MatchFail::Unreachable);
    let locals = [
        ("a", Ty::INT),
        ("b", Ty::INT),
        ("t", int_pair()),
        ("y", Ty::INT),
    ];
    func("pair", &locals, 2, Ty::STRING, body)
}

fn print_call(fun: u32, args: Vec<Expr>) -> Stmt {
    stmt(print_show(call(fun, args, Ty::STRING)))
}

#[test]
fn trees_choose_the_arm_sequential_testing_would() {
    let pair_of = |a, b| tuple(vec![int(a), int(b)]);
    let xss = |items: &[&[i64]]| list(items.iter().map(|xs| ints(xs)).collect(), Ty::list(Ty::INT));
    let nan = div(float(0.0), float(0.0));
    let mut body = Vec::new();
    for o in [
        some(int(11)),
        some(int(6)),
        some(int(0)),
        some(int(3)),
        none(Ty::INT),
    ] {
        body.push(print_call(OPTION_GUARDS, vec![o]));
    }
    for (a, b) in [(3, 0), (0, 4), (0, 0), (2, 2), (9, 1), (1, 9), (1, 2)] {
        body.push(print_call(AXIS, vec![pair_of(a, b)]));
    }
    let lists: [&[&[i64]]; 6] = [
        &[],
        &[&[]],
        &[&[1, 2, 3]],
        &[&[2, 1]],
        &[&[5, 6], &[7]],
        &[&[5], &[7, 8]],
    ];
    for xs in lists {
        body.push(print_call(NESTED_LISTS, vec![xss(xs)]));
    }
    for s in ["", "a", "bb", "c"] {
        body.push(stmt(print_show(call(WORD, vec![string(s)], Ty::INT))));
    }
    for n in [-1, 0, i64::MIN, 1] {
        body.push(print_call(SIGN, vec![int(n)]));
    }
    for x in [float(0.0), float(-0.0), float(-1.5), nan, float(2.0)] {
        body.push(print_call(FLOATS, vec![x]));
    }
    for a in ["ok", "error", "other"] {
        body.push(stmt(print_show(call(ATOMS, vec![atom(a)], Ty::INT))));
    }
    for (a, b) in [(0, 1), (5, 1), (1, 5)] {
        body.push(print_call(PAIR, vec![int(a), int(b)]));
    }
    let functions = vec![
        main_fn(&[], body),
        option_guards(),
        axis(),
        nested_lists(),
        word(),
        sign(),
        floats(),
        atoms(),
        pair(),
    ];
    let expected = [
        // A failed guard continues with the later arms on the same constructor.
        "big 11",
        "mid 6",
        "zero",
        "small 3",
        "none",
        // Or-pattern alternatives bind `x` at different positions.
        "axis 3",
        "axis 4",
        "axis 0",
        "diagonal 2",
        "big 9",
        // `(y, _)` matched with y = 1 and the guard failed: `(_, y)` is not tried.
        "other",
        "other",
        "empty",
        "first empty",
        "rising 1 2 [3]",
        "head 2 []",
        "two 5 [6] 7",
        "head 5 [[7, 8]]",
        "0",
        "1",
        "2",
        "-1",
        "minus one",
        "zero",
        "min",
        "other",
        "zero",
        "zero",
        "minus 1.5",
        "other",
        "other",
        "1",
        "2",
        "0",
        "zero first",
        "decreasing (5, 1)",
        "y 5",
    ];
    let expected: String = expected.iter().map(|l| format!("{l}\n")).collect();
    assert_prints(&program(functions, 0), &expected);
}

/// ```mesh
/// fn f(0, _) = "first zero"
/// fn f(_, 0) = "second zero"
/// fn f(a, b) when a == b = "same ${a}"
/// fn f(a, -1) = "minus one after ${a}"
/// ```
fn clause_group() -> Function {
    let w = || pwild(Ty::INT);
    let arms = vec![
        marm(vec![pint(0), w()], None, string("first zero")),
        marm(vec![w(), pint(0)], None, string("second zero")),
        marm(
            vec![pbind(2, Ty::INT), pbind(3, Ty::INT)],
            Some(eq(var(2, Ty::INT), var(3, Ty::INT))),
            labelled("same", var(2, Ty::INT)),
        ),
        marm(
            vec![pbind(4, Ty::INT), pint(-1)],
            None,
            labelled("minus one after", var(4, Ty::INT)),
        ),
    ];
    let scrutinees = vec![var(0, Ty::INT), var(1, Ty::INT)];
    let fail = MatchFail::Panic("no matching clause for `f/2`".into());
    let body = mcase(scrutinees, arms, Ty::STRING, fail);
    let locals = [
        ("p", Ty::INT),
        ("q", Ty::INT),
        ("a", Ty::INT),
        ("b", Ty::INT),
        ("c", Ty::INT),
    ];
    func("f", &locals, 2, Ty::STRING, body)
}

#[test]
fn clause_groups_match_several_parameters_and_panic_when_none_matches() {
    let body = [(0, 5), (5, 0), (3, 3), (3, -1), (3, 4)]
        .into_iter()
        .map(|(a, b)| print_call(1, vec![int(a), int(b)]))
        .collect();
    let p = program(vec![main_fn(&[], body), clause_group()], 0);
    assert_crashes(
        &p,
        "first zero\nsecond zero\nsame 3\nminus one after 3\n",
        "no matching clause for `f/2`",
    );
}

/// 14 parameters, each `0 | 1`: 2^14 expanded rows, beyond the tree's size limit, so the arms
/// are tested one after the other instead.
#[test]
fn a_match_too_large_for_a_tree_is_tested_arm_by_arm() {
    const N: u32 = 14;
    let bits: Vec<Pattern> = (0..N).map(|_| por(vec![pint(0), pint(1)])).collect();
    let wilds: Vec<Pattern> = (0..N).map(|_| pwild(Ty::INT)).collect();
    let arms = vec![
        marm(bits, None, string("binary")),
        marm(wilds, None, string("other")),
    ];
    let scrutinees = (0..N).map(|i| var(i, Ty::INT)).collect();
    let body = mcase(scrutinees, arms, Ty::STRING, MatchFail::Unreachable);
    let names: Vec<String> = (0..N).map(|i| format!("p{i}")).collect();
    let locals: Vec<(&str, Ty)> = names.iter().map(|n| (n.as_str(), Ty::INT)).collect();
    let f = func("bits", &locals, N, Ty::STRING, body);
    let args = |last| {
        (0..N)
            .map(|i| int(if i + 1 == N { last } else { i64::from(i % 2) }))
            .collect()
    };
    let main = main_fn(&[], vec![print_call(1, args(1)), print_call(1, args(2))]);
    let p = program(vec![main, f], 0);
    let options = Options {
        opt_level: 0,
        target_triple: None,
    };
    let ir = emit_llvm_ir(&p, &options).expect("IR");
    assert!(ir.contains("next_arm"), "the sequential scheme was used");
    assert_prints(&p, "binary\nother\n");
}
