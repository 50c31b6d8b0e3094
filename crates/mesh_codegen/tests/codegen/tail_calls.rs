//! Self tail calls run in constant stack (§6.8): 10 million iterations at -O0, where LLVM does
//! no tail-call elimination of its own, would overflow any stack otherwise.

use crate::common::*;

const N: i64 = 10_000_000;

/// `fn sum(n, acc) = if n == 0 do acc else sum(n - 1, acc + n) end`
fn sum_fn() -> Function {
    let n = || var(0, Ty::INT);
    let acc = || var(1, Ty::INT);
    let body = if_else(
        eq(n(), int(0)),
        acc(),
        call(1, vec![sub(n(), int(1)), add(acc(), n())], Ty::INT),
    );
    func("sum", &[("n", Ty::INT), ("acc", Ty::INT)], 2, Ty::INT, body)
}

/// `fn fact(n, acc)` as a two-arm `case`, with the recursive call in a block after a `let`.
fn fact_fn() -> Function {
    let n = || var(0, Ty::INT);
    let acc = || var(1, Ty::INT);
    let recurse = block(vec![
        let_(2, mul(acc(), n())),
        stmt(call(2, vec![sub(n(), int(1)), var(2, Ty::INT)], Ty::INT)),
    ]);
    let body = case(
        n(),
        vec![
            arm(pint(0), None, acc()),
            arm(pwild(Ty::INT), None, recurse),
        ],
        Ty::INT,
    );
    func(
        "fact",
        &[("n", Ty::INT), ("acc", Ty::INT), ("next", Ty::INT)],
        2,
        Ty::INT,
        body,
    )
}

/// `fn count(n) do if n == 0 do return 0 end; return count(n - 1) end` — tail call under `return`.
fn count_fn() -> Function {
    let n = || var(0, Ty::INT);
    let body = block(vec![
        stmt(if_(eq(n(), int(0)), ret(int(7)))),
        stmt(ret(call(3, vec![sub(n(), int(1))], Ty::INT))),
    ]);
    func("count", &[("n", Ty::INT)], 1, Ty::INT, body)
}

#[test]
fn self_tail_calls_run_in_constant_stack() {
    let body = vec![
        stmt(print_show(call(1, vec![int(N), int(0)], Ty::INT))),
        stmt(print_show(call(2, vec![int(20), int(1)], Ty::INT))),
        stmt(print_show(call(2, vec![int(N), int(1)], Ty::INT))),
        stmt(print_show(call(3, vec![int(N)], Ty::INT))),
    ];
    let p = program(vec![main_fn(&[], body), sum_fn(), fact_fn(), count_fn()], 0);
    // 20! fits; 10,000,000! wraps to 0 (it has far more than 64 factors of two).
    assert_prints(&p, "50000005000000\n2432902008176640000\n0\n7\n");
}

/// A nested named function calling itself through its own closure (`SelfClosure`) in tail
/// position also loops in constant stack.
#[test]
fn nested_function_self_tail_calls() {
    let fn_ty = fun_ty(vec![Ty::INT, Ty::INT], Ty::INT);
    let n = || var(0, Ty::INT);
    let acc = || var(1, Ty::INT);
    let step = || var(2, Ty::INT);
    let self_call = call_value(
        e(ExprKind::SelfClosure, fn_ty.clone()),
        vec![sub(n(), int(1)), add(acc(), step())],
        Ty::INT,
    );
    let body = if_else(eq(n(), int(0)), acc(), self_call);
    let nested = closure_func(
        "loop",
        &[("n", Ty::INT), ("acc", Ty::INT), ("step", Ty::INT)],
        2,
        1,
        Ty::INT,
        body,
    );
    let main = main_fn(
        &[("step", Ty::INT), ("loop", fn_ty.clone())],
        vec![
            let_(0, int(3)),
            let_(1, closure(1, vec![0], fn_ty.clone())),
            stmt(print_show(call_value(
                var(1, fn_ty),
                vec![int(N), int(0)],
                Ty::INT,
            ))),
        ],
    );
    assert_prints(&program(vec![main, nested], 0), "30000000\n");
}
