//! Display/show and Debug by static type (§7), and structural equality and ordering (§6.5).

use crate::common::*;

#[test]
fn show_of_nested_values() {
    let nested = list(
        vec![ints(&[1, 2]), ints(&[3]), ints(&[])],
        Ty::list(Ty::INT),
    );
    let floats = some(list(
        vec![
            float(1.5),
            float(2.0),
            float(-0.0),
            float(1e21),
            float(1e-7),
        ],
        Ty::FLOAT,
    ));
    let values = vec![
        nested,
        floats,
        none(Ty::INT),
        ok(string("hi"), Ty::INT),
        err(atom("boom"), Ty::INT),
        tuple(vec![
            int(1),
            string("a"),
            atom("ok"),
            unit(),
            boolean(false),
        ]),
        range(int(1), int(5)),
        ordering(0),
        ordering(2),
        list(
            vec![
                some(tuple(vec![float(0.5), string("x")])),
                none(Ty::Tuple(vec![Ty::FLOAT, Ty::STRING])),
            ],
            Ty::option(Ty::Tuple(vec![Ty::FLOAT, Ty::STRING])),
        ),
        list(vec![], Ty::STRING),
    ];
    let body = values.into_iter().map(|v| stmt(print_show(v))).collect();
    assert_prints(
        &main_only(&[], body),
        "[[1, 2], [3], []]\nSome([1.5, 2, -0, 1000000000000000000000, 0.0000001])\nNone\nOk(hi)\nErr(boom)\n(1, a, ok, (), false)\n1..5\nLess\nGreater\n[Some((0.5, x)), None]\n[]\n",
    );
}

#[test]
fn debug_quotes_strings_and_atoms() {
    let values = vec![
        list(vec![string("a"), string("b\"c")], Ty::STRING),
        ok(string("hi"), Ty::INT),
        tuple(vec![int(1), string("a"), atom("ok")]),
        some(list(vec![atom("x")], Ty::ATOM)),
        string("tab\there"),
        float(3.0),
    ];
    let body = values.into_iter().map(|v| stmt(print_debug(v))).collect();
    assert_prints(
        &main_only(&[], body),
        "[\"a\", \"b\\\"c\"]\nOk(\"hi\")\n(1, \"a\", :ok)\nSome([:x])\n\"tab\\there\"\n3\n",
    );
}

#[test]
fn structural_equality() {
    let pairs = vec![
        (ints(&[1, 2]), ints(&[1, 2])),
        (ints(&[1, 2]), ints(&[1, 2, 3])),
        (
            list(vec![string("a")], Ty::STRING),
            list(vec![concat(string(""), string("a"))], Ty::STRING),
        ),
        (
            tuple(vec![int(1), string("a")]),
            tuple(vec![int(1), string("b")]),
        ),
        (some(ints(&[1])), some(ints(&[1]))),
        (some(int(1)), none(Ty::INT)),
        (ok(int(1), Ty::STRING), err(string("x"), Ty::INT)),
        (atom("a"), atom("a")),
        (unit(), unit()),
        (some(float(f64::NAN)), some(float(f64::NAN))),
        (ordering(1), ordering(1)),
        (range(int(1), int(3)), range(int(1), int(3))),
    ];
    let body = pairs
        .into_iter()
        .map(|(a, b)| stmt(print_show(eq(a, b))))
        .collect();
    assert_prints(
        &main_only(&[], body),
        "true\nfalse\ntrue\nfalse\ntrue\nfalse\nfalse\ntrue\ntrue\nfalse\ntrue\ntrue\n",
    );
}

#[test]
fn structural_ordering() {
    let cases = vec![
        (CompareOp::Lt, string("abc"), string("abd")),
        (CompareOp::Lt, ints(&[1, 2]), ints(&[1, 2, 0])),
        (CompareOp::Gt, ints(&[2]), ints(&[1, 9])),
        (
            CompareOp::Lt,
            tuple(vec![int(1), string("a")]),
            tuple(vec![int(1), string("b")]),
        ),
        (CompareOp::Lt, none(Ty::INT), some(int(0))),
        (CompareOp::Lt, some(int(0)), none(Ty::INT)),
        (CompareOp::Lt, ok(int(5), Ty::INT), err(int(0), Ty::INT)),
        (CompareOp::GtEq, some(int(3)), some(int(3))),
        (CompareOp::LtEq, ordering(2), ordering(1)),
        (CompareOp::Lt, boolean(false), boolean(true)),
        (CompareOp::Lt, atom("apple"), atom("banana")),
        (
            CompareOp::LtEq,
            tuple(vec![float(f64::NAN), int(1)]),
            tuple(vec![float(f64::NAN), int(2)]),
        ),
        (
            CompareOp::GtEq,
            list(vec![some(int(2))], Ty::option(Ty::INT)),
            list(vec![some(int(1)), none(Ty::INT)], Ty::option(Ty::INT)),
        ),
    ];
    let body = cases
        .into_iter()
        .map(|(op, a, b)| stmt(print_show(compare(op, a, b))))
        .collect();
    assert_prints(
        &main_only(&[], body),
        "true\ntrue\ntrue\ntrue\ntrue\nfalse\ntrue\ntrue\nfalse\ntrue\ntrue\nfalse\ntrue\n",
    );
}

#[test]
fn strings_and_lists_builtins() {
    let s = || string("Hello, World");
    let values: Vec<Expr> = vec![
        builtin(Builtin::StringLength, vec![string("héllo")], Ty::INT),
        builtin(Builtin::StringToUpper, vec![s()], Ty::STRING),
        builtin(Builtin::StringSlice, vec![s(), int(1), int(3)], Ty::STRING),
        builtin(
            Builtin::StringReplace,
            vec![s(), string("l"), string("L")],
            Ty::STRING,
        ),
        builtin(
            Builtin::StringContains,
            vec![s(), string("World")],
            Ty::BOOL,
        ),
        concat(ints(&[1]), ints(&[2, 3])),
        builtin(
            Builtin::ListContains,
            vec![
                list(vec![string("a"), string("b")], Ty::STRING),
                concat(string(""), string("b")),
            ],
            Ty::BOOL,
        ),
        builtin(
            Builtin::ListContains,
            vec![list(vec![some(int(1))], Ty::option(Ty::INT)), some(int(2))],
            Ty::BOOL,
        ),
        builtin(Builtin::ListIsEmpty, vec![ints(&[])], Ty::BOOL),
        builtin(
            Builtin::ListReverse,
            vec![ints(&[1, 2, 3])],
            Ty::list(Ty::INT),
        ),
        builtin(
            Builtin::ListAppend,
            vec![ints(&[1]), int(2)],
            Ty::list(Ty::INT),
        ),
        builtin(Builtin::ListGet, vec![ints(&[7, 8]), int(1)], Ty::INT),
    ];
    let body = values.into_iter().map(|v| stmt(print_debug(v))).collect();
    assert_prints(
        &main_only(&[], body),
        "5\n\"HELLO, WORLD\"\n\"el\"\n\"HeLLo, WorLd\"\ntrue\n[1, 2, 3]\ntrue\nfalse\ntrue\n[3, 2, 1]\n[1, 2]\n8\n",
    );
}
