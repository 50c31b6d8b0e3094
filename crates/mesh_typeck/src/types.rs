//! User types: structs, sum types and aliases (LANGUAGE.md §3.6, §5.2,
//! §5.10–§5.13) — collection, resolution of their field types, deriving,
//! and the lookups the rest of the checker uses (type names, variants).

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::{Checker, ConstraintKind};
use crate::tir::{AdtDef, AdtKind, Derives, FieldDef, VariantDef};
use crate::ty::{Ty, TyCon};

/// A name in the type namespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeRef {
    Adt(usize),
    Alias(usize),
}

pub enum AdtSource<'a> {
    Struct(&'a ast::StructDef),
    Sum(&'a ast::SumTypeDef),
}

pub struct AdtInfo<'a> {
    pub module: usize,
    pub is_pub: bool,
    pub generics: Vec<String>,
    pub def: AdtDef,
    pub source: AdtSource<'a>,
    /// No `deriving` clause: the default derives, dropped where a field lacks the trait.
    pub default_derives: bool,
}

#[derive(Clone, Debug)]
pub enum AliasState {
    Unresolved,
    Resolving,
    Done(Ty),
}

pub struct AliasInfo<'a> {
    pub module: usize,
    pub is_pub: bool,
    pub generics: Vec<String>,
    pub def: &'a ast::TypeAlias,
    pub state: AliasState,
}

const DERIVABLE: &[&str] = &[
    "Eq", "Ord", "Display", "Debug", "Hash", "Json", "Row", "Schema",
];

impl<'a> Checker<'a> {
    // ---- collection ---------------------------------------------------------

    pub fn collect_types(&mut self, module: &'a ast::Module) {
        for item in &module.items {
            match item {
                ast::Item::Struct(s) => self.declare_adt(
                    &s.name,
                    s.is_pub,
                    &s.generics,
                    AdtSource::Struct(s),
                    s.deriving.is_none(),
                ),
                ast::Item::SumType(t) => self.declare_adt(
                    &t.name,
                    t.is_pub,
                    &t.generics,
                    AdtSource::Sum(t),
                    t.deriving.is_none(),
                ),
                ast::Item::TypeAlias(a) => {
                    self.aliases.push(AliasInfo {
                        module: self.module,
                        is_pub: a.is_pub,
                        generics: a.generics.iter().map(|g| g.name.clone()).collect(),
                        def: a,
                        state: AliasState::Unresolved,
                    });
                    let r = TypeRef::Alias(self.aliases.len() - 1);
                    self.declare_type(&a.name, r);
                }
                _ => {}
            }
        }
    }

    fn declare_adt(
        &mut self,
        name: &ast::Ident,
        is_pub: bool,
        generics: &[ast::Ident],
        source: AdtSource<'a>,
        default_derives: bool,
    ) {
        let kind = match source {
            AdtSource::Struct(_) => AdtKind::Struct { fields: Vec::new() },
            AdtSource::Sum(_) => AdtKind::Sum {
                variants: Vec::new(),
            },
        };
        let module_name = self.modules[self.module].name.clone();
        let display = if module_name == "Main" {
            name.name.clone()
        } else {
            format!("{module_name}.{}", name.name)
        };
        self.inf.adt_names.push(display);
        self.adts.push(AdtInfo {
            module: self.module,
            is_pub,
            generics: generics.iter().map(|g| g.name.clone()).collect(),
            def: AdtDef {
                name: name.name.clone(),
                module: module_name,
                n_generics: generics.len() as u32,
                kind,
                derives: Derives::default(),
            },
            source,
            default_derives,
        });
        self.declare_type(name, TypeRef::Adt(self.adts.len() - 1));
    }

    fn declare_type(&mut self, name: &ast::Ident, r: TypeRef) {
        let types = &mut self.modules[self.module].types;
        if let Some(&earlier) = types.get(&name.name) {
            let earlier = self.type_name_span(earlier);
            self.duplicate_definition(name, earlier);
            return;
        }
        types.insert(name.name.clone(), r);
    }

    /// The name in the definition of a user type.
    fn type_name_span(&self, r: TypeRef) -> Span {
        match r {
            TypeRef::Adt(i) => match self.adts[i].source {
                AdtSource::Struct(s) => s.name.span,
                AdtSource::Sum(t) => t.name.span,
            },
            TypeRef::Alias(i) => self.aliases[i].def.name.span,
        }
    }

    /// E0023 "duplicate definition of `x`" at the later name, pointing back
    /// at the earlier one.
    pub fn duplicate_definition(&mut self, name: &ast::Ident, earlier: Span) {
        let d = Diagnostic::error(
            Code("E0023"),
            format!("duplicate definition of `{}`", name.name),
        )
        .label(name.span, "defined again here")
        .label(earlier, "first defined here");
        self.push(d);
    }

    // ---- resolution -------------------------------------------------------------

    /// Resolves field and variant types of the current module's ADTs and
    /// checks their deriving clauses.
    pub fn resolve_type_defs(&mut self, _module: &ast::Module) {
        for id in 0..self.adts.len() {
            if self.adts[id].module != self.module {
                continue;
            }
            let env: Vec<(String, Ty)> = self.adts[id]
                .generics
                .iter()
                .enumerate()
                .map(|(i, g)| (g.clone(), Ty::Param(i as u32)))
                .collect();
            let kind = match self.adts[id].source {
                AdtSource::Struct(s) => AdtKind::Struct {
                    fields: self.struct_fields(s, &env),
                },
                AdtSource::Sum(t) => AdtKind::Sum {
                    variants: self.sum_variants(t, &env),
                },
            };
            self.adts[id].def.kind = kind;
            self.adts[id].def.derives = self.declared_derives(id);
        }
        for i in 0..self.aliases.len() {
            if self.aliases[i].module == self.module {
                self.resolve_alias(i);
            }
        }
    }

    fn struct_fields(&mut self, s: &ast::StructDef, env: &[(String, Ty)]) -> Vec<FieldDef> {
        let mut fields: Vec<FieldDef> = Vec::new();
        let mut seen: Vec<&ast::Ident> = Vec::new();
        for m in &s.members {
            if let ast::StructMember::Field { name, ty } = m {
                if let Some(earlier) = seen.iter().find(|n| n.name == name.name) {
                    self.duplicate_definition(name, earlier.span);
                    continue;
                }
                seen.push(name);
                let ty = self.resolve_type(ty, env);
                fields.push(FieldDef {
                    name: name.name.clone(),
                    ty,
                });
            }
        }
        fields
    }

    fn sum_variants(&mut self, t: &ast::SumTypeDef, env: &[(String, Ty)]) -> Vec<VariantDef> {
        let mut variants: Vec<VariantDef> = Vec::new();
        for (i, v) in t.variants.iter().enumerate() {
            if let Some(earlier) = t.variants[..i].iter().find(|x| x.name.name == v.name.name) {
                self.duplicate_definition(&v.name, earlier.name.span);
                continue;
            }
            let fields = v
                .fields
                .iter()
                .map(|f| self.resolve_type(&f.ty, env))
                .collect();
            variants.push(VariantDef {
                name: v.name.name.clone(),
                fields,
            });
        }
        variants
    }

    pub fn deriving_of(&self, id: usize) -> Option<&'a ast::Deriving> {
        match self.adts[id].source {
            AdtSource::Struct(s) => s.deriving.as_ref(),
            AdtSource::Sum(t) => t.deriving.as_ref(),
        }
    }

    /// The derives a type asks for (§5.13), with E0028/E0029.
    fn declared_derives(&mut self, id: usize) -> Derives {
        let is_struct = matches!(self.adts[id].source, AdtSource::Struct(_));
        let Some(deriving) = self.deriving_of(id) else {
            return Derives {
                eq: true,
                ord: true,
                debug: true,
                hash: is_struct,
                display: false,
                json: false,
            };
        };
        let name = self.adts[id].def.name.clone();
        let mut d = Derives::default();
        for t in &deriving.traits {
            match t.name.as_str() {
                "Eq" => d.eq = true,
                "Ord" => d.ord = true,
                "Display" => d.display = true,
                "Debug" => d.debug = true,
                "Hash" => d.hash = true,
                "Json" => d.json = true,
                "Row" | "Schema" if !is_struct => {
                    let msg = format!("cannot derive `{}` for sum type `{name}`", t.name);
                    let diag = Diagnostic::error(Code("E0028"), msg)
                        .label(t.span, "not derivable here")
                        .help("derivable traits are: Eq, Ord, Display, Debug, Hash, Json, Row, Schema");
                    self.push(diag);
                }
                "Row" | "Schema" => {
                    self.not_supported(&format!("`deriving({})` clauses", t.name), t.span)
                }
                other => {
                    let _ = DERIVABLE;
                    let diag = Diagnostic::error(
                        Code("E0028"),
                        format!("cannot derive `{other}` for `{name}`"),
                    )
                    .label(t.span, "not derivable")
                    .help("derivable traits are: Eq, Ord, Display, Debug, Hash, Json, Row, Schema");
                    self.push(diag);
                }
            }
        }
        if d.ord && !d.eq {
            if let Some(ord) = deriving.traits.iter().find(|t| t.name == "Ord") {
                let diag = Diagnostic::error(
                    Code("E0029"),
                    format!("cannot derive `Ord` for `{name}` without `Eq`"),
                )
                .label(ord.span, "requires `Eq`")
                .help("add `Eq` to the deriving list");
                self.push(diag);
            }
        }
        d
    }

    /// Drops default derives whose fields lack the trait (to a fixpoint),
    /// then checks explicit derives field by field (E0006).
    pub fn finish_derives(&mut self) {
        loop {
            self.inf.adt_defs = self.adt_defs();
            let mut changed = false;
            for id in 0..self.adts.len() {
                if !self.adts[id].default_derives {
                    continue;
                }
                let before = self.adts[id].def.derives;
                let mut d = before;
                let own = |cx: &Self, name: &str| cx.has_explicit_impl(id, name);
                d.eq &= !own(self, "Eq") && self.fields_satisfy(id, ConstraintKind::Eq);
                d.ord &= d.eq && !own(self, "Ord") && self.fields_satisfy(id, ConstraintKind::Ord);
                d.debug &= !own(self, "Debug") && self.fields_satisfy(id, ConstraintKind::Show);
                d.hash &= !own(self, "Hash") && self.fields_satisfy(id, ConstraintKind::Eq);
                if d != before {
                    self.adts[id].def.derives = d;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for id in 0..self.adts.len() {
            if !self.adts[id].default_derives {
                self.check_explicit_derives(id);
            }
        }
        self.inf.adt_defs = self.adt_defs();
    }

    fn field_types(&self, id: usize) -> Vec<Ty> {
        match &self.adts[id].def.kind {
            AdtKind::Struct { fields } => fields.iter().map(|f| f.ty.clone()).collect(),
            AdtKind::Sum { variants } => variants
                .iter()
                .flat_map(|v| v.fields.iter().cloned())
                .collect(),
        }
    }

    fn fields_satisfy(&self, id: usize, kind: ConstraintKind) -> bool {
        self.field_types(id).iter().all(|t| self.has_trait(kind, t))
    }

    /// Does ADT `id` have an explicit `impl` of the built-in trait `name`?
    fn has_explicit_impl(&self, id: usize, name: &str) -> bool {
        let ty = Ty::Con(TyCon::Adt(id as u32), Vec::new());
        self.trait_named(name)
            .is_some_and(|t| !self.impls_for(t, &ty).is_empty())
    }

    fn check_explicit_derives(&mut self, id: usize) {
        let Some(deriving) = self.deriving_of(id) else {
            return;
        };
        let module = self.adts[id].module;
        let file = self.modules[module].file;
        for t in &deriving.traits {
            let kind = match t.name.as_str() {
                "Eq" | "Hash" => ConstraintKind::Eq,
                "Ord" => ConstraintKind::Ord,
                "Display" | "Debug" => ConstraintKind::Show,
                "Json" => {
                    self.check_json_derive(id, t);
                    continue;
                }
                _ => continue,
            };
            for ty in self.field_types(id) {
                if !self.has_trait(kind, &ty) {
                    let shown = self.inf.display(&ty, &mut Vec::new());
                    let d = Diagnostic::error(
                        Code("E0006"),
                        format!("{shown} does not implement {}", t.name),
                    )
                    .in_file(file)
                    .label(t.span, format!("{shown} does not satisfy {}", t.name))
                    .help(format!("add `impl {} for {shown} do … end`", t.name));
                    self.diags.push(d);
                    break;
                }
            }
        }
    }

    /// The current ADT definitions (for trait queries).
    pub fn adt_defs(&self) -> Vec<AdtDef> {
        self.adts.iter().map(|a| a.def.clone()).collect()
    }

    fn resolve_alias(&mut self, i: usize) -> Ty {
        match self.aliases[i].state.clone() {
            AliasState::Done(t) => return t,
            AliasState::Resolving => {
                let name = self.aliases[i].def.name.clone();
                let d = Diagnostic::error(
                    Code("E0002"),
                    format!("type alias `{}` refers to itself", name.name),
                )
                .in_file(self.modules[self.aliases[i].module].file)
                .label(name.span, "recursive type here");
                self.diags.push(d);
                self.aliases[i].state = AliasState::Done(Ty::UNIT);
                return Ty::UNIT;
            }
            AliasState::Unresolved => {}
        }
        self.aliases[i].state = AliasState::Resolving;
        let env: Vec<(String, Ty)> = self.aliases[i]
            .generics
            .iter()
            .enumerate()
            .map(|(k, g)| (g.clone(), Ty::Param(k as u32)))
            .collect();
        let saved = (self.module, self.file);
        self.module = self.aliases[i].module;
        self.file = self.modules[self.module].file;
        let ty = self.resolve_type(&self.aliases[i].def.ty, &env);
        (self.module, self.file) = saved;
        if matches!(self.aliases[i].state, AliasState::Resolving) {
            self.aliases[i].state = AliasState::Done(ty.clone());
        }
        match &self.aliases[i].state {
            AliasState::Done(t) => t.clone(),
            _ => ty,
        }
    }

    // ---- lookups ------------------------------------------------------------------

    /// The user type a (possibly qualified) name refers to in the current module.
    pub fn lookup_type(&mut self, path: &[ast::Ident]) -> Option<TypeRef> {
        match path {
            [name] => {
                let m = &self.modules[self.module];
                if let Some(&r) = m.types.get(&name.name) {
                    return Some(r);
                }
                let mut visible = self.visible_imported_types(&name.name);
                visible.dedup();
                visible.first().copied()
            }
            [qualifier @ .., name] => {
                let text = crate::modules::path_text(&qualifier.to_vec());
                let targets = self.modules[self.module].qualifiers.get(&text)?.clone();
                let &target = targets.first()?;
                let r = *self.modules[target].types.get(&name.name)?;
                self.type_is_pub(r).then_some(r)
            }
            [] => None,
        }
    }

    pub fn type_is_pub(&self, r: TypeRef) -> bool {
        match r {
            TypeRef::Adt(i) => self.adts[i].is_pub,
            TypeRef::Alias(i) => self.aliases[i].is_pub,
        }
    }

    /// Types visible unqualified through imports: `from M import T`, and
    /// (Compatibility) every `pub` type of an imported module.
    fn visible_imported_types(&self, name: &str) -> Vec<TypeRef> {
        let m = &self.modules[self.module];
        let mut out: Vec<TypeRef> = m.imported_types.get(name).copied().into_iter().collect();
        for targets in m.qualifiers.values() {
            for &t in targets {
                if let Some(&r) = self.modules[t].types.get(name) {
                    if self.type_is_pub(r) && !out.contains(&r) {
                        out.push(r);
                    }
                }
            }
        }
        out
    }

    /// Expands a type reference applied to `args` (already resolved).
    pub fn apply_type(&mut self, r: TypeRef, args: Vec<Ty>, span: Span) -> Ty {
        let (expected, is_alias) = match r {
            TypeRef::Adt(i) => (self.adts[i].generics.len(), false),
            TypeRef::Alias(i) => (self.aliases[i].generics.len(), true),
        };
        if args.len() != expected {
            let msg = format!("expected {expected} type argument(s), found {}", args.len());
            let d =
                Diagnostic::error(Code("E0003"), msg).label(span, "wrong number of type arguments");
            self.push_once(d);
            // Recover with the type itself, at unknown arguments, so that
            // its fields and variants cause no follow-up errors.
            let args: Vec<Ty> = (0..expected).map(|_| self.inf.fresh()).collect();
            return match r {
                TypeRef::Adt(i) => Ty::Con(TyCon::Adt(i as u32), args),
                TypeRef::Alias(i) => self.resolve_alias(i).subst(&args),
            };
        }
        match r {
            TypeRef::Adt(i) => Ty::Con(TyCon::Adt(i as u32), args),
            TypeRef::Alias(i) if is_alias => self.resolve_alias(i).subst(&args),
            TypeRef::Alias(_) => Ty::UNIT,
        }
    }

    /// `Ty` of ADT `id` with fresh type arguments.
    pub fn fresh_adt(&mut self, id: usize) -> (Ty, Vec<Ty>) {
        let args: Vec<Ty> = (0..self.adts[id].generics.len())
            .map(|_| self.inf.fresh())
            .collect();
        (Ty::Con(TyCon::Adt(id as u32), args.clone()), args)
    }

    /// User variants named `name` visible in the current module: its own
    /// sum types first, then imported ones.
    pub fn variants_named(&self, name: &str) -> Vec<(usize, u32)> {
        let own: Vec<(usize, u32)> = self.modules[self.module]
            .types
            .values()
            .filter_map(|r| match r {
                TypeRef::Adt(i) => self.variant_index(*i, name).map(|t| (*i, t)),
                TypeRef::Alias(_) => None,
            })
            .collect();
        if !own.is_empty() {
            return own;
        }
        let mut out = Vec::new();
        let m = &self.modules[self.module];
        let imported = m.imported_types.values().copied();
        let from_modules = m
            .qualifiers
            .values()
            .flatten()
            .flat_map(|&t| self.modules[t].types.values().copied());
        for r in imported.chain(from_modules) {
            if let TypeRef::Adt(i) = r {
                if self.adts[i].is_pub {
                    if let Some(tag) = self.variant_index(i, name) {
                        if !out.contains(&(i, tag)) {
                            out.push((i, tag));
                        }
                    }
                }
            }
        }
        out
    }

    pub fn variant_index(&self, adt: usize, name: &str) -> Option<u32> {
        match &self.adts[adt].def.kind {
            AdtKind::Sum { variants } => variants
                .iter()
                .position(|v| v.name == name)
                .map(|p| p as u32),
            AdtKind::Struct { .. } => None,
        }
    }

    /// Every variant name in scope (for did-you-mean).
    pub fn variant_names_in_scope(&self) -> Vec<String> {
        let mut names: Vec<String> = ["None", "Some", "Ok", "Err", "Less", "Equal", "Greater"]
            .map(String::from)
            .to_vec();
        for r in self.modules[self.module].types.values() {
            if let TypeRef::Adt(i) = r {
                if let AdtKind::Sum { variants } = &self.adts[*i].def.kind {
                    names.extend(variants.iter().map(|v| v.name.clone()));
                }
            }
        }
        names
    }

    /// Reports E0010 for an ambiguous variant name.
    pub fn ambiguous_variant(&mut self, name: &ast::Ident, candidates: &[(usize, u32)]) {
        let types: Vec<String> = candidates
            .iter()
            .map(|(i, _)| self.adts[*i].def.name.clone())
            .collect();
        let d = Diagnostic::error(Code("E0010"), format!("ambiguous variant: {}", name.name))
            .label(name.span, "not a known variant")
            .help(format!(
                "qualify it: `{}.{}` or `{}.{}`",
                types[0], name.name, types[1], name.name
            ));
        self.push(d);
    }

    /// Field types of variant `tag` of ADT `id` instantiated at `args`.
    pub fn variant_fields(&self, id: usize, tag: u32, args: &[Ty]) -> Vec<Ty> {
        match &self.adts[id].def.kind {
            AdtKind::Sum { variants } => variants
                .get(tag as usize)
                .map(|v| v.fields.iter().map(|t| t.subst(args)).collect())
                .unwrap_or_default(),
            AdtKind::Struct { .. } => Vec::new(),
        }
    }

    /// Struct fields of ADT `id` instantiated at `args`: (name, type).
    pub fn struct_fields_of(&self, id: usize, args: &[Ty]) -> Option<Vec<(String, Ty)>> {
        match &self.adts[id].def.kind {
            AdtKind::Struct { fields } => Some(
                fields
                    .iter()
                    .map(|f| (f.name.clone(), f.ty.subst(args)))
                    .collect(),
            ),
            AdtKind::Sum { .. } => None,
        }
    }
}
