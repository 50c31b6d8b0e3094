//! Method calls through impls and `where` bounds (LANGUAGE.md §5.15 step 2),
//! operators on user types, and trait requirements checked against impls.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::{Checker, ConstraintKind};
use crate::expr::{mk, ArgIn};
use crate::tir::{self, Callee, ExprKind as K};
use crate::ty::{Ty, TyCon};

impl Checker<'_> {
    /// `recv.m(args)` through an explicit impl of the receiver's type, or
    /// through a bound of a generic receiver.
    pub fn trait_method_call<'e>(
        &mut self,
        recv: tir::Expr,
        name: &ast::Ident,
        args: Vec<ArgIn<'e>>,
        span: Span,
        args_span: Span,
    ) -> Result<tir::Expr, Box<(tir::Expr, Vec<ArgIn<'e>>)>> {
        let recv_ty = self.inf.shallow(&recv.ty);
        let candidates = self.impl_methods(&recv_ty, &name.name);
        let traits: Vec<usize> = {
            let mut t: Vec<usize> = candidates
                .iter()
                .map(|(i, _)| self.impls[*i].trait_id)
                .collect();
            t.dedup();
            t
        };
        if traits.len() > 1 {
            self.ambiguous_method(&recv_ty, name, &traits);
            return Ok(self.error_expr(span));
        }
        if let Some(&(_, entry)) = candidates.first() {
            let mut all = vec![ArgIn::Done(recv)];
            all.extend(args);
            return Ok(self.entry_call(entry, all, span, args_span));
        }
        if matches!(recv_ty, Ty::Var(_)) {
            if let Some(t) = self.bound_with_method(&recv_ty, &name.name) {
                return Ok(self.bound_method_call(t, recv, name, args, span, args_span));
            }
        }
        Err(Box::new((recv, args)))
    }

    fn ambiguous_method(&mut self, ty: &Ty, name: &ast::Ident, traits: &[usize]) {
        let shown = self.inf.display(ty, &mut Vec::new());
        let names: Vec<String> = traits
            .iter()
            .map(|&t| self.traits[t].name.clone())
            .collect();
        let msg = format!(
            "ambiguous method `{}` for type `{shown}`: candidates from traits [{}]",
            name.name,
            names.join(", ")
        );
        let help = format!(
            "use qualified syntax: {}.{m}(value) or {}.{m}(value)",
            names[0],
            names[1],
            m = name.name
        );
        let d = Diagnostic::error(Code("E0027"), msg)
            .label(name.span, "ambiguous")
            .help(help);
        self.push(d);
    }

    /// Does an impl for `ty` lack method `name` that its interface declares
    /// without a default (already reported as E0007)?
    pub fn reported_missing_method(&self, ty: &Ty, name: &str) -> bool {
        let head = crate::interfaces::head_of(ty);
        head.is_some()
            && self.impls.iter().any(|imp| {
                crate::interfaces::head_of(&imp.for_type) == head
                    && !imp.methods.iter().any(|(n, _)| n == name)
                    && self.traits[imp.trait_id]
                        .method(name)
                        .is_some_and(|m| m.default.is_none() && !m.builtin_default)
            })
    }

    /// The methods callable on `ty` (for did-you-mean): those of its impls
    /// and of the built-in traits it implements.
    pub fn method_names_on(&self, ty: &Ty) -> Vec<String> {
        let head = crate::interfaces::head_of(ty);
        let mut names: Vec<String> = self
            .impls
            .iter()
            .filter(|imp| head.is_some() && crate::interfaces::head_of(&imp.for_type) == head)
            .flat_map(|imp| imp.methods.iter().map(|(n, _)| n.clone()))
            .collect();
        let builtin = [
            ("Display", "to_string"),
            ("Debug", "inspect"),
            ("Hash", "hash"),
            ("Ord", "compare"),
        ];
        for (trait_name, method) in builtin {
            if self.has_trait_named(trait_name, ty) {
                names.push(method.to_string());
            }
        }
        names
    }

    /// Calls function entry `entry` (an impl method) with `args`.
    pub fn entry_call(
        &mut self,
        entry: usize,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let expected = self.fns[entry].arity;
        if args.len() != expected {
            self.arity_error_pub(
                expected.saturating_sub(1),
                args.len().saturating_sub(1),
                args_span,
            );
            return self.error_expr(span);
        }
        self.call_entry(entry, args, span)
    }

    /// A direct call of function entry `entry` (arity already checked):
    /// instantiates it, checks the arguments and its `where` bounds.
    pub fn call_entry(&mut self, entry: usize, args: Vec<ArgIn>, span: Span) -> tir::Expr {
        let (params, ret, inst) = self.instantiate(entry);
        let fun = self.fns[entry].fun;
        let args = self.check_args(&params, args);
        self.bounds_at(&args, span);
        mk(
            K::Call {
                callee: Callee::Fn { fun, inst },
                args,
            },
            ret,
            span,
        )
    }

    /// The bound of a generic receiver that declares method `name`.
    fn bound_with_method(&self, ty: &Ty, name: &str) -> Option<usize> {
        self.bounds_of(ty)
            .into_iter()
            .find(|&t| self.traits[t].method(name).is_some())
    }

    pub fn bound_method_call(
        &mut self,
        t: usize,
        recv: tir::Expr,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        // The built-in formatting and comparison traits dispatch by type in
        // code generation already.
        match name.name.as_str() {
            "to_string" if args.is_empty() => return self.show(recv),
            "inspect" if args.is_empty() => return mk(K::Debug(Box::new(recv)), Ty::STRING, span),
            _ => {}
        }
        let info = &self.traits[t];
        let Some(m) = info.method(&name.name) else {
            return self.error_expr(span);
        };
        let (declared, ret) = (m.params.clone(), m.ret.clone());
        let n_generics = info.generics.len() + info.assoc.len();
        let trait_name = info.qualified.clone();
        let mut subst = vec![recv.ty.clone()];
        subst.extend((0..n_generics).map(|_| self.inf.fresh()));
        let params: Vec<Ty> = std::iter::once(recv.ty.clone())
            .chain(declared.iter().map(|p| {
                p.as_ref()
                    .map(|t| t.subst(&subst))
                    .unwrap_or_else(|| self.inf.fresh())
            }))
            .collect();
        let ret = ret
            .map(|r| r.subst(&subst))
            .unwrap_or_else(|| self.inf.fresh());
        let mut all = vec![ArgIn::Done(recv)];
        all.extend(args);
        if all.len() != params.len() {
            self.arity_error_pub(params.len() - 1, all.len() - 1, args_span);
            return self.error_expr(span);
        }
        let self_ty = params[0].clone();
        let args = self.check_args(&params, all);
        let callee = Callee::Method {
            trait_name,
            method: name.name.clone(),
            self_ty,
        };
        mk(K::Call { callee, args }, ret, span)
    }

    /// The result type of an arithmetic operator on `ty`: the impl's
    /// `Output` for user types, `ty` itself otherwise.
    pub fn arith_result(&mut self, trait_name: &str, ty: &Ty) -> Ty {
        if let Ty::Con(TyCon::Adt(_), _) = self.inf.shallow(ty) {
            if let Some(t) = self.trait_named(trait_name) {
                if let Some(out) = self.assoc_of(t, ty, "Output") {
                    return out;
                }
            }
        }
        ty.clone()
    }

    /// Does `ty` satisfy the requirement? Built-in instances, derives and
    /// explicit impls; components for the generic built-in types.
    pub fn has_trait(&self, kind: ConstraintKind, ty: &Ty) -> bool {
        let name = match kind {
            ConstraintKind::Num(n) => n,
            ConstraintKind::Show => "Display",
            ConstraintKind::Eq => "Eq",
            ConstraintKind::Ord => "Ord",
            ConstraintKind::Trait(t) => return self.implements(t, ty),
        };
        match self.inf.shallow(ty) {
            Ty::Con(TyCon::Adt(i), args) => {
                let explicit = |n: &str| {
                    self.trait_named(n)
                        .is_some_and(|t| !self.impls_for(t, ty).is_empty())
                };
                let derived = crate::traits::builtin_has(&self.inf, name, ty)
                    || (kind == ConstraintKind::Show
                        && crate::traits::builtin_has(&self.inf, "Debug", ty));
                let _ = i;
                let own = explicit(name) || (kind == ConstraintKind::Show && explicit("Debug"));
                // Derived instances need the type arguments to satisfy it too.
                own || (derived && args.iter().all(|a| self.has_trait(kind, a)))
            }
            Ty::Con(TyCon::List | TyCon::Option | TyCon::Result, args) | Ty::Tuple(args)
                if !matches!(kind, ConstraintKind::Num(_)) =>
            {
                args.iter().all(|a| self.has_trait(kind, a))
            }
            _ => crate::traits::missing(&self.inf, &self.inf.adt_defs, ty, kind).is_none(),
        }
    }

    /// `x.to_string()` needs Display and `x.inspect()` Debug (§7.1); a type
    /// still unknown is checked later through the show constraint.
    pub fn has_format_trait(&self, method: &str, ty: &Ty) -> bool {
        let trait_name = if method == "to_string" {
            "Display"
        } else {
            "Debug"
        };
        match self.inf.shallow(ty) {
            Ty::Var(_) | Ty::Param(_) => true,
            Ty::Con(TyCon::Adt(_), _) => {
                let explicit = self
                    .trait_named(trait_name)
                    .is_some_and(|t| !self.impls_for(t, ty).is_empty());
                explicit || crate::traits::builtin_has(&self.inf, trait_name, ty)
            }
            _ => self.has_trait(ConstraintKind::Show, ty),
        }
    }

    /// Does `ty` implement the built-in trait `name` (explicit impl, derive,
    /// built-in instance)? Unknown types are accepted.
    pub fn has_trait_named(&self, name: &str, ty: &Ty) -> bool {
        match self.inf.shallow(ty) {
            Ty::Var(_) | Ty::Param(_) => true,
            Ty::Con(TyCon::Adt(_), _) => {
                let explicit = self
                    .trait_named(name)
                    .is_some_and(|t| !self.impls_for(t, ty).is_empty());
                explicit || crate::traits::builtin_has(&self.inf, name, ty)
            }
            other => crate::traits::builtin_has(&self.inf, name, &other),
        }
    }

    /// `I.m(x, args)`: the method of interface `I`, dispatched on `x`.
    pub fn interface_call(
        &mut self,
        t: usize,
        name: &ast::Ident,
        mut args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if self.traits[t].method(&name.name).is_none() {
            return self.unknown_interface_method(t, name, span);
        }
        if args.is_empty() {
            self.arity_error_pub(1, 0, args_span);
            return self.error_expr(span);
        }
        let recv = match args.remove(0) {
            ArgIn::Ast(a) => self.expr(a, None),
            ArgIn::Done(e) => e,
        };
        let own = self
            .impl_methods(&recv.ty, &name.name)
            .into_iter()
            .find(|(i, _)| self.impls[*i].trait_id == t);
        if let Some((_, entry)) = own {
            let mut all = vec![ArgIn::Done(recv)];
            all.extend(args);
            return self.entry_call(entry, all, span, args_span);
        }
        self.bound_method_call(t, recv, name, args, span, args_span)
    }

    /// `I.m` as a function value: a closure dispatching on its first argument.
    pub fn interface_method_value(&mut self, t: usize, name: &ast::Ident, span: Span) -> tir::Expr {
        let Some(m) = self.traits[t].method(&name.name) else {
            return self.unknown_interface_method(t, name, span);
        };
        let arity = m.params.len() + usize::from(m.has_self);
        let params: Vec<Ty> = (0..arity).map(|_| self.inf.fresh()).collect();
        let ret = self.inf.fresh();
        self.frames
            .push(crate::frame::Frame::new(ret.clone(), true));
        let locals: Vec<tir::LocalId> = params
            .iter()
            .enumerate()
            .map(|(i, p)| self.frame().new_local(&format!("$arg{i}"), p.clone()))
            .collect();
        let args: Vec<ArgIn> = locals
            .iter()
            .zip(&params)
            .map(|(l, p)| ArgIn::Done(mk(K::Local(*l), p.clone(), span)))
            .collect();
        let body = self.interface_call(t, name, args, span, span);
        let _ = self.inf.unify(&ret, &body.ty);
        let lifted = self.lift("method", span, locals, ret.clone(), body);
        self.closure_value(lifted, Ty::Fun(params, Box::new(ret)), span)
    }

    fn unknown_interface_method(&mut self, t: usize, name: &ast::Ident, span: Span) -> tir::Expr {
        let trait_name = self.traits[t].name.clone();
        let names: Vec<String> = self.traits[t]
            .methods
            .iter()
            .map(|m| m.name.clone())
            .collect();
        let mut d = Diagnostic::error(Code("E0034"), "name not found in module").label(
            name.span,
            format!("{} is not a method of interface `{trait_name}`", name.name),
        );
        if let Some(s) =
            mesh_diagnostics::did_you_mean(&name.name, names.iter().map(String::as_str))
        {
            d = d.help(format!("did you mean `{s}`?")).fix(name.span, s);
        }
        self.push(d);
        self.error_expr(span)
    }

    /// The methods of the built-in instances of §5.12 on built-in types
    /// (`3.add(4)`, `7.neg()`, `a.eq(b)`, `a.lt(b)`), lowered to the operators.
    pub fn builtin_instance_method<'e>(
        &mut self,
        recv: tir::Expr,
        name: &ast::Ident,
        mut args: Vec<ArgIn<'e>>,
        span: Span,
        args_span: Span,
    ) -> Result<tir::Expr, Box<(tir::Expr, Vec<ArgIn<'e>>)>> {
        let (trait_name, arith) = match name.name.as_str() {
            "add" => ("Add", Some(tir::ArithOp::Add)),
            "sub" => ("Sub", Some(tir::ArithOp::Sub)),
            "mul" => ("Mul", Some(tir::ArithOp::Mul)),
            "div" => ("Div", Some(tir::ArithOp::Div)),
            "mod" => ("Mod", Some(tir::ArithOp::Rem)),
            "neg" => ("Neg", None),
            "eq" => ("Eq", None),
            "lt" => ("Ord", None),
            _ => return Err(Box::new((recv, args))),
        };
        let builtin = !matches!(self.inf.shallow(&recv.ty), Ty::Con(TyCon::Adt(_), _))
            && crate::traits::builtin_has(&self.inf, trait_name, &recv.ty);
        let unary = name.name == "neg";
        if !builtin || args.len() != usize::from(!unary) {
            return Err(Box::new((recv, args)));
        }
        let ty = recv.ty.clone();
        if unary {
            let op = if self.inf.is_con(&ty, TyCon::Float) {
                tir::UnaryOp::NegFloat
            } else {
                tir::UnaryOp::NegInt
            };
            return Ok(mk(
                K::Unary {
                    op,
                    operand: Box::new(recv),
                },
                ty,
                span,
            ));
        }
        let arg = args.remove(0);
        let mut checked = self.check_args(std::slice::from_ref(&ty), vec![arg]);
        let (l, r) = (Box::new(recv), Box::new(checked.remove(0)));
        let _ = args_span;
        Ok(match (name.name.as_str(), arith) {
            (_, Some(op)) => mk(K::Arith { op, lhs: l, rhs: r }, ty, span),
            ("eq", _) => mk(
                K::Eq {
                    negate: false,
                    lhs: l,
                    rhs: r,
                },
                Ty::BOOL,
                span,
            ),
            _ => mk(
                K::Compare {
                    op: tir::CompareOp::Lt,
                    lhs: l,
                    rhs: r,
                },
                Ty::BOOL,
                span,
            ),
        })
    }

    /// A method on a declared generic parameter not covered by its bounds:
    /// the unique interface declaring it becomes an implicit bound (§5.15);
    /// none is E0030, several E0027.
    pub fn generic_receiver_method<'e>(
        &mut self,
        recv: tir::Expr,
        name: &ast::Ident,
        args: Vec<ArgIn<'e>>,
        span: Span,
        args_span: Span,
    ) -> Result<tir::Expr, Box<(tir::Expr, Vec<ArgIn<'e>>)>> {
        let Ty::Var(v) = self.inf.shallow(&recv.ty) else {
            return Err(Box::new((recv, args)));
        };
        if self.inf.rigid_name(v).is_none() {
            return Err(Box::new((recv, args)));
        }
        let declaring: Vec<usize> = (0..self.traits.len())
            .filter(|&t| {
                self.traits[t]
                    .method(&name.name)
                    .is_some_and(|m| m.has_self)
            })
            .collect();
        match declaring.as_slice() {
            [] => {
                let ty = recv.ty.clone();
                self.no_method(&ty, name, &[]);
                Ok(self.error_expr(span))
            }
            [t] => {
                let t = *t;
                self.bounds.entry(v).or_default().push(t);
                Ok(self.bound_method_call(t, recv, name, args, span, args_span))
            }
            many => {
                let many = many.to_vec();
                let ty = recv.ty.clone();
                self.ambiguous_method(&ty, name, &many);
                Ok(self.error_expr(span))
            }
        }
    }

    /// Is `name` a method (with `self`) of some interface? Then `name(a, …)`
    /// is the method call `a.name(…)` (§5.4).
    pub fn is_trait_method(&self, name: &str) -> bool {
        self.traits
            .iter()
            .any(|t| t.module.is_some() && t.method(name).is_some_and(|m| m.has_self))
    }

    /// Does some impl for user type `adt` define method `name`?
    pub fn has_impl_method(&self, adt: usize, name: &str) -> bool {
        !self
            .impl_methods(&Ty::Con(TyCon::Adt(adt as u32), Vec::new()), name)
            .is_empty()
    }

    /// E0030 ``no method `m` on type `T` `` with a did-you-mean among
    /// `candidates` (the methods available on `T`).
    pub fn no_method(&mut self, ty: &Ty, name: &ast::Ident, candidates: &[String]) {
        let shown = self.inf.display(ty, &mut Vec::new());
        let mut d = Diagnostic::error(
            Code("E0030"),
            format!("no method `{}` on type `{shown}`", name.name),
        )
        .label(name.span, "no such method");
        if let Some(s) =
            mesh_diagnostics::did_you_mean(&name.name, candidates.iter().map(String::as_str))
        {
            d = d.help(format!("did you mean `{s}`?")).fix(name.span, s);
        }
        self.push(d);
    }
}
