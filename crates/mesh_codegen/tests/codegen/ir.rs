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
fn missing_instances_are_internal_errors() {
    // The checker only accepts these operations on types that derive or implement the trait.
    // struct Opaque do n :: Int end deriving()     struct Shown do n :: Int end deriving(Display)
    // struct Equal do n :: Int end deriving(Eq, Debug)
    let opaque = || struct_lit(adt(0, vec![]), vec![(0, int(1))]);
    let shown = || struct_lit(adt(1, vec![]), vec![(0, int(1))]);
    let equal = || struct_lit(adt(2, vec![]), vec![(0, int(1))]);
    let mut equal_def = struct_def("Equal", 0, &[("n", Ty::INT)], NOTHING);
    equal_def.derives.eq = true;
    equal_def.derives.debug = true;
    let adts = vec![
        struct_def("Opaque", 0, &[("n", Ty::INT)], NOTHING),
        struct_def("Shown", 0, &[("n", Ty::INT)], DISPLAY_ONLY),
        equal_def,
    ];
    let cases = [
        (print_show(opaque()), "formatting `Main.Opaque`"),
        (print_debug(shown()), "`inspect` of `Main.Shown`"),
        (print_show(eq(shown(), shown())), "`==` on `Main.Shown`"),
        (
            print_show(eq(
                list(vec![shown()], adt(1, vec![])),
                list(vec![], adt(1, vec![])),
            )),
            "`==` on `Main.Shown`",
        ),
        (print_show(lt(equal(), equal())), "ordering of `Main.Equal`"),
        (print_show(some(opaque())), "formatting `Main.Opaque`"),
    ];
    for (statement, what) in cases {
        let p = program_with(vec![main_fn(&[], vec![stmt(statement)])], 0, adts.clone());
        let error = emit_object(&p, &options(0)).expect_err(what);
        assert!(
            error
                .message
                .starts_with(&format!("internal code generation error: {what}")),
            "{error}"
        );
    }
    // What each derives is fine.
    let fine = vec![
        stmt(print_show(shown())),
        stmt(print_debug(equal())),
        stmt(print_show(equal())),
        stmt(print_show(eq(equal(), equal()))),
    ];
    let p = program_with(vec![main_fn(&[], fine)], 0, adts);
    assert!(emit_object(&p, &options(0)).is_ok());
}

#[test]
fn malformed_user_types_are_errors_not_panics() {
    let point = adt(0, vec![]);
    let adts = vec![struct_def("Point", 0, &[("x", Ty::INT)], STRUCT_DEFAULT)];
    let p = || struct_lit(point.clone(), vec![(0, int(1))]);
    let cases = [
        print_show(field(p(), 3, Ty::INT)),
        print_show(struct_lit(point.clone(), vec![(4, int(1))])),
        print_show(struct_lit(point.clone(), vec![])),
        print_show(struct_lit(adt(9, vec![]), vec![])),
        print_show(variant(adt(9, vec![]), 0, vec![])),
        print_show(struct_lit(adt(0, vec![Ty::INT]), vec![(0, int(1))])),
        print_show(update(p(), vec![(1, int(2))])),
        case(
            p(),
            vec![arm(
                pstruct(point.clone(), vec![(2, pint(0))]),
                None,
                unit(),
            )],
            Ty::UNIT,
        ),
    ];
    for statement in cases {
        let p = program_with(vec![main_fn(&[], vec![stmt(statement)])], 0, adts.clone());
        let error = emit_object(&p, &options(0)).expect_err("malformed");
        assert!(
            error
                .message
                .starts_with("internal code generation error: "),
            "{error}"
        );
    }
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
