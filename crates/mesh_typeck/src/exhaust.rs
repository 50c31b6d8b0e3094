//! Exhaustiveness and redundancy by the usefulness algorithm over pattern
//! matrices (LANGUAGE.md §5.20; Maranget, "Warnings for pattern matching").
//!
//! Patterns are abstracted to constructors of their type: Bool, unit,
//! tuples, Option/Result/Ordering and lists have finite constructor sets;
//! Int, Float, String and Atom literals never complete a column.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};

use crate::check::Checker;
use crate::infer::Infer;
use crate::tir::{self, AdtKind, MatchFail, PatternKind as T};
use crate::ty::{Ty, TyCon};

/// An abstract pattern.
#[derive(Clone, Debug, PartialEq)]
enum Pat {
    Wild,
    /// Constructor index within the type, with sub-patterns.
    Ctor(u32, Vec<Pat>),
    /// A literal of an infinite type (compared by its text).
    Lit(String),
}

/// The constructors of a type: `Some(names with arities)` when finite.
fn constructors(inf: &Infer, ty: &Ty) -> Option<Vec<(String, Vec<Ty>)>> {
    Some(match inf.zonk(ty) {
        Ty::Con(TyCon::Bool, _) => vec![("false".into(), vec![]), ("true".into(), vec![])],
        Ty::Con(TyCon::Unit, _) => vec![("()".into(), vec![])],
        Ty::Con(TyCon::Option, a) => {
            vec![("None".into(), vec![]), ("Some".into(), vec![a[0].clone()])]
        }
        Ty::Con(TyCon::Result, a) => vec![
            ("Ok".into(), vec![a[0].clone()]),
            ("Err".into(), vec![a[1].clone()]),
        ],
        Ty::Con(TyCon::Ordering, _) => vec![
            ("Less".into(), vec![]),
            ("Equal".into(), vec![]),
            ("Greater".into(), vec![]),
        ],
        Ty::Con(TyCon::List, a) => vec![
            ("[]".into(), vec![]),
            ("::".into(), vec![a[0].clone(), Ty::list(a[0].clone())]),
        ],
        Ty::Tuple(xs) => vec![("(,)".into(), xs)],
        Ty::Con(TyCon::Adt(i), args) => match &inf.adt_defs.get(i as usize)?.kind {
            AdtKind::Sum { variants } => variants
                .iter()
                .map(|v| {
                    (
                        v.name.clone(),
                        v.fields.iter().map(|t| t.subst(&args)).collect(),
                    )
                })
                .collect(),
            AdtKind::Struct { fields } => {
                vec![(
                    STRUCT_CTOR.into(),
                    fields.iter().map(|f| f.ty.subst(&args)).collect(),
                )]
            }
        },
        _ => return None,
    })
}

/// The constructor name of a struct (printed as `Name { field: p }`).
const STRUCT_CTOR: &str = "{}";

/// Field names of a struct type, for witnesses.
fn struct_info(inf: &Infer, ty: &Ty) -> Option<(String, Vec<String>)> {
    let Ty::Con(TyCon::Adt(i), _) = inf.zonk(ty) else {
        return None;
    };
    let def = inf.adt_defs.get(i as usize)?;
    match &def.kind {
        AdtKind::Struct { fields } => Some((
            def.name.clone(),
            fields.iter().map(|f| f.name.clone()).collect(),
        )),
        AdtKind::Sum { .. } => None,
    }
}

fn abstract_pat(inf: &Infer, p: &tir::Pattern) -> Vec<Pat> {
    match &p.kind {
        T::Wildcard | T::Bind(_) => vec![Pat::Wild],
        T::As { pattern, .. } => abstract_pat(inf, pattern),
        T::Or(alts) => alts.iter().flat_map(|a| abstract_pat(inf, a)).collect(),
        T::Bool(b) => vec![Pat::Ctor(u32::from(*b), vec![])],
        T::Unit => vec![Pat::Ctor(0, vec![])],
        T::Variant { tag, args } => product(inf, args)
            .into_iter()
            .map(|a| Pat::Ctor(*tag, a))
            .collect(),
        T::Tuple(xs) => product(inf, xs)
            .into_iter()
            .map(|a| Pat::Ctor(0, a))
            .collect(),
        T::Struct { fields } => {
            let arity = struct_info(inf, &p.ty).map_or(0, |(_, names)| names.len());
            let mut all: Vec<tir::Pattern> = (0..arity)
                .map(|_| tir::Pattern {
                    kind: T::Wildcard,
                    ty: p.ty.clone(),
                    span: p.span,
                })
                .collect();
            for (i, sub) in fields {
                if let Some(slot) = all.get_mut(*i as usize) {
                    *slot = sub.clone();
                }
            }
            product(inf, &all)
                .into_iter()
                .map(|a| Pat::Ctor(0, a))
                .collect()
        }
        T::Nil => vec![Pat::Ctor(0, vec![])],
        T::Cons { head, tail } => product(inf, &[(**head).clone(), (**tail).clone()])
            .into_iter()
            .map(|a| Pat::Ctor(1, a))
            .collect(),
        T::Int(n) => vec![Pat::Lit(n.to_string())],
        T::Float(x) => vec![Pat::Lit(format!("{x:?}"))],
        T::Str(s) => vec![Pat::Lit(format!("{s:?}"))],
        T::Atom(a) => vec![Pat::Lit(format!(":{a}"))],
    }
}

/// All combinations of the alternatives of each sub-pattern.
fn product(inf: &Infer, ps: &[tir::Pattern]) -> Vec<Vec<Pat>> {
    let mut rows = vec![Vec::new()];
    for p in ps {
        let alts = abstract_pat(inf, p);
        rows = rows
            .iter()
            .flat_map(|r| {
                alts.iter()
                    .map(move |a| [r.clone(), vec![a.clone()]].concat())
            })
            .collect();
    }
    rows
}

/// Does `p` have the shape of a value of `ty`: known constructors with
/// the right number of fields? An ill-typed pattern (already reported) may
/// not, and the matrix algorithm assumes rows exactly as wide as their types.
fn fits(inf: &Infer, p: &Pat, ty: &Ty) -> bool {
    let Pat::Ctor(c, args) = p else {
        return true;
    };
    let Some(ctors) = constructors(inf, ty) else {
        return false;
    };
    ctors
        .get(*c as usize)
        .is_some_and(|(_, arg_tys)| fits_row(inf, args, arg_tys))
}

fn fits_row(inf: &Infer, row: &[Pat], tys: &[Ty]) -> bool {
    row.len() == tys.len() && row.iter().zip(tys).all(|(p, t)| fits(inf, p, t))
}

struct Matrix<'i> {
    inf: &'i Infer,
}

impl Matrix<'_> {
    /// Witnesses (rows of patterns) of values matched by no row but by `q`-like
    /// wildcards; empty when the rows are exhaustive. At most `limit` witnesses.
    fn missing(&self, rows: &[Vec<Pat>], tys: &[Ty], limit: usize) -> Vec<Vec<Pat>> {
        if tys.is_empty() {
            return if rows.is_empty() {
                vec![vec![]]
            } else {
                vec![]
            };
        }
        let present = head_ctors(rows);
        match constructors(self.inf, &tys[0]) {
            Some(ctors) if (0..ctors.len() as u32).all(|c| present.contains(&c)) => {
                let mut out = Vec::new();
                for (i, (_, args)) in ctors.iter().enumerate() {
                    let sub = specialize(rows, i as u32, args.len());
                    let sub_tys: Vec<Ty> = args
                        .iter()
                        .cloned()
                        .chain(tys[1..].iter().cloned())
                        .collect();
                    for w in self.missing(&sub, &sub_tys, limit) {
                        let (fields, rest) = w.split_at(args.len());
                        let mut row = vec![Pat::Ctor(i as u32, fields.to_vec())];
                        row.extend_from_slice(rest);
                        out.push(row);
                        if out.len() >= limit {
                            return out;
                        }
                    }
                }
                out
            }
            ctors => {
                // Incomplete signature: the default matrix decides; the
                // witness head is each missing constructor (or `_`).
                let default: Vec<Vec<Pat>> = rows
                    .iter()
                    .filter(|r| r[0] == Pat::Wild)
                    .map(|r| r[1..].to_vec())
                    .collect();
                let heads: Vec<Pat> = match ctors {
                    Some(ctors) if !present.is_empty() => ctors
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !present.contains(&(*i as u32)))
                        .map(|(i, (_, args))| Pat::Ctor(i as u32, vec![Pat::Wild; args.len()]))
                        .collect(),
                    _ => vec![Pat::Wild],
                };
                let mut out = Vec::new();
                for w in self.missing(&default, &tys[1..], limit) {
                    for h in &heads {
                        out.push([vec![h.clone()], w.clone()].concat());
                        if out.len() >= limit {
                            return out;
                        }
                    }
                }
                out
            }
        }
    }

    /// Is `q` useful with respect to `rows`?
    fn useful(&self, rows: &[Vec<Pat>], q: &[Pat], tys: &[Ty]) -> bool {
        if q.is_empty() {
            return rows.is_empty();
        }
        match &q[0] {
            Pat::Ctor(c, args) => {
                let arity = args.len();
                let sub = specialize(rows, *c, arity);
                let arg_tys = constructors(self.inf, &tys[0])
                    .and_then(|cs| cs.get(*c as usize).map(|(_, a)| a.clone()))
                    .unwrap_or_else(|| vec![Ty::UNIT; arity]);
                let q2: Vec<Pat> = args.iter().cloned().chain(q[1..].iter().cloned()).collect();
                let tys2: Vec<Ty> = arg_tys
                    .into_iter()
                    .chain(tys[1..].iter().cloned())
                    .collect();
                self.useful(&sub, &q2, &tys2)
            }
            Pat::Lit(l) => {
                let sub: Vec<Vec<Pat>> = rows
                    .iter()
                    .filter(|r| r[0] == Pat::Wild || r[0] == Pat::Lit(l.clone()))
                    .map(|r| r[1..].to_vec())
                    .collect();
                self.useful(&sub, &q[1..], &tys[1..])
            }
            Pat::Wild => {
                let present = head_ctors(rows);
                match constructors(self.inf, &tys[0]) {
                    // A complete signature: useful under some constructor.
                    Some(ctors) if (0..ctors.len() as u32).all(|c| present.contains(&c)) => {
                        ctors.iter().enumerate().any(|(c, (_, args))| {
                            let sub = specialize(rows, c as u32, args.len());
                            let q2: Vec<Pat> = std::iter::repeat_n(Pat::Wild, args.len())
                                .chain(q[1..].iter().cloned())
                                .collect();
                            let tys2: Vec<Ty> = args
                                .iter()
                                .cloned()
                                .chain(tys[1..].iter().cloned())
                                .collect();
                            self.useful(&sub, &q2, &tys2)
                        })
                    }
                    // Otherwise only the rows with a wildcard head matter.
                    _ => {
                        let default: Vec<Vec<Pat>> = rows
                            .iter()
                            .filter(|r| r[0] == Pat::Wild)
                            .map(|r| r[1..].to_vec())
                            .collect();
                        self.useful(&default, &q[1..], &tys[1..])
                    }
                }
            }
        }
    }
}

/// The constructors heading the rows.
fn head_ctors(rows: &[Vec<Pat>]) -> Vec<u32> {
    rows.iter()
        .filter_map(|r| match &r[0] {
            Pat::Ctor(c, _) => Some(*c),
            _ => None,
        })
        .collect()
}

fn specialize(rows: &[Vec<Pat>], c: u32, arity: usize) -> Vec<Vec<Pat>> {
    rows.iter()
        .filter_map(|r| match &r[0] {
            Pat::Ctor(d, args) if *d == c => {
                Some(args.iter().cloned().chain(r[1..].iter().cloned()).collect())
            }
            Pat::Wild => Some(
                std::iter::repeat_n(Pat::Wild, arity)
                    .chain(r[1..].iter().cloned())
                    .collect(),
            ),
            _ => None,
        })
        .collect()
}

/// Renders a witness pattern as §5.20 prints it.
fn show(p: &Pat, ty: &Ty, inf: &Infer) -> String {
    let Pat::Ctor(c, args) = p else {
        return "_".into();
    };
    let Some(ctors) = constructors(inf, ty) else {
        return "_".into();
    };
    let Some((name, arg_tys)) = ctors.get(*c as usize) else {
        return "_".into();
    };
    let parts: Vec<String> = args
        .iter()
        .zip(arg_tys)
        .map(|(a, t)| show(a, t, inf))
        .collect();
    match name.as_str() {
        "(,)" => format!("({})", parts.join(", ")),
        "::" => format!("[{} | {}]", parts[0], parts[1]),
        STRUCT_CTOR => {
            // Fields that are `_` are omitted (§5.20).
            let (type_name, names) = struct_info(inf, ty).unwrap_or_default();
            let shown: Vec<String> = names
                .iter()
                .zip(&parts)
                .filter(|(_, p)| p.as_str() != "_")
                .map(|(n, p)| format!("{n}: {p}"))
                .collect();
            if shown.is_empty() {
                format!("{type_name} {{}}")
            } else {
                format!("{type_name} {{ {} }}", shown.join(", "))
            }
        }
        _ if parts.is_empty() => name.clone(),
        _ => format!("{name}({})", parts.join(", ")),
    }
}

fn show_row(row: &[Pat], tys: &[Ty], inf: &Infer) -> String {
    if row.len() == 1 {
        return show(&row[0], &tys[0], inf);
    }
    let parts: Vec<String> = row.iter().zip(tys).map(|(p, t)| show(p, t, inf)).collect();
    format!("({})", parts.join(", "))
}

fn missing_label(witnesses: &[Vec<Pat>], tys: &[Ty], inf: &Infer) -> String {
    let mut shown: Vec<String> = witnesses
        .iter()
        .take(5)
        .map(|w| show_row(w, tys, inf))
        .collect();
    if witnesses.len() > 5 {
        shown.push("…".into());
    }
    format!("missing: {}", shown.join(", "))
}

/// The span of each arm's patterns (a clause's parameters, joined).
fn pattern_spans(arms: &[tir::Arm]) -> Vec<Span> {
    arms.iter()
        .map(|a| {
            a.patterns
                .iter()
                .map(|p| p.span)
                .reduce(|a, b| a.to(b))
                .unwrap_or_default()
        })
        .collect()
}

impl Checker<'_> {
    fn rows_of(&self, arms: &[tir::Arm]) -> Vec<(Vec<Vec<Pat>>, bool)> {
        arms.iter()
            .map(|a| (product(&self.inf, &a.patterns), a.guard.is_some()))
            .collect()
    }

    /// Reports non-exhaustive `case` (E0012) and redundant arms (W0001).
    pub fn case_exhaustiveness(
        &mut self,
        arms: &[tir::Arm],
        ty: &Ty,
        scrutinee: Span,
    ) -> MatchFail {
        let tys = vec![ty.clone()];
        let rows = self.rows_of(arms);
        if self.has_pattern_errors(arms) {
            return MatchFail::Panic("no matching case arm".into());
        }
        self.redundancy(&rows, &tys, &pattern_spans(arms), |n| {
            format!("redundant match arm (arm {n})")
        });
        let unguarded: Vec<Vec<Pat>> = rows
            .iter()
            .filter(|(_, g)| !g)
            .flat_map(|(r, _)| r.clone())
            .collect();
        let witnesses = Matrix { inf: &self.inf }.missing(&unguarded, &tys, 6);
        if witnesses.is_empty() {
            return MatchFail::Unreachable;
        }
        let shown = self.inf.display(ty, &mut Vec::new());
        let label = missing_label(&witnesses, &tys, &self.inf);
        let d = Diagnostic::error(Code("E0012"), format!("non-exhaustive match on `{shown}`"))
            .label(scrutinee, label)
            .help("add the missing patterns or a wildcard `_` arm");
        self.push(d);
        MatchFail::Panic("no matching case arm".into())
    }

    /// W0001 for `receive` arms that can never match (there is no
    /// exhaustiveness requirement: unmatched messages stay in the mailbox).
    /// `numbers` are the arms' 1-based positions in the whole `receive`.
    pub fn receive_redundancy(&mut self, arms: &[tir::Arm], ty: &Ty, numbers: &[usize]) {
        if self.has_pattern_errors(arms) {
            return;
        }
        let rows = self.rows_of(arms);
        self.redundancy(&rows, std::slice::from_ref(ty), &pattern_spans(arms), |n| {
            let number = numbers.get(n - 1).copied().unwrap_or(n);
            format!("redundant match arm (arm {number})")
        });
    }

    /// Did checking one of these patterns report an error (an unknown
    /// variant, a wrong number of fields, a type mismatch)? Such a pattern
    /// stands for nothing definite, so the match is not analysed (one
    /// mistake, one diagnostic: §8.1).
    fn has_pattern_errors(&self, arms: &[tir::Arm]) -> bool {
        let spans = pattern_spans(arms);
        self.diags.iter().any(|d| {
            d.is_error()
                && d.file == Some(self.file)
                && d.labels.iter().any(|l| {
                    spans
                        .iter()
                        .any(|s| s.start <= l.span.start && l.span.end <= s.end)
                })
        })
    }

    /// Was this clause group's name reported as defined again further down
    /// (E0023)? Then its clauses are only part of the function that was
    /// meant, and its missing patterns are not reported.
    fn is_split_group(&self, name_span: Span) -> bool {
        self.diags.iter().any(|d| {
            d.code.0 == "E0023"
                && d.file == Some(self.file)
                && d.labels.iter().skip(1).any(|l| l.span == name_span)
        })
    }

    /// W0001 for every row that is not useful after the preceding unguarded
    /// rows; `spans` are what each warning points at.
    fn redundancy(
        &mut self,
        rows: &[(Vec<Vec<Pat>>, bool)],
        tys: &[Ty],
        spans: &[Span],
        message: impl Fn(usize) -> String,
    ) {
        let mut seen: Vec<Vec<Pat>> = Vec::new();
        for (i, ((alts, guarded), &span)) in rows.iter().zip(spans).enumerate() {
            let m = Matrix { inf: &self.inf };
            if !alts.iter().any(|q| m.useful(&seen, q, tys)) {
                let d = Diagnostic::warning(Code("W0001"), message(i + 1))
                    .label(span, "this arm is unreachable");
                self.push(d);
            }
            if !guarded {
                seen.extend(alts.iter().cloned());
            }
        }
    }

    /// Clause groups: catch-all not last (E0022), unreachable clauses
    /// (W0001) and non-exhaustive clauses (warning E0012).
    pub fn clause_exhaustiveness(
        &mut self,
        arms: &[tir::Arm],
        params: &[Ty],
        heads: &[Span],
        name_span: Span,
        fail: String,
    ) -> MatchFail {
        if self.has_pattern_errors(arms) {
            return MatchFail::Panic(fail);
        }
        let rows = self.rows_of(arms);
        let is_closure = fail.ends_with("closure");
        let name = fail
            .trim_start_matches("no matching clause for ")
            .to_string();
        for (i, ((alts, guarded), _)) in rows.iter().zip(arms).enumerate() {
            let catch_all = !guarded && alts.iter().any(|r| r.iter().all(|p| *p == Pat::Wild));
            if catch_all && i + 1 < arms.len() && !is_closure {
                let d = Diagnostic::error(
                    Code("E0022"),
                    format!("catch-all clause must be the last clause of function {name}"),
                )
                .label(heads[i], "this clause matches every argument")
                .label(heads[i + 1], "this clause can never match");
                self.push(d);
                return MatchFail::Panic(fail);
            }
        }
        if is_closure {
            self.redundancy(&rows, params, &pattern_spans(arms), |n| {
                format!("redundant match arm (arm {n})")
            });
        } else {
            let trimmed = name.trim_matches('`').to_string();
            self.redundancy(&rows, params, heads, |n| {
                format!("unreachable clause (clause {n}) of `{trimmed}`")
            });
        }
        if self.is_split_group(name_span) {
            return MatchFail::Panic(fail);
        }
        let unguarded: Vec<Vec<Pat>> = rows
            .iter()
            .filter(|(_, g)| !g)
            .flat_map(|(r, _)| r.clone())
            .collect();
        let witnesses = Matrix { inf: &self.inf }.missing(&unguarded, params, 6);
        if witnesses.is_empty() {
            return MatchFail::Unreachable;
        }
        let shown = if params.len() == 1 {
            self.inf.display(&params[0], &mut Vec::new())
        } else {
            self.inf
                .display(&Ty::Tuple(params.to_vec()), &mut Vec::new())
        };
        let label = missing_label(&witnesses, params, &self.inf);
        let d = Diagnostic::warning(Code("E0012"), format!("non-exhaustive match on `{shown}`"))
            .label(name_span, label)
            .help("add the missing patterns or a wildcard `_` arm");
        self.push(d);
        MatchFail::Panic(fail)
    }

    /// `let` and `for` patterns must be irrefutable (E0012).
    pub fn check_irrefutable(&mut self, p: &tir::Pattern, what: &str) {
        let tys = vec![p.ty.clone()];
        let rows = product(&self.inf, std::slice::from_ref(p));
        if !rows.iter().all(|row| fits_row(&self.inf, row, &tys)) {
            // Ill-typed (`let [] | Some(_) = xs`): the mismatch is reported.
            return;
        }
        let witnesses = Matrix { inf: &self.inf }.missing(&rows, &tys, 6);
        if witnesses.is_empty() {
            return;
        }
        let shown = self.inf.display(&p.ty, &mut Vec::new());
        let label = missing_label(&witnesses, &tys, &self.inf);
        let d = Diagnostic::error(
            Code("E0012"),
            format!("refutable pattern in `{what}`: `{shown}` is not fully covered"),
        )
        .label(p.span, label)
        .help("use `case` to handle the other cases");
        self.push(d);
    }
}
