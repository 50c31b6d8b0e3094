//! Patterns (LANGUAGE.md §4): checking against a type and binding variables.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast::{self, PatternKind as P};

use crate::check::Checker;
use crate::tir::{self, LocalId, PatternKind as T};
use crate::ty::{Ty, TyCon};

/// Nullary variants of the built-in sum types: name → (type, tag).
pub fn nullary_variant(name: &str) -> Option<(TyCon, u32)> {
    Some(match name {
        "None" => (TyCon::Option, 0),
        "Less" => (TyCon::Ordering, 0),
        "Equal" => (TyCon::Ordering, 1),
        "Greater" => (TyCon::Ordering, 2),
        _ => return None,
    })
}

pub fn is_nullary_variant(name: &str) -> bool {
    nullary_variant(name).is_some()
}

/// Variants with one field: name → (type, tag, payload index in the type's arguments).
pub fn unary_variant(name: &str) -> Option<(TyCon, u32, usize)> {
    Some(match name {
        "Some" => (TyCon::Option, 1, 0),
        "Ok" => (TyCon::Result, 0, 0),
        "Err" => (TyCon::Result, 1, 1),
        _ => return None,
    })
}

/// The type of a built-in sum type with fresh arguments.
pub fn fresh_sum(cx: &mut Checker, con: TyCon) -> Ty {
    let n = match con {
        TyCon::Option => 1,
        TyCon::Result => 2,
        _ => 0,
    };
    Ty::Con(con, (0..n).map(|_| cx.inf.fresh()).collect())
}

impl Checker<'_> {
    /// Checks `p` against `ty` and binds its variables in the current scope.
    /// `refutable_ctx` is true in `case` arms (unknown capitalised names are
    /// E0010 there).
    pub fn pattern(&mut self, p: &ast::Pattern, ty: &Ty, in_case: bool) -> tir::Pattern {
        let mut binds = Vec::new();
        let pat = self.pat(p, ty, in_case, &mut binds, None);
        for (name, id, _) in &binds {
            self.frame().bind(name, *id);
        }
        pat
    }

    fn pat(
        &mut self,
        p: &ast::Pattern,
        ty: &Ty,
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> tir::Pattern {
        let kind = match &p.kind {
            P::Wildcard => T::Wildcard,
            P::Ident(id) => self.ident_pattern(id, ty, in_case, binds, reuse),
            P::Int(n) => self.literal(Ty::INT, ty, p.span, T::Int(*n)),
            P::Float(x) => self.literal(Ty::FLOAT, ty, p.span, T::Float(*x)),
            P::Str(s) => self.literal(Ty::STRING, ty, p.span, T::Str(s.clone())),
            P::Atom(a) => self.literal(Ty::ATOM, ty, p.span, T::Atom(a.clone())),
            P::Bool(b) => self.literal(Ty::BOOL, ty, p.span, T::Bool(*b)),
            P::Unit => self.literal(Ty::UNIT, ty, p.span, T::Unit),
            P::Ctor { path, args, .. } => {
                self.ctor_pattern(path, args.as_deref(), p.span, ty, in_case, binds, reuse)
            }
            P::Tuple(items) => {
                if let Ty::Tuple(expected) = self.inf.shallow(ty) {
                    if expected.len() != items.len() {
                        let msg = format!(
                            "expected {} element(s), found {}",
                            expected.len(),
                            items.len()
                        );
                        self.error("E0003", msg, p.span, "wrong number of elements");
                        self.recover_args(items, in_case, binds, reuse);
                        return tir::Pattern {
                            kind: T::Wildcard,
                            ty: ty.clone(),
                            span: p.span,
                        };
                    }
                }
                let tys: Vec<Ty> = items.iter().map(|_| self.inf.fresh()).collect();
                self.unify_pattern(&Ty::Tuple(tys.clone()), ty, p.span);
                T::Tuple(
                    items
                        .iter()
                        .zip(&tys)
                        .map(|(x, t)| self.pat(x, t, in_case, binds, reuse))
                        .collect(),
                )
            }
            P::List { elems, tail } => {
                return self.list_pattern(elems, tail.as_deref(), ty, p.span, in_case, binds, reuse)
            }
            P::Cons { head, tail } => {
                let elem = self.inf.fresh();
                self.unify_pattern(&Ty::list(elem.clone()), ty, p.span);
                let head = self.pat(head, &elem, in_case, binds, reuse);
                let tail = self.pat(tail, ty, in_case, binds, reuse);
                T::Cons {
                    head: Box::new(head),
                    tail: Box::new(tail),
                }
            }
            P::Or(alts) => self.or_pattern(alts, ty, p.span, in_case, binds, reuse),
            P::As { pattern, name } => {
                let inner = self.pat(pattern, ty, in_case, binds, reuse);
                let local = self.bind_var(&name.name, name.span, ty, binds, reuse);
                T::As {
                    pattern: Box::new(inner),
                    local,
                }
            }
            P::Struct { path, fields } => {
                self.struct_pattern(path, fields, ty, in_case, binds, reuse)
            }
            P::Error => T::Wildcard,
        };
        tir::Pattern {
            kind,
            ty: ty.clone(),
            span: p.span,
        }
    }

    fn literal(&mut self, lit_ty: Ty, ty: &Ty, span: Span, kind: T) -> T {
        self.unify_pattern(&lit_ty, ty, span);
        kind
    }

    fn unify_pattern(&mut self, pattern_ty: &Ty, expected: &Ty, span: Span) {
        if let Err(e) = self.inf.unify(expected, pattern_ty) {
            let d = self.mismatch(e, expected, pattern_ty, span, None);
            self.push(d);
        }
    }

    fn ident_pattern(
        &mut self,
        id: &ast::Ident,
        ty: &Ty,
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> T {
        if let Some(found) = self.user_variant(id) {
            let Ok((adt, tag)) = found else {
                return T::Wildcard;
            };
            return self.user_variant_pattern(
                adt,
                tag,
                Some(&[]),
                id.span,
                ty,
                in_case,
                binds,
                reuse,
            );
        }
        if let Some((con, tag)) = nullary_variant(&id.name) {
            let sum = fresh_sum(self, con);
            self.unify_pattern(&sum, ty, id.span);
            return T::Variant {
                tag,
                args: Vec::new(),
            };
        }
        if in_case && id.name.starts_with(|c: char| c.is_uppercase()) {
            self.unknown_variant(id);
            return T::Wildcard;
        }
        T::Bind(self.bind_var(&id.name, id.span, ty, binds, reuse))
    }

    fn unknown_variant(&mut self, id: &ast::Ident) {
        let known = self.variant_names_in_scope();
        let mut d = Diagnostic::error(Code("E0010"), format!("unknown variant: {}", id.name))
            .label(id.span, "not a known variant");
        if let Some(s) = mesh_diagnostics::did_you_mean(&id.name, known.iter().map(String::as_str))
        {
            d = d.help(format!("did you mean `{s}`?")).fix(id.span, s);
        }
        self.push(d);
    }

    fn bind_var(
        &mut self,
        name: &str,
        span: Span,
        ty: &Ty,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> LocalId {
        if binds.iter().any(|(n, _, _)| n == name) {
            self.error(
                "E0011",
                format!("variable `{name}` bound twice in pattern"),
                span,
                "bound again here",
            );
        }
        if let Some((_, id, _)) = reuse.and_then(|r| r.iter().find(|(n, _, _)| n == name)) {
            let existing = self.frame().local_ty(*id);
            self.unify_pattern(&existing, ty, span);
            binds.push((name.to_string(), *id, span));
            return *id;
        }
        let id = self.frame().new_local(name, ty.clone());
        binds.push((name.to_string(), id, span));
        id
    }

    #[allow(clippy::too_many_arguments)]
    fn ctor_pattern(
        &mut self,
        path: &ast::Path,
        args: Option<&[ast::Pattern]>,
        pattern_span: Span,
        ty: &Ty,
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> T {
        let Some(last) = path.last() else {
            return T::Wildcard;
        };
        if let Some(found) = self.user_variant_in_path(path) {
            let Ok((adt, tag)) = found else {
                self.recover_args(args.unwrap_or(&[]), in_case, binds, reuse);
                return T::Wildcard;
            };
            return self.user_variant_pattern(
                adt,
                tag,
                args,
                pattern_span,
                ty,
                in_case,
                binds,
                reuse,
            );
        }
        let qualifier_ok = match path.len() {
            1 => true,
            2 => matches!(path[0].name.as_str(), "Option" | "Result" | "Ordering"),
            _ => false,
        };
        let span = crate::modules::path_span(path);
        match (args, qualifier_ok) {
            (None, true) if is_nullary_variant(&last.name) => {
                let (con, tag) = nullary_variant(&last.name).unwrap_or((TyCon::Option, 0));
                let sum = fresh_sum(self, con);
                self.unify_pattern(&sum, ty, span);
                T::Variant {
                    tag,
                    args: Vec::new(),
                }
            }
            (Some(items), true) if unary_variant(&last.name).is_some() => {
                let (con, tag, payload) =
                    unary_variant(&last.name).unwrap_or((TyCon::Option, 1, 0));
                let sum = fresh_sum(self, con);
                self.unify_pattern(&sum, ty, pattern_span);
                if items.len() != 1 {
                    let msg = format!("expected 1 field(s), found {}", items.len());
                    self.error("E0003", msg, pattern_span, "wrong number of fields");
                    self.recover_args(items, in_case, binds, reuse);
                    return T::Wildcard;
                }
                let Ty::Con(_, targs) = self.inf.shallow(&sum) else {
                    return T::Wildcard;
                };
                let inner = self.pat(&items[0], &targs[payload], in_case, binds, reuse);
                T::Variant {
                    tag,
                    args: vec![inner],
                }
            }
            _ => {
                self.unknown_variant(last);
                self.recover_args(args.unwrap_or(&[]), in_case, binds, reuse);
                T::Wildcard
            }
        }
    }

    /// The user variant a constructor pattern's path names: `C` or `T.C`.
    /// `Some(Err(()))` when it was already reported (ambiguous, unknown in a
    /// known type).
    fn user_variant_in_path(&mut self, path: &[ast::Ident]) -> Option<Result<(usize, u32), ()>> {
        match path {
            [name] => self.user_variant(name),
            [qualifier @ .., name] => {
                let r = self.lookup_type(qualifier)?;
                Some(self.qualified_variant(r, name).ok_or(()))
            }
            [] => None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn user_variant_pattern(
        &mut self,
        adt: usize,
        tag: u32,
        args: Option<&[ast::Pattern]>,
        span: Span,
        ty: &Ty,
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> T {
        let (sum, targs) = self.fresh_adt(adt);
        self.unify_pattern(&sum, ty, span);
        let fields = self.variant_fields(adt, tag, &targs);
        let items = args.unwrap_or(&[]);
        if items.len() != fields.len() {
            let msg = format!("expected {} field(s), found {}", fields.len(), items.len());
            self.error("E0003", msg, span, "wrong number of fields");
            self.recover_args(items, in_case, binds, reuse);
            return T::Wildcard;
        }
        let args = items
            .iter()
            .zip(&fields)
            .map(|(p, t)| self.pat(p, t, in_case, binds, reuse))
            .collect();
        T::Variant { tag, args }
    }

    fn struct_pattern(
        &mut self,
        path: &ast::Path,
        fields: &[(ast::Ident, ast::Pattern)],
        ty: &Ty,
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> T {
        let span = crate::modules::path_span(path);
        let adt = match self.lookup_type(path) {
            Some(crate::types::TypeRef::Adt(i)) if self.struct_fields_of(i, &[]).is_some() => i,
            _ => {
                let name = crate::modules::path_text(path);
                let d = Diagnostic::error(Code("E0004"), format!("undefined type: {name}"))
                    .label(span, "not found in this scope");
                self.push(d);
                let items: Vec<ast::Pattern> = fields.iter().map(|(_, p)| p.clone()).collect();
                self.recover_args(&items, in_case, binds, reuse);
                return T::Wildcard;
            }
        };
        let (st, targs) = self.fresh_adt(adt);
        self.unify_pattern(&st, ty, span);
        let defs = self.struct_fields_of(adt, &targs).unwrap_or_default();
        let type_name = self.adts[adt].def.name.clone();
        let mut out = Vec::new();
        for (name, p) in fields {
            match defs.iter().position(|(n, _)| *n == name.name) {
                Some(index) => out.push((
                    index as u32,
                    self.pat(p, &defs[index].1, in_case, binds, reuse),
                )),
                None => {
                    let mut d = Diagnostic::error(
                        Code("E0009"),
                        format!("unknown field {} in struct {type_name}", name.name),
                    )
                    .label(name.span, "unknown field");
                    if let Some(s) = mesh_diagnostics::did_you_mean(
                        &name.name,
                        defs.iter().map(|(n, _)| n.as_str()),
                    ) {
                        d = d.help(format!("did you mean `{s}`?")).fix(name.span, s);
                    }
                    self.push(d);
                    self.recover_args(std::slice::from_ref(p), in_case, binds, reuse);
                }
            }
        }
        T::Struct { fields: out }
    }

    /// Checks the sub-patterns of a constructor pattern that could not be
    /// resolved against unknown types, so that their variables are still
    /// bound and cause no follow-up errors.
    fn recover_args(
        &mut self,
        items: &[ast::Pattern],
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) {
        for item in items {
            let unknown = self.inf.fresh();
            self.pat(item, &unknown, in_case, binds, reuse);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn list_pattern(
        &mut self,
        elems: &[ast::Pattern],
        tail: Option<&ast::Pattern>,
        ty: &Ty,
        span: Span,
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> tir::Pattern {
        let elem = self.inf.fresh();
        self.unify_pattern(&Ty::list(elem.clone()), ty, span);
        let heads: Vec<tir::Pattern> = elems
            .iter()
            .map(|e| self.pat(e, &elem, in_case, binds, reuse))
            .collect();
        let mut rest = match tail {
            Some(t) => self.pat(t, ty, in_case, binds, reuse),
            None => tir::Pattern {
                kind: T::Nil,
                ty: ty.clone(),
                span,
            },
        };
        for head in heads.into_iter().rev() {
            let s = head.span.to(rest.span);
            rest = tir::Pattern {
                kind: T::Cons {
                    head: Box::new(head),
                    tail: Box::new(rest),
                },
                ty: ty.clone(),
                span: s,
            };
        }
        rest.span = span;
        rest
    }

    fn or_pattern(
        &mut self,
        alts: &[ast::Pattern],
        ty: &Ty,
        span: Span,
        in_case: bool,
        binds: &mut Vec<(String, LocalId, Span)>,
        reuse: Option<&[(String, LocalId, Span)]>,
    ) -> T {
        let mut first_binds = Vec::new();
        let mut out = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            let mut alt_binds = Vec::new();
            let shared: Vec<(String, LocalId, Span)> = reuse
                .unwrap_or(&[])
                .iter()
                .cloned()
                .chain(first_binds.iter().cloned())
                .collect();
            out.push(self.pat(alt, ty, in_case, &mut alt_binds, Some(&shared)));
            if i == 0 {
                first_binds = alt_binds;
            } else {
                let mut a: Vec<&str> = first_binds.iter().map(|(n, _, _)| n.as_str()).collect();
                let mut b: Vec<&str> = alt_binds.iter().map(|(n, _, _)| n.as_str()).collect();
                a.sort_unstable();
                b.sort_unstable();
                if a != b {
                    let msg = format!(
                        "or-pattern alternatives bind different variables: [{}] vs [{}]",
                        a.join(", "),
                        b.join(", ")
                    );
                    self.error("E0011", msg, span, "alternatives differ");
                }
            }
        }
        binds.extend(first_binds);
        T::Or(out)
    }
}
