//! Hello world, Int and Float arithmetic (§6.3, §6.4), division by zero, logic and comparisons.

use crate::common::*;

#[test]
fn hello_world() {
    let p = main_only(&[], vec![stmt(println(string("Hello, world!")))]);
    assert_prints(&p, "Hello, world!\n");
}

/// `fn id(x) = x`, so that the -O0 build computes at run time.
fn id_fn(ty: Ty) -> Function {
    func("id", &[("x", ty.clone())], 1, ty.clone(), var(0, ty))
}

fn id_int(n: i64) -> Expr {
    call(1, vec![int(n)], Ty::INT)
}

#[test]
fn int_arithmetic_wraps_and_truncates() {
    let lines = vec![
        add(int(40), id_int(2)),
        sub(id_int(2), int(50)),
        mul(id_int(6), int(7)),
        div(id_int(-7), int(2)),
        rem(id_int(-7), int(3)),
        rem(id_int(7), int(-3)),
        add(id_int(i64::MAX), int(1)),
        mul(id_int(i64::MAX), int(2)),
        neg(id_int(i64::MIN)),
        div(id_int(i64::MIN), id_int(-1)),
        rem(id_int(i64::MIN), id_int(-1)),
        div(id_int(9), id_int(-1)),
    ];
    let body = lines.into_iter().map(|e| stmt(print_show(e))).collect();
    let p = program(vec![main_fn(&[], body), id_fn(Ty::INT)], 0);
    assert_prints(
        &p,
        "42\n-48\n42\n-3\n-1\n1\n-9223372036854775808\n-2\n-9223372036854775808\n-9223372036854775808\n0\n-9\n",
    );
}

#[test]
fn division_by_zero_panics() {
    let body = vec![
        stmt(println(string("before"))),
        stmt(print_show(div(int(10), id_int(0)))),
        stmt(println(string("after"))),
    ];
    let p = program(vec![main_fn(&[], body), id_fn(Ty::INT)], 0);
    assert_crashes(&p, "before\n", "division by zero");
}

#[test]
fn remainder_by_zero_panics() {
    let body = vec![stmt(print_show(rem(int(10), id_int(0))))];
    let p = program(vec![main_fn(&[], body), id_fn(Ty::INT)], 0);
    assert_crashes(&p, "", "division by zero");
}

fn id_float(x: f64) -> Expr {
    call(1, vec![float(x)], Ty::FLOAT)
}

#[test]
fn float_arithmetic_is_ieee() {
    let lines = vec![
        add(id_float(0.1), float(0.2)),
        rem(id_float(-7.5), float(2.0)),
        div(id_float(1.0), float(0.0)),
        div(id_float(-1.0), float(0.0)),
        div(id_float(0.0), float(0.0)),
        mul(id_float(12.0), float(0.5)),
        neg(id_float(0.0)),
        builtin(Builtin::IntToFloat, vec![id_int_f(42)], Ty::FLOAT),
    ];
    let mut body: Vec<Stmt> = lines.into_iter().map(|e| stmt(print_show(e))).collect();
    let to_int = |x: f64| print_show(builtin(Builtin::FloatToInt, vec![id_float(x)], Ty::INT));
    body.extend([
        stmt(to_int(-3.99)),
        stmt(to_int(1e30)),
        stmt(to_int(f64::NAN)),
    ]);
    let nan = || div(id_float(0.0), float(0.0));
    body.extend([
        stmt(print_show(eq(nan(), nan()))),
        stmt(print_show(ne(nan(), nan()))),
        stmt(print_show(lt(nan(), float(1.0)))),
        stmt(print_show(eq(id_float(0.0), float(-0.0)))),
        stmt(print_show(lt(id_float(-1.5), float(1.0)))),
    ]);
    let p = program(
        vec![
            main_fn(&[], body),
            id_fn(Ty::FLOAT),
            id_fn_named("idi", Ty::INT),
        ],
        0,
    );
    assert_prints(
        &p,
        "0.30000000000000004\n-1.5\ninf\n-inf\nNaN\n6\n-0\n42\n-3\n9223372036854775807\n0\nfalse\ntrue\nfalse\ntrue\ntrue\n",
    );
}

fn id_fn_named(name: &str, ty: Ty) -> Function {
    func(name, &[("x", ty.clone())], 1, ty.clone(), var(0, ty))
}

fn id_int_f(n: i64) -> Expr {
    call(2, vec![int(n)], Ty::INT)
}

#[test]
fn logic_short_circuits() {
    // `false && crash()` and `true || crash()` never evaluate the right operand.
    let crash = || eq(div(id_int(1), int(0)), int(1));
    let body = vec![
        stmt(print_show(logic(LogicOp::And, boolean(false), crash()))),
        stmt(print_show(logic(LogicOp::Or, boolean(true), crash()))),
        stmt(print_show(logic(
            LogicOp::And,
            boolean(true),
            not(boolean(false)),
        ))),
        stmt(print_show(logic(
            LogicOp::Or,
            boolean(false),
            boolean(false),
        ))),
    ];
    let p = program(vec![main_fn(&[], body), id_fn(Ty::INT)], 0);
    assert_prints(&p, "false\ntrue\ntrue\nfalse\n");
}

#[test]
fn if_without_else_is_unit() {
    let body = vec![
        stmt(print_show(if_(
            lt(int(1), id_int(2)),
            println(string("yes")),
        ))),
        stmt(print_show(if_else(
            lt(id_int(3), int(2)),
            string("a"),
            string("b"),
        ))),
    ];
    let p = program(vec![main_fn(&[], body), id_fn(Ty::INT)], 0);
    assert_prints(&p, "yes\n()\nb\n");
}

#[test]
fn print_and_eprintln() {
    let body = vec![
        stmt(builtin(Builtin::Print, vec![string("a")], Ty::UNIT)),
        stmt(builtin(Builtin::Print, vec![string("b\n")], Ty::UNIT)),
        stmt(builtin(
            Builtin::Eprintln,
            vec![string("to stderr")],
            Ty::UNIT,
        )),
        stmt(print_show(builtin(
            Builtin::Println,
            vec![string("c")],
            Ty::UNIT,
        ))),
    ];
    let result = run(&main_only(&[], body));
    assert_eq!(
        result,
        Run {
            stdout: "ab\nc\n()\n".into(),
            stderr: "to stderr\n".into(),
            status: 0
        }
    );
}
