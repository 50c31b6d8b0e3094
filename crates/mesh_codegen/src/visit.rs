//! Small read-only traversals of the typed IR.
//!
//! Used for facts code generation needs before lowering: whether a constant initialiser can run
//! arbitrary code (then every constant read must check that the constant is initialised).

use mesh_typeck::tir::{Builtin, Callee, Expr, ExprKind, Program};

/// Whether `pred` holds for `e` or any expression inside it.
pub(crate) fn any(e: &Expr, pred: &mut dyn FnMut(&Expr) -> bool) -> bool {
    pred(e) || e.children().into_iter().any(|c| any(c, pred))
}

/// Whether evaluating `e` may run code of a Mesh function (a call of a function or closure).
pub(crate) fn may_call(e: &Expr) -> bool {
    any(e, &mut |e| match &e.kind {
        ExprKind::CallValue { .. } => true,
        ExprKind::Call {
            callee: Callee::Fn { .. },
            ..
        } => true,
        ExprKind::Call {
            callee: Callee::Builtin(b),
            ..
        } => takes_function(*b),
        _ => false,
    })
}

/// Builtins that call a function argument.
fn takes_function(b: Builtin) -> bool {
    matches!(
        b,
        Builtin::ListMap
            | Builtin::ListFilter
            | Builtin::ListReduce
            | Builtin::ListFind
            | Builtin::ListAny
            | Builtin::ListAll
    )
}

/// Whether any constant initialiser may call a function.
pub(crate) fn initialisers_may_call(program: &Program) -> bool {
    program.constants.iter().any(|c| may_call(&c.value))
}
