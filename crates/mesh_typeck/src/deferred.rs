//! Field accesses and method calls on receivers whose type is not known yet
//! (LANGUAGE.md §5.3 rule 5): they are resolved as soon as the receiver's
//! type is known, and at the latest at the end of the enclosing top-level
//! definition — otherwise E0009 / E0030 "cannot infer the type of this value".
//!
//! A pending access is represented in the typed IR by a `Deferred(id)`
//! placeholder whose type is a fresh variable; the receiver and arguments are
//! kept here. Resolution builds the real node with the ordinary lookup and
//! patches it over the placeholder.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, ExprKind as K, FnId};
use crate::ty::Ty;

pub struct Pending {
    recv: tir::Expr,
    name: ast::Ident,
    /// `None` for a field access.
    args: Option<(Vec<tir::Expr>, Span)>,
    span: Span,
    result: Ty,
    resolved: Option<tir::ExprKind>,
}

impl Checker<'_> {
    /// Is `ty` an inference variable (not a declared generic parameter)?
    pub fn is_unknown(&self, ty: &Ty) -> bool {
        matches!(self.inf.shallow(ty), Ty::Var(v) if self.inf.rigid_name(v).is_none())
    }

    /// Are there accesses waiting for their receiver's type?
    pub fn has_pending(&self) -> bool {
        self.pending.iter().any(|p| p.resolved.is_none())
    }

    pub fn defer_field(&mut self, recv: tir::Expr, name: &ast::Ident, span: Span) -> tir::Expr {
        self.defer(recv, name, None, span)
    }

    pub fn defer_method(
        &mut self,
        recv: tir::Expr,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let args = args
            .into_iter()
            .map(|a| match a {
                ArgIn::Ast(e) => self.expr(e, None),
                ArgIn::Done(e) => e,
            })
            .collect();
        self.defer(recv, name, Some((args, args_span)), span)
    }

    fn defer(
        &mut self,
        recv: tir::Expr,
        name: &ast::Ident,
        args: Option<(Vec<tir::Expr>, Span)>,
        span: Span,
    ) -> tir::Expr {
        let result = self.inf.fresh();
        let id = self.pending.len() as u32;
        self.pending.push(Pending {
            recv,
            name: name.clone(),
            args,
            span,
            result: result.clone(),
            resolved: None,
        });
        mk(K::Deferred(id), result, span)
    }

    /// Resolves every pending access whose receiver is now known, repeatedly
    /// (one resolution can reveal another receiver's type); reports the
    /// rest; patches `body` and the functions lifted since `lifted_from`.
    pub fn resolve_pending(&mut self, body: &mut tir::Expr, lifted_from: usize) {
        if self.pending.is_empty() {
            return;
        }
        loop {
            let mut progress = false;
            for i in 0..self.pending.len() {
                // `compare` lowers to code with locals of its own function,
                // which is no longer the current frame here.
                let p = &self.pending[i];
                if p.resolved.is_none() && !self.is_unknown(&p.recv.ty) && p.name.name != "compare"
                {
                    self.resolve_one(i);
                    progress = true;
                }
            }
            if !progress {
                break;
            }
        }
        for i in 0..self.pending.len() {
            if self.pending[i].resolved.is_none() {
                self.report_unresolved(i);
            }
        }
        let mut resolved: Vec<Option<tir::ExprKind>> =
            self.pending.drain(..).map(|p| p.resolved).collect();
        let mut patch = |kind: &mut tir::ExprKind| {
            if let K::Deferred(id) = kind {
                if let Some(r) = resolved.get_mut(*id as usize).and_then(Option::take) {
                    *kind = r;
                }
            }
        };
        crate::walk::fn_uses(body, &mut patch);
        let lifted: Vec<FnId> = self.lifted[lifted_from..].to_vec();
        for fun in lifted {
            if let Some(f) = self.functions[fun.0 as usize].as_mut() {
                crate::walk::fn_uses(&mut f.body, &mut patch);
            }
        }
    }

    fn resolve_one(&mut self, i: usize) {
        let placeholder = mk(K::Unit, Ty::UNIT, self.pending[i].span);
        let recv = std::mem::replace(&mut self.pending[i].recv, placeholder);
        let (name, span, result) = (
            self.pending[i].name.clone(),
            self.pending[i].span,
            self.pending[i].result.clone(),
        );
        let node = match self.pending[i].args.take() {
            None => self.field_access(recv, &name, span),
            Some((args, args_span)) => {
                let args = args.into_iter().map(ArgIn::Done).collect();
                self.method_call_on(recv, &name, args, span, args_span)
            }
        };
        if let Err(err) = self.inf.unify(&result, &node.ty) {
            let d = self.mismatch(err, &result, &node.ty, span, None);
            self.push(d);
        }
        // The receiver's type is known now, so the placeholder is never
        // considered again.
        self.pending[i].recv.ty = Ty::UNIT;
        self.pending[i].resolved = Some(node.kind);
    }

    fn report_unresolved(&mut self, i: usize) {
        let p = &self.pending[i];
        let (code, what) = if p.args.is_some() {
            ("E0030", "call method")
        } else {
            ("E0009", "access field")
        };
        let msg = format!(
            "cannot infer the type of this value to {what} `{}`",
            p.name.name
        );
        let d = Diagnostic::error(Code(code), msg)
            .label(p.name.span, "type unknown here")
            .help("add a type annotation");
        self.push(d);
        self.pending[i].resolved = Some(K::Unit);
    }
}
