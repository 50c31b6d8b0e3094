//! Let-polymorphism for closures bound by `let` in a function body
//! (LANGUAGE.md §5.3 rule 2: a `let` whose initialiser is a closure is
//! generalised).
//!
//! A generalised closure is lifted once, with extra generic parameters after
//! the enclosing component's. Every *use* of the bound name re-creates the
//! closure with a fresh instantiation and the same captured values — closures
//! have no identity, so this is unobservable — which lets monomorphisation
//! specialise each use. Only lets directly in a top-level function body are
//! generalised; lets inside closures stay monomorphic (their environment
//! would need the outer closure's parameters as well).

use std::collections::HashMap;

use mesh_common::Span;

use crate::check::Checker;
use crate::expr::mk;
use crate::tir::{self, ExprKind as K, FnId, LocalId};
use crate::ty::Ty;

/// A `let`-bound closure generalised over `extra`.
pub struct PolyLocal {
    pub fun: FnId,
    pub extra: Vec<u32>,
    /// Locals of the top-level frame the closure captures.
    pub captures: Vec<LocalId>,
    pub ty: Ty,
}

#[derive(Default)]
pub struct LetPoly {
    /// Per top-level function: generalised locals of its outermost frame.
    pub locals: HashMap<LocalId, PolyLocal>,
    /// Extra generic variables of lifted functions (closures generalised by
    /// `let`, and closures nested in them).
    pub extras: HashMap<FnId, Vec<u32>>,
}

impl Checker<'_> {
    /// Called after checking a `let` initialiser: generalises it when it is a
    /// closure bound to a plain name in a top-level function body.
    /// Returns whether it was generalised.
    pub fn generalise_let(
        &mut self,
        local: LocalId,
        value: &tir::Expr,
        lifted_before: usize,
    ) -> bool {
        if self.frames.len() != 1 {
            return false;
        }
        let K::Closure { fun, captures, .. } = &value.kind else {
            return false;
        };
        // A closure with a field or method access still waiting for its
        // receiver's type (§5.3 rule 5) stays monomorphic: generalising it
        // would leave that access unresolvable.
        if self.has_pending() {
            return false;
        }
        let extra = self.generalisable_vars(&value.ty, local);
        if extra.is_empty() {
            return false;
        }
        for &inner in &self.lifted[lifted_before..] {
            self.letpoly.extras.insert(inner, extra.clone());
        }
        let poly = PolyLocal {
            fun: *fun,
            extra,
            captures: captures.clone(),
            ty: value.ty.clone(),
        };
        self.letpoly.locals.insert(local, poly);
        true
    }

    /// Unbound variables of `ty` that are not free in the environment.
    fn generalisable_vars(&self, ty: &Ty, bound: LocalId) -> Vec<u32> {
        let mut vars = Vec::new();
        self.inf.free_vars(ty, &mut vars);
        let mut env = Vec::new();
        let frame = &self.frames[0];
        for (i, l) in frame.locals.iter().enumerate() {
            if i as u32 != bound.0 {
                self.inf.free_vars(&l.ty, &mut env);
            }
        }
        self.inf.free_vars(&frame.ret, &mut env);
        for f in self.fns.iter().filter(|f| f.generics.is_none()) {
            f.params
                .iter()
                .for_each(|p| self.inf.free_vars(p, &mut env));
            self.inf.free_vars(&f.ret, &mut env);
        }
        vars.retain(|v| !env.contains(v) && self.inf.rigid_name(*v).is_none());
        vars
    }

    /// A use of a generalised local: a fresh closure with a fresh instantiation.
    pub fn poly_use(&mut self, local: LocalId, span: Span) -> Option<tir::Expr> {
        let poly = self.letpoly.locals.get(&local)?;
        let (fun, extra, captures, ty) = (
            poly.fun,
            poly.extra.clone(),
            poly.captures.clone(),
            poly.ty.clone(),
        );
        let fresh: Vec<(u32, Ty)> = extra.iter().map(|&v| (v, self.inf.fresh())).collect();
        let ty = self.subst_vars(&ty, &fresh);
        let captures = captures
            .into_iter()
            .map(|id| self.capture_into_current(id))
            .collect();
        let inst = fresh.into_iter().map(|(_, t)| t).collect();
        Some(mk(
            K::Closure {
                fun,
                inst,
                captures,
            },
            ty,
            span,
        ))
    }

    /// Makes local `id` of the top-level frame available in the current
    /// frame, capturing it through every closure in between.
    fn capture_into_current(&mut self, mut id: LocalId) -> LocalId {
        for j in 1..self.frames.len() {
            let (name, ty) = {
                let l = &self.frames[j - 1].locals[id.0 as usize];
                (l.name.clone(), l.ty.clone())
            };
            id = self.frames[j].capture_hidden(&name, id, ty);
        }
        id
    }
}
