//! Function bodies: clause groups (§5.6), closures (§5.7) and nested
//! functions, each lowered to a `tir::Function`.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::Checker;
use crate::frame::Frame;
use crate::tir::{self, ExprKind, FnId, FnKind, LocalId};
use crate::ty::Ty;

/// One clause to check: its parameters, guard and body.
pub struct Clause<'c> {
    pub params: Vec<&'c ast::Param>,
    pub guard: Option<&'c ast::Expr>,
    pub body: Body<'c>,
    pub head: Span,
}

#[derive(Clone, Copy)]
pub enum Body<'c> {
    Expr(&'c ast::Expr),
    Block(&'c ast::Block),
}

impl<'c> Body<'c> {
    pub fn of(body: &'c ast::FnBody) -> Body<'c> {
        match body {
            ast::FnBody::Expr(e) => Body::Expr(e),
            ast::FnBody::Block(b) => Body::Block(b),
        }
    }
}

impl Checker<'_> {
    /// Checks top-level function group `i`.
    pub fn check_fn(&mut self, i: usize) -> tir::Function {
        let entry = &self.fns[i];
        let (name, arity) = (entry.name.clone(), entry.arity);
        let (params, mut ret) = (entry.params.clone(), entry.ret.clone());
        let clauses: Vec<&ast::FnDef> = entry.clauses.clone();
        let first = clauses[0];
        self.warn_ignored_on_later_clauses(&clauses);
        // An actor's recorded result is `Pid<M>`; its body's own value is ignored.
        let actor_message = self
            .is_actor(i)
            .then(|| crate::actors::message_type(&ret))
            .flatten();
        if actor_message.is_some() {
            ret = self.inf.fresh();
        }
        self.checking_fn = Some(i);
        let mut frame = Frame::new(ret.clone(), false);
        frame.ret_span = first.ret.as_ref().map(|t| t.span);
        frame.actor_message = actor_message.clone();
        self.frames.push(frame);
        let env = self.fns[i].env.clone();
        let cls: Vec<Clause> = clauses
            .iter()
            .map(|c| Clause {
                params: c.params.iter().flatten().collect(),
                guard: c.guard.as_ref(),
                body: Body::of(&c.body),
                head: c.head_span(),
            })
            .collect();
        let fail = format!("no matching clause for `{name}/{arity}`");
        let lifted_from = self.lifted.len();
        let (param_locals, mut body) =
            self.clauses(&cls, &params, &ret, &env, fail, first.name.span);
        self.resolve_pending(&mut body, lifted_from);
        let frame = self
            .frames
            .pop()
            .unwrap_or_else(|| Frame::new(Ty::UNIT, false));
        let module = self.modules[self.fns[i].module].name.clone();
        // Methods of impls for different types share a name: number all but
        // the first so that symbols stay unique.
        let first_of_name = self
            .fns
            .iter()
            .position(|f| f.module == self.fns[i].module && f.name == name && f.arity == arity);
        let symbol = if first_of_name == Some(i) {
            format!("{module}.{name}/{arity}")
        } else {
            format!("{module}.{name}/{arity}#{i}")
        };
        let kind = if actor_message.is_some() {
            let fun = self.fns[i].fun;
            self.check_actor_tail_calls(&name, fun, &body);
            FnKind::Actor {
                terminate: self.terminate_of(i).map(|t| self.fns[t].fun),
            }
        } else {
            FnKind::TopLevel
        };
        tir::Function {
            name: name.clone(),
            symbol,
            file: self.file,
            span: first.span,
            n_generics: 0,
            params: param_locals,
            ret,
            locals: frame.locals,
            captures: Vec::new(),
            kind,
            body,
        }
    }

    fn warn_ignored_on_later_clauses(&mut self, clauses: &[&ast::FnDef]) {
        let name = clauses[0].name.name.clone();
        for c in &clauses[1..] {
            let ignored = [
                (c.pub_span, "visibility"),
                (c.generics_span, "generic parameters"),
                (c.ret.as_ref().map(|t| t.span), "return type annotation"),
                (c.where_span, "where clause"),
            ];
            for (span, what) in ignored {
                if let Some(span) = span {
                    let d = Diagnostic::warning(
                        Code("W0002"),
                        format!("{what} on non-first clause of `{name}` will be ignored"),
                    )
                    .label(span, "ignored");
                    self.push(d);
                }
            }
        }
    }

    /// Checks a clause group against shared parameter types. A single clause
    /// whose parameters are all plain variables binds them directly;
    /// otherwise the body is a match over the parameters.
    pub fn clauses(
        &mut self,
        clauses: &[Clause],
        params: &[Ty],
        ret: &Ty,
        env: &[(String, Ty)],
        fail: String,
        name_span: Span,
    ) -> (Vec<LocalId>, tir::Expr) {
        if let [single] = clauses {
            if single.guard.is_none() && single.params.iter().all(|p| self.is_plain_var(p)) {
                return self.simple_clause(single, params, ret, env);
            }
        }
        let locals: Vec<LocalId> = params
            .iter()
            .enumerate()
            .map(|(i, t)| self.frame().new_local(&format!("$arg{i}"), t.clone()))
            .collect();
        let mut arms = Vec::new();
        for clause in clauses {
            self.frame().push_scope();
            let patterns = clause
                .params
                .iter()
                .zip(params)
                .map(|(p, t)| self.param_pattern(p, t, env))
                .collect::<Vec<_>>();
            let guard = clause.guard.map(|g| self.guard(g));
            let body = self.body(clause.body, ret);
            self.frame().pop_scope();
            arms.push(tir::Arm {
                patterns,
                guard,
                body,
            });
        }
        let scrutinees: Vec<tir::Expr> = locals
            .iter()
            .zip(params)
            .map(|(l, t)| tir::Expr {
                kind: ExprKind::Local(*l),
                ty: t.clone(),
                span: name_span,
            })
            .collect();
        let heads: Vec<Span> = clauses.iter().map(|c| c.head).collect();
        let on_fail = self.clause_exhaustiveness(&arms, params, &heads, name_span, fail);
        let body = tir::Expr {
            kind: ExprKind::Match {
                scrutinees,
                arms,
                on_fail,
            },
            ty: ret.clone(),
            span: name_span,
        };
        (locals, body)
    }

    fn is_plain_var(&self, p: &ast::Param) -> bool {
        match p {
            ast::Param::Pattern { pattern, .. } => match &pattern.kind {
                ast::PatternKind::Ident(id) => !crate::pattern::is_nullary_variant(&id.name),
                ast::PatternKind::Wildcard => true,
                _ => false,
            },
            ast::Param::SelfParam(_) => true,
        }
    }

    fn simple_clause(
        &mut self,
        clause: &Clause,
        params: &[Ty],
        ret: &Ty,
        env: &[(String, Ty)],
    ) -> (Vec<LocalId>, tir::Expr) {
        let mut locals = Vec::new();
        for (p, t) in clause.params.iter().zip(params) {
            let name = match p {
                ast::Param::SelfParam(_) => "self".to_string(),
                ast::Param::Pattern { pattern, ty } => {
                    self.annotate_param(ty.as_ref(), t, env, pattern.span);
                    match &pattern.kind {
                        ast::PatternKind::Ident(id) => id.name.clone(),
                        _ => "_".to_string(),
                    }
                }
            };
            let id = self.frame().new_local(&name, t.clone());
            if name != "_" {
                self.frame().bind(&name, id);
            }
            locals.push(id);
        }
        let body = self.body(clause.body, ret);
        (locals, body)
    }

    fn annotate_param(
        &mut self,
        ty: Option<&ast::TypeExpr>,
        param_ty: &Ty,
        env: &[(String, Ty)],
        span: Span,
    ) {
        if let Some(t) = ty {
            let annotated = self.resolve_type(t, env);
            if let Err(e) = self.inf.unify(param_ty, &annotated) {
                let d = self
                    .mismatch(e, param_ty, &annotated, t.span, None)
                    .label(span, "parameter");
                self.push(d);
            }
        }
    }

    fn param_pattern(&mut self, p: &ast::Param, ty: &Ty, env: &[(String, Ty)]) -> tir::Pattern {
        match p {
            ast::Param::Pattern { pattern, ty: annot } => {
                self.annotate_param(annot.as_ref(), ty, env, pattern.span);
                self.pattern(pattern, ty, false)
            }
            ast::Param::SelfParam(span) => {
                let id = self.frame().new_local("self", ty.clone());
                self.frame().bind("self", id);
                tir::Pattern {
                    kind: tir::PatternKind::Bind(id),
                    ty: ty.clone(),
                    span: *span,
                }
            }
        }
    }

    /// A function or closure body, unified with the return type.
    fn body(&mut self, body: Body, ret: &Ty) -> tir::Expr {
        let e = match body {
            Body::Expr(e) => self.expr(e, Some(ret)),
            Body::Block(b) => self.block(b, Some(ret)),
        };
        let ret_span = self.frame().ret_span;
        self.expect(&e, ret, ret_span);
        e
    }

    /// A guard expression: must be Bool (E0025).
    pub fn guard(&mut self, g: &ast::Expr) -> tir::Expr {
        let e = self.expr(g, Some(&Ty::BOOL));
        if self.inf.unify(&e.ty, &Ty::BOOL).is_err() {
            let shown = self.inf.display(&e.ty, &mut Vec::new());
            self.error(
                "E0025",
                format!("guard must be Bool, found `{shown}`"),
                g.span,
                "not a Bool",
            );
        }
        e
    }

    pub fn frame(&mut self) -> &mut Frame {
        if self.frames.is_empty() {
            self.frames.push(Frame::new(Ty::UNIT, false));
        }
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    /// A closure expression: lifted into its own function.
    pub fn closure(&mut self, c: &ast::Closure, span: Span, expected: Option<&Ty>) -> tir::Expr {
        let arity = c.clauses.first().map_or(0, |cl| cl.params.len());
        for cl in &c.clauses[1..] {
            if cl.params.len() != arity {
                let msg = format!(
                    "all clauses of `fn` must have the same number of parameters; expected {arity}, found {}",
                    cl.params.len()
                );
                self.error("E0024", msg, cl.params_span, "wrong number of parameters");
            }
        }
        let (params, ret) = match expected.map(|t| self.inf.shallow(t)) {
            Some(Ty::Fun(ps, r)) if ps.len() == arity => (ps, *r),
            _ => (
                (0..arity).map(|_| self.inf.fresh()).collect(),
                self.inf.fresh(),
            ),
        };
        let clauses: Vec<Clause> = c
            .clauses
            .iter()
            .filter(|cl| cl.params.len() == arity)
            .map(|cl| Clause {
                params: cl.params.iter().collect(),
                guard: cl.guard.as_ref(),
                body: Body::Block(&cl.body),
                head: cl.params_span,
            })
            .collect();
        self.frames.push(Frame::new(ret.clone(), true));
        let (locals, body) = self.clauses(
            &clauses,
            &params,
            &ret,
            &[],
            "no matching clause for closure".into(),
            c.kw_span,
        );
        let lifted = self.lift("closure", span, locals, ret.clone(), body);
        let ty = Ty::Fun(params, Box::new(ret));
        self.closure_value(lifted, ty, span)
    }

    /// Pops the current frame into a lifted function.
    /// Returns the new function and the parent-frame locals its environment copies.
    pub fn lift(
        &mut self,
        name: &str,
        span: Span,
        params: Vec<LocalId>,
        ret: Ty,
        body: tir::Expr,
    ) -> (FnId, Vec<LocalId>) {
        let frame = self
            .frames
            .pop()
            .unwrap_or_else(|| Frame::new(Ty::UNIT, true));
        let fun = self.alloc_fn();
        self.functions[fun.0 as usize] = Some(tir::Function {
            name: name.to_string(),
            symbol: format!("{}${name}{}", self.modules[self.module].name, fun.0),
            file: self.file,
            span,
            n_generics: 0,
            params,
            ret,
            locals: frame.locals,
            captures: frame.captures,
            kind: FnKind::Closure,
            body,
        });
        self.lifted.push(fun);
        (fun, frame.capture_sources)
    }

    pub fn closure_value(
        &mut self,
        (fun, captures): (FnId, Vec<LocalId>),
        ty: Ty,
        span: Span,
    ) -> tir::Expr {
        tir::Expr {
            kind: ExprKind::Closure {
                fun,
                inst: Vec::new(),
                captures,
            },
            ty,
            span,
        }
    }

    /// A nested named function: a closure bound to its name, which it can
    /// call recursively.
    pub fn nested_fn(&mut self, def: &ast::FnDef) -> tir::Stmt {
        let (params, ret, _) = self.signature_of_nested(def);
        let fn_ty = Ty::Fun(params.clone(), Box::new(ret.clone()));
        let outer_local = self.frame().new_local(&def.name.name, fn_ty.clone());
        self.frame().bind(&def.name.name, outer_local);
        let mut frame = Frame::new(ret.clone(), true);
        frame.ret_span = def.ret.as_ref().map(|t| t.span);
        let self_local = frame.new_local(&def.name.name, fn_ty.clone());
        frame.bind(&def.name.name, self_local);
        self.frames.push(frame);
        let clause = Clause {
            params: def.params.iter().flatten().collect(),
            guard: def.guard.as_ref(),
            body: Body::of(&def.body),
            head: def.head_span(),
        };
        let fail = format!("no matching clause for `{}/{}`", def.name.name, def.arity());
        let (locals, body) = self.clauses(&[clause], &params, &ret, &[], fail, def.name.span);
        let self_ref = tir::Expr {
            kind: ExprKind::SelfClosure,
            ty: fn_ty.clone(),
            span: def.name.span,
        };
        let pattern = tir::Pattern {
            kind: tir::PatternKind::Bind(self_local),
            ty: fn_ty.clone(),
            span: def.name.span,
        };
        let body = tir::Expr {
            ty: body.ty.clone(),
            span: body.span,
            kind: ExprKind::Block(vec![
                tir::Stmt::Let {
                    pattern,
                    value: self_ref,
                },
                tir::Stmt::Expr(body),
            ]),
        };
        let lifted = self.lift(&def.name.name, def.span, locals, ret, body);
        let value = self.closure_value(lifted, fn_ty.clone(), def.span);
        let pattern = tir::Pattern {
            kind: tir::PatternKind::Bind(outer_local),
            ty: fn_ty,
            span: def.name.span,
        };
        tir::Stmt::Let { pattern, value }
    }

    fn signature_of_nested(&mut self, def: &ast::FnDef) -> (Vec<Ty>, Ty, ()) {
        let params = def
            .params
            .iter()
            .flatten()
            .map(|p| match p {
                ast::Param::Pattern { ty: Some(t), .. } => self.resolve_type(t, &[]),
                _ => self.inf.fresh(),
            })
            .collect();
        let ret = match &def.ret {
            Some(t) => self.resolve_type(t, &[]),
            None => self.inf.fresh(),
        };
        (params, ret, ())
    }
}
