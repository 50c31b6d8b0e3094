//! Supervisors (LANGUAGE.md §5.19, §6.14).
//!
//! [`desugar`] checks a `supervisor S do … end`'s settings (E0018–E0021) and rewrites it into
//!
//! ```text
//! fn S$child(i :: Int) -> Pid do          # runs child i's start function
//!   case i do
//!     0 -> $child_start(<start of child 0>)
//!     …
//!     _ -> Pid.none()
//!   end
//! end
//! actor S() do
//!   $supervise(S$child, "S", strategy, max_restarts, max_seconds, [restart…], [shutdown…])
//! end
//! ```
//!
//! so that `spawn(S)` starts it like any actor. The start expressions are checked in place
//! (`$child_start` requires a `Fun() -> Pid<M>`, E0018); the policy runs in the runtime
//! (`runtime/src/process/supervisor.rs`), which calls `S$child(i)` inside the supervisor each
//! time child `i` starts. Settings are numbers there: strategy 0 one_for_one, 1 one_for_all,
//! 2 rest_for_one, 3 simple_one_for_one; restart 0 permanent, 1 transient, 2 temporary;
//! shutdown in ms, -1 for `brutal_kill`.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast::{self, ExprKind as A};

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::synth::Gen;
use crate::tir::{self, Builtin, Callee, ExprKind as K};
use crate::ty::Ty;

const STRATEGIES: [&str; 4] = [
    "one_for_one",
    "one_for_all",
    "rest_for_one",
    "simple_one_for_one",
];
const RESTARTS: [&str; 3] = ["permanent", "transient", "temporary"];
const DEFAULT_SHUTDOWN_MS: i64 = 5000;
const BRUTAL_KILL: i64 = -1;

/// A copy of `module` in which every supervisor is a function and an actor (module
/// documentation), and the errors in their settings.
pub fn desugar(module: &ast::Module) -> (ast::Module, Vec<Diagnostic>) {
    let mut out = module.clone();
    let gen = Gen::new(module);
    let mut diags = Vec::new();
    let mut items = Vec::with_capacity(out.items.len());
    for item in std::mem::take(&mut out.items) {
        match item {
            ast::Item::Supervisor(s) => {
                gen.at(s.span);
                items.extend(supervisor(&gen, &s, &mut diags));
            }
            other => items.push(other),
        }
    }
    out.items = items;
    out.node_count = gen.node_count();
    (out, diags)
}

fn supervisor(gen: &Gen, s: &ast::SupervisorDef, diags: &mut Vec<Diagnostic>) -> Vec<ast::Item> {
    let name = &s.name.name;
    let strategy = match &s.strategy {
        None => 0,
        Some(word) => match STRATEGIES.iter().position(|&k| k == word.name) {
            Some(i) => i as i64,
            None => {
                diags.push(
                    Diagnostic::error(
                        Code("E0019"),
                        format!("unknown supervision strategy `{}`", word.name),
                    )
                    .label(word.span, "not a supervision strategy")
                    .help(format!("expected one of: {}", STRATEGIES.join(", "))),
                );
                0
            }
        },
    };
    let max_restarts = s.max_restarts.map_or(3, |(n, _)| n as i64);
    let max_seconds = s.max_seconds.map_or(5, |(n, _)| n as i64);

    let mut seen: Vec<&ast::Ident> = Vec::new();
    let mut arms = Vec::new();
    let (mut restarts, mut shutdowns) = (Vec::new(), Vec::new());
    for child in &s.children {
        let c = &child.name.name;
        if let Some(first) = seen.iter().find(|f| f.name == *c) {
            diags.push(
                Diagnostic::error(Code("E0019"), format!("duplicate child name `{c}`"))
                    .label(child.name.span, "a second child with this name")
                    .label(first.span, "first defined here"),
            );
            continue;
        }
        seen.push(&child.name);
        let restart = match &child.restart {
            None => 0,
            Some(word) => match RESTARTS.iter().position(|&k| k == word.name) {
                Some(i) => i as i64,
                None => {
                    diags.push(
                        Diagnostic::error(
                            Code("E0020"),
                            format!("invalid restart type `{}` for child `{c}`", word.name),
                        )
                        .label(word.span, "not a restart type")
                        .help(format!("expected one of: {}", RESTARTS.join(", "))),
                    );
                    0
                }
            },
        };
        let shutdown = match &child.shutdown {
            None => DEFAULT_SHUTDOWN_MS,
            Some(ast::Shutdown::Millis(ms, _)) if *ms > 0 => *ms as i64,
            Some(ast::Shutdown::Word(w)) if w.name == "brutal_kill" => BRUTAL_KILL,
            Some(bad) => {
                let (text, span) = match bad {
                    ast::Shutdown::Millis(ms, span) => (ms.to_string(), *span),
                    ast::Shutdown::Word(w) => (w.name.clone(), w.span),
                };
                diags.push(
                    Diagnostic::error(
                        Code("E0021"),
                        format!("invalid shutdown value `{text}` for child `{c}`"),
                    )
                    .label(span, "not a shutdown value")
                    .help("expected a positive number of milliseconds or `brutal_kill`"),
                );
                DEFAULT_SHUTDOWN_MS
            }
        };
        gen.at(child.span);
        let started = match &child.start {
            Some(start) => gen.call("$child_start", vec![gen.string(c), start.clone()]),
            None => {
                diags.push(
                    Diagnostic::error(
                        Code("E0018"),
                        format!("child `{c}` start function must return Pid, found `()`"),
                    )
                    .label(child.name.span, "this child has no `start:`")
                    .help("the start function must call spawn() and return a Pid"),
                );
                none_pid(gen)
            }
        };
        arms.push(ast::Arm {
            pattern: gen.pattern(ast::PatternKind::Int(arms.len() as i64)),
            guard: None,
            body: gen.block(vec![ast::Stmt::Expr(started)]),
            span: child.span,
        });
        restarts.push(gen.int(restart));
        shutdowns.push(gen.int(shutdown));
    }

    gen.at(s.span);
    arms.push(ast::Arm {
        pattern: gen.pattern(ast::PatternKind::Wildcard),
        guard: None,
        body: gen.block(vec![ast::Stmt::Expr(none_pid(gen))]),
        span: s.span,
    });
    let child_fn = format!("{name}$child");
    let scrutinee = gen.var("i");
    let case = gen.expr(A::Case {
        scrutinee: Box::new(scrutinee),
        arms,
    });
    let index = ast::Param::Pattern {
        pattern: crate::synth::ident_pattern(gen, "i"),
        ty: Some(gen.named_ty("Int", Vec::new())),
    };
    let run_child = gen.fn_def(
        &child_fn,
        vec![index],
        Some(gen.named_ty("Pid", Vec::new())),
        gen.block(vec![ast::Stmt::Expr(case)]),
        false,
    );
    let body = gen.call(
        "$supervise",
        vec![
            gen.var(&child_fn),
            gen.string(name),
            gen.int(strategy),
            gen.int(max_restarts),
            gen.int(max_seconds),
            gen.list(restarts),
            gen.list(shutdowns),
        ],
    );
    let actor = ast::ActorDef {
        is_pub: true,
        name: s.name.clone(),
        params: Vec::new(),
        body: gen.block(vec![ast::Stmt::Expr(body)]),
        terminate: None,
        span: s.span,
    };
    vec![ast::Item::Fn(run_child), ast::Item::Actor(actor)]
}

/// `Pid.none()`.
fn none_pid(gen: &Gen) -> ast::Expr {
    let module = gen.var("Pid");
    let callee = gen.expr(A::Field {
        base: Box::new(module),
        name: gen.ident("none"),
    });
    gen.expr(A::Call {
        callee: Box::new(callee),
        args: Vec::new(),
        args_span: gen.span(),
    })
}

impl Checker<'_> {
    /// The generated code's `$child_start(name, start)` (E0018 unless `start` is a
    /// `Fun() -> Pid<M>`; the value is the untyped pid it returns) and `$supervise(…)`.
    pub fn supervisor_builtin(&mut self, name: &str, args: Vec<ArgIn>, span: Span) -> tir::Expr {
        let mut args: Vec<tir::Expr> = args
            .into_iter()
            .map(|a| match a {
                ArgIn::Ast(e) => self.expr(e, None),
                ArgIn::Done(e) => e,
            })
            .collect();
        match (name, args.len()) {
            ("$child_start", 2) => {
                let start = args.remove(1);
                let child = match &args[0].kind {
                    K::Str(text) => text.clone(),
                    _ => String::new(),
                };
                self.child_start(&child, start, span)
            }
            ("$supervise", 7) => {
                let kind = K::Call {
                    callee: Callee::Builtin(Builtin::Supervise),
                    args,
                };
                mk(kind, Ty::UNIT, span)
            }
            _ => self.error_expr(span),
        }
    }

    /// A call of child `child`'s start function `start`, which must be a `Fun() -> Pid<M>`.
    fn child_start(&mut self, child: &str, start: tir::Expr, span: Span) -> tir::Expr {
        let returns = self.inf.fresh();
        let want = Ty::Fun(Vec::new(), Box::new(returns.clone()));
        let found = if self.inf.unify(&want, &start.ty).is_ok() {
            let pid = crate::actors::pid(self.inf.fresh());
            match self.inf.unify(&pid, &returns) {
                Ok(()) => None,
                Err(_) => Some(returns),
            }
        } else {
            Some(start.ty.clone())
        };
        if let Some(t) = found {
            let shown = self.inf.display(&t, &mut Vec::new());
            let d = Diagnostic::error(
                Code("E0018"),
                format!("child `{child}` start function must return Pid, found `{shown}`"),
            )
            .label(start.span, format!("this returns `{shown}`"))
            .help("the start function must call spawn() and return a Pid");
            self.push(d);
            return self.error_expr(span);
        }
        let kind = K::CallValue {
            func: Box::new(start),
            args: Vec::new(),
        };
        mk(kind, crate::actors::untyped_pid(), span)
    }
}
