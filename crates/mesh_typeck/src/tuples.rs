//! The `Tuple` module (STDLIB.md §5.8), lowered to tuple patterns.

use mesh_common::Span;
use mesh_parser::ast;

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, ExprKind as K, PatternKind};
use crate::ty::Ty;

impl Checker<'_> {
    /// `Tuple.f(args)`; `None` when `f` is not a Tuple function.
    pub fn tuple_call(
        &mut self,
        name: &ast::Ident,
        mut args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> Option<tir::Expr> {
        let arity = match name.name.as_str() {
            "first" | "second" | "size" => 1,
            "nth" => 2,
            _ => return None,
        };
        if args.len() != arity {
            self.arity_error_pub(arity, args.len(), args_span);
            return Some(self.error_expr(span));
        }
        let index_arg = (arity == 2).then(|| args.remove(1));
        let tuple = match args.remove(0) {
            ArgIn::Ast(e) => self.expr(e, None),
            ArgIn::Done(e) => e,
        };
        let Ty::Tuple(items) = self.inf.shallow(&tuple.ty) else {
            let shown = self.inf.display(&tuple.ty, &mut Vec::new());
            let d = self
                .mismatch(
                    crate::infer::UnifyError::Mismatch,
                    &Ty::Tuple(vec![]),
                    &tuple.ty,
                    tuple.span,
                    None,
                )
                .help(format!(
                    "`Tuple.{}` takes a tuple, not `{shown}`",
                    name.name
                ));
            self.push(d);
            return Some(self.error_expr(span));
        };
        let index = match (name.name.as_str(), index_arg) {
            ("size", _) => return Some(mk(K::Int(items.len() as i64), Ty::INT, span)),
            ("first", _) => 0,
            ("second", _) => 1,
            (
                _,
                Some(ArgIn::Ast(ast::Expr {
                    kind: ast::ExprKind::Int(i),
                    span: at,
                    ..
                })),
            ) => {
                if *i < 0 || *i as usize >= items.len() {
                    let msg = format!("tuple index {i} out of bounds (size {})", items.len());
                    self.error("E0003", msg, *at, "no such element");
                    return Some(self.error_expr(span));
                }
                *i as usize
            }
            (_, Some(index)) => {
                return Some(self.tuple_nth_computed(tuple, &items, index, span));
            }
            (_, None) => return Some(self.error_expr(span)),
        };
        if index >= items.len() {
            let msg = format!("expected {} element(s), found {}", index + 1, items.len());
            self.error("E0003", msg, tuple.span, "too few elements");
            return Some(self.error_expr(span));
        }
        Some(self.tuple_element(tuple, &items, index, span))
    }

    /// `Tuple.nth(t, i)` with an index known only at run time: the elements
    /// must share one type; an index out of range panics.
    fn tuple_nth_computed(
        &mut self,
        tuple: tir::Expr,
        items: &[Ty],
        index: ArgIn,
        span: Span,
    ) -> tir::Expr {
        let elem = self.inf.fresh();
        for item in items {
            if let Err(err) = self.inf.unify(&elem, item) {
                let d = self
                    .mismatch(err, &elem, item, tuple.span, None)
                    .help("`Tuple.nth` with a computed index needs elements of one type");
                self.push(d);
                return self.error_expr(span);
            }
        }
        let index = self.check_args(&[Ty::INT], vec![index]).remove(0);
        let size = mk(K::Int(items.len() as i64), Ty::INT, span);
        let call = K::Call {
            callee: tir::Callee::Builtin(tir::Builtin::TupleNth),
            args: vec![tuple, size, index],
        };
        mk(call, elem, span)
    }

    /// `case t do (_, …, x, …) -> x end`.
    fn tuple_element(
        &mut self,
        tuple: tir::Expr,
        items: &[Ty],
        index: usize,
        span: Span,
    ) -> tir::Expr {
        let local = self.frame().new_local("$element", items[index].clone());
        let patterns = items
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let kind = if i == index {
                    PatternKind::Bind(local)
                } else {
                    PatternKind::Wildcard
                };
                tir::Pattern {
                    kind,
                    ty: t.clone(),
                    span,
                }
            })
            .collect();
        let pattern = tir::Pattern {
            kind: PatternKind::Tuple(patterns),
            ty: tuple.ty.clone(),
            span,
        };
        let body = mk(K::Local(local), items[index].clone(), span);
        let arm = tir::Arm {
            patterns: vec![pattern],
            guard: None,
            body,
        };
        let on_fail = tir::MatchFail::Unreachable;
        mk(
            K::Match {
                scrutinees: vec![tuple],
                arms: vec![arm],
                on_fail,
            },
            items[index].clone(),
            span,
        )
    }
}
