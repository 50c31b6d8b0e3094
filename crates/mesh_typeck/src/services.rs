//! Services (LANGUAGE.md §5.18, §6.13).
//!
//! [`desugar`] rewrites each `service S do … end` into ordinary items before checking, so that
//! handlers are checked like any function. For
//!
//! ```text
//! service S do
//!   fn init(p :: P) -> St do … end
//!   fn helper(…) do … end
//!   call Op(x :: T) :: R do |st| body end
//!   cast Put(y :: U) do |st| body end
//! end
//! ```
//!
//! it produces (`$` keeps the names out of users' reach):
//!
//! ```text
//! type S$Msg do S$Op(T) S$Put(U) end            # the requests
//! fn S$init(p :: P) -> St do … end              # the initialiser, renamed
//! fn S$helper(…) do … end                       # helpers, visible in handlers as `helper`
//! fn S$call$Op(st :: St, x :: T) -> (St, R) do body end
//! fn S$cast$Put(st :: St, y :: U) -> St do body end
//! fn S$loop(state :: St) -> () do
//!   let msg :: S$Msg = $service_receive()
//!   case msg do
//!     S$Op(a1) -> let (next, reply) = S$call$Op(state, a1)
//!                 $service_reply(reply)
//!                 S$loop(next)
//!     S$Put(a1) -> S$loop(S$cast$Put(state, a1))
//!   end
//! end
//! actor S$server(p1 :: P) do S$loop(S$init(p1)) end
//! pub fn S$start(p1 :: P) -> Pid<()> do spawn(S$server, p1) end
//! pub fn S$op(pid :: Pid<()>, a1 :: T) -> R do $service_call(pid, S$Op(a1), S$call$Op) end
//! pub fn S$put(pid :: Pid<()>, a1 :: U) -> () do $service_cast(pid, S$Put(a1)) end
//! ```
//!
//! `S.op(…)` resolves to `S$op` (see `Checker::service_qualifier`). The loop's tail self-call
//! is a jump, and the runtime's `mesh_rt_service_*` functions carry the call protocol (a
//! reference per call, a monitor, the 5 s timeout). The third argument of `$service_call` is
//! only there for typing: the call's result is the handler's reply type.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast::{self, ExprKind as A};

use crate::check::Checker;
use crate::expr::ArgIn;
use crate::synth::{ident_pattern as gen_ident_pattern, Gen};
use crate::tir::{self, ExprKind as K};
use crate::ty::Ty;

/// What [`desugar`] records about one service.
#[derive(Clone, Debug)]
pub struct ServiceDecl {
    pub name: String,
    /// The generated API functions by operation name (`start`, `get_count`, …).
    pub operations: Vec<String>,
    /// The helper functions' source names (renamed `S$name`).
    pub helpers: Vec<String>,
}

/// A copy of `module` in which every service is ordinary items (module documentation), the
/// services found, and the errors found on the way (E0023, C0001).
pub fn desugar(module: &ast::Module) -> (ast::Module, Vec<ServiceDecl>, Vec<Diagnostic>) {
    let mut out = module.clone();
    let gen = Gen::new(module);
    let mut services = Vec::new();
    let mut diags = Vec::new();
    let mut items = Vec::with_capacity(out.items.len());
    for item in std::mem::take(&mut out.items) {
        match item {
            ast::Item::Service(s) => {
                gen.at(s.span);
                let (generated, decl) = service(&gen, &s, &mut diags);
                items.extend(generated);
                services.push(decl);
            }
            other => items.push(other),
        }
    }
    out.items = items;
    out.node_count = gen.node_count();
    (out, services, diags)
}

/// snake_case of an operation name (§5.18): an underscore before every uppercase letter but
/// the first character, then lower case.
pub fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if i > 0 && c.is_uppercase() {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The items of one service.
fn service(
    gen: &Gen,
    s: &ast::ServiceDef,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<ast::Item>, ServiceDecl) {
    let name = &s.name.name;
    let mut items = Vec::new();
    let fns: Vec<&ast::FnDef> = s
        .members
        .iter()
        .filter_map(|m| match m {
            ast::ServiceMember::Fn(f) => Some(f),
            _ => None,
        })
        .collect();
    // The initialiser: the first `fn` and the clauses that follow it under its name.
    let init: Vec<&ast::FnDef> = match fns.first() {
        Some(first) => fns
            .iter()
            .take_while(|f| f.name.name == first.name.name && f.arity() == first.arity())
            .copied()
            .collect(),
        None => Vec::new(),
    };
    let helpers: Vec<String> = fns[init.len()..]
        .iter()
        .map(|f| f.name.name.clone())
        .collect();
    for f in &fns {
        let mut f = (*f).clone();
        f.name.name = format!("{name}${}", f.name.name);
        items.push(ast::Item::Fn(f));
    }
    let state_ty = match init.first() {
        Some(f) => f
            .ret
            .clone()
            .unwrap_or_else(|| gen.ty(ast::TypeKind::Infer)),
        None => gen.ty(ast::TypeKind::Unit),
    };
    let init_params: Vec<Option<ast::TypeExpr>> = match init.first().and_then(|f| f.params.as_ref())
    {
        Some(params) => params
            .iter()
            .map(|p| match p {
                ast::Param::Pattern { ty, .. } => ty.clone(),
                ast::Param::SelfParam(_) => None,
            })
            .collect(),
        None => Vec::new(),
    };

    // The API names: `start`, then one per handler (E0023 for a repeat).
    let mut operations: Vec<(String, Span)> = vec![("start".to_string(), s.name.span)];
    let handlers: Vec<(&ast::Handler, bool)> = s
        .members
        .iter()
        .filter_map(|m| match m {
            ast::ServiceMember::Call(h) => Some((h, true)),
            ast::ServiceMember::Cast(h) => Some((h, false)),
            ast::ServiceMember::Fn(_) => None,
        })
        .collect();
    let mut accepted = Vec::new();
    for &(h, is_call) in &handlers {
        let op = snake_case(&h.name.name);
        if let Some((_, first)) = operations.iter().find(|(o, _)| *o == op) {
            let mut d = Diagnostic::error(
                Code("E0023"),
                format!("duplicate definition of `{name}.{op}`"),
            )
            .label(
                h.name.span,
                format!("`{}` maps to `{name}.{op}`", h.name.name),
            );
            d = if op == "start" {
                d.help("`start` is generated for every service; rename this handler")
            } else {
                d.label(*first, "first defined here")
            };
            diags.push(d);
            continue;
        }
        if let Some(p) = h.params.iter().find(|p| p.ty.is_none()) {
            diags.push(
                Diagnostic::error(
                    Code("C0001"),
                    "service handler parameters without a type annotation are not supported yet",
                )
                .label(p.name.span, "not supported yet")
                .help(format!("annotate it: `{} :: Type`", p.name.name)),
            );
            // Known, so that its uses are not reported again.
            operations.push((op, h.name.span));
            continue;
        }
        operations.push((op.clone(), h.name.span));
        accepted.push((h, is_call, op));
    }

    // The request type.
    let msg_ty = if accepted.is_empty() {
        gen.ty(ast::TypeKind::Unit)
    } else {
        let variants = accepted
            .iter()
            .map(|(h, _, _)| ast::Variant {
                name: gen.ident(&format!("{name}${}", h.name.name)),
                fields: h
                    .params
                    .iter()
                    .map(|p| ast::VariantField {
                        name: None,
                        ty: p.ty.clone().expect("checked above"),
                    })
                    .collect(),
                span: h.span,
            })
            .collect();
        items.push(ast::Item::SumType(ast::SumTypeDef {
            is_pub: true,
            name: gen.ident(&format!("{name}$Msg")),
            generics: Vec::new(),
            variants,
            deriving: None,
            span: s.span,
        }));
        gen.named_ty(&format!("{name}$Msg"), Vec::new())
    };

    // The handlers, as functions of the state and their parameters.
    for (h, is_call, _) in &accepted {
        gen.at(h.span);
        let state = match &h.state {
            Some(id) if id.name != "_" => gen.pattern(ast::PatternKind::Ident(id.clone())),
            _ => gen.pattern(ast::PatternKind::Wildcard),
        };
        let mut params = vec![ast::Param::Pattern {
            pattern: state,
            ty: Some(state_ty.clone()),
        }];
        for p in &h.params {
            let pattern = gen.pattern(ast::PatternKind::Ident(p.name.clone()));
            params.push(ast::Param::Pattern {
                pattern,
                ty: p.ty.clone(),
            });
        }
        let ret = if *is_call {
            let reply = h
                .reply
                .clone()
                .unwrap_or_else(|| gen.ty(ast::TypeKind::Infer));
            // E0001 on the body points back at the reply annotation (or the handler's name).
            let at = h.reply.as_ref().map_or(h.name.span, |r| r.span);
            ast::TypeExpr {
                kind: ast::TypeKind::Tuple(vec![state_ty.clone(), reply]),
                span: at,
            }
        } else {
            state_ty.clone()
        };
        let kind = if *is_call { "call" } else { "cast" };
        let f = gen.fn_def(
            &format!("{name}${kind}${}", h.name.name),
            params,
            Some(ret),
            h.body.clone(),
            false,
        );
        items.push(ast::Item::Fn(f));
    }

    // The loop.
    gen.at(s.span);
    let loop_name = format!("{name}$loop");
    let receive = gen.call("$service_receive", Vec::new());
    let mut body = vec![gen.let_stmt(gen_ident_pattern(gen, "msg"), Some(msg_ty), receive)];
    if accepted.is_empty() {
        let again = gen.call(&loop_name, vec![gen.var("state")]);
        body.push(ast::Stmt::Expr(again));
    } else {
        let mut arms = Vec::new();
        for (h, is_call, _) in &accepted {
            gen.at(h.span);
            let args: Vec<String> = (1..=h.params.len()).map(|i| format!("a{i}")).collect();
            let variant = gen.ident(&format!("{name}${}", h.name.name));
            let pattern = gen.pattern(ast::PatternKind::Ctor {
                path: vec![variant],
                args: (!args.is_empty())
                    .then(|| args.iter().map(|a| gen_ident_pattern(gen, a)).collect()),
                args_span: None,
            });
            let mut handler_args = vec![gen.var("state")];
            handler_args.extend(args.iter().map(|a| gen.var(a)));
            let kind = if *is_call { "call" } else { "cast" };
            let handled = gen.call(&format!("{name}${kind}${}", h.name.name), handler_args);
            let stmts = if *is_call {
                let pair = gen.pattern(ast::PatternKind::Tuple(vec![
                    gen_ident_pattern(gen, "next"),
                    gen_ident_pattern(gen, "reply"),
                ]));
                let reply = gen.call("$service_reply", vec![gen.var("reply")]);
                let again = gen.call(&loop_name, vec![gen.var("next")]);
                vec![
                    gen.let_stmt(pair, None, handled),
                    ast::Stmt::Expr(reply),
                    ast::Stmt::Expr(again),
                ]
            } else {
                vec![ast::Stmt::Expr(gen.call(&loop_name, vec![handled]))]
            };
            arms.push(ast::Arm {
                pattern,
                guard: None,
                body: gen.block(stmts),
                span: h.span,
            });
        }
        gen.at(s.span);
        let scrutinee = gen.var("msg");
        let case = gen.expr(A::Case {
            scrutinee: Box::new(scrutinee),
            arms,
        });
        body.push(ast::Stmt::Expr(case));
    }
    let state_param = ast::Param::Pattern {
        pattern: gen_ident_pattern(gen, "state"),
        ty: Some(state_ty.clone()),
    };
    let unit = gen.ty(ast::TypeKind::Unit);
    let body = gen.block(body);
    items.push(ast::Item::Fn(gen.fn_def(
        &loop_name,
        vec![state_param],
        Some(unit.clone()),
        body,
        false,
    )));

    // The server actor: runs the initialiser, then the loop.
    let start_params: Vec<String> = (1..=init_params.len()).map(|i| format!("p{i}")).collect();
    let initial = match init.first() {
        Some(f) => gen.call(
            &format!("{name}${}", f.name.name),
            start_params.iter().map(|p| gen.var(p)).collect(),
        ),
        None => gen.expr(A::Unit),
    };
    let run = gen.call(&loop_name, vec![initial]);
    let server = format!("{name}$server");
    items.push(ast::Item::Actor(ast::ActorDef {
        is_pub: false,
        name: gen.ident(&server),
        params: start_params
            .iter()
            .zip(&init_params)
            .map(|(p, ty)| ast::SimpleParam {
                name: gen.ident(p),
                ty: ty.clone(),
            })
            .collect(),
        body: gen.block(vec![ast::Stmt::Expr(run)]),
        terminate: None,
        span: s.span,
    }));

    // The API.
    let pid_ty = gen.named_ty("Pid", vec![unit.clone()]);
    let params: Vec<ast::Param> = start_params
        .iter()
        .zip(&init_params)
        .map(|(p, ty)| ast::Param::Pattern {
            pattern: gen_ident_pattern(gen, p),
            ty: ty.clone(),
        })
        .collect();
    let mut spawn_args = vec![gen.var(&server)];
    spawn_args.extend(start_params.iter().map(|p| gen.var(p)));
    let spawn = gen.expr(A::Spawn {
        args: spawn_args
            .into_iter()
            .map(|value| ast::Arg { name: None, value })
            .collect(),
        args_span: s.name.span,
    });
    let body = gen.block(vec![ast::Stmt::Expr(spawn)]);
    items.push(ast::Item::Fn(gen.fn_def(
        &format!("{name}$start"),
        params,
        Some(pid_ty.clone()),
        body,
        true,
    )));
    for (h, is_call, op) in &accepted {
        gen.at(h.span);
        let args: Vec<String> = (1..=h.params.len()).map(|i| format!("a{i}")).collect();
        let mut params = vec![ast::Param::Pattern {
            pattern: gen_ident_pattern(gen, "pid"),
            ty: Some(pid_ty.clone()),
        }];
        for (a, p) in args.iter().zip(&h.params) {
            params.push(ast::Param::Pattern {
                pattern: gen_ident_pattern(gen, a),
                ty: p.ty.clone(),
            });
        }
        let variant = format!("{name}${}", h.name.name);
        let request = if args.is_empty() {
            gen.var(&variant)
        } else {
            gen.call(&variant, args.iter().map(|a| gen.var(a)).collect())
        };
        let (body, ret) = if *is_call {
            let handler = gen.var(&format!("{name}$call${}", h.name.name));
            let ret = h
                .reply
                .clone()
                .unwrap_or_else(|| gen.ty(ast::TypeKind::Infer));
            (
                gen.call("$service_call", vec![gen.var("pid"), request, handler]),
                ret,
            )
        } else {
            (
                gen.call("$service_cast", vec![gen.var("pid"), request]),
                unit.clone(),
            )
        };
        let body = gen.block(vec![ast::Stmt::Expr(body)]);
        items.push(ast::Item::Fn(gen.fn_def(
            &format!("{name}${op}"),
            params,
            Some(ret),
            body,
            true,
        )));
    }
    let decl = ServiceDecl {
        name: name.clone(),
        operations: operations.into_iter().map(|(o, _)| o).collect(),
        helpers,
    };
    (items, decl)
}

impl Checker<'_> {
    /// The services of the module being checked.
    fn services(&self) -> &[ServiceDecl] {
        &self.service_decls[self.module]
    }

    /// In the initialiser, a helper or a handler of service `S`: the full name `S$name` of
    /// helper `name`, if it is one.
    pub fn service_helper(&self, name: &str) -> Option<String> {
        let current = &self.fns[self.checking_fn?].name;
        let (service, _) = current.split_once('$')?;
        let decl = self.services().iter().find(|s| s.name == service)?;
        decl.helpers
            .iter()
            .any(|h| h == name)
            .then(|| format!("{service}${name}"))
    }

    /// Whether module `module` defines service `name`.
    pub fn is_service(&self, module: usize, name: &str) -> bool {
        self.service_decls[module].iter().any(|s| s.name == name)
    }

    /// Whether `op` is an operation of service `service` of module `module`.
    pub fn service_operation(&self, module: usize, service: &str, op: &str) -> bool {
        self.service_decls[module]
            .iter()
            .any(|s| s.name == service && s.operations.iter().any(|o| o == op))
    }

    /// `S.op(args)` for service `service` of module `module`: a call of the generated `S$op`.
    pub fn service_call(
        &mut self,
        module: usize,
        service: &str,
        op: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let full = format!("{service}${}", op.name);
        let known = self.service_operation(module, service, &op.name);
        match self.modules[module].fns.get(&full).cloned() {
            Some(entries) if known => self.fn_call(&full, &entries, args, span, args_span),
            // A handler that was rejected (and reported) while desugaring.
            None if known => self.error_expr(span),
            _ => {
                self.unknown_operation(module, service, op);
                self.error_expr(span)
            }
        }
    }

    /// E0034 for `S.op` where service `S` has no operation `op`.
    pub fn unknown_operation(&mut self, module: usize, service: &str, op: &ast::Ident) {
        let operations: Vec<String> = self.service_decls[module]
            .iter()
            .find(|s| s.name == service)
            .map(|s| s.operations.clone())
            .unwrap_or_default();
        let mut d = Diagnostic::error(Code("E0034"), "name not found in module")
            .label(
                op.span,
                format!("`{}` is not an operation of service `{service}`", op.name),
            )
            .note(format!("available operations: {}", operations.join(", ")));
        if let Some(s) =
            mesh_diagnostics::did_you_mean(&op.name, operations.iter().map(String::as_str))
        {
            d = d.help(format!("did you mean `{s}`?")).fix(op.span, s);
        }
        self.push(d);
    }

    /// The generated code's `$service_receive()`, `$service_reply(v)`, `$service_call(pid, msg,
    /// handler)` and `$service_cast(pid, msg)` (module documentation).
    pub fn service_builtin(&mut self, name: &str, args: Vec<ArgIn>, span: Span) -> tir::Expr {
        let mut checked: Vec<tir::Expr> = args
            .into_iter()
            .map(|a| match a {
                ArgIn::Ast(e) => self.expr(e, None),
                ArgIn::Done(e) => e,
            })
            .collect();
        match (name, checked.len()) {
            ("$service_receive", 0) => {
                let t = self.inf.fresh();
                crate::expr::mk(K::ServiceReceive, t, span)
            }
            ("$service_reply", 1) => {
                let reply = checked.remove(0);
                crate::expr::mk(K::ServiceReply(Box::new(reply)), Ty::UNIT, span)
            }
            ("$service_call", 3) => {
                let handler = checked.remove(2);
                let (state, reply) = (self.inf.fresh(), self.inf.fresh());
                if let Ty::Fun(_, ret) = self.inf.shallow(&handler.ty) {
                    let _ = self.inf.unify(&ret, &Ty::Tuple(vec![state, reply.clone()]));
                }
                let message = checked.remove(1);
                let target = checked.remove(0);
                let kind = K::ServiceCall {
                    target: Box::new(target),
                    message: Box::new(message),
                };
                crate::expr::mk(kind, reply, span)
            }
            ("$service_cast", 2) => {
                let message = checked.remove(1);
                let target = checked.remove(0);
                let kind = K::Send {
                    target: Box::new(target),
                    message: Box::new(message),
                };
                crate::expr::mk(kind, Ty::UNIT, span)
            }
            _ => self.error_expr(span),
        }
    }
}
