//! Monomorphisation: a generic function instantiated at two types, generic functions calling
//! generic functions, and top-level constants.

use crate::common::*;

/// ```mesh
/// fn wrap(x: T) -> Option<T> = Some(x)
/// fn describe(x: U) -> String = "<${wrap(x)}>"      # show of Option<U>
/// fn same(a: T, b: T) -> Bool = a == b and not (a < b)
/// ```
fn generic_program(main: Function) -> Program {
    let t = || Ty::Param(0);
    let wrap = generic_func(
        "wrap",
        1,
        &[("x", t())],
        1,
        Ty::option(t()),
        some(var(0, t())),
    );
    let wrapped = call_inst(1, vec![t()], vec![var(0, t())], Ty::option(t()));
    let describe = generic_func(
        "describe",
        1,
        &[("x", t())],
        1,
        Ty::STRING,
        concat(concat(string("<"), show(wrapped)), string(">")),
    );
    let same_body = logic(
        LogicOp::And,
        eq(var(0, t()), var(1, t())),
        not(lt(var(0, t()), var(1, t()))),
    );
    let same = generic_func("same", 1, &[("a", t()), ("b", t())], 2, Ty::BOOL, same_body);
    program(vec![main, wrap, describe, same], 0)
}

#[test]
fn generic_functions_are_instantiated_per_type() {
    let strings = Ty::list(Ty::STRING);
    let main = main_fn(
        &[],
        vec![
            stmt(println(call_inst(
                2,
                vec![Ty::INT],
                vec![int(42)],
                Ty::STRING,
            ))),
            stmt(println(call_inst(
                2,
                vec![strings.clone()],
                vec![list(vec![string("a"), string("b")], Ty::STRING)],
                Ty::STRING,
            ))),
            stmt(println(call_inst(
                2,
                vec![Ty::FLOAT],
                vec![float(2.5)],
                Ty::STRING,
            ))),
            stmt(print_show(call_inst(
                3,
                vec![Ty::INT],
                vec![int(1), int(1)],
                Ty::BOOL,
            ))),
            stmt(print_show(call_inst(
                3,
                vec![Ty::STRING],
                vec![string("a"), string("b")],
                Ty::BOOL,
            ))),
            stmt(print_show(call_inst(
                3,
                vec![strings.clone()],
                vec![
                    list(vec![string("x")], Ty::STRING),
                    list(vec![string("x")], Ty::STRING),
                ],
                Ty::BOOL,
            ))),
        ],
    );
    let p = generic_program(main);
    assert_prints(
        &p,
        "<Some(42)>\n<Some([a, b])>\n<Some(2.5)>\ntrue\nfalse\ntrue\n",
    );
    let ir = emit_llvm_ir(
        &p,
        &Options {
            opt_level: 0,
            target_triple: None,
        },
    )
    .expect("IR");
    assert!(ir.contains("@\"Main.describe/1<Int>\""), "{ir}");
    assert!(ir.contains("@\"Main.describe/1<List<String>>\""), "{ir}");
    assert!(ir.contains("@\"Main.wrap/1<List<String>>\""), "{ir}");
}

#[test]
fn constants_are_initialised_in_order() {
    let nums = Ty::list(Ty::INT);
    let mut p = main_only(
        &[],
        vec![
            stmt(println(constant(0, Ty::STRING))),
            stmt(print_show(constant(1, nums.clone()))),
            stmt(print_show(constant(2, Ty::INT))),
        ],
    );
    p.constants = vec![
        const_def("greeting", concat(string("hi "), string("there"))),
        const_def("nums", ints(&[1, 2, 3])),
        const_def(
            "total",
            builtin(Builtin::ListLength, vec![constant(1, nums)], Ty::INT),
        ),
    ];
    assert_prints(&p, "hi there\n[1, 2, 3]\n3\n");
}

#[test]
fn constant_used_before_initialisation_panics() {
    // const a = f()   where fn f() = b;   const b = 1
    let mut p = program(
        vec![
            main_fn(&[], vec![stmt(print_show(constant(0, Ty::INT)))]),
            func("f", &[], 0, Ty::INT, constant(1, Ty::INT)),
        ],
        0,
    );
    p.constants = vec![
        const_def("a", call(1, vec![], Ty::INT)),
        const_def("b", int(1)),
    ];
    assert_crashes(&p, "", "constant `b` used before initialisation");
}
