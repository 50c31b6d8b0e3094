//! Actors (LANGUAGE.md §5.17): definitions, `spawn`, `send`, `receive`,
//! `self()` and `link`.
//!
//! An `actor a(p1 :: A1, …) do body end` is checked as a function `a/n`
//! whose recorded result type is `Pid<M>`, `M` being the actor's message
//! type: `spawn(a, …)` instantiates it like a call, so an actor whose body
//! never constrains `M` stays generic in it. Its body is checked against a
//! fresh type (the value is ignored), with `M` in scope for `receive` and
//! `self()` (also inside nested closures and functions). The only calls of
//! `a` allowed are tail self-calls in its own body, typed `Never` (a loop).
//!
//! [`desugar`] turns each actor into such a function definition before
//! checking (and a `terminate` clause into a function `a$terminate/n` with
//! the same parameters).

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, Callee, ExprKind as K};
use crate::ty::{Ty, TyCon};

/// What [`desugar`] records about one actor.
#[derive(Clone, Debug)]
pub struct ActorDecl {
    pub name: String,
    pub arity: usize,
}

/// The suffix of the function holding an actor's `terminate` clause.
pub const TERMINATE_SUFFIX: &str = "$terminate";

/// A copy of `module` in which every actor is a function definition (see the
/// module documentation), and the actors found.
pub fn desugar(module: &ast::Module) -> (ast::Module, Vec<ActorDecl>) {
    let mut out = module.clone();
    let mut actors = Vec::new();
    let mut next_id = module.node_count;
    let mut items = Vec::with_capacity(out.items.len());
    for item in std::mem::take(&mut out.items) {
        let ast::Item::Actor(a) = item else {
            items.push(item);
            continue;
        };
        actors.push(ActorDecl {
            name: a.name.name.clone(),
            arity: a.params.len(),
        });
        let mut params = || {
            a.params
                .iter()
                .map(|p| {
                    next_id += 1;
                    ast::Param::Pattern {
                        pattern: ast::Pattern {
                            id: ast::NodeId(next_id - 1),
                            kind: ast::PatternKind::Ident(p.name.clone()),
                            span: p.name.span,
                        },
                        ty: p.ty.clone(),
                    }
                })
                .collect::<Vec<_>>()
        };
        let function = |name: ast::Ident, params: Vec<ast::Param>, body: ast::Block| ast::FnDef {
            is_pub: a.is_pub,
            pub_span: None,
            kw_span: a.name.span,
            name,
            generics: Vec::new(),
            generics_span: None,
            params: Some(params),
            params_span: None,
            ret: None,
            where_clause: Vec::new(),
            where_span: None,
            guard: None,
            body: ast::FnBody::Block(body),
            span: a.span,
        };
        let body_params = params();
        let terminate_params = a.terminate.as_ref().map(|_| params());
        items.push(ast::Item::Fn(function(
            a.name.clone(),
            body_params,
            a.body.clone(),
        )));
        if let (Some(block), Some(params)) = (&a.terminate, terminate_params) {
            let name = ast::Ident {
                name: format!("{}{TERMINATE_SUFFIX}", a.name.name),
                span: a.name.span,
            };
            items.push(ast::Item::Fn(function(name, params, block.clone())));
        }
    }
    out.items = items;
    out.node_count = next_id;
    (out, actors)
}

/// The message type `M` of an actor's recorded result type `Pid<M>`.
pub fn message_type(ret: &Ty) -> Option<Ty> {
    match ret {
        Ty::Con(TyCon::Pid, args) => args.first().cloned(),
        _ => None,
    }
}

/// `Pid<m>`.
pub fn pid(m: Ty) -> Ty {
    Ty::Con(TyCon::Pid, vec![m])
}

/// The untyped `Pid`.
pub fn untyped_pid() -> Ty {
    pid(Ty::Con(TyCon::AnyMessage, Vec::new()))
}

impl Checker<'_> {
    /// The message type of the innermost enclosing actor body, if any.
    pub fn actor_message(&self) -> Option<Ty> {
        self.frames
            .iter()
            .rev()
            .find_map(|f| f.actor_message.clone())
    }

    /// The function entry of actor `i`'s `terminate` clause, if it has one.
    pub fn terminate_of(&self, i: usize) -> Option<usize> {
        let entry = &self.fns[i];
        let name = format!("{}{TERMINATE_SUFFIX}", entry.name);
        let entries = self.modules[entry.module].fns.get(&name)?;
        entries
            .iter()
            .copied()
            .find(|&e| self.fns[e].arity == entry.arity)
    }

    /// Gives every actor's `terminate` clause the actor's parameter types (it
    /// is called with the parameters' current values).
    pub fn share_terminate_params(&mut self) {
        for i in 0..self.fns.len() {
            if self.fns[i].module != self.module || !self.is_actor(i) {
                continue;
            }
            if let Some(t) = self.terminate_of(i) {
                let (own, theirs) = (self.fns[i].params.clone(), self.fns[t].params.clone());
                for (a, b) in own.iter().zip(&theirs) {
                    let _ = self.inf.unify(a, b);
                }
            }
        }
    }

    /// Whether function entry `i` is an actor.
    pub fn is_actor(&self, i: usize) -> bool {
        let entry = &self.fns[i];
        self.actor_decls[entry.module]
            .iter()
            .any(|a| a.name == entry.name && a.arity == entry.arity)
    }

    /// E0016 for a use of actor `name` other than `spawn` or a tail self-call.
    pub fn actor_called_directly(&mut self, name: &str, span: Span) {
        let d = Diagnostic::error(
            Code("E0016"),
            format!("actor `{name}` cannot be called directly; use `spawn({name}, …)`"),
        )
        .label(span, "actors are started with `spawn`");
        self.push(d);
    }

    /// `spawn(a, args…)`.
    pub fn spawn_expr(&mut self, args: &[ast::Arg], args_span: Span, span: Span) -> tir::Expr {
        let Some(first) = args.first() else {
            self.arity_error_pub(1, 0, args_span);
            return self.error_expr(span);
        };
        let entry = match &first.value.kind {
            ast::ExprKind::Var(id) => self.actor_named(&id.name),
            _ => None,
        };
        let Some(entry) = entry else {
            let callee = self.expr(&first.value, None);
            let msg = if matches!(self.inf.shallow(&callee.ty), Ty::Fun(..)) {
                "only actors and supervisors can be spawned".to_string()
            } else {
                let shown = self.inf.display(&callee.ty, &mut Vec::new());
                format!("cannot spawn non-function: found {shown}")
            };
            let d = Diagnostic::error(Code("E0016"), msg)
                .label(first.value.span, "not an actor")
                .help("define it with `actor name(…) do … end`");
            self.push(d);
            return self.error_expr(span);
        };
        let rest: Vec<ArgIn> = args[1..].iter().map(|a| ArgIn::Ast(&a.value)).collect();
        let expected = self.fns[entry].arity;
        if rest.len() != expected {
            self.arity_error_pub(expected, rest.len(), args_span);
            return self.error_expr(span);
        }
        let (params, ret, inst) = self.instantiate(entry);
        let fun = self.fns[entry].fun;
        let args = self.check_args(&params, rest);
        self.bounds_at(&args, span);
        mk(
            K::Spawn {
                fun,
                inst,
                args,
                remote: None,
            },
            ret,
            span,
        )
    }

    /// `Node.spawn(node, f, args…)` (`link`: `Node.spawn_link`): `f` names a top-level function
    /// or actor, whose parameters check the arguments; the result is the actor's `Pid<M>`, or an
    /// untyped pid for a function (STDLIB.md §5.17).
    pub fn node_spawn_call(
        &mut self,
        link: bool,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if args.len() < 2 {
            self.arity_error_pub(2, args.len(), args_span);
            return self.error_expr(span);
        }
        let mut args = args.into_iter();
        let node = args.next().map(|a| match a {
            ArgIn::Ast(e) => self.expr(e, Some(&Ty::STRING)),
            ArgIn::Done(e) => e,
        });
        let Some(node) = node else {
            return self.error_expr(span);
        };
        if let Err(err) = self.inf.unify(&Ty::STRING, &node.ty) {
            let d = self.mismatch(err, &Ty::STRING, &node.ty.clone(), node.span, None);
            self.push(d);
        }
        let rest: Vec<ArgIn> = args.collect();
        let (target, rest) = rest
            .split_first()
            .map_or((None, &[][..]), |(t, r)| (Some(t), r));
        let named = match target {
            Some(ArgIn::Ast(ast::Expr {
                kind: ast::ExprKind::Var(id),
                ..
            })) => self
                .visible_fns(&id.name)
                .and_then(|es| es.into_iter().find(|&e| self.fns[e].arity == rest.len())),
            _ => None,
        };
        let Some(entry) = named else {
            let at = match target {
                Some(ArgIn::Ast(e)) => e.span,
                _ => args_span,
            };
            let d = Diagnostic::error(
                Code("E0016"),
                format!(
                    "Node.spawn needs a top-level function or actor of {} parameters, by name",
                    rest.len()
                ),
            )
            .label(at, "not a top-level function or actor of this arity")
            .help("name the function: `Node.spawn(node, worker, arg)`");
            self.push(d);
            return self.error_expr(span);
        };
        let rest: Vec<ArgIn> = rest
            .iter()
            .map(|a| match a {
                ArgIn::Ast(e) => ArgIn::Ast(e),
                ArgIn::Done(e) => ArgIn::Done(e.clone()),
            })
            .collect();
        let (params, ret, inst) = self.instantiate(entry);
        let fun = self.fns[entry].fun;
        let checked = self.check_args(&params, rest);
        self.bounds_at(&checked, span);
        let ty = if self.is_actor(entry) {
            ret
        } else {
            untyped_pid()
        };
        let mut all = vec![node];
        all.extend(checked);
        mk(
            K::Spawn {
                fun,
                inst,
                args: all,
                remote: Some(link),
            },
            ty,
            span,
        )
    }

    /// The actor function entry named `name` visible here.
    fn actor_named(&self, name: &str) -> Option<usize> {
        let entries = self.modules[self.module].fns.get(name)?;
        entries.iter().copied().find(|&e| self.is_actor(e))
    }

    /// `send(pid, msg)`.
    pub fn send_expr(&mut self, args: &[ast::Arg], args_span: Span, span: Span) -> tir::Expr {
        if args.len() != 2 {
            self.arity_error_pub(2, args.len(), args_span);
            return self.error_expr(span);
        }
        let target = self.expr(&args[0].value, None);
        let message = self.expr(&args[1].value, None);
        let m = self.inf.fresh();
        if let Err(err) = self.inf.unify(&pid(m.clone()), &target.ty) {
            let (want, got) = (pid(m.clone()), target.ty.clone());
            let d = self.mismatch(err, &want, &got, target.span, None);
            self.push(d);
            return self.error_expr(span);
        }
        let accepted = self.inf.shallow(&m);
        if !matches!(accepted, Ty::Con(TyCon::AnyMessage, _))
            && self.inf.unify(&accepted, &message.ty).is_err()
        {
            let want = self.inf.display(&accepted, &mut Vec::new());
            let got = self.inf.display(&message.ty, &mut Vec::new());
            let d = Diagnostic::error(
                Code("E0014"),
                format!("message type mismatch: expected {want}, found {got}"),
            )
            .label(message.span, format!("this is `{got}`"))
            .help(format!("this Pid accepts messages of type {want}"));
            self.push(d);
        }
        mk(
            K::Send {
                target: Box::new(target),
                message: Box::new(message),
            },
            Ty::UNIT,
            span,
        )
    }

    /// `self()`.
    pub fn self_pid_expr(&mut self, span: Span) -> tir::Expr {
        match self.actor_message() {
            Some(m) => mk(K::SelfPid, pid(m), span),
            None => {
                let d = Diagnostic::error(Code("E0015"), "self() used outside actor block")
                    .label(span, "not inside an actor")
                    .help("`self()` is only available inside `actor … do … end`");
                self.push(d);
                self.error_expr(span)
            }
        }
    }

    /// `link(pid)`.
    pub fn link_expr(&mut self, args: &[ast::Arg], args_span: Span, span: Span) -> tir::Expr {
        if args.len() != 1 {
            self.arity_error_pub(1, args.len(), args_span);
            return self.error_expr(span);
        }
        let m = self.inf.fresh();
        let target = self.expr(&args[0].value, None);
        if let Err(err) = self.inf.unify(&pid(m.clone()), &target.ty) {
            let (want, got) = (pid(m), target.ty.clone());
            let d = self.mismatch(err, &want, &got, target.span, None);
            self.push(d);
        }
        mk(K::Link(Box::new(target)), Ty::UNIT, span)
    }

    /// `receive do arms [after t -> body] end`.
    pub fn receive_expr(
        &mut self,
        kw_span: Span,
        arms: &[ast::Arm],
        after: Option<&ast::AfterClause>,
        expected: Option<&Ty>,
        span: Span,
    ) -> tir::Expr {
        let Some(message) = self.actor_message() else {
            let d = Diagnostic::error(Code("E0017"), "receive used outside actor block")
                .label(kw_span, "not inside an actor")
                .help("move this receive expression into an actor block");
            self.push(d);
            return self.error_expr(span);
        };
        let mut result = Ty::Never;
        // Arms grouped by the message type they match, in source order within a group (a
        // message is of exactly one type, so only one group applies to it).
        let mut groups: Vec<(tir::MessageKind, Ty, Vec<tir::Arm>, Vec<usize>)> = Vec::new();
        for (number, arm) in (1..).zip(arms) {
            let (kind, shape) = match system_message(&arm.pattern) {
                Some(kind) => (tir::MessageKind::System(kind), system_shape(kind)),
                None => (tir::MessageKind::User, message.clone()),
            };
            self.frame().push_scope();
            let pattern = self.pattern(&arm.pattern, &shape, true);
            let guard = arm.guard.as_ref().map(|g| self.guard(g));
            let body = self.block(&arm.body, expected);
            self.frame().pop_scope();
            self.join_branch(&mut result, &body);
            // The message leaves the mailbox once an arm has matched, before its body runs.
            let body_span = body.span;
            let body_ty = body.ty.clone();
            let take = tir::Stmt::Expr(mk(K::ReceiveTake, Ty::UNIT, body_span));
            let body = mk(
                K::Block(vec![take, tir::Stmt::Expr(body)]),
                body_ty,
                body_span,
            );
            let arm = tir::Arm {
                patterns: vec![pattern],
                guard,
                body,
            };
            match groups.iter_mut().find(|(k, _, _, _)| *k == kind) {
                Some((_, _, arms, numbers)) => {
                    arms.push(arm);
                    numbers.push(number);
                }
                None => groups.push((kind, shape, vec![arm], vec![number])),
            }
        }
        for (_, shape, arms, numbers) in &groups {
            self.receive_redundancy(arms, shape, numbers);
        }
        let groups = groups
            .into_iter()
            .map(|(kind, shape, mut arms, _)| {
                let local = self.frame().new_local("$message", shape.clone());
                // No arm matched: leave the message and try the next one.
                arms.push(tir::Arm {
                    patterns: vec![tir::Pattern {
                        kind: tir::PatternKind::Wildcard,
                        ty: shape.clone(),
                        span,
                    }],
                    guard: None,
                    body: mk(K::ReceiveRetry, Ty::Never, span),
                });
                let matcher = mk(
                    K::Match {
                        scrutinees: vec![mk(K::Local(local), shape, span)],
                        arms,
                        on_fail: tir::MatchFail::Unreachable,
                    },
                    result.clone(),
                    span,
                );
                tir::ReceiveGroup {
                    kind,
                    local,
                    matcher,
                }
            })
            .collect();
        let after = after.map(|a| {
            let timeout = self.expr(&a.timeout, Some(&Ty::INT));
            if let Err(err) = self.inf.unify(&Ty::INT, &timeout.ty) {
                let d = self.mismatch(err, &Ty::INT, &timeout.ty, timeout.span, None);
                self.push(d);
            }
            let body = self.block(&a.body, expected);
            self.join_branch(&mut result, &body);
            (Box::new(timeout), Box::new(body))
        });
        mk(
            K::Receive {
                message,
                groups,
                after,
            },
            result,
            span,
        )
    }

    /// Unifies a branch's type into `result` (which starts as `Never`).
    fn join_branch(&mut self, result: &mut Ty, body: &tir::Expr) {
        if matches!(self.inf.shallow(result), Ty::Never) {
            *result = body.ty.clone();
        } else if let Err(err) = self.inf.unify(result, &body.ty) {
            let span = crate::annot::result_span(body);
            let d = self.mismatch(err, result, &body.ty, span, None);
            self.push(d);
        }
    }

    /// Checks that `Callee::Fn` calls of actor `fun` inside its own body
    /// `body` are in tail position (E0016 otherwise).
    pub fn check_actor_tail_calls(&mut self, name: &str, fun: tir::FnId, body: &tir::Expr) {
        let mut misplaced = Vec::new();
        find_self_calls(body, fun, true, &mut misplaced);
        for span in misplaced {
            self.actor_called_directly(name, span);
        }
    }
}

/// The system message an arm's pattern matches (STDLIB.md §5.16.3): a
/// tuple whose first element is one of the system atoms.
fn system_message(p: &ast::Pattern) -> Option<&'static str> {
    let ast::PatternKind::Tuple(items) = &p.kind else {
        return None;
    };
    let ast::PatternKind::Atom(name) = &items.first()?.kind else {
        return None;
    };
    SYSTEM_MESSAGES.iter().copied().find(|m| m == name)
}

/// The system messages (their first atom, without the colon).
pub const SYSTEM_MESSAGES: &[&str] =
    &["down", "exit", "nodeup", "nodedown", "global_name_conflict"];

/// The tuple type of system message `kind`.
fn system_shape(kind: &str) -> Ty {
    let any_pid = pid(Ty::UNIT);
    let atom = Ty::Con(TyCon::Atom, Vec::new());
    Ty::Tuple(match kind {
        "down" => vec![atom, Ty::INT, any_pid, Ty::STRING],
        "exit" => vec![atom, any_pid, Ty::STRING],
        _ => vec![atom, Ty::STRING],
    })
}

/// Spans of calls of `fun` in `e` that are not in tail position.
fn find_self_calls(e: &tir::Expr, fun: tir::FnId, tail: bool, out: &mut Vec<Span>) {
    let is_self_call = |e: &tir::Expr| matches!(&e.kind, K::Call { callee: Callee::Fn { fun: f, .. }, .. } if *f == fun);
    if is_self_call(e) && !tail {
        out.push(e.span);
    }
    match &e.kind {
        K::Block(stmts) => {
            for (i, stmt) in stmts.iter().enumerate() {
                let last = i + 1 == stmts.len();
                let is_expr = matches!(stmt, tir::Stmt::Expr(_));
                find_self_calls(stmt.expr(), fun, tail && last && is_expr, out);
            }
        }
        K::If {
            cond,
            then_branch,
            else_branch,
        } => {
            find_self_calls(cond, fun, false, out);
            find_self_calls(then_branch, fun, tail, out);
            if let Some(e) = else_branch {
                find_self_calls(e, fun, tail, out);
            }
        }
        K::Match {
            scrutinees, arms, ..
        } => {
            for s in scrutinees {
                find_self_calls(s, fun, false, out);
            }
            for arm in arms {
                if let Some(g) = &arm.guard {
                    find_self_calls(g, fun, false, out);
                }
                find_self_calls(&arm.body, fun, tail, out);
            }
        }
        K::Receive { groups, after, .. } => {
            for group in groups {
                find_self_calls(&group.matcher, fun, tail, out);
            }
            if let Some((timeout, body)) = after {
                find_self_calls(timeout, fun, false, out);
                find_self_calls(body, fun, tail, out);
            }
        }
        // Closures are separate functions: a self-call inside one is never a tail call of the body.
        _ => {
            for child in e.children() {
                find_self_calls(child, fun, false, out);
            }
        }
    }
}
