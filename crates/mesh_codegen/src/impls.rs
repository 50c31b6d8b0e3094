//! Finding the user `impl` that serves a trait for a closed type (§5.14).
//!
//! The checker hands over every explicit impl as a [`ImplDef`]: the implementing type
//! constructor applied to the impl's generic parameters (`Box<T>` is `Adt(k, [Param(0)])`) and
//! the functions implementing its methods, whose generic parameters are the impl's. Calling a
//! method for a closed receiver type `R` therefore means matching `for_type` against `R`, which
//! binds the parameters, and calling the method's function at that instantiation.
//!
//! Derived and built-in instances have no `ImplDef`: code generation produces them itself
//! (`helpers`, the operators). A lookup is a scan of the impls of one trait; programs have few
//! impls, and the per-type helpers that call them are cached anyway.

use std::collections::HashMap;

use mesh_typeck::tir::{FnId, ImplDef, Program};
use mesh_typeck::ty::Ty;

/// The impls of a program, grouped by trait name (in program order within a trait).
pub(crate) struct ImplTable<'p> {
    by_trait: HashMap<&'p str, Vec<&'p ImplDef>>,
}

/// A method of a user impl at a closed instantiation: call `fun` at `inst`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ImplMethod {
    pub fun: FnId,
    pub inst: Vec<Ty>,
}

impl<'p> ImplTable<'p> {
    pub fn new(program: &'p Program) -> ImplTable<'p> {
        let mut by_trait: HashMap<&str, Vec<&ImplDef>> = HashMap::new();
        for def in &program.impls {
            by_trait.entry(&def.trait_name).or_default().push(def);
        }
        ImplTable { by_trait }
    }

    /// The impl of `trait_name` whose `for_type` matches the closed type `ty`, with the
    /// instantiation of its generic parameters. The first in program order wins (the checker
    /// rejects overlapping impls of one trait, E0026).
    pub fn find(&self, trait_name: &str, ty: &Ty) -> Option<(&'p ImplDef, Vec<Ty>)> {
        self.by_trait.get(trait_name)?.iter().find_map(|def| {
            let mut binds = vec![None; def.n_generics as usize];
            match_type(&def.for_type, ty, &mut binds).then(|| {
                let inst = binds.into_iter().map(|t| t.unwrap_or(Ty::UNIT)).collect();
                (*def, inst)
            })
        })
    }

    /// Method `method` of the impl of `trait_name` for `ty`, if the impl exists and defines it
    /// (default methods of user interfaces are among an impl's methods; the default `compare`
    /// of `Ord` is not, and is generated like the built-in one).
    pub fn method(&self, trait_name: &str, method: &str, ty: &Ty) -> Option<ImplMethod> {
        let (def, inst) = self.find(trait_name, ty)?;
        let fun = def
            .methods
            .iter()
            .find_map(|(name, fun)| (name == method).then_some(*fun))?;
        Some(ImplMethod { fun, inst })
    }
}

/// Matches the impl type `pattern` (with `Param(i)` for the impl's parameters) against the
/// closed type `ty`, binding `binds[i]`. A parameter met twice must be bound to equal types.
fn match_type(pattern: &Ty, ty: &Ty, binds: &mut [Option<Ty>]) -> bool {
    match (pattern, ty) {
        (Ty::Param(i), _) => match binds.get_mut(*i as usize) {
            Some(Some(bound)) => bound == ty,
            Some(slot) => {
                *slot = Some(ty.clone());
                true
            }
            None => false,
        },
        (Ty::Con(c, ps), Ty::Con(d, ts)) => c == d && match_all(ps, ts, binds),
        (Ty::Tuple(ps), Ty::Tuple(ts)) => match_all(ps, ts, binds),
        (Ty::Fun(ps, p), Ty::Fun(ts, t)) => match_all(ps, ts, binds) && match_type(p, t, binds),
        _ => pattern == ty,
    }
}

/// Matches each of `patterns` against the closed type at the same index of `tys` (see
/// [`match_type`]).
pub(crate) fn match_all(patterns: &[Ty], tys: &[Ty], binds: &mut [Option<Ty>]) -> bool {
    patterns.len() == tys.len()
        && patterns
            .iter()
            .zip(tys)
            .all(|(p, t)| match_type(p, t, binds))
}

#[cfg(test)]
mod tests {
    use mesh_typeck::ty::TyCon;

    use super::*;

    fn impl_def(trait_name: &str, for_type: Ty, n_generics: u32, fun: u32) -> ImplDef {
        ImplDef {
            trait_name: trait_name.into(),
            trait_args: vec![],
            for_type,
            n_generics,
            methods: vec![("m".into(), FnId(fun))],
        }
    }

    fn program(impls: Vec<ImplDef>) -> Program {
        Program {
            functions: vec![],
            constants: vec![],
            entry: FnId(0),
            adts: vec![],
            impls,
        }
    }

    fn boxed(arg: Ty) -> Ty {
        Ty::Con(TyCon::Adt(0), vec![arg])
    }

    #[test]
    fn generic_impls_bind_their_parameters() {
        let p = program(vec![
            impl_def("Main.Describe", Ty::INT, 0, 1),
            impl_def("Main.Describe", boxed(Ty::Param(0)), 1, 2),
        ]);
        let table = ImplTable::new(&p);
        let at = |ty: &Ty| table.method("Main.Describe", "m", ty);
        assert_eq!(
            at(&Ty::INT),
            Some(ImplMethod {
                fun: FnId(1),
                inst: vec![]
            })
        );
        assert_eq!(
            at(&boxed(Ty::list(Ty::STRING))),
            Some(ImplMethod {
                fun: FnId(2),
                inst: vec![Ty::list(Ty::STRING)]
            })
        );
        assert_eq!(at(&Ty::FLOAT), None);
        assert_eq!(table.method("Main.Describe", "other", &Ty::INT), None);
        assert!(table.find("Display", &Ty::INT).is_none());
    }

    #[test]
    fn a_repeated_parameter_needs_equal_types() {
        let pair = |a: Ty, b: Ty| Ty::Con(TyCon::Adt(1), vec![a, b]);
        let p = program(vec![impl_def("Eq", pair(Ty::Param(0), Ty::Param(0)), 1, 3)]);
        let table = ImplTable::new(&p);
        assert!(table.find("Eq", &pair(Ty::INT, Ty::INT)).is_some());
        assert!(table.find("Eq", &pair(Ty::INT, Ty::FLOAT)).is_none());
    }
}
