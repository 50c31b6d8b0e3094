//! Small read-only traversals of the typed IR.
//!
//! Used for facts code generation needs before lowering: whether a constant initialiser can run
//! arbitrary code (then every constant read must check that the constant is initialised).

use std::collections::HashSet;

use mesh_typeck::tir::{Builtin, Callee, Expr, ExprKind, Program};
use mesh_typeck::ty::{Ty, TyCon};

/// Whether `pred` holds for `e` or any expression inside it.
pub(crate) fn any(e: &Expr, pred: &mut dyn FnMut(&Expr) -> bool) -> bool {
    pred(e) || e.children().into_iter().any(|c| any(c, pred))
}

/// Whether evaluating `e` may run code of a Mesh function (a call of a function or closure, or
/// a map or set operation that calls a user impl of its key or value type: `Eq`, `Hash`, `Debug`
/// for the `key not found` message, `Default` for `Map.get`). `user_types` are the type
/// constructors with such impls.
pub(crate) fn may_call(e: &Expr, user_types: &HashSet<TyCon>) -> bool {
    let mentions = |ty: &Ty| mentions_any(ty, user_types);
    any(e, &mut |e| match &e.kind {
        ExprKind::CallValue { .. } => true,
        ExprKind::Call {
            callee: Callee::Fn { .. },
            ..
        } => true,
        ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
        } => {
            takes_function(*b)
                || (crate::lower::is_keyed(*b)
                    && (mentions(&e.ty) || args.iter().any(|a| mentions(&a.ty))))
        }
        ExprKind::MapLit(entries) => entries.iter().any(|(k, _)| mentions(&k.ty)),
        _ => false,
    })
}

/// Builtins that call a function argument (or pull from an iterator, which may call the
/// functions of its combinators or a user `next`).
fn takes_function(b: Builtin) -> bool {
    matches!(
        b,
        Builtin::IterCount
            | Builtin::IterSum
            | Builtin::IterAny
            | Builtin::IterAll
            | Builtin::IterFind
            | Builtin::IterReduce
            | Builtin::IterNext
            | Builtin::ListCollect
            | Builtin::MapCollect
            | Builtin::SetCollect
            | Builtin::StringCollect
            | Builtin::ListMap
            | Builtin::ListFilter
            | Builtin::ListReduce
            | Builtin::ListFind
            | Builtin::ListAny
            | Builtin::ListAll
            | Builtin::ListSort
            | Builtin::ListSortOrd
            | Builtin::ListFlatMap
    )
}

/// Whether `ty` mentions one of `cons`.
fn mentions_any(ty: &Ty, cons: &HashSet<TyCon>) -> bool {
    match ty {
        Ty::Con(c, args) => cons.contains(c) || args.iter().any(|t| mentions_any(t, cons)),
        Ty::Tuple(items) => items.iter().any(|t| mentions_any(t, cons)),
        Ty::Fun(params, ret) => {
            params.iter().any(|t| mentions_any(t, cons)) || mentions_any(ret, cons)
        }
        _ => false,
    }
}

/// The type constructors with a user impl that map and set operations may call.
fn user_impl_types(program: &Program) -> HashSet<TyCon> {
    const CALLED: &[&str] = &["Eq", "Hash", "Debug", "Display", "Default"];
    program
        .impls
        .iter()
        .filter(|i| CALLED.contains(&i.trait_name.as_str()))
        .filter_map(|i| match &i.for_type {
            Ty::Con(c, _) => Some(*c),
            _ => None,
        })
        .collect()
}

/// Whether any constant initialiser may call a function.
pub(crate) fn initialisers_may_call(program: &Program) -> bool {
    let user_types = user_impl_types(program);
    program
        .constants
        .iter()
        .any(|c| may_call(&c.value, &user_types))
}
