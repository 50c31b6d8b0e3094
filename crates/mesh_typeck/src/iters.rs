//! Iteration through `Iter<T>` (STDLIB.md §5.11): `Iter.from` over every
//! iterable source, and user types implementing `Iterable` or `Iterator`
//! (LANGUAGE.md §5.9, §5.12) as sources of `for` loops and of `Iter.from`.
//!
//! Every source becomes an `Iter<T>` expression: a library collection by the
//! matching `IterFrom*` builtin, an `Iterable` value by calling its `iter`
//! (whose result is converted in turn), an `Iterator` value by wrapping it
//! with its `next` function (`IterFromNext`, which the runtime calls until it
//! returns `None`).

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, Builtin, Callee, ExprKind as K};
use crate::ty::{Ty, TyCon};

/// How many `iter` calls may be chained (an `Iterable` whose `Iter` is
/// another `Iterable`, …) before the source is rejected; guards against an
/// impl whose `iter` returns its own type.
const MAX_ITERABLE_DEPTH: usize = 8;

fn iter_ty(elem: Ty) -> Ty {
    Ty::Con(TyCon::Iter, vec![elem])
}

impl Checker<'_> {
    /// `Iter.from(source)`.
    pub fn iter_from_call(&mut self, args: Vec<ArgIn>, span: Span, args_span: Span) -> tir::Expr {
        if args.len() != 1 {
            self.arity_error_pub(1, args.len(), args_span);
            return self.error_expr(span);
        }
        let t = self.inf.fresh();
        let mut args = self.check_args(&[t], args);
        let source = args.remove(0);
        match self.as_iter(source, span) {
            Ok(it) => it,
            Err(source) => {
                self.not_iterable(&source);
                self.error_expr(span)
            }
        }
    }

    /// E0006 for a value that cannot be iterated.
    pub fn not_iterable(&mut self, source: &tir::Expr) {
        if self.inf.is_error(&source.ty) {
            return;
        }
        let shown = self.inf.display(&source.ty, &mut Vec::new());
        let d = Diagnostic::error(
            Code("E0006"),
            format!("{shown} does not implement Iterable"),
        )
        .label(source.span, format!("{shown} does not satisfy Iterable"))
        .help(format!("add `impl Iterable for {shown} do … end`"));
        self.push(d);
    }

    /// `source` as an `Iter<T>` expression, or `source` back when its type
    /// is not iterable.
    pub fn as_iter(&mut self, source: tir::Expr, span: Span) -> Result<tir::Expr, Box<tir::Expr>> {
        self.as_iter_at(source, span, 0)
    }

    fn as_iter_at(
        &mut self,
        source: tir::Expr,
        span: Span,
        depth: usize,
    ) -> Result<tir::Expr, Box<tir::Expr>> {
        let ty = self.inf.shallow(&source.ty);
        let (builtin, elem) = match &ty {
            Ty::Con(TyCon::Iter, _) => return Ok(source),
            Ty::Con(TyCon::List | TyCon::Set, args) => {
                let builtin = if matches!(ty, Ty::Con(TyCon::List, _)) {
                    Builtin::IterFromList
                } else {
                    Builtin::IterFromSet
                };
                (builtin, args[0].clone())
            }
            Ty::Con(TyCon::Map, args) => (Builtin::IterFromMap, Ty::Tuple(args.clone())),
            Ty::Con(TyCon::Range, _) => (Builtin::IterFromRange, Ty::INT),
            _ if depth < MAX_ITERABLE_DEPTH => {
                if let Some(entry) = self.trait_method_entry(&ty, "Iterable", "iter") {
                    let iterator = self.call_entry(entry, vec![ArgIn::Done(source)], span);
                    return self.as_iter_at(iterator, span, depth + 1);
                }
                if let Some(entry) = self.trait_method_entry(&ty, "Iterator", "next") {
                    return Ok(self.iter_from_next(source, entry, span));
                }
                return Err(Box::new(source));
            }
            _ => return Err(Box::new(source)),
        };
        let call = K::Call {
            callee: Callee::Builtin(builtin),
            args: vec![source],
        };
        Ok(mk(call, iter_ty(elem), span))
    }

    /// The function entry of method `method` of the impl of `trait_name`
    /// for `ty`, if there is one.
    fn trait_method_entry(&self, ty: &Ty, trait_name: &str, method: &str) -> Option<usize> {
        let t = self.trait_named(trait_name)?;
        self.impl_methods(ty, method)
            .into_iter()
            .find(|(imp, _)| self.impls[*imp].trait_id == t)
            .map(|(_, entry)| entry)
    }

    /// `IterFromNext(state, next)` for a value of a type implementing
    /// `Iterator` through function entry `next`.
    fn iter_from_next(&mut self, state: tir::Expr, next: usize, span: Span) -> tir::Expr {
        let (params, ret, inst) = self.instantiate(next);
        if let Some(own) = params.first() {
            let _ = self.inf.unify(own, &state.ty);
        }
        let elem = self.inf.fresh();
        let _ = self.inf.unify(&ret, &Ty::option(elem.clone()));
        self.bounds_at(&[], span);
        let fun = self.fns[next].fun;
        let next_fn = mk(
            K::FnRef(Callee::Fn { fun, inst }),
            Ty::Fun(params, Box::new(ret)),
            span,
        );
        let call = K::Call {
            callee: Callee::Builtin(Builtin::IterFromNext),
            args: vec![state, next_fn],
        };
        mk(call, iter_ty(elem), span)
    }
}
