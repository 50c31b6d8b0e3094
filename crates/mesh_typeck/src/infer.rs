//! Unification variables and the substitution (Hindley–Milner's engine).
//!
//! Variables live in one table for the whole program; a variable is either
//! unbound (flexible, or *rigid* — a declared generic parameter that only
//! unifies with itself) or bound to a type. Types are plain [`Ty`] values
//! with `Ty::Var` leaves; `zonk` replaces bound variables deeply.

use crate::ty::{Ty, TyCon};

#[derive(Clone, Debug)]
enum VarState {
    Unbound,
    /// A declared generic parameter (`fn f<T>`): unifies only with itself.
    Rigid(String),
    Bound(Ty),
}

/// Why two types did not unify.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnifyError {
    Mismatch,
    /// Unifying the variable with a type that contains it.
    Occurs(u32),
}

#[derive(Default)]
pub struct Infer {
    vars: Vec<VarState>,
    /// Variables standing for an expression that failed to check (§5.3
    /// step 8): an unresolved one is not reported again as "cannot infer".
    errors: std::collections::HashSet<u32>,
    /// Display names of user types (`Point`, `Geometry.Shape`), by ADT index.
    pub adt_names: Vec<String>,
    /// The user type definitions, once resolved (exhaustiveness needs their
    /// constructors).
    pub adt_defs: Vec<crate::tir::AdtDef>,
}

impl Infer {
    pub fn fresh(&mut self) -> Ty {
        self.vars.push(VarState::Unbound);
        Ty::Var(self.vars.len() as u32 - 1)
    }

    /// The type of an expression that failed to check.
    pub fn fresh_error(&mut self) -> Ty {
        let t = self.fresh();
        if let Ty::Var(v) = t {
            self.errors.insert(v);
        }
        t
    }

    /// Is `ty` still the unknown type of an expression that failed to check?
    pub fn is_error(&self, ty: &Ty) -> bool {
        matches!(self.shallow(ty), Ty::Var(v) if self.errors.contains(&v))
    }

    pub fn fresh_rigid(&mut self, name: &str) -> Ty {
        self.vars.push(VarState::Rigid(name.to_string()));
        Ty::Var(self.vars.len() as u32 - 1)
    }

    pub fn rigid_name(&self, v: u32) -> Option<&str> {
        match &self.vars[v as usize] {
            VarState::Rigid(name) => Some(name),
            _ => None,
        }
    }

    /// Follows bound variables at the top of `ty`.
    pub fn shallow(&self, ty: &Ty) -> Ty {
        let mut ty = ty.clone();
        while let Ty::Var(v) = ty {
            match &self.vars[v as usize] {
                VarState::Bound(t) => ty = t.clone(),
                _ => break,
            }
        }
        ty
    }

    /// Replaces every bound variable, deeply.
    pub fn zonk(&self, ty: &Ty) -> Ty {
        match self.shallow(ty) {
            Ty::Con(c, args) => Ty::Con(c, args.iter().map(|t| self.zonk(t)).collect()),
            Ty::Tuple(xs) => Ty::Tuple(xs.iter().map(|t| self.zonk(t)).collect()),
            Ty::Fun(ps, r) => Ty::Fun(
                ps.iter().map(|t| self.zonk(t)).collect(),
                Box::new(self.zonk(&r)),
            ),
            other => other,
        }
    }

    /// Unbound variables of `ty` in order of first appearance.
    pub fn free_vars(&self, ty: &Ty, out: &mut Vec<u32>) {
        match self.shallow(ty) {
            Ty::Var(v) => {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
            Ty::Con(_, args) | Ty::Tuple(args) => args.iter().for_each(|t| self.free_vars(t, out)),
            Ty::Fun(ps, r) => {
                ps.iter().for_each(|t| self.free_vars(t, out));
                self.free_vars(&r, out);
            }
            Ty::Param(_) | Ty::Never => {}
        }
    }

    fn occurs(&self, v: u32, ty: &Ty) -> bool {
        let mut vars = Vec::new();
        self.free_vars(ty, &mut vars);
        vars.contains(&v)
    }

    fn bind(&mut self, v: u32, ty: Ty) -> Result<(), UnifyError> {
        if self.occurs(v, &ty) {
            return Err(UnifyError::Occurs(v));
        }
        if let Ty::Var(y) = ty {
            if self.errors.contains(&v) {
                self.errors.insert(y);
            }
        }
        self.vars[v as usize] = VarState::Bound(ty);
        Ok(())
    }

    /// Makes `a` and `b` equal. `Never` unifies with everything.
    pub fn unify(&mut self, a: &Ty, b: &Ty) -> Result<(), UnifyError> {
        let (a, b) = (self.shallow(a), self.shallow(b));
        match (&a, &b) {
            (Ty::Never, _) | (_, Ty::Never) => Ok(()),
            (Ty::Var(x), Ty::Var(y)) if x == y => Ok(()),
            (Ty::Var(x), _) if !matches!(self.vars[*x as usize], VarState::Rigid(_)) => {
                self.bind(*x, b)
            }
            (_, Ty::Var(y)) if !matches!(self.vars[*y as usize], VarState::Rigid(_)) => {
                self.bind(*y, a)
            }
            // The untyped `Pid` is compatible with every `Pid<M>` (§5.1).
            (Ty::Con(TyCon::AnyMessage, _), _) | (_, Ty::Con(TyCon::AnyMessage, _)) => Ok(()),
            (Ty::Con(c1, a1), Ty::Con(c2, a2)) if c1 == c2 && a1.len() == a2.len() => {
                self.unify_all(a1, a2)
            }
            (Ty::Tuple(a1), Ty::Tuple(a2)) if a1.len() == a2.len() => self.unify_all(a1, a2),
            (Ty::Fun(p1, r1), Ty::Fun(p2, r2)) if p1.len() == p2.len() => {
                self.unify_all(p1, p2)?;
                self.unify(r1, r2)
            }
            (Ty::Param(x), Ty::Param(y)) if x == y => Ok(()),
            _ => Err(UnifyError::Mismatch),
        }
    }

    fn unify_all(&mut self, a: &[Ty], b: &[Ty]) -> Result<(), UnifyError> {
        a.iter().zip(b).try_for_each(|(x, y)| self.unify(x, y))
    }

    /// Is `ty` (after resolution) exactly the constructor `con`?
    pub fn is_con(&self, ty: &Ty, con: TyCon) -> bool {
        matches!(self.shallow(ty), Ty::Con(c, _) if c == con)
    }

    /// Prints a type for a diagnostic: rigid parameters by name, unresolved
    /// variables as `?1`, `?2`, … in order of first appearance.
    pub fn display(&self, ty: &Ty, numbering: &mut Vec<u32>) -> String {
        match self.shallow(ty) {
            Ty::Var(v) => match self.rigid_name(v) {
                Some(name) => name.to_string(),
                None => {
                    if !numbering.contains(&v) {
                        numbering.push(v);
                    }
                    let n = numbering.iter().position(|x| *x == v).unwrap_or(0) + 1;
                    format!("?{n}")
                }
            },
            Ty::Con(TyCon::Pid, args)
                if matches!(
                    args.first().map(|a| self.shallow(a)),
                    Some(Ty::Con(TyCon::AnyMessage, _))
                ) =>
            {
                "Pid".to_string()
            }
            Ty::Con(c, args) => {
                let name = match c {
                    TyCon::Adt(i) => self.adt_names.get(i as usize).cloned().unwrap_or_default(),
                    other => other.name().to_string(),
                };
                if args.is_empty() {
                    name
                } else {
                    format!("{name}<{}>", self.display_list(&args, numbering))
                }
            }
            Ty::Tuple(xs) => format!("({})", self.display_list(&xs, numbering)),
            Ty::Fun(ps, r) => {
                let ps = self.display_list(&ps, numbering);
                format!("Fun({ps}) -> {}", self.display(&r, numbering))
            }
            Ty::Param(i) => format!("T{i}"),
            Ty::Never => "Never".to_string(),
        }
    }

    fn display_list(&self, xs: &[Ty], numbering: &mut Vec<u32>) -> String {
        xs.iter()
            .map(|t| self.display(t, numbering))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unify_binds_and_zonks() {
        let mut inf = Infer::default();
        let a = inf.fresh();
        assert!(inf.unify(&Ty::list(a.clone()), &Ty::list(Ty::INT)).is_ok());
        assert_eq!(inf.zonk(&a), Ty::INT);
    }

    #[test]
    fn occurs_check() {
        let mut inf = Infer::default();
        let a = inf.fresh();
        assert!(matches!(
            inf.unify(&a, &Ty::list(a.clone())),
            Err(UnifyError::Occurs(_))
        ));
    }

    #[test]
    fn rigid_only_unifies_with_itself() {
        let mut inf = Infer::default();
        let t = inf.fresh_rigid("T");
        assert!(inf.unify(&t, &Ty::INT).is_err());
        assert!(inf.unify(&t, &t.clone()).is_ok());
        let v = inf.fresh();
        assert!(inf.unify(&v, &t).is_ok());
        assert_eq!(inf.display(&v, &mut Vec::new()), "T");
    }
}
