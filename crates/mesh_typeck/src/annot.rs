//! Type annotations to types (LANGUAGE.md §5.2), and reporting of failed
//! unifications as E0001/E0002.

use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast::{TypeExpr, TypeKind};

use crate::check::Checker;
use crate::infer::UnifyError;
use crate::tir;
use crate::ty::{Ty, TyCon};

const KNOWN: &[(&str, TyCon, usize)] = &[
    ("Int", TyCon::Int, 0),
    ("Float", TyCon::Float, 0),
    ("Bool", TyCon::Bool, 0),
    ("String", TyCon::String, 0),
    ("Atom", TyCon::Atom, 0),
    ("List", TyCon::List, 1),
    ("Option", TyCon::Option, 1),
    ("Result", TyCon::Result, 2),
    ("Ordering", TyCon::Ordering, 0),
    ("Range", TyCon::Range, 0),
    ("Map", TyCon::Map, 2),
    ("Set", TyCon::Set, 1),
    ("Queue", TyCon::Queue, 1),
    ("Iter", TyCon::Iter, 1),
    ("Json", TyCon::Json, 0),
    ("Pid", TyCon::Pid, 1),
];

/// Compatibility names of `Iter<_>` (STDLIB.md §5.11), accepted without type arguments.
const ITERATOR_NAMES: &[&str] = &[
    "ListIterator",
    "MapIterator",
    "SetIterator",
    "RangeIterator",
];

/// A built-in type constructor by name, with its number of type arguments.
pub fn builtin_type(name: &str) -> Option<(TyCon, usize)> {
    KNOWN
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, c, a)| (c, a))
}

impl Checker<'_> {
    /// Resolves an annotation; `env` maps generic parameter names in scope.
    pub fn resolve_type(&mut self, t: &TypeExpr, env: &[(String, Ty)]) -> Ty {
        match &t.kind {
            TypeKind::Unit => Ty::UNIT,
            TypeKind::Tuple(xs) => {
                Ty::Tuple(xs.iter().map(|x| self.resolve_type(x, env)).collect())
            }
            TypeKind::Fun(ps, r) => {
                let ps = ps.iter().map(|x| self.resolve_type(x, env)).collect();
                Ty::Fun(ps, Box::new(self.resolve_type(r, env)))
            }
            TypeKind::Option(x) => Ty::option(self.resolve_type(x, env)),
            TypeKind::Result(a, b) => Ty::Con(
                TyCon::Result,
                vec![self.resolve_type(a, env), self.resolve_type(b, env)],
            ),
            TypeKind::Named { path, args } => self.resolve_named(t, path, args, env),
            TypeKind::Error | TypeKind::Infer => self.inf.fresh(),
        }
    }

    fn resolve_named(
        &mut self,
        t: &TypeExpr,
        path: &[mesh_parser::ast::Ident],
        args: &[TypeExpr],
        env: &[(String, Ty)],
    ) -> Ty {
        let name = crate::modules::path_text(&path.to_vec());
        if let Some((_, ty)) = env.iter().find(|(n, _)| *n == name) {
            return ty.clone();
        }
        if let Some(r) = self.lookup_type(path) {
            let args = args.iter().map(|a| self.resolve_type(a, env)).collect();
            return self.apply_type(r, args, t.span);
        }
        if ITERATOR_NAMES.contains(&name.as_str()) && args.is_empty() {
            return Ty::Con(TyCon::Iter, vec![self.inf.fresh()]);
        }
        let Some(&(_, con, arity)) = KNOWN.iter().find(|(n, _, _)| *n == name) else {
            let own: Vec<String> = self.modules[self.module].types.keys().cloned().collect();
            let candidates = KNOWN
                .iter()
                .map(|(n, _, _)| *n)
                .chain(env.iter().map(|(n, _)| n.as_str()))
                .chain(own.iter().map(String::as_str));
            let mut d = Diagnostic::error(Code("E0004"), format!("undefined type: {name}"))
                .label(t.span, "not found in this scope");
            if let Some(s) = mesh_diagnostics::did_you_mean(&name, candidates) {
                d = d.help(format!("did you mean `{s}`?")).fix(t.span, s);
            }
            self.push_once(d);
            return self.inf.fresh();
        };
        // `Pid` without an argument is the untyped pid (§5.1).
        if con == TyCon::Pid && args.is_empty() {
            return crate::actors::untyped_pid();
        }
        // Compatibility: a bare `Set` or `Queue` means `Set<T>` with `T` inferred.
        if matches!(con, TyCon::Set | TyCon::Queue) && args.is_empty() {
            return Ty::Con(con, vec![self.inf.fresh()]);
        }
        if args.len() != arity {
            let msg = format!("expected {arity} type argument(s), found {}", args.len());
            let d = Diagnostic::error(Code("E0003"), msg)
                .label(t.span, "wrong number of type arguments");
            self.push_once(d);
            return self.inf.fresh();
        }
        Ty::Con(
            con,
            args.iter().map(|a| self.resolve_type(a, env)).collect(),
        )
    }

    /// Reports an annotation error once: the first clause's parameter
    /// annotations are resolved both for the signature and for the body.
    pub fn push_once(&mut self, d: Diagnostic) {
        let d = d.in_file(self.file);
        if !self.diags.contains(&d) {
            self.diags.push(d);
        }
    }

    /// Unifies the type of `found` with `expected`, reporting E0001 at the
    /// expression (with a secondary label on the annotation when given).
    pub fn expect(
        &mut self,
        found: &tir::Expr,
        expected: &Ty,
        annotation: Option<mesh_common::Span>,
    ) -> bool {
        let span = result_span(found);
        match self.inf.unify(expected, &found.ty) {
            Ok(()) => true,
            Err(err) => {
                let mut d = self.mismatch(err, expected, &found.ty, span, None);
                if let Some(a) = annotation {
                    d = d.label(a, "expected because of this annotation");
                }
                self.push(d);
                false
            }
        }
    }

    /// Builds the E0001 (or E0002) diagnostic for a failed unification.
    pub fn mismatch(
        &self,
        err: UnifyError,
        expected: &Ty,
        found: &Ty,
        span: mesh_common::Span,
        label: Option<String>,
    ) -> Diagnostic {
        let mut numbering = Vec::new();
        if let UnifyError::Occurs(v) = err {
            let var = self.inf.display(&Ty::Var(v), &mut numbering);
            let ty = self.inf.display(found, &mut numbering);
            return Diagnostic::error(
                Code("E0002"),
                format!("infinite type: {var} occurs in {ty}"),
            )
            .label(span, "recursive type here");
        }
        let a = self.inf.display(expected, &mut numbering);
        let b = self.inf.display(found, &mut numbering);
        let mut d = Diagnostic::error(Code("E0001"), format!("expected {a}, found {b}")).label(
            span,
            label.unwrap_or_else(|| format!("expected {a}, found {b}")),
        );
        if let Some(hint) = self.mismatch_hint(expected, found) {
            d = d.help(hint);
        }
        d
    }

    fn mismatch_hint(&self, expected: &Ty, found: &Ty) -> Option<&'static str> {
        let (e, f) = (self.inf.zonk(expected), self.inf.zonk(found));
        let primitive = |t: &Ty| {
            matches!(
                t,
                Ty::Con(TyCon::Int | TyCon::Float | TyCon::Bool | TyCon::Atom, _)
            )
        };
        match (&e, &f) {
            (Ty::Con(TyCon::Option, a), _) if a.first() == Some(&f) => {
                Some("wrap the value in `Some(…)`")
            }
            (Ty::Con(TyCon::Result, a), _) if a.first() == Some(&f) => {
                Some("wrap the value in `Ok(…)`")
            }
            (Ty::Con(TyCon::String, _), f) if primitive(f) => {
                Some("convert with `.to_string()` or use interpolation")
            }
            (Ty::Con(TyCon::Int, _), Ty::Con(TyCon::Float, _))
            | (Ty::Con(TyCon::Float, _), Ty::Con(TyCon::Int, _)) => {
                Some("convert explicitly with `Float.from(…)` or `Float.to_int(…)`")
            }
            _ => None,
        }
    }
}

/// The span E0001 points at for an expression: for blocks, the result
/// (last) statement.
pub fn result_span(e: &tir::Expr) -> mesh_common::Span {
    match &e.kind {
        tir::ExprKind::Block(stmts) => match stmts.last() {
            Some(tir::Stmt::Expr(last)) => result_span(last),
            Some(tir::Stmt::Let { value, .. }) => result_span(value),
            None => e.span,
        },
        _ => e.span,
    }
}
