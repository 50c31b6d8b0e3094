//! Expressions over user types: variant constructors, struct literals,
//! field access and struct update (LANGUAGE.md §5.10, §5.11).

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, ExprKind as K};
use crate::ty::{Ty, TyCon};
use crate::types::TypeRef;

impl Checker<'_> {
    /// A user variant named by `name` in an expression, if one is in scope;
    /// `None` when the name is not a variant (E0010 for ambiguity is
    /// reported here and an error expression returned).
    pub fn user_variant(&mut self, name: &ast::Ident) -> Option<Result<(usize, u32), ()>> {
        let candidates = self.variants_named(&name.name);
        match candidates.as_slice() {
            [] => None,
            [one] => Some(Ok(*one)),
            many => {
                let many = many.to_vec();
                self.ambiguous_variant(name, &many);
                Some(Err(()))
            }
        }
    }

    /// `V` or `T.V` used as a value: a nullary variant, or the constructor
    /// function of a variant with fields.
    pub fn variant_value(&mut self, adt: usize, tag: u32, span: Span) -> tir::Expr {
        let (ty, args) = self.fresh_adt(adt);
        let fields = self.variant_fields(adt, tag, &args);
        if fields.is_empty() {
            return mk(
                K::Variant {
                    tag,
                    args: Vec::new(),
                },
                ty,
                span,
            );
        }
        self.constructor_function(tag, fields, ty, span)
    }

    /// A constructor as a function value: a closure `fn(a…) -> V(a…) end`.
    pub fn constructor_function(
        &mut self,
        tag: u32,
        fields: Vec<Ty>,
        result: Ty,
        span: Span,
    ) -> tir::Expr {
        self.frames
            .push(crate::frame::Frame::new(result.clone(), true));
        let params: Vec<tir::LocalId> = fields
            .iter()
            .enumerate()
            .map(|(i, t)| self.frame().new_local(&format!("$field{i}"), t.clone()))
            .collect();
        let args = params
            .iter()
            .zip(&fields)
            .map(|(p, t)| mk(K::Local(*p), t.clone(), span))
            .collect();
        let body = mk(K::Variant { tag, args }, result.clone(), span);
        let lifted = self.lift("constructor", span, params, result.clone(), body);
        self.closure_value(lifted, Ty::Fun(fields, Box::new(result)), span)
    }

    /// `V(args)` / `T.V(args)`.
    pub fn user_variant_call(
        &mut self,
        adt: usize,
        tag: u32,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let (ty, targs) = self.fresh_adt(adt);
        let fields = self.variant_fields(adt, tag, &targs);
        if fields.len() != args.len() {
            self.arity_error_pub(fields.len(), args.len(), args_span);
            return self.error_expr(span);
        }
        let args = self.check_args(&fields, args);
        mk(K::Variant { tag, args }, ty, span)
    }

    /// `T.V` where `T` names a sum type.
    pub fn qualified_variant(&mut self, r: TypeRef, name: &ast::Ident) -> Option<(usize, u32)> {
        let TypeRef::Adt(adt) = r else { return None };
        match self.variant_index(adt, &name.name) {
            Some(tag) => Some((adt, tag)),
            None if is_struct_or_lowercase(&self.adts[adt].def.kind, &name.name) => {
                // Not a variant name: a static member of the type (§5.15).
                let ty = Ty::Con(TyCon::Adt(adt as u32), Vec::new());
                let candidates = self.method_names_on(&ty);
                self.no_method(&ty, name, &candidates);
                None
            }
            None => {
                let type_name = self.adts[adt].def.name.clone();
                let mut d = Diagnostic::error(
                    Code("E0010"),
                    format!("unknown variant: {}.{}", type_name, name.name),
                )
                .label(name.span, "not a known variant");
                let names: Vec<String> = match &self.adts[adt].def.kind {
                    crate::tir::AdtKind::Sum { variants } => {
                        variants.iter().map(|v| v.name.clone()).collect()
                    }
                    crate::tir::AdtKind::Struct { .. } => Vec::new(),
                };
                if let Some(s) =
                    mesh_diagnostics::did_you_mean(&name.name, names.iter().map(String::as_str))
                {
                    d = d.help(format!("did you mean `{s}`?")).fix(name.span, s);
                }
                self.push(d);
                None
            }
        }
    }

    /// `Path { f: v, … }`
    pub fn struct_literal(
        &mut self,
        path: &ast::Path,
        fields: &[ast::FieldInit],
        span: Span,
    ) -> tir::Expr {
        let name_span = crate::modules::path_span(path);
        let type_name = crate::modules::path_text(path);
        let adt = match self.lookup_type(path) {
            Some(TypeRef::Adt(i)) if self.struct_fields_of(i, &[]).is_some() => i,
            _ => {
                let d = Diagnostic::error(Code("E0004"), format!("undefined type: {type_name}"))
                    .label(name_span, "not found in this scope");
                self.push(d);
                fields.iter().for_each(|f| drop(self.expr(&f.value, None)));
                return self.error_expr(span);
            }
        };
        let (ty, args) = self.fresh_adt(adt);
        let defs = self.struct_fields_of(adt, &args).unwrap_or_default();
        let short = self.adts[adt].def.name.clone();
        let mut out: Vec<(u32, tir::Expr)> = Vec::new();
        for f in fields {
            let Some(index) = defs.iter().position(|(n, _)| *n == f.name.name) else {
                self.unknown_field(&f.name, &short, &defs);
                drop(self.expr(&f.value, None));
                continue;
            };
            if out.iter().any(|(i, _)| *i == index as u32) {
                let msg = format!("field {} specified more than once", f.name.name);
                self.error("E0009", msg, f.name.span, "specified again here");
                continue;
            }
            let value = self.field_value_checked(&f.value, &defs[index].1);
            out.push((index as u32, value));
        }
        for (i, (name, _)) in defs.iter().enumerate() {
            if !out.iter().any(|(j, _)| *j == i as u32)
                && !fields.iter().any(|f| f.name.name == *name)
            {
                let d = Diagnostic::error(
                    Code("E0009"),
                    format!("missing field {name} in struct {short}"),
                )
                .label(name_span, format!("missing `{name}`"))
                .help(format!("add `{name}: <value>`"));
                self.push(d);
            }
        }
        mk(K::Struct { fields: out }, ty, span)
    }

    fn field_value_checked(&mut self, value: &ast::Expr, ty: &Ty) -> tir::Expr {
        let v = self.expr(value, Some(ty));
        if let Err(err) = self.inf.unify(ty, &v.ty) {
            let d = self.mismatch(err, ty, &v.ty, crate::annot::result_span(&v), None);
            self.push(d);
        }
        v
    }

    fn unknown_field(&mut self, name: &ast::Ident, type_name: &str, defs: &[(String, Ty)]) {
        let mut d = Diagnostic::error(
            Code("E0009"),
            format!("unknown field {} in struct {type_name}", name.name),
        )
        .label(name.span, "unknown field");
        if let Some(s) =
            mesh_diagnostics::did_you_mean(&name.name, defs.iter().map(|(n, _)| n.as_str()))
        {
            d = d.help(format!("did you mean `{s}`?")).fix(name.span, s);
        }
        self.push(d);
    }

    /// The struct ADT and its instantiated fields behind a value's type.
    fn struct_of(&self, ty: &Ty) -> Option<(usize, Vec<(String, Ty)>)> {
        match self.inf.shallow(ty) {
            Ty::Con(TyCon::Adt(i), args) => self
                .struct_fields_of(i as usize, &args)
                .map(|f| (i as usize, f)),
            _ => None,
        }
    }

    /// `value.field`
    pub fn field_access(&mut self, base: tir::Expr, name: &ast::Ident, span: Span) -> tir::Expr {
        if self.inf.is_error(&base.ty) {
            // The receiver failed to check and was reported (§8.1).
            return self.error_expr(span);
        }
        if self.is_unknown(&base.ty) {
            return self.defer_field(base, name, span);
        }
        if let Some((_, fields)) = self.struct_of(&base.ty) {
            if let Some(index) = fields.iter().position(|(n, _)| *n == name.name) {
                let ty = fields[index].1.clone();
                return mk(
                    K::Field {
                        base: Box::new(base),
                        index: index as u32,
                    },
                    ty,
                    span,
                );
            }
        }
        self.no_field(&base.ty, name);
        self.error_expr(span)
    }

    /// E0009 for a field access on a type without that field.
    pub fn no_field(&mut self, ty: &Ty, name: &ast::Ident) {
        if self.inf.is_error(ty) {
            // The receiver failed to check and was reported.
            return;
        }
        if let Ty::Var(_) = self.inf.shallow(ty) {
            let msg = format!(
                "cannot infer the type of this value to access field `{}`",
                name.name
            );
            let d = Diagnostic::error(Code("E0009"), msg)
                .label(name.span, "type unknown here")
                .help("add a type annotation");
            return self.push(d);
        }
        let shown = self.inf.display(ty, &mut Vec::new());
        let mut d = Diagnostic::error(
            Code("E0009"),
            format!("type {shown} has no field {}", name.name),
        )
        .label(name.span, "no such field");
        if let Some((_, fields)) = self.struct_of(ty) {
            if let Some(s) =
                mesh_diagnostics::did_you_mean(&name.name, fields.iter().map(|(n, _)| n.as_str()))
            {
                d = d.help(format!("did you mean `{s}`?")).fix(name.span, s);
            }
        }
        self.push(d);
    }

    /// A struct field holding a function, called with method syntax (§5.15 step 1).
    pub fn field_function(&self, ty: &Ty, name: &str) -> Option<(u32, Ty)> {
        let (_, fields) = self.struct_of(ty)?;
        let index = fields.iter().position(|(n, _)| n == name)?;
        Some((index as u32, fields[index].1.clone()))
    }

    /// `%{base | f: v, …}`
    pub fn struct_update(
        &mut self,
        base: &ast::Expr,
        fields: &[ast::FieldInit],
        span: Span,
    ) -> tir::Expr {
        let b = self.expr(base, None);
        if self.inf.is_error(&b.ty) {
            fields.iter().for_each(|f| drop(self.expr(&f.value, None)));
            return self.error_expr(span);
        }
        let Some((adt, defs)) = self.struct_of(&b.ty) else {
            let shown = self.inf.display(&b.ty, &mut Vec::new());
            let d = Diagnostic::error(
                Code("E0009"),
                format!(
                    "type {shown} has no field {}",
                    fields.first().map_or("", |f| f.name.name.as_str())
                ),
            )
            .label(b.span, "not a struct");
            self.push(d);
            return self.error_expr(span);
        };
        let short = self.adts[adt].def.name.clone();
        let mut out: Vec<(u32, tir::Expr)> = Vec::new();
        for f in fields {
            match defs.iter().position(|(n, _)| *n == f.name.name) {
                Some(index) => {
                    let value = self.field_value_checked(&f.value, &defs[index].1);
                    out.push((index as u32, value));
                }
                None => {
                    self.unknown_field(&f.name, &short, &defs);
                    drop(self.expr(&f.value, None));
                }
            }
        }
        let ty = b.ty.clone();
        mk(
            K::StructUpdate {
                base: Box::new(b),
                fields: out,
            },
            ty,
            span,
        )
    }
}

/// `T.x` cannot name a variant of `T`.
fn is_struct_or_lowercase(kind: &crate::tir::AdtKind, name: &str) -> bool {
    matches!(kind, crate::tir::AdtKind::Struct { .. }) || name.starts_with(char::is_lowercase)
}

impl Checker<'_> {
    /// `compare(a, b)`: `Less` if `a < b`, otherwise `Equal` if `a == b`,
    /// otherwise `Greater` (§6.5), evaluating each operand once.
    pub fn compare_call(&mut self, a: tir::Expr, b: tir::Expr, span: Span) -> tir::Expr {
        if let Err(err) = self.inf.unify(&a.ty, &b.ty) {
            let d = self.mismatch(err, &a.ty, &b.ty, b.span, None);
            self.push(d);
        }
        let ty = a.ty.clone();
        self.constrain(&ty, span, crate::check::ConstraintKind::Ord);
        let la = self.frame().new_local("$lhs", ty.clone());
        let lb = self.frame().new_local("$rhs", ty.clone());
        let local = |id| mk(K::Local(id), ty.clone(), span);
        let bind = |id, value| tir::Stmt::Let {
            pattern: tir::Pattern {
                kind: tir::PatternKind::Bind(id),
                ty: ty.clone(),
                span,
            },
            value,
        };
        let ordering = Ty::Con(TyCon::Ordering, Vec::new());
        let variant = |tag| {
            mk(
                K::Variant {
                    tag,
                    args: Vec::new(),
                },
                ordering.clone(),
                span,
            )
        };
        let lt = mk(
            K::Compare {
                op: tir::CompareOp::Lt,
                lhs: Box::new(local(la)),
                rhs: Box::new(local(lb)),
            },
            Ty::BOOL,
            span,
        );
        let eq = mk(
            K::Eq {
                negate: false,
                lhs: Box::new(local(la)),
                rhs: Box::new(local(lb)),
            },
            Ty::BOOL,
            span,
        );
        let inner = mk(
            K::If {
                cond: Box::new(eq),
                then_branch: Box::new(variant(1)),
                else_branch: Some(Box::new(variant(2))),
            },
            ordering.clone(),
            span,
        );
        let outer = mk(
            K::If {
                cond: Box::new(lt),
                then_branch: Box::new(variant(0)),
                else_branch: Some(Box::new(inner)),
            },
            ordering.clone(),
            span,
        );
        let stmts = vec![bind(la, a), bind(lb, b), tir::Stmt::Expr(outer)];
        mk(K::Block(stmts), ordering, span)
    }
}

impl Checker<'_> {
    /// `%{k => v, name: v}`: all keys one type (`String` for keyword
    /// entries), all values one type; keys need `Eq` and `Hash`.
    pub fn map_literal(&mut self, entries: &[ast::MapEntry], span: Span) -> tir::Expr {
        let (k, v) = (self.inf.fresh(), self.inf.fresh());
        let mut out = Vec::new();
        for entry in entries {
            let (key, value) = match entry {
                ast::MapEntry::Keyword { key, value } => {
                    (mk(K::Str(key.name.clone()), Ty::STRING, key.span), value)
                }
                ast::MapEntry::Pair { key, value } => (self.expr(key, Some(&k)), value),
            };
            self.unify_element(&k, &key);
            let value = self.expr(value, Some(&v));
            self.unify_element(&v, &value);
            out.push((key, value));
        }
        self.require_key(&k, span);
        mk(K::MapLit(out), Ty::Con(TyCon::Map, vec![k, v]), span)
    }

    /// A map key or set element type needs `Eq` and `Hash`.
    pub fn require_key(&mut self, key: &Ty, span: Span) {
        self.constrain(key, span, crate::check::ConstraintKind::Eq);
        if let Some(hash) = self.trait_named("Hash") {
            self.constrain(key, span, crate::check::ConstraintKind::Trait(hash));
        }
    }

    /// Keyword arguments as their map.
    pub fn keyword_map(&mut self, keywords: &[(&ast::Ident, &ast::Expr)], span: Span) -> tir::Expr {
        let v = self.inf.fresh();
        let mut out = Vec::new();
        for (name, value) in keywords {
            let key = mk(K::Str(name.name.clone()), Ty::STRING, name.span);
            let value = self.expr(value, Some(&v));
            self.unify_element(&v, &value);
            out.push((key, value));
        }
        mk(
            K::MapLit(out),
            Ty::Con(TyCon::Map, vec![Ty::STRING, v]),
            span,
        )
    }

    fn unify_element(&mut self, want: &Ty, e: &tir::Expr) {
        if let Err(err) = self.inf.unify(want, &e.ty) {
            let d = self.mismatch(err, want, &e.ty, crate::annot::result_span(e), None);
            self.push(d);
        }
    }
}
