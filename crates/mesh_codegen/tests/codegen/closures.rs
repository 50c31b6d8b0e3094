//! Closures capturing locals, functions and builtins used as values, and the runtime calling
//! closures back (`List.map`, `List.filter`, `List.reduce`, …).

use crate::common::*;

fn int_list() -> Ty {
    Ty::list(Ty::INT)
}

#[test]
fn closures_capture_locals() {
    let adder_ty = fun_ty(vec![Ty::INT], Ty::INT);
    // fn(x) -> x + k * scale, capturing k and scale.
    let body = add(var(0, Ty::INT), mul(var(1, Ty::INT), var(2, Ty::INT)));
    let adder = closure_func(
        "adder",
        &[("x", Ty::INT), ("k", Ty::INT), ("scale", Ty::INT)],
        1,
        2,
        Ty::INT,
        body,
    );
    let f = || var(2, adder_ty.clone());
    let main = main_fn(
        &[("k", Ty::INT), ("scale", Ty::INT), ("f", adder_ty.clone())],
        vec![
            let_(0, int(10)),
            let_(1, int(2)),
            let_(2, closure(1, vec![0, 1], adder_ty.clone())),
            stmt(print_show(call_value(f(), vec![int(5)], Ty::INT))),
            stmt(print_show(builtin(
                Builtin::ListMap,
                vec![ints(&[1, 2, 3]), f()],
                int_list(),
            ))),
        ],
    );
    assert_prints(&program(vec![main, adder], 0), "25\n[21, 22, 23]\n");
}

#[test]
fn functions_and_builtins_as_values() {
    let int_to_int = fun_ty(vec![Ty::INT], Ty::INT);
    let double = func(
        "double",
        &[("x", Ty::INT)],
        1,
        Ty::INT,
        mul(var(0, Ty::INT), int(2)),
    );
    let is_even = func(
        "is_even",
        &[("x", Ty::INT)],
        1,
        Ty::BOOL,
        eq(rem(var(0, Ty::INT), int(2)), int(0)),
    );
    let plus = func(
        "plus",
        &[("a", Ty::INT), ("b", Ty::INT)],
        2,
        Ty::INT,
        add(var(0, Ty::INT), var(1, Ty::INT)),
    );
    let pred = fun_ty(vec![Ty::INT], Ty::BOOL);
    let strings = list(vec![string("a"), string("bcd"), string("")], Ty::STRING);
    let main = main_fn(
        &[],
        vec![
            stmt(print_show(builtin(
                Builtin::ListMap,
                vec![ints(&[1, 2, 3]), fn_ref(1, vec![], int_to_int.clone())],
                int_list(),
            ))),
            stmt(print_show(builtin(
                Builtin::ListFilter,
                vec![ints(&[1, 2, 3, 4]), fn_ref(2, vec![], pred.clone())],
                int_list(),
            ))),
            stmt(print_show(builtin(
                Builtin::ListReduce,
                vec![
                    ints(&[1, 2, 3, 4]),
                    int(100),
                    fn_ref(3, vec![], fun_ty(vec![Ty::INT, Ty::INT], Ty::INT)),
                ],
                Ty::INT,
            ))),
            stmt(print_show(builtin(
                Builtin::ListMap,
                vec![
                    strings,
                    builtin_ref(Builtin::StringLength, fun_ty(vec![Ty::STRING], Ty::INT)),
                ],
                int_list(),
            ))),
            stmt(print_show(builtin(
                Builtin::ListFind,
                vec![ints(&[1, 3, 4, 6]), fn_ref(2, vec![], pred.clone())],
                Ty::option(Ty::INT),
            ))),
            stmt(print_show(builtin(
                Builtin::ListAny,
                vec![ints(&[1, 3]), fn_ref(2, vec![], pred.clone())],
                Ty::BOOL,
            ))),
            stmt(print_show(builtin(
                Builtin::ListAll,
                vec![ints(&[2, 4]), fn_ref(2, vec![], pred)],
                Ty::BOOL,
            ))),
            // The same function value twice is one static closure.
            stmt(print_show(call_value(
                fn_ref(1, vec![], int_to_int.clone()),
                vec![int(21)],
                Ty::INT,
            ))),
        ],
    );
    assert_prints(
        &program(vec![main, double, is_even, plus], 0),
        "[2, 4, 6]\n[2, 4]\n110\n[1, 3, 0]\nSome(4)\nfalse\ntrue\n42\n",
    );
}

/// A closure that captures another closure and calls it twice.
#[test]
fn closures_capture_closures() {
    let int_to_int = fun_ty(vec![Ty::INT], Ty::INT);
    let inc = closure_func(
        "inc",
        &[("x", Ty::INT)],
        1,
        0,
        Ty::INT,
        add(var(0, Ty::INT), int(1)),
    );
    let twice_body = call_value(
        var(1, int_to_int.clone()),
        vec![call_value(
            var(1, int_to_int.clone()),
            vec![var(0, Ty::INT)],
            Ty::INT,
        )],
        Ty::INT,
    );
    let twice = closure_func(
        "twice",
        &[("x", Ty::INT), ("f", int_to_int.clone())],
        1,
        1,
        Ty::INT,
        twice_body,
    );
    let main = main_fn(
        &[("f", int_to_int.clone()), ("g", int_to_int.clone())],
        vec![
            let_(0, closure(1, vec![], int_to_int.clone())),
            let_(1, closure(2, vec![0], int_to_int.clone())),
            stmt(print_show(call_value(
                var(1, int_to_int),
                vec![int(40)],
                Ty::INT,
            ))),
        ],
    );
    assert_prints(&program(vec![main, inc, twice], 0), "42\n");
}
