//! `From`, `Into` and the `?` operator (LANGUAGE.md §5.16, §6.2).

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, Builtin, Callee, ExprKind as K, PatternKind};
use crate::ty::{Ty, TyCon};

impl Checker<'_> {
    /// The impl method `from` converting `source` into `target`, if an
    /// `impl From<source> for target` exists.
    fn impl_from_for(&mut self, source: &Ty, target: &Ty) -> Option<usize> {
        let t = self.trait_named("From")?;
        let candidates = self.impls_for(t, target);
        let source = self.inf.zonk(source);
        let found = candidates.into_iter().find(|&i| {
            let arg = self.impls[i]
                .trait_args
                .first()
                .cloned()
                .unwrap_or(Ty::UNIT);
            self.inf.zonk(&arg) == source
        })?;
        self.impls[found]
            .methods
            .iter()
            .find(|(n, _)| n == "from")
            .map(|(_, e)| *e)
    }

    /// Converts `value` (of type `source`) into `target` through the
    /// built-in `From` instances or an `impl From`.
    fn convert(&mut self, value: tir::Expr, target: &Ty, span: Span) -> Option<tir::Expr> {
        let (s, t) = (self.inf.zonk(&value.ty), self.inf.zonk(target));
        if s == t {
            return Some(value);
        }
        match (&s, &t) {
            (Ty::Con(TyCon::Int, _), Ty::Con(TyCon::Float, _)) => {
                return Some(mk(
                    K::Call {
                        callee: Callee::Builtin(Builtin::IntToFloat),
                        args: vec![value],
                    },
                    Ty::FLOAT,
                    span,
                ));
            }
            (Ty::Con(TyCon::Int | TyCon::Float | TyCon::Bool, _), Ty::Con(TyCon::String, _)) => {
                return Some(self.show(value))
            }
            _ => {}
        }
        let entry = self.impl_from_for(&s, &t)?;
        Some(self.entry_call(entry, vec![ArgIn::Done(value)], span, span))
    }

    pub fn convert_pub(&mut self, value: tir::Expr, target: &Ty, span: Span) -> Option<tir::Expr> {
        self.convert(value, target, span)
    }

    /// `T.from(x)` for a user type `T`.
    pub fn static_from(
        &mut self,
        adt_ty: Ty,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
        name: &ast::Ident,
    ) -> tir::Expr {
        if args.len() != 1 {
            self.arity_error_pub(1, args.len(), args_span);
            return self.error_expr(span);
        }
        let arg_ty = self.inf.fresh();
        let mut checked = self.check_args(&[arg_ty], args);
        let value = checked.remove(0);
        match self.convert(value, &adt_ty, span) {
            Some(e) => tir::Expr { span, ..e },
            None => {
                self.no_method(&adt_ty, name, &[]);
                self.error_expr(span)
            }
        }
    }

    /// `x.into()`: `From<typeof x> for U` where `U` is the expected type.
    pub fn convert_into_expected(
        &mut self,
        recv: tir::Expr,
        expected: Option<&Ty>,
        name: &ast::Ident,
        span: Span,
    ) -> tir::Expr {
        let target = expected.map(|t| self.inf.shallow(t));
        let source = recv.ty.clone();
        match target {
            Some(t) if !matches!(t, Ty::Var(_)) => match self.convert(recv, &t, span) {
                Some(e) => tir::Expr { span, ..e },
                None => {
                    // The receiver has no `into` producing the expected type.
                    let mut n = Vec::new();
                    let (s, t) = (
                        self.inf.display(&source, &mut n),
                        self.inf.display(&t, &mut n),
                    );
                    let d =
                        Diagnostic::error(Code("E0030"), format!("no method `into` on type `{s}`"))
                            .label(name.span, format!("no `From<{s}>` impl for `{t}`"))
                            .help(format!("add `impl From<{s}> for {t} do … end`"));
                    self.push(d);
                    self.error_expr(span)
                }
            },
            _ => {
                let d = Diagnostic::error(Code("E0027"), "ambiguous reference to `into`")
                    .label(name.span, "cannot tell the target type")
                    .help("add a type annotation");
                self.push(d);
                self.error_expr(span)
            }
        }
    }

    /// `e?` (§5.16): `Ok(v)`/`Some(v)` give `v`; `Err(x)`/`None` return from
    /// the enclosing function, converting the error with `From` if needed.
    pub fn try_expr(&mut self, operand: &ast::Expr, q_span: Span, span: Span) -> tir::Expr {
        let e = self.expr(operand, None);
        let is_option = self.inf.is_con(&e.ty, TyCon::Option);
        let (inner, err) = match self.inf.shallow(&e.ty) {
            Ty::Con(TyCon::Result, args) => (args[0].clone(), Some(args[1].clone())),
            Ty::Con(TyCon::Option, args) => (args[0].clone(), None),
            Ty::Var(_) => {
                let (a, b) = (self.inf.fresh(), self.inf.fresh());
                let _ = self
                    .inf
                    .unify(&e.ty, &Ty::Con(TyCon::Result, vec![a.clone(), b.clone()]));
                (a, Some(b))
            }
            other => {
                let shown = self.inf.display(&other, &mut Vec::new());
                let d = Diagnostic::error(Code("E0037"), "`?` requires `Result` or `Option`")
                    .label(
                        e.span,
                        format!("type `{shown}` is not `Result` or `Option`"),
                    );
                self.push(d);
                return self.error_expr(span);
            }
        };
        let ret = self.frame().ret.clone();
        let Some(ret_err) = self.try_return_type(&ret, is_option, &err, q_span) else {
            return self.error_expr(span);
        };
        let (fail_kind, failure) = match &err {
            Some(err_ty) => {
                let Some((x, value)) =
                    self.try_error_branch(err_ty, &ret, ret_err.as_ref(), q_span)
                else {
                    return self.error_expr(span);
                };
                let bind = tir::Pattern {
                    kind: PatternKind::Bind(x),
                    ty: err_ty.clone(),
                    span: q_span,
                };
                (
                    PatternKind::Variant {
                        tag: 1,
                        args: vec![bind],
                    },
                    value,
                )
            }
            None => {
                let none = mk(
                    K::Variant {
                        tag: 0,
                        args: Vec::new(),
                    },
                    ret.clone(),
                    q_span,
                );
                (
                    PatternKind::Variant {
                        tag: 0,
                        args: Vec::new(),
                    },
                    none,
                )
            }
        };
        let fail_pattern = tir::Pattern {
            kind: fail_kind,
            ty: e.ty.clone(),
            span: q_span,
        };
        let failure = mk(K::Return(Box::new(failure)), Ty::Never, q_span);
        let ok_local = self.frame().new_local("$ok", inner.clone());
        let ok_tag = if is_option { 1 } else { 0 };
        let ok_pattern = tir::Pattern {
            kind: PatternKind::Variant {
                tag: ok_tag,
                args: vec![tir::Pattern {
                    kind: PatternKind::Bind(ok_local),
                    ty: inner.clone(),
                    span: q_span,
                }],
            },
            ty: e.ty.clone(),
            span: q_span,
        };
        let arms = vec![
            tir::Arm {
                patterns: vec![ok_pattern],
                guard: None,
                body: mk(K::Local(ok_local), inner.clone(), q_span),
            },
            tir::Arm {
                patterns: vec![fail_pattern],
                guard: None,
                body: failure,
            },
        ];
        mk(
            K::Match {
                scrutinees: vec![e],
                arms,
                on_fail: tir::MatchFail::Unreachable,
            },
            inner,
            span,
        )
    }

    /// Unifies/validates the enclosing function's return type (E0036).
    /// Returns the return type's error type for Results.
    fn try_return_type(
        &mut self,
        ret: &Ty,
        is_option: bool,
        err: &Option<Ty>,
        q_span: Span,
    ) -> Option<Option<Ty>> {
        let ok = self.inf.fresh();
        match (self.inf.shallow(ret), is_option) {
            (Ty::Var(_), true) => {
                let _ = self.inf.unify(ret, &Ty::option(ok));
                Some(None)
            }
            (Ty::Var(_), false) => {
                let e = err.clone().unwrap_or_else(|| self.inf.fresh());
                let _ = self
                    .inf
                    .unify(ret, &Ty::Con(TyCon::Result, vec![ok, e.clone()]));
                Some(Some(e))
            }
            (Ty::Con(TyCon::Option, _), true) => Some(None),
            (Ty::Con(TyCon::Result, args), false) => Some(Some(args[1].clone())),
            (other, _) => {
                let shown = self.inf.display(&other, &mut Vec::new());
                let mut d = Diagnostic::error(
                    Code("E0036"),
                    "`?` operator requires function to return `Result` or `Option`",
                )
                .label(q_span, "`?` used here")
                .note(format!("the enclosing function returns `{shown}`"));
                if let Some(s) = self.frame().ret_span {
                    d = d.label(s, "return type declared here");
                }
                self.push(d);
                None
            }
        }
    }

    /// The value returned on failure: `Err(x)`, converted with `From` when
    /// the error types differ.
    fn try_error_branch(
        &mut self,
        err: &Ty,
        ret: &Ty,
        ret_err: Option<&Ty>,
        q_span: Span,
    ) -> Option<(tir::LocalId, tir::Expr)> {
        let x = self.frame().new_local("$err", err.clone());
        let value = mk(K::Local(x), err.clone(), q_span);
        let target = ret_err.cloned().unwrap_or_else(|| err.clone());
        let converted = if self.inf.unify(&target, err).is_ok() {
            value
        } else {
            match self.convert(value, &target, q_span) {
                Some(c) => c,
                None => {
                    let mut n = Vec::new();
                    let (e, f) = (
                        self.inf.display(err, &mut n),
                        self.inf.display(&target, &mut n),
                    );
                    let mut d = Diagnostic::error(
                        Code("E0036"),
                        format!("`?` cannot convert error type `{e}` into `{f}`"),
                    )
                    .label(q_span, "`?` used here")
                    .help(format!("add `impl From<{e}> for {f} do … end`"));
                    if let Some(s) = self.frame().ret_span {
                        d = d.label(s, "return type declared here");
                    }
                    self.push(d);
                    return None;
                }
            }
        };
        Some((
            x,
            mk(
                K::Variant {
                    tag: 1,
                    args: vec![converted],
                },
                ret.clone(),
                q_span,
            ),
        ))
    }
}

impl Checker<'_> {
    /// The `Default` value of `ty` (§5.12): the built-in defaults, tuples of
    /// defaults, and `impl Default` for user types.
    pub fn default_value(&mut self, ty: &Ty, span: Span) -> Option<tir::Expr> {
        let ty = self.inf.shallow(ty);
        let kind = match &ty {
            Ty::Con(TyCon::Int, _) => K::Int(0),
            Ty::Con(TyCon::Float, _) => K::Float(0.0),
            Ty::Con(TyCon::String, _) => K::Str(String::new()),
            Ty::Con(TyCon::Bool, _) => K::Bool(false),
            Ty::Con(TyCon::Unit, _) => K::Unit,
            Ty::Con(TyCon::List, _) => K::List(Vec::new()),
            Ty::Con(TyCon::Map, _) => K::MapLit(Vec::new()),
            Ty::Con(TyCon::Set, _) => K::Call {
                callee: Callee::Builtin(Builtin::SetNew),
                args: Vec::new(),
            },
            Ty::Con(TyCon::Option, _) => K::Variant {
                tag: 0,
                args: Vec::new(),
            },
            Ty::Tuple(items) => {
                let values = items
                    .iter()
                    .map(|t| self.default_value(t, span))
                    .collect::<Option<Vec<_>>>()?;
                K::Tuple(values)
            }
            Ty::Con(TyCon::Adt(_), _) => {
                let t = self.trait_named("Default")?;
                let imp = *self.impls_for(t, &ty).first()?;
                let entry = self.impls[imp]
                    .methods
                    .iter()
                    .find(|(n, _)| n == "default")
                    .map(|(_, e)| *e)?;
                let call = self.entry_call(entry, Vec::new(), span, span);
                let _ = self.inf.unify(&call.ty, &ty);
                return Some(call);
            }
            _ => return None,
        };
        Some(mk(kind, ty, span))
    }

    /// `default()` (expected type), `T.default()`.
    pub fn default_call(&mut self, ty: Option<&Ty>, name_span: Span, span: Span) -> tir::Expr {
        let target = ty.map(|t| self.inf.shallow(t));
        if let Some(t) = target.filter(|t| !matches!(t, Ty::Var(_))) {
            if let Some(e) = self.default_value(&t, span) {
                return e;
            }
            let shown = self.inf.display(&t, &mut Vec::new());
            let d = Diagnostic::error(Code("E0006"), format!("{shown} does not implement Default"))
                .label(span, format!("{shown} does not satisfy Default"))
                .help(format!("add `impl Default for {shown} do … end`"));
            self.push(d);
            return self.error_expr(span);
        }
        let d = Diagnostic::error(Code("E0027"), "ambiguous reference to `default`")
            .label(name_span, "cannot tell which type's default")
            .help("add a type annotation");
        self.push(d);
        self.error_expr(span)
    }
}
