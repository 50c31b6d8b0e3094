//! Interfaces and impls (LANGUAGE.md §5.12, §5.14–§5.16): the built-in
//! traits, user interfaces, impl collection and validation, and the
//! queries method resolution and trait constraints use.
//!
//! Types in a trait's method signatures are written with `Ty::Param`s:
//! `Param(0)` is `Self`, then the trait's own parameters, then its
//! associated types. An impl instantiates them with its implementing type,
//! its trait arguments and its `type A = …` bindings.
//!
//! Impl methods are ordinary top-level function entries (not visible by
//! name) whose generic parameters are the implementing type's. A default
//! method an impl does not override gets its own entry per impl, checked
//! with that impl's `Self`.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::{Checker, FnEntry};
use crate::ty::{Ty, TyCon};
use crate::types::TypeRef;

pub struct TraitMethod<'a> {
    pub name: String,
    pub has_self: bool,
    /// Parameter types after `self` (`None`: left to each impl).
    pub params: Vec<Option<Ty>>,
    pub ret: Option<Ty>,
    pub default: Option<&'a ast::MethodSig>,
    /// A default supplied by the compiler (`Ord.compare`).
    pub builtin_default: bool,
}

pub struct TraitInfo<'a> {
    pub name: String,
    /// `Display` for built-in traits, `Main.Describe` for user interfaces.
    pub qualified: String,
    pub module: Option<usize>,
    pub is_pub: bool,
    pub generics: Vec<String>,
    pub assoc: Vec<String>,
    pub methods: Vec<TraitMethod<'a>>,
}

impl TraitInfo<'_> {
    pub fn method(&self, name: &str) -> Option<&TraitMethod<'_>> {
        self.methods.iter().find(|m| m.name == name)
    }

    fn assoc_param(&self, i: usize) -> Ty {
        Ty::Param((1 + self.generics.len() + i) as u32)
    }
}

/// An impl's implementing type applied to rigid variables for its
/// parameters, those variables, and the type environment of its body.
struct ImplTarget {
    for_type: Ty,
    generics: Vec<u32>,
    env: Vec<(String, Ty)>,
}

pub struct ImplInfo {
    pub trait_id: usize,
    pub trait_args: Vec<Ty>,
    /// The implementing type applied to the impl's generic (rigid) variables.
    pub for_type: Ty,
    pub generics: Vec<u32>,
    pub assoc: Vec<(String, Ty)>,
    /// Method name → function entry.
    pub methods: Vec<(String, usize)>,
    pub header: Span,
    /// The module whose file `header` is in.
    pub module: usize,
}

fn builtin(
    name: &str,
    generics: &[&str],
    assoc: &[&str],
    methods: Vec<TraitMethod<'static>>,
) -> TraitInfo<'static> {
    TraitInfo {
        name: name.into(),
        qualified: name.into(),
        module: None,
        is_pub: true,
        generics: generics.iter().map(|s| s.to_string()).collect(),
        assoc: assoc.iter().map(|s| s.to_string()).collect(),
        methods,
    }
}

fn method(name: &str, has_self: bool, params: Vec<Ty>, ret: Ty) -> TraitMethod<'static> {
    TraitMethod {
        name: name.into(),
        has_self,
        params: params.into_iter().map(Some).collect(),
        ret: Some(ret),
        default: None,
        builtin_default: false,
    }
}

/// The built-in traits of §5.12 (those this release supports).
pub fn builtin_traits() -> Vec<TraitInfo<'static>> {
    let me = Ty::Param(0);
    let mut traits: Vec<TraitInfo> = ["Add", "Sub", "Mul", "Div", "Mod"]
        .iter()
        .map(|t| {
            let m = t.to_lowercase();
            builtin(
                t,
                &[],
                &["Output"],
                vec![method(&m, true, vec![me.clone()], Ty::Param(1))],
            )
        })
        .collect();
    traits.push(builtin(
        "Neg",
        &[],
        &["Output"],
        vec![method("neg", true, vec![], Ty::Param(1))],
    ));
    traits.push(builtin(
        "Eq",
        &[],
        &[],
        vec![method("eq", true, vec![me.clone()], Ty::BOOL)],
    ));
    let mut compare = method(
        "compare",
        true,
        vec![me.clone()],
        Ty::Con(TyCon::Ordering, vec![]),
    );
    compare.builtin_default = true;
    traits.push(builtin(
        "Ord",
        &[],
        &[],
        vec![method("lt", true, vec![me.clone()], Ty::BOOL), compare],
    ));
    traits.push(builtin(
        "Display",
        &[],
        &[],
        vec![method("to_string", true, vec![], Ty::STRING)],
    ));
    traits.push(builtin(
        "Debug",
        &[],
        &[],
        vec![method("inspect", true, vec![], Ty::STRING)],
    ));
    traits.push(builtin(
        "Hash",
        &[],
        &[],
        vec![method("hash", true, vec![], Ty::INT)],
    ));
    traits.push(builtin(
        "Default",
        &[],
        &[],
        vec![method("default", false, vec![], me.clone())],
    ));
    traits.push(builtin(
        "From",
        &["S"],
        &[],
        vec![method("from", false, vec![Ty::Param(1)], me)],
    ));
    traits.push(builtin(
        "Iterator",
        &[],
        &["Item"],
        vec![method("next", true, vec![], Ty::option(Ty::Param(1)))],
    ));
    traits.push(builtin(
        "Iterable",
        &[],
        &["Item", "Iter"],
        vec![method("iter", true, vec![], Ty::Param(2))],
    ));
    traits.push(builtin(
        "Into",
        &["T"],
        &[],
        vec![method("into", true, vec![], Ty::Param(1))],
    ));
    traits
}

impl<'a> Checker<'a> {
    pub fn trait_named(&self, name: &str) -> Option<usize> {
        // Builtins and the current module's interfaces first, then any
        // interface of that name in the project (§5.14 Compatibility).
        let own = self
            .traits
            .iter()
            .position(|t| t.name == name && (t.module.is_none() || t.module == Some(self.module)));
        own.or_else(|| self.traits.iter().position(|t| t.name == name))
    }

    /// Declares the current module's interfaces (their signatures are
    /// resolved later, once types are known).
    pub fn collect_interfaces(&mut self, module: &'a ast::Module) {
        for item in &module.items {
            if let ast::Item::Interface(i) = item {
                let earlier = self.interface_defs.iter().find(|(t, def)| {
                    def.name.name == i.name.name && self.traits[*t].module == Some(self.module)
                });
                if let Some(&(_, earlier)) = earlier {
                    self.duplicate_definition(&i.name, earlier.name.span);
                    continue;
                }
                self.traits.push(TraitInfo {
                    name: i.name.name.clone(),
                    qualified: format!("{}.{}", self.modules[self.module].name, i.name.name),
                    module: Some(self.module),
                    is_pub: i.is_pub,
                    generics: i.generics.iter().map(|g| g.name.clone()).collect(),
                    assoc: i
                        .members
                        .iter()
                        .filter_map(|m| match m {
                            ast::InterfaceMember::AssocType(a) => Some(a.name.clone()),
                            ast::InterfaceMember::Method(_) => None,
                        })
                        .collect(),
                    methods: Vec::new(),
                });
                self.interface_defs.push((self.traits.len() - 1, i));
            }
        }
    }

    /// The type environment of a trait's signatures: `Self`, the trait's
    /// parameters and `Self.A` for its associated types.
    fn trait_env(&self, t: usize) -> Vec<(String, Ty)> {
        let info = &self.traits[t];
        let mut env = vec![("Self".to_string(), Ty::Param(0))];
        env.extend(
            info.generics
                .iter()
                .enumerate()
                .map(|(i, g)| (g.clone(), Ty::Param(1 + i as u32))),
        );
        env.extend(
            info.assoc
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("Self.{a}"), info.assoc_param(i))),
        );
        env
    }

    /// Resolves the method signatures of the current module's interfaces.
    pub fn resolve_interfaces(&mut self) {
        let defs: Vec<(usize, &'a ast::InterfaceDef)> = self
            .interface_defs
            .iter()
            .filter(|(t, _)| self.traits[*t].module == Some(self.module))
            .copied()
            .collect();
        for (t, def) in defs {
            let env = self.trait_env(t);
            let mut methods = Vec::new();
            for m in &def.members {
                let ast::InterfaceMember::Method(sig) = m else {
                    continue;
                };
                let has_self = matches!(sig.params.first(), Some(ast::Param::SelfParam(_)));
                let params = sig
                    .params
                    .iter()
                    .skip(usize::from(has_self))
                    .map(|p| match p {
                        ast::Param::Pattern { ty: Some(t), .. } => Some(self.resolve_type(t, &env)),
                        _ => None,
                    })
                    .collect();
                let ret = sig.ret.as_ref().map(|r| self.resolve_type(r, &env));
                methods.push(TraitMethod {
                    name: sig.name.name.clone(),
                    has_self,
                    params,
                    ret,
                    default: sig.default_body.as_ref().map(|_| sig),
                    builtin_default: false,
                });
            }
            self.traits[t].methods = methods;
        }
    }

    // ---- impls ----------------------------------------------------------------

    /// Collects the current module's impls: resolves the trait and the
    /// implementing type, creates a function entry per method, and checks
    /// E0004/E0007/E0026/E0040/E0041.
    pub fn collect_impls(&mut self, module: &'a ast::Module) {
        for item in &module.items {
            if let ast::Item::Impl(def) = item {
                self.collect_impl(def);
            }
        }
    }

    fn collect_impl(&mut self, def: &'a ast::ImplDef) {
        let trait_name = crate::modules::path_text(&def.interface);
        let Some(last) = def.interface.last() else {
            return;
        };
        let Some(t) = self.trait_named(&last.name) else {
            let span = crate::modules::path_span(&def.interface);
            return self.undefined_interface(&trait_name, span);
        };
        let Some(ImplTarget {
            for_type,
            generics,
            env,
        }) = self.impl_target(def)
        else {
            return;
        };
        let trait_args: Vec<Ty> = def
            .interface_args
            .iter()
            .map(|a| self.resolve_type(a, &env))
            .collect();
        if self.reject_into_given_by_from(t, &for_type, &trait_args, def.header_span)
            || self.duplicate_impl(t, &for_type, &trait_args, def.header_span)
        {
            return;
        }
        let assoc = self.impl_assoc(t, def, &env, &for_type);
        // `Self.Item` in the impl's own signatures and bodies.
        let mut env = env;
        env.extend(
            assoc
                .iter()
                .map(|(n, ty)| (format!("Self.{n}"), ty.clone())),
        );
        let subst = self.trait_subst(t, &for_type, &trait_args, &assoc);
        let mut methods = Vec::new();
        for m in &def.members {
            if let ast::ImplMember::Method(f) = m {
                let entry = self.method_entry(t, f, &env, &generics, &subst, &for_type);
                methods.push((f.name.name.clone(), entry));
            }
        }
        self.default_methods(
            t,
            &mut methods,
            &env,
            &generics,
            &subst,
            &for_type,
            def.header_span,
        );
        self.impls.push(crate::interfaces::ImplInfo {
            trait_id: t,
            trait_args,
            for_type,
            generics,
            assoc,
            methods,
            header: def.header_span,
            module: self.module,
        });
    }

    /// E0004 for an unknown interface name, with a did-you-mean.
    fn undefined_interface(&mut self, name: &str, span: Span) {
        let names: Vec<String> = self.traits.iter().map(|t| t.name.clone()).collect();
        let mut d = Diagnostic::error(Code("E0004"), format!("undefined interface: {name}"))
            .label(span, "not found in this scope");
        if let Some(s) = mesh_diagnostics::did_you_mean(name, names.iter().map(String::as_str)) {
            d = d.help(format!("did you mean `{s}`?")).fix(span, s);
        }
        self.push(d);
    }

    /// The implementing type applied to fresh rigid variables for its
    /// parameters, and the type environment of the impl's body.
    fn impl_target(&mut self, def: &ast::ImplDef) -> Option<ImplTarget> {
        let span = crate::modules::path_span(&def.for_type);
        let name = crate::modules::path_text(&def.for_type);
        let (head, params): (TyCon, Vec<String>) = match self.lookup_type(&def.for_type) {
            Some(TypeRef::Adt(i)) => (TyCon::Adt(i as u32), self.adts[i].generics.clone()),
            Some(TypeRef::Alias(_)) => {
                self.not_supported("impls for type aliases", span);
                return None;
            }
            None => match crate::annot::builtin_type(&name) {
                Some((con, arity)) => (
                    con,
                    (0..arity)
                        .map(|i| ["T", "U"][i.min(1)].to_string())
                        .collect(),
                ),
                None => {
                    let d = Diagnostic::error(Code("E0004"), format!("undefined type: {name}"))
                        .label(span, "not found in this scope");
                    self.push(d);
                    return None;
                }
            },
        };
        let mut env = Vec::new();
        let mut generics = Vec::new();
        let mut args = Vec::new();
        for p in params {
            let var = self.inf.fresh_rigid(&p);
            if let Ty::Var(v) = var {
                generics.push(v);
            }
            env.push((p, var.clone()));
            args.push(var);
        }
        let for_type = Ty::Con(head, args);
        env.push(("Self".to_string(), for_type.clone()));
        self.record_bounds(&def.where_clause, &env);
        Some(ImplTarget {
            for_type,
            generics,
            env,
        })
    }

    /// `impl Into<T> for S` when `impl From<S> for T` provides the pair
    /// already (§5.12): E0026.
    fn reject_into_given_by_from(
        &mut self,
        t: usize,
        for_type: &Ty,
        trait_args: &[Ty],
        header: Span,
    ) -> bool {
        let (Some(from), [target]) = (self.trait_named("From"), trait_args) else {
            return false;
        };
        if self.traits[t].name != "Into" || self.traits[t].module.is_some() {
            return false;
        }
        let provided = self.impls.iter().any(|i| {
            i.trait_id == from
                && head_of(&i.for_type) == head_of(&self.inf.shallow(target))
                && i.trait_args
                    .first()
                    .is_some_and(|s| self.could_unify(s, for_type))
        });
        if !provided {
            return false;
        }
        let mut n = Vec::new();
        let (target, shown) = (
            self.inf.display(target, &mut n),
            self.inf.display(for_type, &mut n),
        );
        let d = Diagnostic::error(
            Code("E0026"),
            format!("duplicate impl: `Into<{target}>` is already implemented for `{shown}`"),
        )
        .label(header, "duplicate impl")
        .note(format!("`impl From<{shown}> for {target}` provides it"));
        self.push(d);
        true
    }

    fn duplicate_impl(&mut self, t: usize, for_type: &Ty, trait_args: &[Ty], header: Span) -> bool {
        let head = head_of(for_type);
        let existing = self.impls.iter().find(|i| {
            i.trait_id == t
                && head_of(&i.for_type) == head
                && i.trait_args.len() == trait_args.len()
                && i.trait_args
                    .iter()
                    .zip(trait_args)
                    .all(|(a, b)| self.could_unify(a, b))
        });
        let builtin_instance = self.has_builtin_instance(t, for_type);
        if existing.is_none() && !builtin_instance {
            return false;
        }
        // The trait with its arguments: `From<Int>` and `From<Float>` differ.
        let mut n = Vec::new();
        let mut trait_name = self.traits[t].name.clone();
        if !trait_args.is_empty() {
            let args: Vec<String> = trait_args
                .iter()
                .map(|a| self.inf.display(a, &mut n))
                .collect();
            trait_name = format!("{trait_name}<{}>", args.join(", "));
        }
        let shown = self.inf.display(for_type, &mut n);
        let mut d = Diagnostic::error(
            Code("E0026"),
            format!("duplicate impl: `{trait_name}` is already implemented for `{shown}`"),
        )
        .label(header, "duplicate impl");
        let previous = format!("previously defined for `{shown}`");
        match existing {
            // Spans are within the diagnostic's file; an impl elsewhere is named.
            Some(first) if first.module == self.module => d = d.label(first.header, previous),
            Some(first) => {
                let module = &self.modules[first.module].name;
                d = d.note(format!("{previous} in module `{module}`"));
            }
            None => {
                if let Some(span) = self.derive_entry(t, for_type) {
                    d = d.label(span, previous);
                }
            }
        }
        self.push(d);
        true
    }

    /// The entry naming trait `t` in the `deriving` clause of `for_type`,
    /// when that type is defined in the current module.
    fn derive_entry(&self, t: usize, for_type: &Ty) -> Option<Span> {
        let Ty::Con(TyCon::Adt(i), _) = for_type else {
            return None;
        };
        let i = *i as usize;
        if self.adts[i].module != self.module {
            return None;
        }
        let name = &self.traits[t].name;
        let deriving = self.deriving_of(i)?;
        deriving
            .traits
            .iter()
            .find(|d| d.name == *name)
            .map(|d| d.span)
    }

    /// An instance the impl would duplicate: a built-in one, or one derived
    /// by an explicit `deriving` clause (default derives give way to impls).
    fn has_builtin_instance(&self, t: usize, for_type: &Ty) -> bool {
        let name = self.traits[t].name.as_str();
        match for_type {
            Ty::Con(TyCon::Adt(i), _) => {
                let adt = &self.adts[*i as usize];
                let d = adt.def.derives;
                !adt.default_derives
                    && match name {
                        "Eq" => d.eq,
                        "Ord" => d.ord,
                        "Display" => d.display,
                        "Debug" => d.debug,
                        "Hash" => d.hash,
                        _ => false,
                    }
            }
            other => crate::traits::builtin_has(&self.inf, name, other),
        }
    }

    /// Whether two types could be equal for some instantiation (rigid
    /// variables count as wildcards).
    fn could_unify(&self, a: &Ty, b: &Ty) -> bool {
        match (self.inf.shallow(a), self.inf.shallow(b)) {
            (Ty::Var(_), _) | (_, Ty::Var(_)) => true,
            (Ty::Con(x, xs), Ty::Con(y, ys)) => {
                x == y
                    && xs.len() == ys.len()
                    && xs.iter().zip(&ys).all(|(a, b)| self.could_unify(a, b))
            }
            (Ty::Tuple(xs), Ty::Tuple(ys)) => {
                xs.len() == ys.len() && xs.iter().zip(&ys).all(|(a, b)| self.could_unify(a, b))
            }
            (x, y) => x == y,
        }
    }

    fn impl_assoc(
        &mut self,
        t: usize,
        def: &ast::ImplDef,
        env: &[(String, Ty)],
        for_type: &Ty,
    ) -> Vec<(String, Ty)> {
        let mut assoc = Vec::new();
        let (trait_name, shown) = (
            self.traits[t].name.clone(),
            self.inf.display(for_type, &mut Vec::new()),
        );
        for m in &def.members {
            if let ast::ImplMember::AssocType { name, ty, span } = m {
                if !self.traits[t].assoc.contains(&name.name) {
                    let msg = format!("impl `{trait_name}` for `{shown}` provides associated type `{}` which is not declared by the trait", name.name);
                    self.error("E0041", msg, *span, "not declared by the trait");
                    continue;
                }
                let resolved = self.resolve_type(ty, env);
                assoc.push((name.name.clone(), resolved));
            }
        }
        for a in self.traits[t].assoc.clone() {
            if !assoc.iter().any(|(n, _)| *n == a) {
                let d = Diagnostic::error(
                    Code("E0040"),
                    format!("impl `{trait_name}` for `{shown}` is missing associated type `{a}`"),
                )
                .label(def.header_span, "missing associated type")
                .help(format!("add `type {a} = …`"));
                self.push(d);
                let fresh = self.inf.fresh();
                assoc.push((a, fresh));
            }
        }
        assoc
    }

    /// What the trait's `Param`s stand for in this impl.
    fn trait_subst(
        &self,
        t: usize,
        for_type: &Ty,
        trait_args: &[Ty],
        assoc: &[(String, Ty)],
    ) -> Vec<Ty> {
        let info = &self.traits[t];
        let mut subst = vec![for_type.clone()];
        for i in 0..info.generics.len() {
            subst.push(trait_args.get(i).cloned().unwrap_or(Ty::UNIT));
        }
        for a in &info.assoc {
            subst.push(
                assoc
                    .iter()
                    .find(|(n, _)| n == a)
                    .map(|(_, t)| t.clone())
                    .unwrap_or(Ty::UNIT),
            );
        }
        subst
    }

    /// A function entry for an impl method, with its signature completed
    /// from the trait's and checked against it (E0008).
    fn method_entry(
        &mut self,
        t: usize,
        f: &'a ast::FnDef,
        env: &[(String, Ty)],
        generics: &[u32],
        subst: &[Ty],
        for_type: &Ty,
    ) -> usize {
        let declared = self.traits[t].method(&f.name.name).map(|m| {
            (
                m.has_self,
                m.params
                    .iter()
                    .map(|p| p.as_ref().map(|t| t.subst(subst)))
                    .collect::<Vec<_>>(),
                m.ret.as_ref().map(|r| r.subst(subst)),
            )
        });
        let mut params = Vec::new();
        let mut found_annotations = Vec::new();
        for (i, p) in f.params.iter().flatten().enumerate() {
            let ty = match p {
                ast::Param::SelfParam(_) => for_type.clone(),
                ast::Param::Pattern { ty: Some(ann), .. } => {
                    let t = self.resolve_type(ann, env);
                    found_annotations.push((i, t.clone()));
                    t
                }
                ast::Param::Pattern { ty: None, .. } => {
                    let from_trait = declared.as_ref().and_then(|(has_self, ps, _)| {
                        let j = if *has_self { i.checked_sub(1)? } else { i };
                        ps.get(j).cloned().flatten()
                    });
                    from_trait.unwrap_or_else(|| self.inf.fresh())
                }
            };
            params.push(ty);
        }
        let ret = match &f.ret {
            Some(r) => self.resolve_type(r, env),
            None => declared
                .as_ref()
                .and_then(|(_, _, r)| r.clone())
                .unwrap_or_else(|| self.inf.fresh()),
        };
        if let Some((has_self, ps, r)) = &declared {
            self.check_method_signature(t, f, *has_self, ps, r.as_ref(), &params, &ret, for_type);
        }
        let fun = self.alloc_fn();
        self.fns.push(FnEntry {
            module: self.module,
            name: f.name.name.clone(),
            arity: f.arity(),
            is_pub: true,
            fun,
            clauses: vec![f],
            params,
            ret,
            generics: Some(generics.to_vec()),
            env: env.to_vec(),
            pending: false,
        });
        self.fns.len() - 1
    }

    #[allow(clippy::too_many_arguments)]
    fn check_method_signature(
        &mut self,
        t: usize,
        f: &ast::FnDef,
        has_self: bool,
        declared: &[Option<Ty>],
        declared_ret: Option<&Ty>,
        params: &[Ty],
        ret: &Ty,
        for_type: &Ty,
    ) {
        // Every declared parameter, even when the impl has fewer; one the
        // interface leaves open takes the impl's type.
        let skip = usize::from(has_self);
        let expected_params: Vec<Ty> = (has_self.then(|| for_type.clone()))
            .into_iter()
            .chain(declared.iter().enumerate().map(|(i, d)| {
                d.clone()
                    .or_else(|| params.get(i + skip).cloned())
                    .unwrap_or_else(|| self.inf.fresh())
            }))
            .collect();
        let arity_ok = params.len() == declared.len() + usize::from(has_self);
        let expected = Ty::Fun(
            expected_params,
            Box::new(declared_ret.cloned().unwrap_or_else(|| ret.clone())),
        );
        let found = Ty::Fun(params.to_vec(), Box::new(ret.clone()));
        if arity_ok && self.inf.unify(&expected, &found).is_ok() {
            return;
        }
        let mut n = Vec::new();
        let (a, b) = (
            self.inf.display(&expected, &mut n),
            self.inf.display(&found, &mut n),
        );
        let trait_name = self.traits[t].name.clone();
        let msg = format!(
            "method {} in impl {trait_name} has wrong signature: expected {a}, found {b}",
            f.name.name
        );
        self.error(
            "E0008",
            msg,
            f.head_span(),
            "signature differs from the interface",
        );
    }

    /// Entries for default methods the impl does not override; E0007 for
    /// methods without a default.
    #[allow(clippy::too_many_arguments)]
    fn default_methods(
        &mut self,
        t: usize,
        methods: &mut Vec<(String, usize)>,
        env: &[(String, Ty)],
        generics: &[u32],
        subst: &[Ty],
        for_type: &Ty,
        header: Span,
    ) {
        let missing: Vec<(String, Option<&'a ast::MethodSig>, bool)> = self.traits[t]
            .methods
            .iter()
            .filter(|m| !methods.iter().any(|(n, _)| *n == m.name))
            .map(|m| (m.name.clone(), m.default, m.builtin_default))
            .collect();
        for (name, default, builtin_default) in missing {
            match default {
                Some(sig) => {
                    let def = default_fn(sig);
                    let entry = self.method_entry(t, def, env, generics, subst, for_type);
                    methods.push((name, entry));
                }
                None if builtin_default => {}
                None => {
                    let (trait_name, shown) = (
                        self.traits[t].name.clone(),
                        self.inf.display(for_type, &mut Vec::new()),
                    );
                    let d = Diagnostic::error(
                        Code("E0007"),
                        format!("impl {trait_name} for {shown} is missing method {name}"),
                    )
                    .label(header, "missing method")
                    .help(format!("add `fn {name}(…)` to this impl"));
                    self.push(d);
                }
            }
        }
    }

    /// Records `where T: I` bounds on the variables named in `env`.
    pub fn record_bounds(&mut self, bounds: &[ast::Bound], env: &[(String, Ty)]) {
        for b in bounds {
            let Some(Ty::Var(v)) = env
                .iter()
                .find(|(n, _)| *n == b.param.name)
                .map(|(_, t)| self.inf.shallow(t))
            else {
                let d =
                    Diagnostic::error(Code("E0004"), format!("undefined type: {}", b.param.name))
                        .label(b.param.span, "not found in this scope");
                self.push(d);
                continue;
            };
            let name = crate::modules::path_text(&b.interface);
            let Some(last) = b.interface.last() else {
                continue;
            };
            match self.trait_named(&last.name) {
                Some(t) => self.bounds.entry(v).or_default().push(t),
                None => {
                    let span = crate::modules::path_span(&b.interface);
                    self.undefined_interface(&name, span);
                }
            }
        }
    }

    // ---- queries ----------------------------------------------------------------

    /// Impls of trait `t` whose implementing type matches `ty`'s constructor.
    pub fn impls_for(&self, t: usize, ty: &Ty) -> Vec<usize> {
        let head = head_of(&self.inf.shallow(ty));
        (0..self.impls.len())
            .filter(|&i| {
                self.impls[i].trait_id == t
                    && head.is_some()
                    && head_of(&self.impls[i].for_type) == head
            })
            .collect()
    }

    /// Does `ty` implement trait `t` (explicit impl, derive or built-in)?
    pub fn implements(&self, t: usize, ty: &Ty) -> bool {
        let name = &self.traits[t].name;
        match self.inf.shallow(ty) {
            Ty::Var(_) | Ty::Param(_) | Ty::Never => true,
            other => {
                !self.impls_for(t, &other).is_empty()
                    || crate::traits::builtin_has(&self.inf, name, &other)
            }
        }
    }

    /// Methods named `name` available on `ty` through impls: (impl, entry).
    pub fn impl_methods(&self, ty: &Ty, name: &str) -> Vec<(usize, usize)> {
        let head = head_of(&self.inf.shallow(ty));
        if head.is_none() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (i, imp) in self.impls.iter().enumerate() {
            if head_of(&imp.for_type) == head {
                if let Some((_, e)) = imp.methods.iter().find(|(n, _)| n == name) {
                    out.push((i, *e));
                }
            }
        }
        out
    }

    /// The impl's generic variables instantiated so that its implementing
    /// type equals `ty`.
    pub fn instantiate_impl(&mut self, imp: usize, ty: &Ty) -> Vec<Ty> {
        let generics = self.impls[imp].generics.clone();
        let fresh: Vec<(u32, Ty)> = generics.iter().map(|&v| (v, self.inf.fresh())).collect();
        let for_type = self.subst_vars(&self.impls[imp].for_type.clone(), &fresh);
        let _ = self.inf.unify(&for_type, ty);
        fresh.into_iter().map(|(_, t)| t).collect()
    }

    /// An associated type of the impl of trait `t` for `ty` (`Output`).
    pub fn assoc_of(&mut self, t: usize, ty: &Ty, name: &str) -> Option<Ty> {
        let imp = *self.impls_for(t, ty).first()?;
        let inst = self.instantiate_impl(imp, ty);
        let map: Vec<(u32, Ty)> = self.impls[imp].generics.iter().copied().zip(inst).collect();
        let assoc = self.impls[imp]
            .assoc
            .iter()
            .find(|(n, _)| n == name)?
            .1
            .clone();
        Some(self.subst_vars(&assoc, &map))
    }

    /// Traits in the bounds of a rigid variable.
    pub fn bounds_of(&self, ty: &Ty) -> Vec<usize> {
        match self.inf.shallow(ty) {
            Ty::Var(v) => self.bounds.get(&v).cloned().unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The `tir::ImplDef`s of the program.
    pub fn impl_defs(&self) -> Vec<crate::tir::ImplDef> {
        self.impls
            .iter()
            .map(|imp| {
                let map = &imp.generics;
                let fin = |t: &Ty| self.finalize_ty(t, map);
                crate::tir::ImplDef {
                    trait_name: self.traits[imp.trait_id].qualified.clone(),
                    trait_args: imp.trait_args.iter().map(fin).collect(),
                    for_type: fin(&imp.for_type),
                    n_generics: imp.generics.len() as u32,
                    methods: imp
                        .methods
                        .iter()
                        .map(|(n, e)| (n.clone(), self.fns[*e].fun))
                        .collect(),
                }
            })
            .collect()
    }
}

/// The constructor of a type (what an impl is keyed by).
pub fn head_of(ty: &Ty) -> Option<TyCon> {
    match ty {
        Ty::Con(c, _) => Some(*c),
        _ => None,
    }
}

/// A function definition for a default method body. It lives for the whole
/// compilation (the checker's AST borrows outlive every use).
fn default_fn(sig: &ast::MethodSig) -> &'static ast::FnDef {
    let body = sig.default_body.clone().unwrap_or(ast::Block {
        stmts: Vec::new(),
        span: sig.span,
    });
    Box::leak(Box::new(ast::FnDef {
        is_pub: false,
        pub_span: None,
        kw_span: sig.kw_span,
        name: sig.name.clone(),
        generics: Vec::new(),
        generics_span: None,
        params: Some(sig.params.clone()),
        params_span: None,
        ret: sig.ret.clone(),
        where_clause: Vec::new(),
        where_span: None,
        guard: None,
        body: ast::FnBody::Block(body),
        span: sig.span,
    }))
}
