//! `case` with guards, list, tuple, option, string, or- and as-patterns (§6.7), `let` patterns
//! and the no-match panic.

use crate::common::*;

fn int_list() -> Ty {
    Ty::list(Ty::INT)
}

/// ```mesh
/// fn describe(xs) do
///   case xs do
///     [] -> "empty"
///     [x] when x > 10 -> "one big"
///     [x] -> "one " <> "${x}"
///     [x, y | _] when x == y -> "starts with a pair"
///     [_ | rest] -> "many, rest ${rest}"
///   end
/// end
/// ```
fn describe_fn() -> Function {
    let x = || var(1, Ty::INT);
    let y = || var(2, Ty::INT);
    let rest = || var(3, int_list());
    let arms = vec![
        arm(pnil(Ty::INT), None, string("empty")),
        arm(
            pcons(pbind(1, Ty::INT), pnil(Ty::INT)),
            Some(compare(CompareOp::Gt, x(), int(10))),
            string("one big"),
        ),
        arm(
            pcons(pbind(1, Ty::INT), pnil(Ty::INT)),
            None,
            concat(string("one "), show(x())),
        ),
        arm(
            pcons(
                pbind(1, Ty::INT),
                pcons(pbind(2, Ty::INT), pwild(int_list())),
            ),
            Some(eq(x(), y())),
            string("starts with a pair"),
        ),
        arm(
            pcons(pwild(Ty::INT), pbind(3, int_list())),
            None,
            concat(string("many, rest "), show(rest())),
        ),
    ];
    let body = case(var(0, int_list()), arms, Ty::STRING);
    func(
        "describe",
        &[
            ("xs", int_list()),
            ("x", Ty::INT),
            ("y", Ty::INT),
            ("rest", int_list()),
        ],
        1,
        Ty::STRING,
        body,
    )
}

#[test]
fn list_patterns_and_guards() {
    let inputs: [&[i64]; 6] = [&[], &[42], &[7], &[5, 5, 1], &[1, 2, 3], &[9, 8]];
    let body = inputs
        .iter()
        .map(|xs| stmt(println(call(1, vec![ints(xs)], Ty::STRING))))
        .collect();
    let p = program(vec![main_fn(&[], body), describe_fn()], 0);
    assert_prints(
        &p,
        "empty\none big\none 7\nstarts with a pair\nmany, rest [2, 3]\nmany, rest [8]\n",
    );
}

/// ```mesh
/// fn classify(pair) do
///   case pair do
///     (0, n) | (n, 0) -> "axis ${n}"
///     (a, b) as p when a == b -> "diagonal ${p}"
///     _ -> "other"
///   end
/// end
/// ```
fn classify_fn() -> Function {
    let pair_ty = Ty::Tuple(vec![Ty::INT, Ty::INT]);
    let arms = vec![
        arm(
            por(vec![
                ptuple(vec![pint(0), pbind(1, Ty::INT)]),
                ptuple(vec![pbind(1, Ty::INT), pint(0)]),
            ]),
            None,
            concat(string("axis "), show(var(1, Ty::INT))),
        ),
        arm(
            pas(ptuple(vec![pbind(2, Ty::INT), pbind(3, Ty::INT)]), 4),
            Some(eq(var(2, Ty::INT), var(3, Ty::INT))),
            concat(string("diagonal "), show(var(4, pair_ty.clone()))),
        ),
        arm(pwild(pair_ty.clone()), None, string("other")),
    ];
    let locals = [
        ("pair", pair_ty.clone()),
        ("n", Ty::INT),
        ("a", Ty::INT),
        ("b", Ty::INT),
        ("p", pair_ty.clone()),
    ];
    func(
        "classify",
        &locals,
        1,
        Ty::STRING,
        case(var(0, pair_ty), arms, Ty::STRING),
    )
}

#[test]
fn or_patterns_bind_on_either_alternative() {
    let pairs = [(0, 5), (6, 0), (3, 3), (1, 2)];
    let body = pairs
        .iter()
        .map(|(a, b)| {
            stmt(println(call(
                1,
                vec![tuple(vec![int(*a), int(*b)])],
                Ty::STRING,
            )))
        })
        .collect();
    let p = program(vec![main_fn(&[], body), classify_fn()], 0);
    assert_prints(&p, "axis 5\naxis 6\ndiagonal (3, 3)\nother\n");
}

/// Option and string patterns, nested: `Some("hi")`, `Some(s)`, `None`.
#[test]
fn option_and_string_patterns() {
    let opt = Ty::option(Ty::STRING);
    let arms = vec![
        arm(psome(pstr("hi")), None, string("greeting")),
        arm(
            psome(pbind(1, Ty::STRING)),
            None,
            concat(string("word "), var(1, Ty::STRING)),
        ),
        arm(pnone(Ty::STRING), None, string("nothing")),
    ];
    let f = func(
        "f",
        &[("o", opt.clone()), ("s", Ty::STRING)],
        1,
        Ty::STRING,
        case(var(0, opt.clone()), arms, Ty::STRING),
    );
    let body = vec![
        stmt(println(call(
            1,
            vec![some(concat(string("h"), string("i")))],
            Ty::STRING,
        ))),
        stmt(println(call(1, vec![some(string("yo"))], Ty::STRING))),
        stmt(println(call(1, vec![none(Ty::STRING)], Ty::STRING))),
        // String.to_int returns an Option built by the runtime.
        stmt(print_show(builtin(
            Builtin::StringToInt,
            vec![string(" 42 ")],
            Ty::option(Ty::INT),
        ))),
        stmt(print_show(builtin(
            Builtin::StringToInt,
            vec![string("4.2")],
            Ty::option(Ty::INT),
        ))),
    ];
    assert_prints(
        &program(vec![main_fn(&[], body), f], 0),
        "greeting\nword yo\nnothing\nSome(42)\nNone\n",
    );
}

#[test]
fn let_destructures_tuples() {
    let body = vec![
        let_pat(
            ptuple(vec![
                pbind(0, Ty::INT),
                pwild(Ty::STRING),
                pbind(1, Ty::BOOL),
            ]),
            tuple(vec![int(1), string("x"), boolean(true)]),
        ),
        stmt(print_show(tuple(vec![var(1, Ty::BOOL), var(0, Ty::INT)]))),
    ];
    assert_prints(
        &main_only(&[("a", Ty::INT), ("c", Ty::BOOL)], body),
        "(true, 1)\n",
    );
}

#[test]
fn failed_match_panics_with_its_message() {
    let body = e(
        ExprKind::Match {
            scrutinees: vec![var(0, Ty::INT)],
            arms: vec![arm(pint(1), None, string("one"))],
            on_fail: MatchFail::Panic("no matching clause for `f/1`".into()),
        },
        Ty::STRING,
    );
    let f = func("f", &[("n", Ty::INT)], 1, Ty::STRING, body);
    let main = main_fn(
        &[],
        vec![
            stmt(println(call(1, vec![int(1)], Ty::STRING))),
            stmt(println(call(1, vec![int(2)], Ty::STRING))),
        ],
    );
    assert_crashes(
        &program(vec![main, f], 0),
        "one\n",
        "no matching clause for `f/1`",
    );
}

/// A two-column match (a multi-clause function `fn zip2(a, b)`).
#[test]
fn multi_column_match() {
    let arms = vec![
        Arm {
            patterns: vec![pnil(Ty::INT), pwild(int_list())],
            guard: None,
            body: string("left empty"),
        },
        Arm {
            patterns: vec![pwild(int_list()), pnil(Ty::INT)],
            guard: None,
            body: string("right empty"),
        },
        Arm {
            patterns: vec![
                pcons(pbind(2, Ty::INT), pwild(int_list())),
                pcons(pbind(3, Ty::INT), pwild(int_list())),
            ],
            guard: None,
            body: show(add(var(2, Ty::INT), var(3, Ty::INT))),
        },
    ];
    let body = e(
        ExprKind::Match {
            scrutinees: vec![var(0, int_list()), var(1, int_list())],
            arms,
            on_fail: MatchFail::Unreachable,
        },
        Ty::STRING,
    );
    let f = func(
        "f",
        &[
            ("a", int_list()),
            ("b", int_list()),
            ("x", Ty::INT),
            ("y", Ty::INT),
        ],
        2,
        Ty::STRING,
        body,
    );
    let main = main_fn(
        &[],
        vec![
            stmt(println(call(1, vec![ints(&[]), ints(&[1])], Ty::STRING))),
            stmt(println(call(1, vec![ints(&[1]), ints(&[])], Ty::STRING))),
            stmt(println(call(
                1,
                vec![ints(&[1, 2]), ints(&[40])],
                Ty::STRING,
            ))),
        ],
    );
    assert_prints(&program(vec![main, f], 0), "left empty\nright empty\n41\n");
}
