//! Visiting every type inside a piece of typed IR (used to finalise types
//! once a definition's inference is complete).

use crate::tir::{Arm, Callee, Expr, ExprKind, ForSource, Pattern, PatternKind, Stmt};
use crate::ty::Ty;

/// Calls `f` on every type stored in `e` (expression types, pattern types,
/// instantiations).
pub fn expr_types(e: &mut Expr, f: &mut dyn FnMut(&mut Ty)) {
    f(&mut e.ty);
    match &mut e.kind {
        ExprKind::FnRef(callee) => callee_types(callee, f),
        ExprKind::Call { callee, args } => {
            callee_types(callee, f);
            args.iter_mut().for_each(|a| expr_types(a, f));
        }
        ExprKind::CallValue { func, args } => {
            expr_types(func, f);
            args.iter_mut().for_each(|a| expr_types(a, f));
        }
        ExprKind::Closure { inst, .. } => inst.iter_mut().for_each(&mut *f),
        ExprKind::Block(stmts) => stmts.iter_mut().for_each(|s| match s {
            Stmt::Let { pattern, value } => {
                pattern_types(pattern, f);
                expr_types(value, f);
            }
            Stmt::Expr(e) => expr_types(e, f),
        }),
        ExprKind::If {
            cond,
            then_branch,
            else_branch,
        } => {
            expr_types(cond, f);
            expr_types(then_branch, f);
            if let Some(e) = else_branch {
                expr_types(e, f);
            }
        }
        ExprKind::Match {
            scrutinees, arms, ..
        } => {
            scrutinees.iter_mut().for_each(|s| expr_types(s, f));
            arms.iter_mut().for_each(|a| arm_types(a, f));
        }
        ExprKind::While { cond, body } => {
            expr_types(cond, f);
            expr_types(body, f);
        }
        ExprKind::For {
            pattern,
            source,
            filter,
            body,
        } => {
            pattern_types(pattern, f);
            match source {
                ForSource::Range { start, end } => {
                    expr_types(start, f);
                    expr_types(end, f);
                }
                ForSource::List(e) => expr_types(e, f),
            }
            if let Some(e) = filter {
                expr_types(e, f);
            }
            expr_types(body, f);
        }
        ExprKind::Return(e) | ExprKind::Show(e) | ExprKind::Debug(e) => expr_types(e, f),
        ExprKind::Unary { operand, .. } => expr_types(operand, f),
        ExprKind::Arith { lhs, rhs, .. }
        | ExprKind::Logic { lhs, rhs, .. }
        | ExprKind::Eq { lhs, rhs, .. }
        | ExprKind::Compare { lhs, rhs, .. }
        | ExprKind::Concat { lhs, rhs } => {
            expr_types(lhs, f);
            expr_types(rhs, f);
        }
        ExprKind::Range { start, end } => {
            expr_types(start, f);
            expr_types(end, f);
        }
        ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Variant { args: xs, .. } => {
            xs.iter_mut().for_each(|x| expr_types(x, f))
        }
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::Unit
        | ExprKind::Str(_)
        | ExprKind::Atom(_)
        | ExprKind::Local(_)
        | ExprKind::Const(_)
        | ExprKind::SelfClosure
        | ExprKind::Break
        | ExprKind::Continue => {}
    }
}

fn arm_types(arm: &mut Arm, f: &mut dyn FnMut(&mut Ty)) {
    arm.patterns.iter_mut().for_each(|p| pattern_types(p, f));
    if let Some(g) = &mut arm.guard {
        expr_types(g, f);
    }
    expr_types(&mut arm.body, f);
}

fn callee_types(callee: &mut Callee, f: &mut dyn FnMut(&mut Ty)) {
    if let Callee::Fn { inst, .. } = callee {
        inst.iter_mut().for_each(f);
    }
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

/// Calls `g` on every closure creation and direct call target in `e`, so the
/// checker can fill in instantiations once a component is generalised.
pub fn fn_uses(e: &mut Expr, g: &mut dyn FnMut(&mut ExprKind)) {
    g(&mut e.kind);
    match &mut e.kind {
        ExprKind::Call { args, .. } => args.iter_mut().for_each(|a| fn_uses(a, g)),
        ExprKind::CallValue { func, args } => {
            fn_uses(func, g);
            args.iter_mut().for_each(|a| fn_uses(a, g));
        }
        ExprKind::Block(stmts) => stmts.iter_mut().for_each(|s| match s {
            Stmt::Let { value, .. } => fn_uses(value, g),
            Stmt::Expr(e) => fn_uses(e, g),
        }),
        ExprKind::If {
            cond,
            then_branch,
            else_branch,
        } => {
            fn_uses(cond, g);
            fn_uses(then_branch, g);
            if let Some(e) = else_branch {
                fn_uses(e, g);
            }
        }
        ExprKind::Match {
            scrutinees, arms, ..
        } => {
            scrutinees.iter_mut().for_each(|s| fn_uses(s, g));
            for arm in arms {
                if let Some(guard) = &mut arm.guard {
                    fn_uses(guard, g);
                }
                fn_uses(&mut arm.body, g);
            }
        }
        ExprKind::While { cond, body } => {
            fn_uses(cond, g);
            fn_uses(body, g);
        }
        ExprKind::For {
            source,
            filter,
            body,
            ..
        } => {
            match source {
                ForSource::Range { start, end } => {
                    fn_uses(start, g);
                    fn_uses(end, g);
                }
                ForSource::List(e) => fn_uses(e, g),
            }
            if let Some(e) = filter {
                fn_uses(e, g);
            }
            fn_uses(body, g);
        }
        ExprKind::Return(e) | ExprKind::Show(e) | ExprKind::Debug(e) => fn_uses(e, g),
        ExprKind::Unary { operand, .. } => fn_uses(operand, g),
        ExprKind::Arith { lhs, rhs, .. }
        | ExprKind::Logic { lhs, rhs, .. }
        | ExprKind::Eq { lhs, rhs, .. }
        | ExprKind::Compare { lhs, rhs, .. }
        | ExprKind::Concat { lhs, rhs }
        | ExprKind::Range {
            start: lhs,
            end: rhs,
        } => {
            fn_uses(lhs, g);
            fn_uses(rhs, g);
        }
        ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Variant { args: xs, .. } => {
            xs.iter_mut().for_each(|x| fn_uses(x, g))
        }
        _ => {}
    }
}
