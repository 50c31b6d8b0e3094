//! Which built-in types implement the built-in traits (LANGUAGE.md §5.12;
//! the slice of it this release supports).

use crate::check::ConstraintKind;
use crate::infer::Infer;
use crate::ty::{Ty, TyCon};

/// The trait `ty` lacks for `kind`, or `None` if it is satisfied. Type
/// parameters are accepted here: their instantiations are checked by
/// monomorphisation.
pub fn missing(inf: &Infer, ty: &Ty, kind: ConstraintKind) -> Option<&'static str> {
    let ok = match kind {
        ConstraintKind::Num(_) => is_numeric(inf, ty),
        ConstraintKind::Show => is_showable(inf, ty),
        ConstraintKind::Eq => has_eq(inf, ty),
        ConstraintKind::Ord => has_ord(inf, ty),
    };
    if ok {
        return None;
    }
    Some(match kind {
        ConstraintKind::Num(name) => name,
        ConstraintKind::Show => "Display",
        ConstraintKind::Eq => "Eq",
        ConstraintKind::Ord => "Ord",
    })
}

fn is_open(inf: &Infer, ty: &Ty) -> bool {
    matches!(inf.shallow(ty), Ty::Var(_) | Ty::Param(_) | Ty::Never)
}

fn is_numeric(inf: &Infer, ty: &Ty) -> bool {
    is_open(inf, ty) || inf.is_con(ty, TyCon::Int) || inf.is_con(ty, TyCon::Float)
}

fn components_all(inf: &Infer, ty: &Ty, f: fn(&Infer, &Ty) -> bool) -> bool {
    match inf.shallow(ty) {
        Ty::Con(_, args) | Ty::Tuple(args) => args.iter().all(|a| f(inf, a)),
        Ty::Fun(..) => false,
        _ => true,
    }
}

fn is_showable(inf: &Infer, ty: &Ty) -> bool {
    components_all(inf, ty, is_showable)
}

fn has_eq(inf: &Infer, ty: &Ty) -> bool {
    components_all(inf, ty, has_eq)
}

fn has_ord(inf: &Infer, ty: &Ty) -> bool {
    !inf.is_con(ty, TyCon::Range) && components_all(inf, ty, has_ord)
}
