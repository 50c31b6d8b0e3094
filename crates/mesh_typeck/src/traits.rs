//! Which built-in types implement the built-in traits (LANGUAGE.md §5.12;
//! the slice of it this release supports).

use crate::check::ConstraintKind;
use crate::infer::Infer;
use crate::tir::AdtDef;
use crate::ty::{Ty, TyCon};

/// The trait `ty` lacks for `kind`, or `None` if it is satisfied. Type
/// parameters are accepted here: their instantiations are checked by
/// monomorphisation.
pub fn missing(
    inf: &Infer,
    adts: &[AdtDef],
    ty: &Ty,
    kind: ConstraintKind,
) -> Option<&'static str> {
    let ok = match kind {
        ConstraintKind::Num(_) => is_numeric(inf, ty),
        _ => satisfies(inf, adts, ty, kind),
    };
    if ok {
        return None;
    }
    Some(match kind {
        ConstraintKind::Num(name) => name,
        ConstraintKind::Show => "Display",
        ConstraintKind::Eq => "Eq",
        ConstraintKind::Ord => "Ord",
        ConstraintKind::Trait(_) => "the bound",
    })
}

fn is_open(inf: &Infer, ty: &Ty) -> bool {
    matches!(inf.shallow(ty), Ty::Var(_) | Ty::Param(_) | Ty::Never)
}

fn is_numeric(inf: &Infer, ty: &Ty) -> bool {
    is_open(inf, ty) || inf.is_con(ty, TyCon::Int) || inf.is_con(ty, TyCon::Float)
}

/// Eq/Ord/Show for a type: built-in rules, derives for user types, and the
/// components' instances for generic types.
fn satisfies(inf: &Infer, adts: &[AdtDef], ty: &Ty, kind: ConstraintKind) -> bool {
    match inf.shallow(ty) {
        Ty::Fun(..) | Ty::Con(TyCon::Iter, _) => false,
        // Pids compare, hash and print whatever their message type.
        Ty::Con(TyCon::Pid, _) => true,
        Ty::Con(TyCon::Range | TyCon::Queue | TyCon::Json, _) if kind == ConstraintKind::Ord => {
            false
        }
        Ty::Con(TyCon::Adt(i), args) => {
            let Some(def) = adts.get(i as usize) else {
                return true;
            };
            let d = def.derives;
            let derived = match kind {
                ConstraintKind::Eq => d.eq,
                ConstraintKind::Ord => d.ord,
                _ => d.display || d.debug,
            };
            derived && args.iter().all(|a| satisfies(inf, adts, a, kind))
        }
        Ty::Con(_, args) | Ty::Tuple(args) => args.iter().all(|a| satisfies(inf, adts, a, kind)),
        _ => true,
    }
}

/// Built-in instances of §5.12 (and derived ones for user types) of the
/// trait named `name` for the (resolved) type `ty`.
pub fn builtin_has(inf: &Infer, name: &str, ty: &Ty) -> bool {
    let adts = &inf.adt_defs;
    match name {
        "Eq" => satisfies(inf, adts, ty, ConstraintKind::Eq),
        "Ord" => satisfies(inf, adts, ty, ConstraintKind::Ord),
        "Display" => match inf.shallow(ty) {
            Ty::Con(TyCon::Adt(i), _) => adts.get(i as usize).is_some_and(|d| d.derives.display),
            other => satisfies(inf, adts, &other, ConstraintKind::Show),
        },
        "Debug" => match inf.shallow(ty) {
            Ty::Con(TyCon::Adt(i), _) => adts.get(i as usize).is_some_and(|d| d.derives.debug),
            other => satisfies(inf, adts, &other, ConstraintKind::Show),
        },
        "Hash" => match inf.shallow(ty) {
            Ty::Con(TyCon::Adt(i), _) => adts.get(i as usize).is_some_and(|d| d.derives.hash),
            Ty::Con(TyCon::Queue | TyCon::Json | TyCon::Range, _) => false,
            other => satisfies(inf, adts, &other, ConstraintKind::Eq),
        },
        "Add" | "Sub" | "Mul" | "Div" | "Mod" | "Neg" => {
            inf.is_con(ty, TyCon::Int) || inf.is_con(ty, TyCon::Float)
        }
        "Default" => matches!(
            inf.shallow(ty),
            Ty::Con(
                TyCon::Int
                    | TyCon::Float
                    | TyCon::String
                    | TyCon::Bool
                    | TyCon::Unit
                    | TyCon::List
                    | TyCon::Option
                    | TyCon::Map
                    | TyCon::Set
                    | TyCon::Queue,
                _
            )
        ),
        _ => false,
    }
}
