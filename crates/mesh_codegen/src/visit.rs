//! Small read-only traversals of the typed IR.
//!
//! Used for facts code generation needs before lowering: whether a constant initialiser can run
//! arbitrary code (then every constant read must check that the constant is initialised).

use mesh_typeck::tir::{Builtin, Callee, Expr, ExprKind, ForSource, Program, Stmt};

/// The direct sub-expressions of `e`, in evaluation order.
pub(crate) fn children(e: &Expr) -> Vec<&Expr> {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::Unit
        | ExprKind::Str(_)
        | ExprKind::Atom(_)
        | ExprKind::Local(_)
        | ExprKind::Const(_)
        | ExprKind::FnRef(_)
        | ExprKind::SelfClosure
        | ExprKind::Closure { .. }
        | ExprKind::Break
        | ExprKind::Continue => Vec::new(),
        ExprKind::Call { args, .. }
        | ExprKind::List(args)
        | ExprKind::Tuple(args)
        | ExprKind::Variant { args, .. } => args.iter().collect(),
        ExprKind::CallValue { func, args } => std::iter::once(&**func).chain(args).collect(),
        ExprKind::Block(stmts) => stmts.iter().map(stmt_expr).collect(),
        ExprKind::If {
            cond,
            then_branch,
            else_branch,
        } => [Some(&**cond), Some(&**then_branch), else_branch.as_deref()]
            .into_iter()
            .flatten()
            .collect(),
        ExprKind::Match {
            scrutinees, arms, ..
        } => {
            let arm_exprs = arms
                .iter()
                .flat_map(|a| a.guard.iter().chain(std::iter::once(&a.body)));
            scrutinees.iter().chain(arm_exprs).collect()
        }
        ExprKind::While { cond, body } => vec![cond, body],
        ExprKind::For {
            source,
            filter,
            body,
            ..
        } => {
            let mut out: Vec<&Expr> = match source {
                ForSource::Range { start, end } => vec![start, end],
                ForSource::List(list) => vec![list],
            };
            out.extend(filter.as_deref());
            out.push(body);
            out
        }
        ExprKind::Return(e)
        | ExprKind::Unary { operand: e, .. }
        | ExprKind::Show(e)
        | ExprKind::Debug(e) => vec![e],
        ExprKind::Arith { lhs, rhs, .. }
        | ExprKind::Logic { lhs, rhs, .. }
        | ExprKind::Eq { lhs, rhs, .. }
        | ExprKind::Compare { lhs, rhs, .. }
        | ExprKind::Concat { lhs, rhs } => vec![lhs, rhs],
        ExprKind::Range { start, end } => vec![start, end],
    }
}

fn stmt_expr(s: &Stmt) -> &Expr {
    match s {
        Stmt::Let { value, .. } => value,
        Stmt::Expr(e) => e,
    }
}

/// Whether `pred` holds for `e` or any expression inside it.
pub(crate) fn any(e: &Expr, pred: &mut dyn FnMut(&Expr) -> bool) -> bool {
    pred(e) || children(e).into_iter().any(|c| any(c, pred))
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
