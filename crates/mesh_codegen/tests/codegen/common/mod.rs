//! Shared by the integration tests: short constructors for hand-written typed IR, and a runner
//! that compiles a program at `-O0` and `-O2`, links it with the runtime archive, runs it and
//! checks that both builds behave the same.
//!
//! The runner builds the runtime first (`cargo build -p mesh_rt`, a no-op when it is up to
//! date), so the tests always link against the current runtime.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

pub use mesh_codegen::{emit_llvm_ir, emit_object, link, Options};
use mesh_common::{FileId, Span};
pub use mesh_typeck::tir::*;
pub use mesh_typeck::ty::{Ty, TyCon};

// ---------------------------------------------------------------------------------------------
// Expressions

pub fn e(kind: ExprKind, ty: Ty) -> Expr {
    Expr {
        kind,
        ty,
        span: Span::default(),
    }
}

pub fn int(n: i64) -> Expr {
    e(ExprKind::Int(n), Ty::INT)
}

pub fn float(x: f64) -> Expr {
    e(ExprKind::Float(x), Ty::FLOAT)
}

pub fn boolean(b: bool) -> Expr {
    e(ExprKind::Bool(b), Ty::BOOL)
}

pub fn unit() -> Expr {
    e(ExprKind::Unit, Ty::UNIT)
}

pub fn string(s: &str) -> Expr {
    e(ExprKind::Str(s.to_owned()), Ty::STRING)
}

pub fn atom(s: &str) -> Expr {
    e(ExprKind::Atom(s.to_owned()), Ty::ATOM)
}

pub fn var(id: u32, ty: Ty) -> Expr {
    e(ExprKind::Local(LocalId(id)), ty)
}

pub fn constant(id: u32, ty: Ty) -> Expr {
    e(ExprKind::Const(ConstId(id)), ty)
}

pub fn call(fun: u32, args: Vec<Expr>, ty: Ty) -> Expr {
    call_inst(fun, vec![], args, ty)
}

pub fn call_inst(fun: u32, inst: Vec<Ty>, args: Vec<Expr>, ty: Ty) -> Expr {
    e(
        ExprKind::Call {
            callee: Callee::Fn {
                fun: FnId(fun),
                inst,
            },
            args,
        },
        ty,
    )
}

pub fn builtin(b: Builtin, args: Vec<Expr>, ty: Ty) -> Expr {
    e(
        ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
        },
        ty,
    )
}

pub fn call_value(func: Expr, args: Vec<Expr>, ty: Ty) -> Expr {
    e(
        ExprKind::CallValue {
            func: Box::new(func),
            args,
        },
        ty,
    )
}

pub fn fn_ref(fun: u32, inst: Vec<Ty>, ty: Ty) -> Expr {
    e(
        ExprKind::FnRef(Callee::Fn {
            fun: FnId(fun),
            inst,
        }),
        ty,
    )
}

pub fn builtin_ref(b: Builtin, ty: Ty) -> Expr {
    e(ExprKind::FnRef(Callee::Builtin(b)), ty)
}

pub fn closure(fun: u32, captures: Vec<u32>, ty: Ty) -> Expr {
    e(
        ExprKind::Closure {
            fun: FnId(fun),
            inst: vec![],
            captures: captures.into_iter().map(LocalId).collect(),
        },
        ty,
    )
}

pub fn fun_ty(params: Vec<Ty>, ret: Ty) -> Ty {
    Ty::Fun(params, Box::new(ret))
}

/// `println(text)`.
pub fn println(text: Expr) -> Expr {
    builtin(Builtin::Println, vec![text], Ty::UNIT)
}

/// `println("${x}")`.
pub fn print_show(x: Expr) -> Expr {
    println(show(x))
}

/// `println(x.inspect())`.
pub fn print_debug(x: Expr) -> Expr {
    println(debug(x))
}

pub fn show(x: Expr) -> Expr {
    e(ExprKind::Show(Box::new(x)), Ty::STRING)
}

pub fn debug(x: Expr) -> Expr {
    e(ExprKind::Debug(Box::new(x)), Ty::STRING)
}

pub fn concat(a: Expr, b: Expr) -> Expr {
    let ty = a.ty.clone();
    e(
        ExprKind::Concat {
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        ty,
    )
}

pub fn arith(op: ArithOp, a: Expr, b: Expr) -> Expr {
    let ty = a.ty.clone();
    e(
        ExprKind::Arith {
            op,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        ty,
    )
}

pub fn add(a: Expr, b: Expr) -> Expr {
    arith(ArithOp::Add, a, b)
}

pub fn sub(a: Expr, b: Expr) -> Expr {
    arith(ArithOp::Sub, a, b)
}

pub fn mul(a: Expr, b: Expr) -> Expr {
    arith(ArithOp::Mul, a, b)
}

pub fn div(a: Expr, b: Expr) -> Expr {
    arith(ArithOp::Div, a, b)
}

pub fn rem(a: Expr, b: Expr) -> Expr {
    arith(ArithOp::Rem, a, b)
}

pub fn neg(a: Expr) -> Expr {
    let op = if a.ty == Ty::FLOAT {
        UnaryOp::NegFloat
    } else {
        UnaryOp::NegInt
    };
    let ty = a.ty.clone();
    e(
        ExprKind::Unary {
            op,
            operand: Box::new(a),
        },
        ty,
    )
}

pub fn not(a: Expr) -> Expr {
    e(
        ExprKind::Unary {
            op: UnaryOp::Not,
            operand: Box::new(a),
        },
        Ty::BOOL,
    )
}

pub fn eq(a: Expr, b: Expr) -> Expr {
    e(
        ExprKind::Eq {
            negate: false,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::BOOL,
    )
}

pub fn ne(a: Expr, b: Expr) -> Expr {
    e(
        ExprKind::Eq {
            negate: true,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::BOOL,
    )
}

pub fn compare(op: CompareOp, a: Expr, b: Expr) -> Expr {
    e(
        ExprKind::Compare {
            op,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::BOOL,
    )
}

pub fn lt(a: Expr, b: Expr) -> Expr {
    compare(CompareOp::Lt, a, b)
}

pub fn logic(op: LogicOp, a: Expr, b: Expr) -> Expr {
    e(
        ExprKind::Logic {
            op,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        Ty::BOOL,
    )
}

/// A block; its type is that of the last statement.
pub fn block(stmts: Vec<Stmt>) -> Expr {
    let ty = match stmts.last() {
        Some(Stmt::Expr(e)) => e.ty.clone(),
        Some(Stmt::Let { value, .. }) => value.ty.clone(),
        None => Ty::UNIT,
    };
    e(ExprKind::Block(stmts), ty)
}

/// `let <local id> = value`.
pub fn let_(id: u32, value: Expr) -> Stmt {
    Stmt::Let {
        pattern: pbind(id, value.ty.clone()),
        value,
    }
}

pub fn let_pat(pattern: Pattern, value: Expr) -> Stmt {
    Stmt::Let { pattern, value }
}

pub fn stmt(e: Expr) -> Stmt {
    Stmt::Expr(e)
}

pub fn if_else(cond: Expr, then_branch: Expr, else_branch: Expr) -> Expr {
    let ty = if then_branch.ty == Ty::Never {
        else_branch.ty.clone()
    } else {
        then_branch.ty.clone()
    };
    e(
        ExprKind::If {
            cond: Box::new(cond),
            then_branch: Box::new(then_branch),
            else_branch: Some(Box::new(else_branch)),
        },
        ty,
    )
}

pub fn if_(cond: Expr, then_branch: Expr) -> Expr {
    e(
        ExprKind::If {
            cond: Box::new(cond),
            then_branch: Box::new(then_branch),
            else_branch: None,
        },
        Ty::UNIT,
    )
}

/// A one-scrutinee `case` that panics with `no match` when no arm matches.
pub fn case(scrutinee: Expr, arms: Vec<Arm>, ty: Ty) -> Expr {
    let arms = arms
        .into_iter()
        .map(|a| Arm {
            patterns: a.patterns,
            guard: a.guard,
            body: a.body,
        })
        .collect();
    e(
        ExprKind::Match {
            scrutinees: vec![scrutinee],
            arms,
            on_fail: MatchFail::Panic("no match".into()),
        },
        ty,
    )
}

pub fn arm(pattern: Pattern, guard: Option<Expr>, body: Expr) -> Arm {
    Arm {
        patterns: vec![pattern],
        guard,
        body,
    }
}

pub fn ret(value: Expr) -> Expr {
    e(ExprKind::Return(Box::new(value)), Ty::Never)
}

pub fn brk() -> Expr {
    e(ExprKind::Break, Ty::Never)
}

pub fn cont() -> Expr {
    e(ExprKind::Continue, Ty::Never)
}

pub fn for_range(
    pattern: Pattern,
    start: Expr,
    end: Expr,
    filter: Option<Expr>,
    body: Expr,
) -> Expr {
    let ty = Ty::list(body.ty.clone());
    let source = ForSource::Range {
        start: Box::new(start),
        end: Box::new(end),
    };
    e(
        ExprKind::For {
            pattern,
            source,
            filter: filter.map(Box::new),
            body: Box::new(body),
        },
        ty,
    )
}

pub fn for_list(pattern: Pattern, list: Expr, filter: Option<Expr>, body: Expr) -> Expr {
    let ty = Ty::list(body.ty.clone());
    let source = ForSource::List(Box::new(list));
    e(
        ExprKind::For {
            pattern,
            source,
            filter: filter.map(Box::new),
            body: Box::new(body),
        },
        ty,
    )
}

pub fn while_(cond: Expr, body: Expr) -> Expr {
    e(
        ExprKind::While {
            cond: Box::new(cond),
            body: Box::new(body),
        },
        Ty::UNIT,
    )
}

pub fn list(items: Vec<Expr>, elem: Ty) -> Expr {
    e(ExprKind::List(items), Ty::list(elem))
}

pub fn ints(items: &[i64]) -> Expr {
    list(items.iter().map(|n| int(*n)).collect(), Ty::INT)
}

pub fn tuple(items: Vec<Expr>) -> Expr {
    let ty = Ty::Tuple(items.iter().map(|i| i.ty.clone()).collect());
    e(ExprKind::Tuple(items), ty)
}

pub fn range(start: Expr, end: Expr) -> Expr {
    e(
        ExprKind::Range {
            start: Box::new(start),
            end: Box::new(end),
        },
        Ty::Con(TyCon::Range, vec![]),
    )
}

pub fn result_ty(ok: Ty, err: Ty) -> Ty {
    Ty::Con(TyCon::Result, vec![ok, err])
}

pub fn ordering_ty() -> Ty {
    Ty::Con(TyCon::Ordering, vec![])
}

pub fn some(x: Expr) -> Expr {
    let ty = Ty::option(x.ty.clone());
    e(
        ExprKind::Variant {
            tag: 1,
            args: vec![x],
        },
        ty,
    )
}

pub fn none(elem: Ty) -> Expr {
    e(
        ExprKind::Variant {
            tag: 0,
            args: vec![],
        },
        Ty::option(elem),
    )
}

pub fn ok(x: Expr, err: Ty) -> Expr {
    let ty = result_ty(x.ty.clone(), err);
    e(
        ExprKind::Variant {
            tag: 0,
            args: vec![x],
        },
        ty,
    )
}

pub fn err(x: Expr, ok: Ty) -> Expr {
    let ty = result_ty(ok, x.ty.clone());
    e(
        ExprKind::Variant {
            tag: 1,
            args: vec![x],
        },
        ty,
    )
}

pub fn ordering(tag: u32) -> Expr {
    e(ExprKind::Variant { tag, args: vec![] }, ordering_ty())
}

// ---------------------------------------------------------------------------------------------
// Patterns

pub fn pat(kind: PatternKind, ty: Ty) -> Pattern {
    Pattern {
        kind,
        ty,
        span: Span::default(),
    }
}

pub fn pbind(id: u32, ty: Ty) -> Pattern {
    pat(PatternKind::Bind(LocalId(id)), ty)
}

pub fn pwild(ty: Ty) -> Pattern {
    pat(PatternKind::Wildcard, ty)
}

pub fn pint(n: i64) -> Pattern {
    pat(PatternKind::Int(n), Ty::INT)
}

pub fn pstr(s: &str) -> Pattern {
    pat(PatternKind::Str(s.to_owned()), Ty::STRING)
}

pub fn pnil(elem: Ty) -> Pattern {
    pat(PatternKind::Nil, Ty::list(elem))
}

pub fn pcons(head: Pattern, tail: Pattern) -> Pattern {
    let ty = Ty::list(head.ty.clone());
    pat(
        PatternKind::Cons {
            head: Box::new(head),
            tail: Box::new(tail),
        },
        ty,
    )
}

pub fn ptuple(items: Vec<Pattern>) -> Pattern {
    let ty = Ty::Tuple(items.iter().map(|p| p.ty.clone()).collect());
    pat(PatternKind::Tuple(items), ty)
}

pub fn psome(inner: Pattern) -> Pattern {
    let ty = Ty::option(inner.ty.clone());
    pat(
        PatternKind::Variant {
            tag: 1,
            args: vec![inner],
        },
        ty,
    )
}

pub fn pnone(elem: Ty) -> Pattern {
    pat(
        PatternKind::Variant {
            tag: 0,
            args: vec![],
        },
        Ty::option(elem),
    )
}

pub fn por(alternatives: Vec<Pattern>) -> Pattern {
    let ty = alternatives[0].ty.clone();
    pat(PatternKind::Or(alternatives), ty)
}

pub fn pas(inner: Pattern, id: u32) -> Pattern {
    let ty = inner.ty.clone();
    pat(
        PatternKind::As {
            pattern: Box::new(inner),
            local: LocalId(id),
        },
        ty,
    )
}

// ---------------------------------------------------------------------------------------------
// Functions and programs

fn locals_of(locals: &[(&str, Ty)]) -> Vec<Local> {
    locals
        .iter()
        .map(|(name, ty)| Local {
            name: (*name).to_owned(),
            ty: ty.clone(),
        })
        .collect()
}

/// A top-level function whose first `n_params` locals are its parameters.
pub fn func(name: &str, locals: &[(&str, Ty)], n_params: u32, ret: Ty, body: Expr) -> Function {
    generic_func(name, 0, locals, n_params, ret, body)
}

pub fn generic_func(
    name: &str,
    n_generics: u32,
    locals: &[(&str, Ty)],
    n_params: u32,
    ret: Ty,
    body: Expr,
) -> Function {
    Function {
        name: name.to_owned(),
        symbol: format!("Main.{name}/{n_params}"),
        file: FileId(0),
        span: Span::default(),
        n_generics,
        params: (0..n_params).map(LocalId).collect(),
        ret,
        locals: locals_of(locals),
        captures: vec![],
        kind: FnKind::TopLevel,
        body,
    }
}

/// A lifted closure: locals `0..n_params` are its parameters, the next `n_captures` its captures.
pub fn closure_func(
    name: &str,
    locals: &[(&str, Ty)],
    n_params: u32,
    n_captures: u32,
    ret: Ty,
    body: Expr,
) -> Function {
    Function {
        name: name.to_owned(),
        symbol: format!("Main.main/0${name}"),
        file: FileId(0),
        span: Span::default(),
        n_generics: 0,
        params: (0..n_params).map(LocalId).collect(),
        ret,
        locals: locals_of(locals),
        captures: (n_params..n_params + n_captures).map(LocalId).collect(),
        kind: FnKind::Closure,
        body,
    }
}

/// `fn main() do body end` with the given locals.
pub fn main_fn(locals: &[(&str, Ty)], body: Vec<Stmt>) -> Function {
    func("main", locals, 0, Ty::UNIT, block(body))
}

/// A program whose entry is function `entry`.
pub fn program(functions: Vec<Function>, entry: u32) -> Program {
    Program {
        functions,
        constants: vec![],
        entry: FnId(entry),
        adts: vec![],
        impls: vec![],
    }
}

/// A program made of just `main`.
pub fn main_only(locals: &[(&str, Ty)], body: Vec<Stmt>) -> Program {
    program(vec![main_fn(locals, body)], 0)
}

pub fn const_def(name: &str, value: Expr) -> Constant {
    Constant {
        name: name.to_owned(),
        ty: value.ty.clone(),
        value,
        locals: vec![],
        file: FileId(0),
        span: Span::default(),
    }
}

// ---------------------------------------------------------------------------------------------
// User types

/// `Ty::Con(TyCon::Adt(n), args)`.
pub fn adt(n: u32, args: Vec<Ty>) -> Ty {
    Ty::Con(TyCon::Adt(n), args)
}

/// What a `struct` without a `deriving` clause derives (§5.13).
pub const STRUCT_DEFAULT: Derives = Derives {
    eq: true,
    ord: true,
    display: false,
    debug: true,
    hash: true,
    json: false,
};

/// What a sum `type` without a `deriving` clause derives (§5.13).
pub const SUM_DEFAULT: Derives = Derives {
    eq: true,
    ord: true,
    display: false,
    debug: true,
    hash: false,
    json: false,
};

/// `deriving(Eq, Ord, Display, Debug)`.
pub const ALL: Derives = Derives {
    eq: true,
    ord: true,
    display: true,
    debug: true,
    hash: true,
    json: false,
};

/// `deriving(Display)`.
pub const DISPLAY_ONLY: Derives = Derives {
    eq: false,
    ord: false,
    display: true,
    debug: false,
    hash: false,
    json: false,
};

/// `deriving()`.
pub const NOTHING: Derives = Derives {
    eq: false,
    ord: false,
    display: false,
    debug: false,
    hash: false,
    json: false,
};

/// A struct in module `Main` with `n_generics` parameters (`Ty::Param(i)` in field types).
pub fn struct_def(name: &str, n_generics: u32, fields: &[(&str, Ty)], derives: Derives) -> AdtDef {
    let fields = fields
        .iter()
        .map(|(name, ty)| FieldDef {
            name: (*name).to_owned(),
            ty: ty.clone(),
        })
        .collect();
    AdtDef {
        name: name.to_owned(),
        module: "Main".into(),
        n_generics,
        kind: AdtKind::Struct { fields },
        derives,
    }
}

/// A sum type in module `Main`.
pub fn sum_def(
    name: &str,
    n_generics: u32,
    variants: &[(&str, Vec<Ty>)],
    derives: Derives,
) -> AdtDef {
    let variants = variants
        .iter()
        .map(|(name, fields)| VariantDef {
            name: (*name).to_owned(),
            fields: fields.clone(),
        })
        .collect();
    AdtDef {
        name: name.to_owned(),
        module: "Main".into(),
        n_generics,
        kind: AdtKind::Sum { variants },
        derives,
    }
}

/// `S { … }` of type `ty`, fields given as `(index, value)` in source order.
pub fn struct_lit(ty: Ty, fields: Vec<(u32, Expr)>) -> Expr {
    e(ExprKind::Struct { fields }, ty)
}

/// `base.f` (field `index`, of type `ty`).
pub fn field(base: Expr, index: u32, ty: Ty) -> Expr {
    e(
        ExprKind::Field {
            base: Box::new(base),
            index,
        },
        ty,
    )
}

/// `%{base | …}`.
pub fn update(base: Expr, fields: Vec<(u32, Expr)>) -> Expr {
    let ty = base.ty.clone();
    e(
        ExprKind::StructUpdate {
            base: Box::new(base),
            fields,
        },
        ty,
    )
}

/// A variant of the sum type `ty`.
pub fn variant(ty: Ty, tag: u32, args: Vec<Expr>) -> Expr {
    e(ExprKind::Variant { tag, args }, ty)
}

pub fn pvariant(ty: Ty, tag: u32, args: Vec<Pattern>) -> Pattern {
    pat(PatternKind::Variant { tag, args }, ty)
}

pub fn pstruct(ty: Ty, fields: Vec<(u32, Pattern)>) -> Pattern {
    pat(PatternKind::Struct { fields }, ty)
}

/// A program with user types.
pub fn program_with(functions: Vec<Function>, entry: u32, adts: Vec<AdtDef>) -> Program {
    Program {
        adts,
        ..program(functions, entry)
    }
}

// ---------------------------------------------------------------------------------------------
// Running

/// What a program did.
#[derive(Debug, PartialEq, Eq)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The runtime archive, built on first use.
pub fn runtime_archive() -> PathBuf {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let output = Command::new(cargo)
            .args(["build", "-p", "mesh_rt"])
            .current_dir(workspace())
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "`cargo build -p mesh_rt` failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace().join("target"));
        let archive = target.join("debug/libmesh_rt.a");
        if archive.is_file() {
            Ok(archive)
        } else {
            Err(format!(
                "the runtime archive `{}` is missing after `cargo build -p mesh_rt`",
                archive.display()
            ))
        }
    });
    match built {
        Ok(path) => path.clone(),
        Err(message) => panic!("the tests need the runtime archive: {message}"),
    }
}

/// Compiles `program` at `opt_level`, links it and runs it.
pub fn run_at(program: &Program, opt_level: u8) -> Run {
    let dir = tempfile::tempdir().expect("temporary directory");
    let object = dir.path().join("main.o");
    let exe = dir.path().join("main");
    let options = Options {
        opt_level,
        target_triple: None,
    };
    let bytes = emit_object(program, &options)
        .unwrap_or_else(|e| panic!("codegen failed at -O{opt_level}: {e}"));
    std::fs::write(&object, bytes).expect("write object");
    link(&object, &runtime_archive(), &exe).unwrap_or_else(|e| panic!("link failed: {e}"));
    let output = Command::new(&exe).output().expect("run the program");
    Run {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        status: output.status.code().unwrap_or(-1),
    }
}

/// Runs `program` built at `-O0` and at `-O2` and checks that both behave the same.
pub fn run(program: &Program) -> Run {
    let debug = run_at(program, 0);
    let release = run_at(program, 2);
    assert_eq!(debug, release, "-O0 and -O2 builds behave differently");
    release
}

/// Runs `program` and checks that it exits with status 0 and prints exactly `expected`.
pub fn assert_prints(program: &Program, expected: &str) {
    let result = run(program);
    assert_eq!(
        result.stdout, expected,
        "stdout (stderr: {})",
        result.stderr
    );
    assert_eq!(result.status, 0, "exit status (stderr: {})", result.stderr);
}

/// Runs `program` and checks that it crashes with `message` after printing `stdout`.
pub fn assert_crashes(program: &Program, stdout: &str, message: &str) {
    let result = run(program);
    assert_eq!(result.stdout, stdout, "stdout");
    assert_eq!(
        result.stderr,
        format!("[mesh] main crashed: {message}\n"),
        "stderr"
    );
    assert_eq!(result.status, 1, "exit status");
}

// ---------------------------------------------------------------------------------------------
// Impls

/// `impl trait_name for for_type` with `(method name, function index)` pairs.
pub fn impl_def(
    trait_name: &str,
    for_type: Ty,
    n_generics: u32,
    methods: &[(&str, u32)],
) -> ImplDef {
    ImplDef {
        trait_name: trait_name.to_owned(),
        trait_args: vec![],
        for_type,
        n_generics,
        methods: methods
            .iter()
            .map(|(name, fun)| ((*name).to_owned(), FnId(*fun)))
            .collect(),
    }
}

/// `Trait.method(args…)` on a receiver (the first argument) of type `self_ty`.
pub fn method_call(trait_name: &str, method: &str, self_ty: Ty, args: Vec<Expr>, ty: Ty) -> Expr {
    e(
        ExprKind::Call {
            callee: method_callee(trait_name, method, self_ty),
            args,
        },
        ty,
    )
}

/// `Trait.method` used as a function value of type `ty`.
pub fn method_ref(trait_name: &str, method: &str, self_ty: Ty, ty: Ty) -> Expr {
    e(
        ExprKind::FnRef(method_callee(trait_name, method, self_ty)),
        ty,
    )
}

fn method_callee(trait_name: &str, method: &str, self_ty: Ty) -> Callee {
    Callee::Method {
        trait_name: trait_name.to_owned(),
        method: method.to_owned(),
        self_ty,
    }
}

/// A program with user types and impls.
pub fn program_with_impls(
    functions: Vec<Function>,
    entry: u32,
    adts: Vec<AdtDef>,
    impls: Vec<ImplDef>,
) -> Program {
    Program {
        impls,
        ..program_with(functions, entry, adts)
    }
}
