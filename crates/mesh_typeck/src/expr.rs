//! Expressions and blocks: inference and elaboration into typed IR.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast::{self, BinOp, ExprKind as A};

use crate::check::{Checker, ConstraintKind};
use crate::pattern::{fresh_sum, nullary_variant};
use crate::tir::{self, ArithOp, CompareOp, ExprKind as K, LogicOp, UnaryOp};
use crate::ty::{Ty, TyCon};

pub fn mk(kind: K, ty: Ty, span: Span) -> tir::Expr {
    tir::Expr { kind, ty, span }
}

impl Checker<'_> {
    pub fn constrain(&mut self, ty: &Ty, span: Span, kind: ConstraintKind) {
        let file = self.file;
        self.constraints.push(crate::check::Constraint {
            ty: ty.clone(),
            span,
            file,
            kind,
        });
    }

    /// Checks an expression; `expected` guides closures and literals but the
    /// caller still unifies.
    pub fn expr(&mut self, e: &ast::Expr, expected: Option<&Ty>) -> tir::Expr {
        let span = e.span;
        match &e.kind {
            A::Int(n) => mk(K::Int(*n), Ty::INT, span),
            A::Float(x) => mk(K::Float(*x), Ty::FLOAT, span),
            A::Bool(b) => mk(K::Bool(*b), Ty::BOOL, span),
            A::Unit => mk(K::Unit, Ty::UNIT, span),
            A::Atom(a) => mk(K::Atom(a.clone()), Ty::ATOM, span),
            A::Str(parts) => self.string(parts, span),
            A::Var(id) => self.var(id),
            A::Paren(inner) => self.expr(inner, expected),
            A::Tuple(items) => self.tuple(items, expected, span),
            A::List(items) => self.list(items, span),
            A::Unary { op, operand, .. } => self.unary(*op, operand, span),
            A::Binary {
                op: BinOp::Pipe,
                lhs,
                rhs,
                ..
            } => self.pipe(lhs, rhs, span),
            A::Binary { op, lhs, rhs, .. } => self.binary(*op, lhs, rhs, span),
            A::Call { callee, args, .. } if args.is_empty() && self.is_prelude_default(callee) => {
                self.default_call(expected, callee.span, span)
            }
            A::Call {
                callee,
                args,
                args_span,
            } if is_into_call(callee, args) => {
                let A::Field { base, name } = &callee.kind else {
                    return self.error_expr(span);
                };
                let _ = args_span;
                let recv = self.expr(base, None);
                self.convert_into_expected(recv, expected, name, span)
            }
            A::Call {
                callee,
                args,
                args_span,
            } => {
                let args: Vec<ArgIn> = self.call_args(args, *args_span);
                self.call(callee, args, span, *args_span)
            }
            A::Field { base, name } => self.field_value(base, name, span),
            A::Index { base, index } => self.index(base, index, span),
            A::If {
                cond,
                then_block,
                else_branch,
            } => self.if_expr(cond, then_block, else_branch.as_ref(), span, expected),
            A::Case { scrutinee, arms } => self.case(scrutinee, arms, span, expected),
            A::While { cond, body } => self.while_expr(cond, body, span),
            A::For {
                pattern,
                iter,
                filter,
                body,
            } => self.for_expr(pattern, iter, filter.as_deref(), body, span),
            A::Closure(c) => self.closure(c, span, expected),
            A::Return(value) => self.return_expr(value.as_deref(), span),
            A::Break | A::Continue => self.loop_jump(matches!(e.kind, A::Break), span),
            A::Map(entries) => self.map_literal(entries, span),
            A::StructLit { path, fields } => self.struct_literal(path, fields, span),
            A::StructUpdate { base, fields } => self.struct_update(base, fields, span),
            A::Try { operand, q_span } => self.try_expr(operand, *q_span, span),
            A::Receive {
                kw_span,
                arms,
                after,
            } => self.receive_expr(*kw_span, arms, after.as_ref(), expected, span),
            A::Spawn { args, args_span } => self.spawn_expr(args, *args_span, span),
            A::Send { args, args_span } => self.send_expr(args, *args_span, span),
            A::Link { args, args_span } => self.link_expr(args, *args_span, span),
            A::SelfPid => self.self_pid_expr(span),
            A::SelfValue => match self.lookup_local("self") {
                Some((local, ty)) => mk(K::Local(local), ty, span),
                None => {
                    self.error(
                        "E0004",
                        "undefined variable: self",
                        span,
                        "not found in this scope",
                    );
                    self.error_expr(span)
                }
            },
            A::Error => self.error_expr(span),
        }
    }

    pub fn error_expr(&mut self, span: Span) -> tir::Expr {
        let ty = self.inf.fresh_error();
        mk(K::Unit, ty, span)
    }

    // ---- blocks -------------------------------------------------------------

    pub fn block(&mut self, b: &ast::Block, expected: Option<&Ty>) -> tir::Expr {
        self.frame().push_scope();
        let mut stmts = Vec::new();
        let mut ty = Ty::UNIT;
        let n = b.stmts.len();
        for (i, stmt) in b.stmts.iter().enumerate() {
            let last = i + 1 == n;
            match stmt {
                ast::Stmt::Let(l) => {
                    let (s, t) = self.let_stmt(l, last);
                    stmts.push(s);
                    ty = t;
                }
                ast::Stmt::Fn(def) => {
                    stmts.push(self.nested_fn(def));
                    ty = Ty::UNIT;
                }
                ast::Stmt::Expr(e) => {
                    let e = self.expr(e, if last { expected } else { None });
                    ty = e.ty.clone();
                    stmts.push(tir::Stmt::Expr(e));
                }
            }
        }
        self.frame().pop_scope();
        mk(K::Block(stmts), ty, b.span)
    }

    fn let_stmt(&mut self, l: &ast::LetStmt, last: bool) -> (tir::Stmt, Ty) {
        let lifted_before = self.lifted.len();
        let annotated = l.ty.as_ref().map(|t| (self.resolve_type(t, &[]), t.span));
        let value = self.expr(&l.value, annotated.as_ref().map(|(t, _)| t));
        if let Some((ty, span)) = &annotated {
            self.expect(&value, ty, Some(*span));
        }
        let ty = annotated
            .map(|(t, _)| t)
            .unwrap_or_else(|| value.ty.clone());
        let pattern = self.pattern(&l.pattern, &ty, false);
        self.check_irrefutable(&pattern, "let");
        // A generalised closure is re-created at every use, so the binding
        // itself holds nothing (a block's trailing `let` yields its value,
        // so that one stays monomorphic).
        if let (tir::PatternKind::Bind(local), false) = (&pattern.kind, last) {
            if self.generalise_let(*local, &value, lifted_before) {
                let unit = mk(K::Unit, Ty::UNIT, value.span);
                let wildcard = tir::Pattern {
                    kind: tir::PatternKind::Wildcard,
                    ty: Ty::UNIT,
                    span: pattern.span,
                };
                return (
                    tir::Stmt::Let {
                        pattern: wildcard,
                        value: unit,
                    },
                    ty,
                );
            }
        }
        (tir::Stmt::Let { pattern, value }, ty)
    }

    // ---- literals and names ----------------------------------------------------

    fn string(&mut self, parts: &[ast::StrPart], span: Span) -> tir::Expr {
        let mut pieces: Vec<tir::Expr> = Vec::new();
        for part in parts {
            match part {
                ast::StrPart::Text(t) => pieces.push(mk(K::Str(t.clone()), Ty::STRING, span)),
                ast::StrPart::Interp(e) => {
                    let value = self.expr(e, None);
                    pieces.push(self.show(value));
                }
            }
        }
        let mut iter = pieces.into_iter();
        let Some(first) = iter.next() else {
            return mk(K::Str(String::new()), Ty::STRING, span);
        };
        let joined = iter.fold(first, |acc, next| {
            mk(
                K::Concat {
                    lhs: Box::new(acc),
                    rhs: Box::new(next),
                },
                Ty::STRING,
                span,
            )
        });
        tir::Expr { span, ..joined }
    }

    /// The show text of a value (strings are themselves).
    pub fn show(&mut self, value: tir::Expr) -> tir::Expr {
        if self.inf.is_con(&value.ty, TyCon::String) {
            return value;
        }
        self.constrain(&value.ty, value.span, ConstraintKind::Show);
        let span = value.span;
        mk(K::Show(Box::new(value)), Ty::STRING, span)
    }

    /// `(e1, …, en)`. Against an expected tuple type of the same size each
    /// element is checked against its component, so that a mismatch is
    /// reported at the element (§8.4 E0001); a failing element takes the
    /// expected component type, so the tuple causes no second error.
    fn tuple(&mut self, items: &[ast::Expr], expected: Option<&Ty>, span: Span) -> tir::Expr {
        let want = match expected.map(|t| self.inf.shallow(t)) {
            Some(Ty::Tuple(ts)) if ts.len() == items.len() => Some(ts),
            _ => None,
        };
        let mut out = Vec::new();
        let mut tys = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let component = want.as_ref().map(|w| &w[i]);
            let e = self.expr(item, component);
            let ty = match component {
                Some(c) => {
                    if let Err(err) = self.inf.unify(c, &e.ty) {
                        let span = crate::annot::result_span(&e);
                        let d = self.mismatch(err, c, &e.ty, span, None);
                        self.push(d);
                    }
                    c.clone()
                }
                None => e.ty.clone(),
            };
            tys.push(ty);
            out.push(e);
        }
        mk(K::Tuple(out), Ty::Tuple(tys), span)
    }

    fn list(&mut self, items: &[ast::Expr], span: Span) -> tir::Expr {
        let elem = self.inf.fresh();
        let mut out = Vec::new();
        for item in items {
            let e = self.expr(item, Some(&elem));
            if let Err(err) = self.inf.unify(&elem, &e.ty) {
                let d = self.mismatch(err, &elem, &e.ty, e.span, None);
                self.push(d);
            }
            out.push(e);
        }
        mk(K::List(out), Ty::list(elem), span)
    }

    /// Finds a local in the current frame or an enclosing closure's frames,
    /// capturing it through every closure in between.
    pub fn lookup_local(&mut self, name: &str) -> Option<(tir::LocalId, Ty)> {
        let (k, mut id) = self.peek_local(name)?;
        let top = self.frames.len() - 1;
        for j in k + 1..=top {
            let ty = self.frames[j - 1].local_ty(id);
            id = self.frames[j].capture(name, id, ty);
        }
        Some((id, self.frames[top].local_ty(id)))
    }

    /// The frame index and local a name resolves to, without capturing.
    pub fn peek_local(&self, name: &str) -> Option<(usize, tir::LocalId)> {
        for k in (0..self.frames.len()).rev() {
            if let Some(id) = self.frames[k].find(name) {
                return Some((k, id));
            }
            if !self.frames[k].is_closure {
                break;
            }
        }
        None
    }

    fn var(&mut self, id: &ast::Ident) -> tir::Expr {
        let span = id.span;
        if let Some((0, local)) = self.peek_local(&id.name) {
            if let Some(e) = self.poly_use(local, span) {
                return e;
            }
        }
        if let Some((local, ty)) = self.lookup_local(&id.name) {
            return mk(K::Local(local), ty, span);
        }
        if let Some(&c) = self.modules[self.module].consts.get(&id.name) {
            let entry = &self.consts[c];
            return mk(K::Const(entry.id), entry.ty.clone(), span);
        }
        if let Some(found) = self.user_variant(id) {
            return match found {
                Ok((adt, tag)) => self.variant_value(adt, tag, span),
                Err(()) => self.error_expr(span),
            };
        }
        if let Some((con, tag)) = nullary_variant(&id.name) {
            let ty = fresh_sum(self, con);
            return mk(
                K::Variant {
                    tag,
                    args: Vec::new(),
                },
                ty,
                span,
            );
        }
        if let Some(e) = self.builtin_constructor_value(&id.name, span) {
            return e;
        }
        if let Some(entries) = self.visible_fns(&id.name) {
            return self.fn_value(&id.name, &entries, span);
        }
        let imported = self.modules[self.module]
            .imported_library
            .get(&id.name)
            .cloned();
        let found = match imported {
            Some(module) => crate::builtins::lookup(&module, &id.name, &mut self.inf),
            None => crate::builtins::lookup_global(&id.name, &mut self.inf),
        };
        if let Some(found) = found {
            let ty = Ty::Fun(found.sig.params, Box::new(found.sig.ret));
            return mk(K::FnRef(tir::Callee::Builtin(found.builtin)), ty, span);
        }
        self.undefined_variable(id)
    }

    /// `Some`, `Ok` and `Err` used as function values.
    pub fn builtin_constructor_value(&mut self, name: &str, span: Span) -> Option<tir::Expr> {
        let (con, tag, payload) = crate::pattern::unary_variant(name)?;
        let ty = fresh_sum(self, con);
        let Ty::Con(_, args) = &ty else { return None };
        let field = args[payload].clone();
        Some(self.constructor_function(tag, vec![field], ty, span))
    }

    fn undefined_variable(&mut self, id: &ast::Ident) -> tir::Expr {
        let mut candidates: Vec<String> =
            self.frames.iter().flat_map(|f| f.visible_names()).collect();
        candidates.extend(self.modules[self.module].fns.keys().cloned());
        candidates.extend(self.modules[self.module].consts.keys().cloned());
        candidates.extend(self.modules[self.module].imported_fns.keys().cloned());
        candidates.extend(crate::builtins::prelude_names().map(String::from));
        // Variant constructors are values too (§5.4).
        candidates.extend(self.variant_names_in_scope());
        let mut d = Diagnostic::error(Code("E0004"), format!("undefined variable: {}", id.name))
            .label(id.span, "not found in this scope");
        if let Some(s) =
            mesh_diagnostics::did_you_mean(&id.name, candidates.iter().map(String::as_str))
        {
            d = d.help(format!("did you mean `{s}`?")).fix(id.span, s);
        }
        self.push(d);
        self.error_expr(id.span)
    }

    /// Top-level functions visible unqualified under `name`: the module's
    /// own, then `from … import`ed ones.
    pub fn visible_fns(&self, name: &str) -> Option<Vec<usize>> {
        let m = &self.modules[self.module];
        if let Some(helper) = self.service_helper(name) {
            return m.fns.get(&helper).cloned();
        }
        m.fns
            .get(name)
            .or_else(|| m.imported_fns.get(name))
            .cloned()
    }

    /// Instantiates function entry `i`: its parameter types, result type and
    /// the instantiation of its generic parameters.
    pub fn instantiate(&mut self, i: usize) -> (Vec<Ty>, Ty, Vec<Ty>) {
        let entry = &self.fns[i];
        let (params, ret) = (entry.params.clone(), entry.ret.clone());
        let Some(generics) = entry.generics.clone() else {
            return (params, ret, Vec::new());
        };
        let fresh: Vec<(u32, Ty)> = generics.iter().map(|&v| (v, self.inf.fresh())).collect();
        for (v, t) in &fresh {
            for b in self.bounds.get(v).cloned().unwrap_or_default() {
                self.pending_bounds
                    .push((t.clone(), crate::check::ConstraintKind::Trait(b)));
            }
            for kind in self.implicit_bounds.get(v).cloned().unwrap_or_default() {
                self.pending_bounds.push((t.clone(), kind));
            }
        }
        let params = params.iter().map(|t| self.subst_vars(t, &fresh)).collect();
        let ret = self.subst_vars(&ret, &fresh);
        (params, ret, fresh.into_iter().map(|(_, t)| t).collect())
    }

    pub fn subst_vars(&self, ty: &Ty, map: &[(u32, Ty)]) -> Ty {
        match self.inf.shallow(ty) {
            Ty::Var(v) => map
                .iter()
                .find(|(q, _)| *q == v)
                .map(|(_, t)| t.clone())
                .unwrap_or(Ty::Var(v)),
            Ty::Con(c, args) => Ty::Con(c, args.iter().map(|t| self.subst_vars(t, map)).collect()),
            Ty::Tuple(xs) => Ty::Tuple(xs.iter().map(|t| self.subst_vars(t, map)).collect()),
            Ty::Fun(ps, r) => Ty::Fun(
                ps.iter().map(|t| self.subst_vars(t, map)).collect(),
                Box::new(self.subst_vars(&r, map)),
            ),
            other => other,
        }
    }

    fn fn_value(&mut self, name: &str, entries: &[usize], span: Span) -> tir::Expr {
        if entries.iter().any(|&e| self.is_actor(e)) {
            self.actor_called_directly(name, span);
            return self.error_expr(span);
        }
        if entries.is_empty() {
            // The import of this name failed and was reported.
            return self.error_expr(span);
        }
        if entries.len() > 1 {
            let cands: Vec<String> = entries
                .iter()
                .map(|&e| format!("{name}/{}", self.fns[e].arity))
                .collect();
            let msg = format!(
                "ambiguous reference to `{name}`: candidates {}",
                cands.join(", ")
            );
            self.error("E0027", msg, span, "ambiguous");
            return self.error_expr(span);
        }
        let (params, ret, inst) = self.instantiate(entries[0]);
        self.bounds_at(&[], span);
        let fun = self.fns[entries[0]].fun;
        mk(
            K::FnRef(tir::Callee::Fn { fun, inst }),
            Ty::Fun(params, Box::new(ret)),
            span,
        )
    }

    // ---- operators ---------------------------------------------------------------

    fn unary(&mut self, op: ast::UnaryOp, operand: &ast::Expr, span: Span) -> tir::Expr {
        let value = self.expr(operand, None);
        match op {
            ast::UnaryOp::Not => {
                self.expect_bool(&value);
                mk(
                    K::Unary {
                        op: UnaryOp::Not,
                        operand: Box::new(value),
                    },
                    Ty::BOOL,
                    span,
                )
            }
            ast::UnaryOp::Neg => {
                let ty = value.ty.clone();
                let op = if self.inf.is_con(&ty, TyCon::Float) {
                    UnaryOp::NegFloat
                } else {
                    UnaryOp::NegInt
                };
                self.constrain(&ty, span, ConstraintKind::Num("Neg"));
                let ty = self.arith_result("Neg", &ty);
                mk(
                    K::Unary {
                        op,
                        operand: Box::new(value),
                    },
                    ty,
                    span,
                )
            }
        }
    }

    fn expect_bool(&mut self, e: &tir::Expr) {
        if let Err(err) = self.inf.unify(&Ty::BOOL, &e.ty) {
            let d = self.mismatch(err, &Ty::BOOL, &e.ty, crate::annot::result_span(e), None);
            self.push(d);
        }
    }

    fn binary(&mut self, op: BinOp, lhs: &ast::Expr, rhs: &ast::Expr, span: Span) -> tir::Expr {
        let l = self.expr(lhs, None);
        let r = self.expr(rhs, Some(&l.ty.clone()));
        if matches!(op, BinOp::And | BinOp::Or) {
            self.expect_bool(&l);
            self.expect_bool(&r);
            let op = if op == BinOp::And {
                LogicOp::And
            } else {
                LogicOp::Or
            };
            return mk(
                K::Logic {
                    op,
                    lhs: Box::new(l),
                    rhs: Box::new(r),
                },
                Ty::BOOL,
                span,
            );
        }
        if op == BinOp::Range {
            self.expect(&l, &Ty::INT, None);
            self.expect(&r, &Ty::INT, None);
            return mk(
                K::Range {
                    start: Box::new(l),
                    end: Box::new(r),
                },
                Ty::Con(TyCon::Range, vec![]),
                span,
            );
        }
        let ty = l.ty.clone();
        if let Err(err) = self.inf.unify(&ty, &r.ty) {
            let d = self.mismatch(err, &ty, &r.ty, r.span, None);
            self.push(d);
            // One mistake, one diagnostic: the operator's own requirement
            // is not checked against operands that disagree.
            let ty = match op {
                BinOp::Eq | BinOp::NotEq | BinOp::Lt | BinOp::Gt | BinOp::LtEq | BinOp::GtEq => {
                    Ty::BOOL
                }
                _ => ty,
            };
            let _ = (l, r);
            return mk(K::Unit, ty, span);
        }
        let (l, r) = (Box::new(l), Box::new(r));
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem => {
                let (arith, name) = match op {
                    BinOp::Add => (ArithOp::Add, "Add"),
                    BinOp::Sub => (ArithOp::Sub, "Sub"),
                    BinOp::Mul => (ArithOp::Mul, "Mul"),
                    BinOp::Div => (ArithOp::Div, "Div"),
                    _ => (ArithOp::Rem, "Mod"),
                };
                self.constrain(&ty, span, ConstraintKind::Num(name));
                let result = self.arith_result(name, &ty);
                mk(
                    K::Arith {
                        op: arith,
                        lhs: l,
                        rhs: r,
                    },
                    result,
                    span,
                )
            }
            BinOp::Eq | BinOp::NotEq => {
                self.constrain(&ty, span, ConstraintKind::Eq);
                mk(
                    K::Eq {
                        negate: op == BinOp::NotEq,
                        lhs: l,
                        rhs: r,
                    },
                    Ty::BOOL,
                    span,
                )
            }
            BinOp::Lt | BinOp::Gt | BinOp::LtEq | BinOp::GtEq => {
                let cmp = match op {
                    BinOp::Lt => CompareOp::Lt,
                    BinOp::Gt => CompareOp::Gt,
                    BinOp::LtEq => CompareOp::LtEq,
                    _ => CompareOp::GtEq,
                };
                self.constrain(&ty, span, ConstraintKind::Ord);
                mk(
                    K::Compare {
                        op: cmp,
                        lhs: l,
                        rhs: r,
                    },
                    Ty::BOOL,
                    span,
                )
            }
            _ => self.concat(l, r, ty, span),
        }
    }

    fn concat(&mut self, l: Box<tir::Expr>, r: Box<tir::Expr>, ty: Ty, span: Span) -> tir::Expr {
        let resolved = self.inf.shallow(&ty);
        let ok = match &resolved {
            Ty::Con(TyCon::String | TyCon::List, _) => true,
            Ty::Var(_) => {
                // Unknown yet: the common case is strings.
                let _ = self.inf.unify(&ty, &Ty::STRING);
                true
            }
            _ => false,
        };
        if !ok {
            let shown = self.inf.display(&ty, &mut Vec::new());
            self.error(
                "E0001",
                format!("expected String or List, found {shown}"),
                r.span,
                format!("expected String or List, found {shown}"),
            );
        }
        mk(K::Concat { lhs: l, rhs: r }, ty, span)
    }

    // ---- control flow ------------------------------------------------------------

    fn if_expr(
        &mut self,
        cond: &ast::Expr,
        then_block: &ast::Block,
        else_branch: Option<&ast::ElseBranch>,
        span: Span,
        expected: Option<&Ty>,
    ) -> tir::Expr {
        let c = self.expr(cond, Some(&Ty::BOOL));
        if let Err(err) = self.inf.unify(&Ty::BOOL, &c.ty) {
            let d = self
                .mismatch(err, &Ty::BOOL, &c.ty, c.span, None)
                .help("expected a boolean expression");
            self.push(d);
        }
        let Some(else_branch) = else_branch else {
            let t = self.block(then_block, None);
            return mk(
                K::If {
                    cond: Box::new(c),
                    then_branch: Box::new(t),
                    else_branch: None,
                },
                Ty::UNIT,
                span,
            );
        };
        let t = self.block(then_block, expected);
        let e = match else_branch {
            ast::ElseBranch::If(e) => self.expr(e, expected),
            ast::ElseBranch::Block(b) => self.block(b, expected),
        };
        let ty = self.join_types(&t, &e);
        mk(
            K::If {
                cond: Box::new(c),
                then_branch: Box::new(t),
                else_branch: Some(Box::new(e)),
            },
            ty,
            span,
        )
    }

    /// Unifies two branch results; the primary label is on the second.
    fn join_types(&mut self, first: &tir::Expr, second: &tir::Expr) -> Ty {
        if let Err(err) = self.inf.unify(&first.ty, &second.ty) {
            let b = self.inf.display(&second.ty, &mut Vec::new());
            let a = self.inf.display(&first.ty, &mut Vec::new());
            let d = self
                .mismatch(
                    err,
                    &first.ty,
                    &second.ty,
                    crate::annot::result_span(second),
                    Some(format!("found {b}")),
                )
                .label(crate::annot::result_span(first), format!("expected {a}"));
            self.push(d);
        }
        if matches!(self.inf.shallow(&first.ty), Ty::Never) {
            second.ty.clone()
        } else {
            first.ty.clone()
        }
    }

    fn case(
        &mut self,
        scrutinee: &ast::Expr,
        arms: &[ast::Arm],
        span: Span,
        expected: Option<&Ty>,
    ) -> tir::Expr {
        let scr = self.expr(scrutinee, None);
        let mut out: Vec<tir::Arm> = Vec::new();
        let mut ty = Ty::Never;
        let mut first_result: Option<Span> = None;
        for arm in arms {
            self.frame().push_scope();
            let pattern = self.pattern(&arm.pattern, &scr.ty, true);
            let guard = arm.guard.as_ref().map(|g| self.guard(g));
            let body = self.block(&arm.body, expected);
            self.frame().pop_scope();
            if matches!(self.inf.shallow(&ty), Ty::Never) {
                ty = body.ty.clone();
                first_result = Some(crate::annot::result_span(&body));
            } else if let Err(err) = self.inf.unify(&ty, &body.ty) {
                let mut d =
                    self.mismatch(err, &ty, &body.ty, crate::annot::result_span(&body), None);
                if let Some(s) = first_result {
                    d = d.label(s, "first arm has this type");
                }
                self.push(d);
            }
            out.push(tir::Arm {
                patterns: vec![pattern],
                guard,
                body,
            });
        }
        let on_fail = self.case_exhaustiveness(&out, &scr.ty, scr.span);
        mk(
            K::Match {
                scrutinees: vec![scr],
                arms: out,
                on_fail,
            },
            ty,
            span,
        )
    }

    fn while_expr(&mut self, cond: &ast::Expr, body: &ast::Block, span: Span) -> tir::Expr {
        let c = self.expr(cond, Some(&Ty::BOOL));
        if let Err(err) = self.inf.unify(&Ty::BOOL, &c.ty) {
            let d = self
                .mismatch(err, &Ty::BOOL, &c.ty, c.span, None)
                .help("expected a boolean expression");
            self.push(d);
        }
        self.frame().loops += 1;
        let b = self.block(body, None);
        self.frame().loops -= 1;
        mk(
            K::While {
                cond: Box::new(c),
                body: Box::new(b),
            },
            Ty::UNIT,
            span,
        )
    }

    fn for_expr(
        &mut self,
        pattern: &ast::ForPattern,
        iter: &ast::Expr,
        filter: Option<&ast::Expr>,
        body: &ast::Block,
        span: Span,
    ) -> tir::Expr {
        let mut prelude = None;
        let (source, elem) = match &iter.kind {
            A::Binary {
                op: BinOp::Range,
                lhs,
                rhs,
                ..
            } => {
                let start = self.expr(lhs, Some(&Ty::INT));
                let end = self.expr(rhs, Some(&Ty::INT));
                self.expect(&start, &Ty::INT, None);
                self.expect(&end, &Ty::INT, None);
                (
                    tir::ForSource::Range {
                        start: Box::new(start),
                        end: Box::new(end),
                    },
                    Ty::INT,
                )
            }
            _ => {
                let src = self.expr(iter, None);
                if self.inf.is_con(&src.ty, TyCon::Range) {
                    let (bind, source) = self.range_source(src, span);
                    prelude = Some(bind);
                    (source, Ty::INT)
                } else {
                    // `for {k, v} in m` and `for (k, v) in m` bind entries (§5.9).
                    let entries = match pattern {
                        ast::ForPattern::Entry(..) => true,
                        ast::ForPattern::Single(p) => {
                            matches!(&p.kind, ast::PatternKind::Tuple(xs) if xs.len() == 2)
                                && self.inf.is_con(&src.ty, TyCon::Map)
                        }
                    };
                    self.iteration_source(src, entries)
                }
            }
        };
        self.frame().push_scope();
        let pat = match pattern {
            ast::ForPattern::Single(p) => self.pattern(p, &elem, false),
            ast::ForPattern::Entry(k, v) => self.entry_pattern(k, v, &elem, span),
        };
        self.check_irrefutable(&pat, "for");
        let filter = filter.map(|f| Box::new(self.guard(f)));
        self.frame().loops += 1;
        let b = self.block(body, None);
        self.frame().loops -= 1;
        self.frame().pop_scope();
        let ty = Ty::list(b.ty.clone());
        let comprehension = mk(
            K::For {
                pattern: pat,
                source,
                filter,
                body: Box::new(b),
            },
            ty.clone(),
            span,
        );
        match prelude {
            // A range value's bounds are read once, before the loop.
            Some(bind) => mk(
                K::Block(vec![bind, tir::Stmt::Expr(comprehension)]),
                ty,
                span,
            ),
            None => comprehension,
        }
    }

    fn unify_key(&mut self, want: &Ty, e: &tir::Expr) {
        if let Err(err) = self.inf.unify(want, &e.ty) {
            let d = self.mismatch(err, want, &e.ty, crate::annot::result_span(e), None);
            self.push(d);
        }
    }

    /// What a `for` iterates (§5.9): lists, maps (keys, or `(k, v)`
    /// entries), sets; anything else is E0006.
    fn iteration_source(&mut self, src: tir::Expr, entries: bool) -> (tir::ForSource, Ty) {
        match self.inf.shallow(&src.ty) {
            Ty::Con(TyCon::Map, args) => {
                let elem = if entries {
                    Ty::Tuple(args.clone())
                } else {
                    args[0].clone()
                };
                (
                    tir::ForSource::Map {
                        map: Box::new(src),
                        entries,
                    },
                    elem,
                )
            }
            Ty::Con(TyCon::Set, args) => (tir::ForSource::Set(Box::new(src)), args[0].clone()),
            Ty::Var(_) | Ty::Con(TyCon::List, _) => {
                let elem = self.inf.fresh();
                if self.inf.unify(&Ty::list(elem.clone()), &src.ty).is_err() {
                    self.not_iterable(&src);
                }
                (tir::ForSource::List(Box::new(src)), elem)
            }
            _ => {
                let span = src.span;
                match self.as_iter(src, span) {
                    Ok(it) => {
                        let elem = match self.inf.shallow(&it.ty) {
                            Ty::Con(TyCon::Iter, args) => args[0].clone(),
                            _ => self.inf.fresh(),
                        };
                        (tir::ForSource::Iter(Box::new(it)), elem)
                    }
                    Err(src) => {
                        self.not_iterable(&src);
                        (tir::ForSource::List(src), self.inf.fresh())
                    }
                }
            }
        }
    }

    /// `for {k, v} in m`: the pattern `(k, v)` over the element.
    fn entry_pattern(
        &mut self,
        k: &ast::Pattern,
        v: &ast::Pattern,
        elem: &Ty,
        span: Span,
    ) -> tir::Pattern {
        let parts = match self.inf.shallow(elem) {
            Ty::Tuple(xs) if xs.len() == 2 => xs,
            _ => {
                let xs = vec![self.inf.fresh(), self.inf.fresh()];
                let _ = self.inf.unify(elem, &Ty::Tuple(xs.clone()));
                xs
            }
        };
        let mut binds = Vec::new();
        let kp = self.pattern(k, &parts[0], false);
        let vp = self.pattern(v, &parts[1], false);
        binds.push(kp);
        binds.push(vp);
        tir::Pattern {
            kind: tir::PatternKind::Tuple(binds),
            ty: elem.clone(),
            span,
        }
    }

    fn return_expr(&mut self, value: Option<&ast::Expr>, span: Span) -> tir::Expr {
        let ret = self.frame().ret.clone();
        let v = match value {
            Some(v) => self.expr(v, Some(&ret)),
            None => mk(K::Unit, Ty::UNIT, span),
        };
        let ann = self.frame().ret_span;
        self.expect(&v, &ret, ann);
        mk(K::Return(Box::new(v)), Ty::Never, span)
    }

    fn loop_jump(&mut self, is_break: bool, span: Span) -> tir::Expr {
        let (code, word) = if is_break {
            ("E0032", "break")
        } else {
            ("E0033", "continue")
        };
        if self.frame().loops == 0 {
            let mut d = Diagnostic::error(Code(code), format!("`{word}` outside of loop"))
                .label(span, "not inside a loop");
            if self.frame().is_closure {
                d = d.help(format!("`{word}` cannot leave a closure"));
            }
            self.push(d);
        }
        mk(
            if is_break { K::Break } else { K::Continue },
            Ty::Never,
            span,
        )
    }

    fn index(&mut self, base: &ast::Expr, index: &ast::Expr, span: Span) -> tir::Expr {
        let b = self.expr(base, None);
        if let Ty::Con(TyCon::Map, args) = self.inf.shallow(&b.ty) {
            // `m[k]` is `Map.get(m, k)` (§3.10).
            let k = self.expr(index, Some(&args[0]));
            self.unify_key(&args[0], &k);
            let call = K::Call {
                callee: tir::Callee::Builtin(tir::Builtin::MapGet),
                args: vec![b, k],
            };
            return mk(call, args[1].clone(), span);
        }
        let i = self.expr(index, Some(&Ty::INT));
        let elem = self.inf.fresh();
        if self.inf.is_error(&b.ty) {
            return self.error_expr(span);
        }
        if self.inf.unify(&Ty::list(elem.clone()), &b.ty).is_err() {
            let shown = self.inf.display(&b.ty, &mut Vec::new());
            self.error(
                "E0030",
                format!("no method `[]` on type `{shown}`"),
                span,
                "cannot index",
            );
            return self.error_expr(span);
        }
        self.expect(&i, &Ty::INT, None);
        mk(
            K::Call {
                callee: tir::Callee::Builtin(tir::Builtin::ListGet),
                args: vec![b, i],
            },
            elem,
            span,
        )
    }
}

impl Checker<'_> {
    /// `default()` meaning the prelude's (no user function of that name).
    fn is_prelude_default(&self, callee: &ast::Expr) -> bool {
        matches!(&callee.kind, A::Var(id) if id.name == "default")
            && self.peek_local("default").is_none()
            && self.visible_fns("default").is_none()
    }
}

/// `x.into()`, which needs the expected type (§5.16).
fn is_into_call(callee: &ast::Expr, args: &[ast::Arg]) -> bool {
    matches!(&callee.kind, A::Field { name, .. } if name.name == "into") && args.is_empty()
}

/// A call argument, checked or still to check.
pub enum ArgIn<'e> {
    Ast(&'e ast::Expr),
    Done(tir::Expr),
}

impl<'a> Checker<'a> {
    /// A call's arguments: positional ones as they are, keyword arguments
    /// collected in source order into one trailing `Map<String, V>` (§3.10).
    pub fn call_args<'e>(&mut self, args: &'e [ast::Arg], args_span: Span) -> Vec<ArgIn<'e>> {
        let mut out: Vec<ArgIn<'e>> = args
            .iter()
            .filter(|a| a.name.is_none())
            .map(|a| ArgIn::Ast(&a.value))
            .collect();
        let keywords: Vec<(&ast::Ident, &ast::Expr)> = args
            .iter()
            .filter_map(|a| a.name.as_ref().map(|n| (n, &a.value)))
            .collect();
        if !keywords.is_empty() {
            let span = keywords[0].0.span.to(keywords[keywords.len() - 1].1.span);
            let _ = args_span;
            out.push(ArgIn::Done(self.keyword_map(&keywords, span)));
        }
        out
    }
}
