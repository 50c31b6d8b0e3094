//! The emitted IR and objects, without running anything: verification at every optimisation
//! level, the shape of self tail calls, and errors instead of panics.

use crate::common::*;

fn options(opt_level: u8) -> Options {
    Options {
        opt_level,
        target_triple: None,
    }
}

/// A program touching most expression kinds.
fn sample() -> Program {
    let n = || var(0, Ty::INT);
    let sum = func(
        "sum",
        &[("n", Ty::INT), ("acc", Ty::INT)],
        2,
        Ty::INT,
        if_else(
            eq(n(), int(0)),
            var(1, Ty::INT),
            call(
                1,
                vec![sub(n(), int(1)), add(var(1, Ty::INT), n())],
                Ty::INT,
            ),
        ),
    );
    let body = vec![
        let_(
            0,
            for_range(
                pbind(1, Ty::INT),
                int(0),
                int(10),
                Some(lt(var(1, Ty::INT), int(5))),
                var(1, Ty::INT),
            ),
        ),
        stmt(print_show(var(0, Ty::list(Ty::INT)))),
        stmt(print_debug(tuple(vec![
            some(string("x")),
            float(1.5),
            atom("a"),
        ]))),
        stmt(print_show(call(1, vec![int(10), int(0)], Ty::INT))),
    ];
    program(
        vec![
            main_fn(&[("xs", Ty::list(Ty::INT)), ("i", Ty::INT)], body),
            sum,
        ],
        0,
    )
}

#[test]
fn ir_verifies_at_every_level() {
    for level in 0..=3 {
        let ir =
            emit_llvm_ir(&sample(), &options(level)).unwrap_or_else(|e| panic!("-O{level}: {e}"));
        assert!(ir.contains("define i32 @main(i32"), "-O{level}:\n{ir}");
        let object =
            emit_object(&sample(), &options(level)).unwrap_or_else(|e| panic!("-O{level}: {e}"));
        assert!(object.len() > 64);
    }
}

#[test]
fn ir_is_deterministic() {
    let a = emit_llvm_ir(&sample(), &options(0)).expect("IR");
    let b = emit_llvm_ir(&sample(), &options(0)).expect("IR");
    assert_eq!(a, b);
}

/// At -O0 (no LLVM tail-call elimination) the self call is a jump: the body of `sum` calls
/// nothing but itself never.
#[test]
fn self_tail_call_is_a_jump() {
    let ir = emit_llvm_ir(&sample(), &options(0)).expect("IR");
    let start = ir
        .find("define internal i64 @\"Main.sum/2\"")
        .expect("sum is defined");
    let body = &ir[start..];
    let body = &body[..body.find("\n}\n").expect("end of sum")];
    assert!(!body.contains("call i64 @\"Main.sum/2\""), "{body}");
    assert!(body.contains("br label %body"), "{body}");
}

#[test]
fn unsupported_constructs_are_errors() {
    let f_ty = fun_ty(vec![Ty::INT], Ty::INT);
    let double = func(
        "double",
        &[("x", Ty::INT)],
        1,
        Ty::INT,
        mul(var(0, Ty::INT), int(2)),
    );
    let main = main_fn(
        &[],
        vec![stmt(print_show(eq(
            fn_ref(1, vec![], f_ty.clone()),
            fn_ref(1, vec![], f_ty),
        )))],
    );
    let error =
        emit_object(&program(vec![main, double], 0), &options(0)).expect_err("function equality");
    assert!(error.message.starts_with("not supported yet: "), "{error}");
}

#[test]
fn malformed_programs_are_errors_not_panics() {
    // An unknown local, an unknown function, `break` outside a loop.
    let cases = [
        main_only(&[], vec![stmt(print_show(var(7, Ty::INT)))]),
        main_only(&[], vec![stmt(call(9, vec![], Ty::UNIT))]),
        main_only(&[], vec![stmt(brk())]),
        program(vec![], 0),
    ];
    for p in cases {
        assert!(emit_object(&p, &options(0)).is_err());
    }
}

#[test]
fn unknown_target_is_an_error() {
    let error = emit_object(
        &sample(),
        &Options {
            opt_level: 0,
            target_triple: Some("nonsense-xyz".into()),
        },
    );
    assert!(error.is_err());
}

#[test]
#[ignore = "prints the IR of the sample program for inspection"]
fn dump_sample_ir() {
    let level: u8 = std::env::var("MESH_OPT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    println!("{}", emit_llvm_ir(&sample(), &options(level)).expect("IR"));
}
