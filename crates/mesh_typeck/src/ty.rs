//! Resolved types, as the checker hands them to code generation.
//!
//! Inference works on its own representation with unification variables
//! (see `infer`); once a definition is checked every variable is either
//! generalised into a [`Ty::Param`] or defaulted, so the typed IR only ever
//! contains these closed types.

use std::fmt;

/// A type constructor with a fixed meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TyCon {
    Int,
    Float,
    Bool,
    String,
    Unit,
    Atom,
    /// `List<T>`
    List,
    /// `Option<T>`: `None` (tag 0) | `Some(T)` (tag 1)
    Option,
    /// `Result<T, E>`: `Ok(T)` (tag 0) | `Err(E)` (tag 1)
    Result,
    /// `Less` (0) | `Equal` (1) | `Greater` (2)
    Ordering,
    Range,
    /// `Map<K, V>`: insertion-ordered, persistent.
    Map,
    /// `Set<T>`: insertion-ordered, persistent.
    Set,
    /// `Queue<T>`: persistent FIFO (a list at run time).
    Queue,
    /// `Iter<T>`: a lazy, single-pass iterator.
    Iter,
    /// `Json`: a parsed JSON document.
    Json,
    /// `Pid<M>`: a process accepting messages of type `M`.
    Pid,
    /// The argument of the untyped `Pid` (`Pid<AnyMessage>`), which unifies
    /// with every message type without constraining it.
    AnyMessage,
    /// A user struct or sum type: index into `tir::Program::adts`.
    Adt(u32),
}

impl TyCon {
    pub fn name(self) -> &'static str {
        match self {
            TyCon::Int => "Int",
            TyCon::Float => "Float",
            TyCon::Bool => "Bool",
            TyCon::String => "String",
            TyCon::Unit => "()",
            TyCon::Atom => "Atom",
            TyCon::List => "List",
            TyCon::Option => "Option",
            TyCon::Result => "Result",
            TyCon::Ordering => "Ordering",
            TyCon::Range => "Range",
            TyCon::Map => "Map",
            TyCon::Set => "Set",
            TyCon::Queue => "Queue",
            TyCon::Iter => "Iter",
            TyCon::Json => "Json",
            TyCon::Pid => "Pid",
            TyCon::AnyMessage => "_",
            TyCon::Adt(_) => "<user type>",
        }
    }
}

/// A closed type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    Con(TyCon, Vec<Ty>),
    /// Two or more elements.
    Tuple(Vec<Ty>),
    Fun(Vec<Ty>, Box<Ty>),
    /// The n-th generic parameter of the enclosing function; replaced by the
    /// instantiation of each call during monomorphisation.
    Param(u32),
    /// The type of `return`, `break`, `continue`: no value is ever produced.
    Never,
    /// An inference variable. Only the checker sees these: every variable is
    /// generalised into a `Param` or defaulted before a `Program` is returned.
    Var(u32),
}

impl Ty {
    pub const INT: Ty = Ty::Con(TyCon::Int, Vec::new());
    pub const FLOAT: Ty = Ty::Con(TyCon::Float, Vec::new());
    pub const BOOL: Ty = Ty::Con(TyCon::Bool, Vec::new());
    pub const STRING: Ty = Ty::Con(TyCon::String, Vec::new());
    pub const UNIT: Ty = Ty::Con(TyCon::Unit, Vec::new());
    pub const ATOM: Ty = Ty::Con(TyCon::Atom, Vec::new());

    pub fn list(elem: Ty) -> Ty {
        Ty::Con(TyCon::List, vec![elem])
    }

    pub fn option(elem: Ty) -> Ty {
        Ty::Con(TyCon::Option, vec![elem])
    }

    /// Replaces every `Param(i)` by `args[i]`.
    pub fn subst(&self, args: &[Ty]) -> Ty {
        match self {
            Ty::Param(i) => args.get(*i as usize).cloned().unwrap_or(Ty::UNIT),
            Ty::Con(c, xs) => Ty::Con(*c, xs.iter().map(|t| t.subst(args)).collect()),
            Ty::Tuple(xs) => Ty::Tuple(xs.iter().map(|t| t.subst(args)).collect()),
            Ty::Fun(ps, r) => Ty::Fun(
                ps.iter().map(|t| t.subst(args)).collect(),
                Box::new(r.subst(args)),
            ),
            Ty::Never => Ty::Never,
            Ty::Var(v) => Ty::Var(*v),
        }
    }

    /// The element type of a `List<T>`.
    pub fn list_elem(&self) -> Option<&Ty> {
        match self {
            Ty::Con(TyCon::List, args) => args.first(),
            _ => None,
        }
    }

    /// The message type `M` of `Pid<M>`.
    pub fn pid_message(&self) -> Option<Ty> {
        match self {
            Ty::Con(TyCon::Pid, args) => args.first().cloned(),
            _ => None,
        }
    }
}

impl fmt::Display for Ty {
    /// Source syntax, as diagnostics print types (§8.1).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Con(c, args) if args.is_empty() => f.write_str(c.name()),
            Ty::Con(TyCon::Pid, args) if args == &[Ty::Con(TyCon::AnyMessage, Vec::new())] => {
                f.write_str("Pid")
            }
            Ty::Con(c, args) => {
                write!(f, "{}<", c.name())?;
                write_list(f, args)?;
                f.write_str(">")
            }
            Ty::Tuple(xs) => {
                f.write_str("(")?;
                write_list(f, xs)?;
                f.write_str(")")
            }
            Ty::Fun(ps, r) => {
                f.write_str("Fun(")?;
                write_list(f, ps)?;
                write!(f, ") -> {r}")
            }
            Ty::Param(i) => write!(f, "T{i}"),
            Ty::Never => f.write_str("Never"),
            Ty::Var(v) => write!(f, "?{v}"),
        }
    }
}

fn write_list(f: &mut fmt::Formatter<'_>, xs: &[Ty]) -> fmt::Result {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{x}")?;
    }
    Ok(())
}
