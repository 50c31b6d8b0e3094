//! The `Range` module (STDLIB.md §5.9) and `for` over `Range` values.
//!
//! A range value is `{first, last}` (two words); these functions are
//! lowered to comprehensions over its bounds, so code generation needs
//! nothing beyond `ForSource::Range` and field reads.

use mesh_common::Span;
use mesh_parser::ast;

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, ExprKind as K};
use crate::ty::{Ty, TyCon};

fn range_ty() -> Ty {
    Ty::Con(TyCon::Range, Vec::new())
}

impl Checker<'_> {
    /// `Range.f(args)`; `None` when `f` is not a Range function.
    pub fn range_call(
        &mut self,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> Option<tir::Expr> {
        let params: Vec<Ty> = match name.name.as_str() {
            "new" => vec![Ty::INT, Ty::INT],
            "to_list" | "length" => vec![range_ty()],
            "map" => {
                let t = self.inf.fresh();
                vec![range_ty(), Ty::Fun(vec![Ty::INT], Box::new(t))]
            }
            "filter" => vec![range_ty(), Ty::Fun(vec![Ty::INT], Box::new(Ty::BOOL))],
            _ => return None,
        };
        if args.len() != params.len() {
            self.arity_error_pub(params.len(), args.len(), args_span);
            return Some(self.error_expr(span));
        }
        let mut args = self.check_args(&params, args);
        let first = args.remove(0);
        Some(match name.name.as_str() {
            "new" => {
                let last = args.remove(0);
                mk(
                    K::Range {
                        start: Box::new(first),
                        end: Box::new(last),
                    },
                    range_ty(),
                    span,
                )
            }
            "length" => self.range_length(first, span),
            other => {
                let f = args.pop();
                self.range_comprehension(first, other, f, span)
            }
        })
    }

    /// Binds a range value to a local and reads its bounds.
    fn range_bounds(&mut self, range: tir::Expr, span: Span) -> (tir::Stmt, tir::Expr, tir::Expr) {
        let local = self.frame().new_local("$range", range_ty());
        let bind = tir::Stmt::Let {
            pattern: tir::Pattern {
                kind: tir::PatternKind::Bind(local),
                ty: range_ty(),
                span,
            },
            value: range,
        };
        let field = |index| {
            let base = mk(K::Local(local), range_ty(), span);
            mk(
                K::Field {
                    base: Box::new(base),
                    index,
                },
                Ty::INT,
                span,
            )
        };
        (bind, field(0), field(1))
    }

    /// `max(last - first, 0)`.
    fn range_length(&mut self, range: tir::Expr, span: Span) -> tir::Expr {
        let (bind, first, last) = self.range_bounds(range, span);
        let diff = mk(
            K::Arith {
                op: tir::ArithOp::Sub,
                lhs: Box::new(last),
                rhs: Box::new(first),
            },
            Ty::INT,
            span,
        );
        let d = self.frame().new_local("$len", Ty::INT);
        let d_bind = tir::Stmt::Let {
            pattern: tir::Pattern {
                kind: tir::PatternKind::Bind(d),
                ty: Ty::INT,
                span,
            },
            value: diff,
        };
        let local = || mk(K::Local(d), Ty::INT, span);
        let positive = mk(
            K::Compare {
                op: tir::CompareOp::Gt,
                lhs: Box::new(local()),
                rhs: Box::new(mk(K::Int(0), Ty::INT, span)),
            },
            Ty::BOOL,
            span,
        );
        let pick = mk(
            K::If {
                cond: Box::new(positive),
                then_branch: Box::new(local()),
                else_branch: Some(Box::new(mk(K::Int(0), Ty::INT, span))),
            },
            Ty::INT,
            span,
        );
        mk(
            K::Block(vec![bind, d_bind, tir::Stmt::Expr(pick)]),
            Ty::INT,
            span,
        )
    }

    /// `to_list`, `map` and `filter` as `for i in first..last`.
    fn range_comprehension(
        &mut self,
        range: tir::Expr,
        which: &str,
        f: Option<tir::Expr>,
        span: Span,
    ) -> tir::Expr {
        let (bind, first, last) = self.range_bounds(range, span);
        let i = self.frame().new_local("$i", Ty::INT);
        let var = || mk(K::Local(i), Ty::INT, span);
        let apply = |f: tir::Expr, ret: Ty| {
            mk(
                K::CallValue {
                    func: Box::new(f),
                    args: vec![var()],
                },
                ret,
                span,
            )
        };
        let (body, filter) = match (which, f) {
            ("map", Some(f)) => {
                let ret = match self.inf.shallow(&f.ty) {
                    Ty::Fun(_, r) => *r,
                    _ => Ty::UNIT,
                };
                (apply(f, ret), None)
            }
            ("filter", Some(p)) => (var(), Some(Box::new(apply(p, Ty::BOOL)))),
            _ => (var(), None),
        };
        let ty = Ty::list(body.ty.clone());
        let pattern = tir::Pattern {
            kind: tir::PatternKind::Bind(i),
            ty: Ty::INT,
            span,
        };
        let source = tir::ForSource::Range {
            start: Box::new(first),
            end: Box::new(last),
        };
        let comprehension = mk(
            K::For {
                pattern,
                source,
                filter,
                body: Box::new(body),
            },
            ty.clone(),
            span,
        );
        mk(
            K::Block(vec![bind, tir::Stmt::Expr(comprehension)]),
            ty,
            span,
        )
    }

    /// `for p in r` over a range value: its bounds, read once.
    pub fn range_source(&mut self, range: tir::Expr, span: Span) -> (tir::Stmt, tir::ForSource) {
        let (bind, first, last) = self.range_bounds(range, span);
        (
            bind,
            tir::ForSource::Range {
                start: Box::new(first),
                end: Box::new(last),
            },
        )
    }
}
