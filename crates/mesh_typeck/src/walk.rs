//! Visiting every type inside a piece of typed IR (used to finalise types
//! once a definition's inference is complete) and every closure creation or
//! call target (to fill in instantiations once a component is generalised).

use crate::tir::{Callee, Expr, ExprKind, Pattern, PatternKind, Stmt};
use crate::ty::Ty;

/// Calls `f` on every type stored in `e`: expression types, pattern types
/// and instantiations.
pub fn expr_types(e: &mut Expr, f: &mut dyn FnMut(&mut Ty)) {
    f(&mut e.ty);
    match &mut e.kind {
        ExprKind::FnRef(Callee::Fn { inst, .. })
        | ExprKind::Call {
            callee: Callee::Fn { inst, .. },
            ..
        }
        | ExprKind::Closure { inst, .. }
        | ExprKind::Spawn { inst, .. } => inst.iter_mut().for_each(&mut *f),
        ExprKind::Receive { message, .. } => f(message),
        ExprKind::FnRef(Callee::Method { self_ty, .. })
        | ExprKind::Call {
            callee: Callee::Method { self_ty, .. },
            ..
        } => f(self_ty),
        ExprKind::Block(stmts) => stmts.iter_mut().for_each(|s| {
            if let Stmt::Let { pattern, .. } = s {
                pattern_types(pattern, f)
            }
        }),
        ExprKind::Match { arms, .. } => arms
            .iter_mut()
            .flat_map(|a| a.patterns.iter_mut())
            .for_each(|p| pattern_types(p, f)),
        ExprKind::For { pattern, .. } => pattern_types(pattern, f),
        _ => {}
    }
    e.children_mut().into_iter().for_each(|c| expr_types(c, f));
}

pub fn pattern_types(p: &mut Pattern, f: &mut dyn FnMut(&mut Ty)) {
    f(&mut p.ty);
    match &mut p.kind {
        PatternKind::Variant { args: xs, .. } | PatternKind::Tuple(xs) | PatternKind::Or(xs) => {
            xs.iter_mut().for_each(|x| pattern_types(x, f))
        }
        PatternKind::Cons { head, tail } => {
            pattern_types(head, f);
            pattern_types(tail, f);
        }
        PatternKind::As { pattern, .. } => pattern_types(pattern, f),
        _ => {}
    }
}

/// Calls `g` on the kind of every expression in `e`, outermost first.
pub fn fn_uses(e: &mut Expr, g: &mut dyn FnMut(&mut ExprKind)) {
    g(&mut e.kind);
    e.children_mut().into_iter().for_each(|c| fn_uses(c, g));
}
