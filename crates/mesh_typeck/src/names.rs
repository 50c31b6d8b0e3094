//! The names a definition mentions (for the dependency graph of §5.3).

use mesh_parser::ast::{self, ExprKind, Stmt};

pub fn mentioned_names(def: &ast::FnDef, out: &mut Vec<String>) {
    if let Some(g) = &def.guard {
        expr_names(g, out);
    }
    match &def.body {
        ast::FnBody::Expr(e) => expr_names(e, out),
        ast::FnBody::Block(b) => block_names(b, out),
    }
}

fn block_names(b: &ast::Block, out: &mut Vec<String>) {
    for stmt in &b.stmts {
        match stmt {
            Stmt::Let(l) => expr_names(&l.value, out),
            Stmt::Fn(f) => mentioned_names(f, out),
            Stmt::Expr(e) => expr_names(e, out),
        }
    }
}

fn args_names(args: &[ast::Arg], out: &mut Vec<String>) {
    args.iter().for_each(|a| expr_names(&a.value, out));
}

pub fn expr_names(e: &ast::Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Var(id) => out.push(id.name.clone()),
        ExprKind::Str(parts) => parts.iter().for_each(|p| {
            if let ast::StrPart::Interp(e) = p {
                expr_names(e, out)
            }
        }),
        ExprKind::Paren(x) | ExprKind::Field { base: x, .. } | ExprKind::Try { operand: x, .. } => {
            expr_names(x, out)
        }
        ExprKind::Unary { operand, .. } => expr_names(operand, out),
        ExprKind::Tuple(xs) | ExprKind::List(xs) => xs.iter().for_each(|x| expr_names(x, out)),
        ExprKind::Map(entries) => entries.iter().for_each(|en| match en {
            ast::MapEntry::Keyword { value, .. } => expr_names(value, out),
            ast::MapEntry::Pair { key, value } => {
                expr_names(key, out);
                expr_names(value, out);
            }
        }),
        ExprKind::StructLit { fields, .. } => fields.iter().for_each(|f| expr_names(&f.value, out)),
        ExprKind::StructUpdate { base, fields } => {
            expr_names(base, out);
            fields.iter().for_each(|f| expr_names(&f.value, out));
        }
        ExprKind::Binary { lhs, rhs, .. }
        | ExprKind::Index {
            base: lhs,
            index: rhs,
        } => {
            expr_names(lhs, out);
            expr_names(rhs, out);
        }
        ExprKind::Call { callee, args, .. } => {
            expr_names(callee, out);
            args_names(args, out);
        }
        ExprKind::Spawn { args, .. }
        | ExprKind::Send { args, .. }
        | ExprKind::Link { args, .. } => args_names(args, out),
        ExprKind::If {
            cond,
            then_block,
            else_branch,
        } => {
            expr_names(cond, out);
            block_names(then_block, out);
            match else_branch {
                Some(ast::ElseBranch::If(e)) => expr_names(e, out),
                Some(ast::ElseBranch::Block(b)) => block_names(b, out),
                None => {}
            }
        }
        ExprKind::Case { scrutinee, arms } => {
            expr_names(scrutinee, out);
            arms_names(arms, out);
        }
        ExprKind::Receive { arms, after, .. } => {
            arms_names(arms, out);
            if let Some(a) = after {
                expr_names(&a.timeout, out);
                block_names(&a.body, out);
            }
        }
        ExprKind::While { cond, body } => {
            expr_names(cond, out);
            block_names(body, out);
        }
        ExprKind::For {
            iter, filter, body, ..
        } => {
            expr_names(iter, out);
            if let Some(f) = filter {
                expr_names(f, out);
            }
            block_names(body, out);
        }
        ExprKind::Closure(c) => c.clauses.iter().for_each(|cl| {
            if let Some(g) = &cl.guard {
                expr_names(g, out);
            }
            block_names(&cl.body, out);
        }),
        ExprKind::Return(Some(x)) => expr_names(x, out),
        _ => {}
    }
}

fn arms_names(arms: &[ast::Arm], out: &mut Vec<String>) {
    for arm in arms {
        if let Some(g) = &arm.guard {
            expr_names(g, out);
        }
        block_names(&arm.body, out);
    }
}
