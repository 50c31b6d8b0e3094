//! The checker's program-level driver: collects every module's definitions,
//! checks them one strongly connected component at a time, generalises, and
//! assembles the typed program.

use indexmap::IndexMap;
use mesh_common::{FileId, Span};
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::frame::Frame;
use crate::infer::Infer;
use crate::modules::{path_span, path_text};
use crate::tir::{self, ConstId, FnId};
use crate::ty::Ty;
use crate::{builtins, scc, walk, ModuleSource};

/// A top-level function: consecutive clauses with one name and arity.
pub struct FnEntry<'a> {
    pub module: usize,
    pub name: String,
    pub arity: usize,
    pub is_pub: bool,
    pub fun: FnId,
    pub clauses: Vec<&'a ast::FnDef>,
    pub params: Vec<Ty>,
    pub ret: Ty,
    /// The quantified variables, once known (annotated or generalised).
    pub generics: Option<Vec<u32>>,
    /// Type names in scope in the body: generic parameters (and, for impl
    /// methods, the implementing type's parameters and `Self`).
    pub env: Vec<(String, Ty)>,
    /// The signature is still to be resolved from the annotations.
    pub pending: bool,
}

pub struct ConstEntry<'a> {
    pub module: usize,
    pub name: String,
    pub id: ConstId,
    pub stmt: &'a ast::LetStmt,
    pub ty: Ty,
}

/// What one module makes visible.
pub struct ModInfo {
    pub name: String,
    pub file: FileId,
    /// User types defined in the module.
    pub types: IndexMap<String, crate::types::TypeRef>,
    /// Types bound by `from … import`.
    pub imported_types: IndexMap<String, crate::types::TypeRef>,
    /// Top-level functions by name (every arity).
    pub fns: IndexMap<String, Vec<usize>>,
    pub consts: IndexMap<String, usize>,
    /// Qualifiers brought in by `import` (last segment and full path).
    pub qualifiers: IndexMap<String, Vec<usize>>,
    /// Names bound by `from … import` (empty when the import failed).
    pub imported_fns: IndexMap<String, Vec<usize>>,
    /// Library functions bound by `from String import length`: name → module.
    pub imported_library: IndexMap<String, String>,
}

/// A numeric/show/equality/ordering requirement checked once types are final.
pub struct Constraint {
    pub ty: Ty,
    pub span: Span,
    pub file: FileId,
    pub kind: ConstraintKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ConstraintKind {
    Num(&'static str),
    Show,
    Eq,
    Ord,
    /// A `where` bound: the trait by index.
    Trait(usize),
}

pub struct Checker<'a> {
    pub inf: Infer,
    pub diags: Vec<Diagnostic>,
    pub modules: Vec<ModInfo>,
    pub fns: Vec<FnEntry<'a>>,
    pub consts: Vec<ConstEntry<'a>>,
    /// The function entry whose body is being checked.
    pub checking_fn: Option<usize>,
    /// The actors of each module (by module index), found by `actors::desugar`.
    pub actor_decls: Vec<Vec<crate::actors::ActorDecl>>,
    /// The services of each module (by module index), found by `services::desugar`.
    pub service_decls: Vec<Vec<crate::services::ServiceDecl>>,
    /// Every function of the program (top-level and lifted), by FnId.
    pub functions: Vec<Option<tir::Function>>,
    pub constants: Vec<Option<tir::Constant>>,
    /// The module and file being checked.
    pub module: usize,
    pub file: FileId,
    /// Frames of the definition being checked (innermost last).
    pub frames: Vec<Frame>,
    pub constraints: Vec<Constraint>,
    /// Lifted functions created while checking the current component.
    pub lifted: Vec<FnId>,
    pub letpoly: crate::letpoly::LetPoly,
    pub adts: Vec<crate::types::AdtInfo<'a>>,
    pub aliases: Vec<crate::types::AliasInfo<'a>>,
    pub traits: Vec<crate::interfaces::TraitInfo<'a>>,
    pub interface_defs: Vec<(usize, &'a ast::InterfaceDef)>,
    pub impls: Vec<crate::interfaces::ImplInfo>,
    /// `where` bounds: rigid variable → traits.
    pub bounds: std::collections::HashMap<u32, Vec<usize>>,
    /// Bounds of the last instantiation, to be checked at its call site.
    pub pending_bounds: Vec<(Ty, ConstraintKind)>,
    /// Implicit bounds (§5.3 rule 4): requirements on generalised variables
    /// that their functions' callers must meet.
    pub implicit_bounds: std::collections::HashMap<u32, Vec<ConstraintKind>>,
    /// Field and method accesses waiting for their receiver's type.
    pub pending: Vec<crate::deferred::Pending>,
}

fn kind_trait_name(kind: ConstraintKind) -> &'static str {
    match kind {
        ConstraintKind::Num(n) => n,
        ConstraintKind::Show => "Display",
        ConstraintKind::Eq => "Eq",
        ConstraintKind::Ord => "Ord",
        ConstraintKind::Trait(_) => "",
    }
}

impl<'a> Checker<'a> {
    pub fn new() -> Checker<'a> {
        Checker {
            inf: Infer::default(),
            diags: Vec::new(),
            modules: Vec::new(),
            fns: Vec::new(),
            consts: Vec::new(),
            actor_decls: Vec::new(),
            service_decls: Vec::new(),
            checking_fn: None,
            functions: Vec::new(),
            constants: Vec::new(),
            module: 0,
            file: FileId(0),
            frames: Vec::new(),
            constraints: Vec::new(),
            lifted: Vec::new(),
            letpoly: Default::default(),
            adts: Vec::new(),
            aliases: Vec::new(),
            traits: crate::interfaces::builtin_traits(),
            interface_defs: Vec::new(),
            impls: Vec::new(),
            bounds: Default::default(),
            pending_bounds: Vec::new(),
            implicit_bounds: Default::default(),
            pending: Vec::new(),
        }
    }

    pub fn error(
        &mut self,
        code: &'static str,
        message: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) {
        let d = Diagnostic::error(Code(code), message)
            .in_file(self.file)
            .label(span, label);
        self.diags.push(d);
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d.in_file(self.file));
    }

    pub fn alloc_fn(&mut self) -> FnId {
        self.functions.push(None);
        FnId(self.functions.len() as u32 - 1)
    }

    /// Checks every module in `order` and returns the program.
    pub fn run(
        &mut self,
        sources: &'a [ModuleSource<'a>],
        order: &[usize],
    ) -> Option<tir::Program> {
        for (i, m) in sources.iter().enumerate() {
            self.modules.push(ModInfo {
                name: m.name.clone(),
                file: m.file,
                types: IndexMap::new(),
                imported_types: IndexMap::new(),
                fns: IndexMap::new(),
                consts: IndexMap::new(),
                qualifiers: IndexMap::new(),
                imported_fns: IndexMap::new(),
                imported_library: IndexMap::new(),
            });
            self.module = i;
            self.file = m.file;
            self.collect_types(m.ast);
            self.collect_interfaces(m.ast);
            self.collect(m.ast);
        }
        // Imports need every module's names; types need imports; function
        // signatures need types.
        self.each_module(sources, |cx, m| cx.resolve_imports(m));
        self.each_module(sources, |cx, m| cx.resolve_type_defs(m));
        self.each_module(sources, |cx, _| cx.resolve_interfaces());
        self.each_module(sources, |cx, m| cx.collect_impls(m));
        // Default derives give way to explicit impls and need the fields'
        // instances, impls included.
        self.finish_derives();
        self.each_module(sources, |cx, _| cx.fill_signatures());
        for &i in order {
            self.module = i;
            self.file = sources[i].file;
            self.check_module(sources[i].ast);
        }
        self.assemble(sources)
    }

    fn each_module(
        &mut self,
        sources: &'a [ModuleSource<'a>],
        mut f: impl FnMut(&mut Self, &'a ast::Module),
    ) {
        for (i, m) in sources.iter().enumerate() {
            self.module = i;
            self.file = m.file;
            f(self, m.ast);
        }
    }

    /// Resolves the annotations of the current module's functions and constants.
    fn fill_signatures(&mut self) {
        for i in 0..self.fns.len() {
            // Impl methods got their signatures when their impl was collected.
            if self.fns[i].module == self.module && self.fns[i].pending {
                let (params, mut ret, generics, env) = self.signature(self.fns[i].clauses[0]);
                if self.is_actor(i) {
                    ret = crate::actors::pid(self.inf.fresh());
                }
                let entry = &mut self.fns[i];
                (entry.params, entry.ret, entry.generics, entry.env) = (params, ret, generics, env);
                entry.pending = false;
            }
        }
        self.share_terminate_params();
        for i in 0..self.consts.len() {
            if self.consts[i].module == self.module {
                let ty = match &self.consts[i].stmt.ty {
                    Some(t) => self.resolve_type(t, &[]),
                    None => self.inf.fresh(),
                };
                self.consts[i].ty = ty;
            }
        }
    }

    // ---- collection -----------------------------------------------------

    fn collect(&mut self, module: &'a ast::Module) {
        let mut i = 0;
        let items = &module.items;
        while i < items.len() {
            match &items[i] {
                ast::Item::Fn(first) => {
                    let mut clauses = vec![first];
                    while let Some(ast::Item::Fn(next)) = items.get(i + 1) {
                        if next.name.name != first.name.name || next.arity() != first.arity() {
                            break;
                        }
                        clauses.push(next);
                        i += 1;
                    }
                    self.collect_fn(clauses);
                }
                ast::Item::Let(stmt) => self.collect_const(stmt),
                ast::Item::Import(_)
                | ast::Item::FromImport(_)
                | ast::Item::Expr(_)
                | ast::Item::Struct(_)
                | ast::Item::SumType(_)
                | ast::Item::TypeAlias(_)
                | ast::Item::Interface(_)
                | ast::Item::Impl(_) => {}
                other => self.unsupported_item(other),
            }
            i += 1;
        }
    }

    fn unsupported_item(&mut self, item: &ast::Item) {
        let (what, span) = match item {
            ast::Item::Module(m) => ("inline modules", m.span),
            ast::Item::Supervisor(s) => ("supervisors", s.span),
            _ => return,
        };
        self.not_supported(what, span);
    }

    pub fn not_supported(&mut self, what: &str, span: Span) {
        self.error(
            "C0001",
            format!("{what} are not supported yet"),
            span,
            "not supported yet",
        );
    }

    fn collect_fn(&mut self, clauses: Vec<&'a ast::FnDef>) {
        let first = clauses[0];
        let name = first.name.name.clone();
        let arity = first.arity();
        let module = self.module;
        if let Some(prev) = self.modules[module]
            .fns
            .get(&name)
            .and_then(|v| v.iter().copied().find(|&e| self.fns[e].arity == arity))
        {
            let earlier = self.fns[prev].clauses[0].name.span;
            let d = Diagnostic::error(
                Code("E0023"),
                format!("function `{name}/{arity}` already defined; multi-clause functions must have consecutive clauses"),
            )
            .label(first.name.span, "defined again here")
            .label(earlier, "first defined here");
            self.push(d);
            return;
        }
        let fun = self.alloc_fn();
        // Annotations are resolved once every module's types are known.
        let (params, ret, generics) = (Vec::new(), Ty::UNIT, None);
        let entry = FnEntry {
            module,
            name: name.clone(),
            arity,
            is_pub: first.is_pub,
            fun,
            clauses,
            params,
            ret,
            generics,
            env: Vec::new(),
            pending: true,
        };
        self.fns.push(entry);
        let idx = self.fns.len() - 1;
        self.modules[module].fns.entry(name).or_default().push(idx);
    }

    /// Parameter and return types from the first clause's annotations (fresh
    /// variables where absent). A fully annotated function has its
    /// quantified variables (its rigid generics) from the start.
    #[allow(clippy::type_complexity)]
    fn signature(
        &mut self,
        def: &ast::FnDef,
    ) -> (Vec<Ty>, Ty, Option<Vec<u32>>, Vec<(String, Ty)>) {
        let mut generics = Vec::new();
        let mut env: Vec<(String, Ty)> = Vec::new();
        for g in &def.generics {
            let var = self.inf.fresh_rigid(&g.name);
            if let Ty::Var(v) = var {
                generics.push(v);
            }
            env.push((g.name.clone(), var));
        }
        let mut annotated = def.ret.is_some();
        let mut params = Vec::new();
        for p in def.params.iter().flatten() {
            let ty = match p {
                ast::Param::Pattern { ty: Some(t), .. } => self.resolve_type(t, &env),
                _ => {
                    annotated = false;
                    self.inf.fresh()
                }
            };
            params.push(ty);
        }
        let ret = match &def.ret {
            Some(t) => self.resolve_type(t, &env),
            None => self.inf.fresh(),
        };
        self.record_bounds(&def.where_clause, &env);
        (params, ret, annotated.then_some(generics), env)
    }

    fn collect_const(&mut self, stmt: &'a ast::LetStmt) {
        let ast::PatternKind::Ident(name) = &stmt.pattern.kind else {
            self.not_supported("destructuring top-level constants", stmt.pattern.span);
            return;
        };
        let ty = Ty::UNIT;
        self.constants.push(None);
        let id = ConstId(self.constants.len() as u32 - 1);
        self.consts.push(ConstEntry {
            module: self.module,
            name: name.name.clone(),
            id,
            stmt,
            ty,
        });
        let idx = self.consts.len() - 1;
        self.modules[self.module]
            .consts
            .insert(name.name.clone(), idx);
    }

    // ---- imports ----------------------------------------------------------

    fn find_module(&self, path: &str) -> Option<usize> {
        self.modules.iter().position(|m| m.name == path)
    }

    fn resolve_imports(&mut self, module: &ast::Module) {
        for item in &module.items {
            match item {
                ast::Item::Import(imp) => self.resolve_import(&imp.path),
                ast::Item::FromImport(f) => self.resolve_from_import(f),
                _ => {}
            }
        }
    }

    fn resolve_import(&mut self, path: &ast::Path) {
        let text = path_text(path);
        if builtins::MODULES.contains(&text.as_str()) {
            return;
        }
        let target = self.find_module(&text);
        if target.is_none() {
            self.module_not_found(path);
        }
        // A failed import leaves an empty entry: uses of the qualifier are
        // then silent (the import already reported the error).
        let last = path.last().map(|i| i.name.clone()).unwrap_or_default();
        let quals = &mut self.modules[self.module].qualifiers;
        for key in [last, text] {
            let targets = quals.entry(key).or_default();
            if let Some(t) = target.filter(|t| !targets.contains(t)) {
                targets.push(t);
            }
        }
    }

    fn module_not_found(&mut self, path: &ast::Path) {
        let text = path_text(path);
        let names: Vec<String> = self.modules.iter().map(|m| m.name.clone()).collect();
        let mut d = Diagnostic::error(Code("E0031"), "module not found")
            .label(path_span(path), format!("module `{text}` not found"));
        if let Some(s) = mesh_diagnostics::did_you_mean(&text, names.iter().map(String::as_str)) {
            d = d
                .help(format!("did you mean `{s}`?"))
                .fix(path_span(path), s);
        }
        self.push(d);
    }

    fn resolve_from_import(&mut self, f: &ast::FromImport) {
        let text = path_text(&f.path);
        let Some(target) = self.find_module(&text) else {
            if builtins::MODULES.contains(&text.as_str()) {
                return self.import_library_names(&text, &f.names);
            }
            self.module_not_found(&f.path);
            return self.mark_failed_imports(&f.names);
        };
        for name in &f.names {
            let interface = self
                .traits
                .iter()
                .find(|t| t.module == Some(target) && t.name == name.name);
            if let Some(is_pub) = interface.map(|t| t.is_pub) {
                if !is_pub {
                    self.private_item(&name.name, name.span, target);
                }
                continue;
            }
            if let Some(&r) = self.modules[target].types.get(&name.name) {
                if self.type_is_pub(r) {
                    self.modules[self.module]
                        .imported_types
                        .insert(name.name.clone(), r);
                } else {
                    self.private_item(&name.name, name.span, target);
                }
                continue;
            }
            let found = self.modules[target].fns.get(&name.name).cloned();
            if !found
                .as_ref()
                .is_some_and(|es| es.iter().any(|&e| self.fns[e].is_pub))
            {
                self.mark_failed_imports(std::slice::from_ref(name));
            }
            match found {
                Some(entries) if entries.iter().any(|&e| self.fns[e].is_pub) => {
                    let public: Vec<usize> = entries
                        .into_iter()
                        .filter(|&e| self.fns[e].is_pub)
                        .collect();
                    self.modules[self.module]
                        .imported_fns
                        .insert(name.name.clone(), public);
                }
                Some(_) => self.private_item(&name.name, name.span, target),
                None if self.modules[target].consts.contains_key(&name.name) => {
                    self.private_item(&name.name, name.span, target)
                }
                None => self.name_not_in_module(&name.name, name.span, target),
            }
        }
    }

    /// Names whose import failed resolve to nothing, silently.
    fn mark_failed_imports(&mut self, names: &[ast::Ident]) {
        for name in names {
            self.modules[self.module]
                .imported_fns
                .insert(name.name.clone(), Vec::new());
        }
    }

    /// `from String import length`: binds library functions unqualified.
    fn import_library_names(&mut self, module: &str, names: &[ast::Ident]) {
        for name in names {
            if builtins::lookup(module, &name.name, &mut self.inf).is_some() {
                let imported = &mut self.modules[self.module].imported_library;
                imported.insert(name.name.clone(), module.to_string());
            } else {
                self.unknown_library_member(module, name);
                self.mark_failed_imports(std::slice::from_ref(name));
            }
        }
    }

    pub fn private_item(&mut self, name: &str, span: Span, target: usize) {
        let module = self.modules[target].name.clone();
        let d = Diagnostic::error(Code("E0035"), "private item cannot be imported")
            .label(span, format!("{name} is private"))
            .help(format!(
                "add `pub` to `{name}` in module `{module}` to export it"
            ));
        self.push(d);
    }

    pub fn name_not_in_module(&mut self, name: &str, span: Span, target: usize) {
        let module = self.modules[target].name.clone();
        let exports: Vec<String> = self.modules[target]
            .fns
            .iter()
            .filter(|(_, es)| es.iter().any(|&e| self.fns[e].is_pub))
            .map(|(n, _)| n.clone())
            .collect();
        let mut d = Diagnostic::error(Code("E0034"), "name not found in module")
            .label(span, format!("{name} is not exported by module `{module}`"))
            .note(format!("available exports: {}", exports.join(", ")));
        if let Some(s) = mesh_diagnostics::did_you_mean(name, exports.iter().map(String::as_str)) {
            d = d.help(format!("did you mean `{s}`?")).fix(span, s);
        }
        self.push(d);
    }

    // ---- checking ----------------------------------------------------------

    fn check_module(&mut self, module: &'a ast::Module) {
        let fn_nodes: Vec<usize> = self
            .fns
            .iter()
            .enumerate()
            .filter(|(_, f)| f.module == self.module)
            .map(|(i, _)| i)
            .collect();
        let const_nodes: Vec<usize> = self
            .consts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.module == self.module)
            .map(|(i, _)| i)
            .collect();
        for component in scc::components(self, &fn_nodes, &const_nodes) {
            self.check_component(&component);
        }
        for item in &module.items {
            if let ast::Item::Expr(e) = item {
                self.check_top_level_expr(e);
            }
        }
    }

    fn check_top_level_expr(&mut self, e: &ast::Expr) {
        self.frames.push(Frame::new(Ty::UNIT, false));
        let start = self.constraints.len();
        let lifted_from = self.lifted.len();
        let mut value = self.expr(e, None);
        self.resolve_pending(&mut value, lifted_from);
        self.frames.pop();
        self.check_constraints(start, &[]);
    }

    fn check_component(&mut self, nodes: &[scc::Node]) {
        let constraints_start = self.constraints.len();
        self.lifted.clear();
        let mut members = Vec::new();
        for node in nodes {
            match *node {
                scc::Node::Fn(i) => {
                    let function = self.check_fn(i);
                    let fun = self.fns[i].fun;
                    self.functions[fun.0 as usize] = Some(function);
                    members.push(i);
                }
                scc::Node::Const(i) => self.check_const(i),
            }
        }
        let quantified = self.quantify(&members);
        self.finish_component(&members, &quantified, constraints_start);
    }

    /// The variables a component is generalised over: the unbound variables
    /// of its members' signatures, in order of appearance.
    fn quantify(&mut self, members: &[usize]) -> Vec<u32> {
        if let [single] = members {
            if let Some(g) = &self.fns[*single].generics {
                return g.clone();
            }
        }
        let mut vars = Vec::new();
        for &m in members {
            // The program's entry point is never generic: what its body leaves open (say, the
            // message type of a pid it returns) is defaulted like any other unresolved type.
            let entry = &self.fns[m];
            if entry.name == "main" && entry.arity == 0 && self.modules[entry.module].name == "Main"
            {
                continue;
            }
            for p in &self.fns[m].params {
                self.inf.free_vars(p, &mut vars);
            }
            self.inf.free_vars(&self.fns[m].ret, &mut vars);
        }
        vars
    }

    fn finish_component(
        &mut self,
        members: &[usize],
        quantified: &[u32],
        constraints_start: usize,
    ) {
        let member_fns: Vec<FnId> = members.iter().map(|&m| self.fns[m].fun).collect();
        let lifted = std::mem::take(&mut self.lifted);
        let extras = std::mem::take(&mut self.letpoly.extras);
        self.letpoly.locals.clear();
        let ident: Vec<Ty> = quantified.iter().map(|&v| Ty::Var(v)).collect();
        let all: Vec<FnId> = member_fns.iter().chain(lifted.iter()).copied().collect();
        for &fun in &all {
            let Some(mut function) = self.functions[fun.0 as usize].take() else {
                continue;
            };
            walk::fn_uses(&mut function.body, &mut |kind| match kind {
                tir::ExprKind::Call {
                    callee: tir::Callee::Fn { fun, inst },
                    ..
                }
                | tir::ExprKind::FnRef(tir::Callee::Fn { fun, inst })
                | tir::ExprKind::Spawn { fun, inst, .. }
                    if member_fns.contains(fun) =>
                {
                    *inst = ident.clone()
                }
                tir::ExprKind::Closure { fun, inst, .. } if lifted.contains(fun) => {
                    // A let-generalised closure carries its own instantiation
                    // (uses) or none (creations inside it: its parameters).
                    let own = match extras.get(fun) {
                        Some(extra) if inst.is_empty() => {
                            extra.iter().map(|&v| Ty::Var(v)).collect()
                        }
                        _ => std::mem::take(inst),
                    };
                    *inst = ident.iter().cloned().chain(own).collect();
                }
                _ => {}
            });
            let mapping: Vec<u32> = match extras.get(&fun) {
                Some(extra) => quantified.iter().chain(extra).copied().collect(),
                None => quantified.to_vec(),
            };
            self.finalize_function(&mut function, &mapping);
            self.functions[fun.0 as usize] = Some(function);
        }
        for &m in members {
            self.fns[m].generics = Some(quantified.to_vec());
        }
        let params: Vec<Ty> = ident;
        self.check_constraints(constraints_start, &params);
    }

    /// Replaces quantified variables by parameters and defaults the rest to `()`.
    pub fn finalize_ty(&self, ty: &Ty, quantified: &[u32]) -> Ty {
        match self.inf.shallow(ty) {
            Ty::Var(v) => match quantified.iter().position(|q| *q == v) {
                Some(i) => Ty::Param(i as u32),
                None => Ty::UNIT,
            },
            Ty::Con(c, args) => Ty::Con(
                c,
                args.iter()
                    .map(|t| self.finalize_ty(t, quantified))
                    .collect(),
            ),
            Ty::Tuple(xs) => {
                Ty::Tuple(xs.iter().map(|t| self.finalize_ty(t, quantified)).collect())
            }
            Ty::Fun(ps, r) => Ty::Fun(
                ps.iter().map(|t| self.finalize_ty(t, quantified)).collect(),
                Box::new(self.finalize_ty(&r, quantified)),
            ),
            other => other,
        }
    }

    fn finalize_function(&self, function: &mut tir::Function, quantified: &[u32]) {
        function.n_generics = quantified.len() as u32;
        function.ret = self.finalize_ty(&function.ret, quantified);
        for local in &mut function.locals {
            local.ty = self.finalize_ty(&local.ty, quantified);
        }
        walk::expr_types(&mut function.body, &mut |t| {
            *t = self.finalize_ty(t, quantified)
        });
    }

    fn check_const(&mut self, i: usize) {
        let stmt = self.consts[i].stmt;
        let ty = self.consts[i].ty.clone();
        self.frames.push(Frame::new(Ty::UNIT, false));
        let lifted_from = self.lifted.len();
        let mut value = self.expr(&stmt.value, Some(&ty));
        self.resolve_pending(&mut value, lifted_from);
        self.expect(&value, &ty, stmt.ty.as_ref().map(|t| t.span));
        let frame = self
            .frames
            .pop()
            .unwrap_or_else(|| Frame::new(Ty::UNIT, false));
        walk::expr_types(&mut value, &mut |t| *t = self.finalize_ty(t, &[]));
        let locals = frame
            .locals
            .into_iter()
            .map(|mut l| {
                l.ty = self.finalize_ty(&l.ty, &[]);
                l
            })
            .collect();
        let entry = &self.consts[i];
        let constant = tir::Constant {
            name: entry.name.clone(),
            ty: self.finalize_ty(&ty, &[]),
            value,
            locals,
            file: self.file,
            span: stmt.span,
        };
        self.constants[entry.id.0 as usize] = Some(constant);
    }

    /// Checks the deferred trait requirements recorded since `start`.
    fn check_constraints(&mut self, start: usize, _params: &[Ty]) {
        let pending: Vec<Constraint> = self.constraints.drain(start..).collect();
        // One mistake, one diagnostic: a second unmet requirement at the same
        // place is not reported.
        let mut failed: Vec<(FileId, Span)> = Vec::new();
        for c in pending {
            let ty = self.inf.zonk(&c.ty);
            if let Ty::Var(v) = ty {
                // Still generic: the requirement joins the scheme.
                let kinds = self.implicit_bounds.entry(v).or_default();
                if !kinds.contains(&c.kind) {
                    kinds.push(c.kind);
                }
                continue;
            }
            if !self.has_trait(c.kind, &ty) && !failed.contains(&(c.file, c.span)) {
                failed.push((c.file, c.span));
                let trait_name = match c.kind {
                    ConstraintKind::Trait(t) => self.traits[t].name.clone(),
                    other => kind_trait_name(other).to_string(),
                };
                let shown = self.inf.display(&ty, &mut Vec::new());
                let d = Diagnostic::error(
                    Code("E0006"),
                    format!("{shown} does not implement {trait_name}"),
                )
                .in_file(c.file)
                .label(c.span, format!("{shown} does not satisfy {trait_name}"))
                .help(format!("add `impl {trait_name} for {shown} do … end`"));
                self.diags.push(d);
            }
        }
    }

    // ---- assembly ------------------------------------------------------------

    fn assemble(&mut self, sources: &[ModuleSource]) -> Option<tir::Program> {
        let main_module = sources.iter().position(|m| m.name == "Main")?;
        let entry = self.modules[main_module]
            .fns
            .get("main")
            .and_then(|v| v.iter().copied().find(|&e| self.fns[e].arity == 0));
        let Some(entry) = entry else {
            let has_params = self.modules[main_module].fns.contains_key("main");
            let msg = if has_params {
                "`main` must not take parameters"
            } else {
                "main.mpl does not define `fn main()`"
            };
            self.diags.push(Diagnostic::error(Code::DRIVER, msg));
            return None;
        };
        if self.diags.iter().any(Diagnostic::is_error) {
            return None;
        }
        let functions: Option<Vec<tir::Function>> =
            std::mem::take(&mut self.functions).into_iter().collect();
        let constants: Option<Vec<tir::Constant>> =
            std::mem::take(&mut self.constants).into_iter().collect();
        Some(tir::Program {
            adts: self.adt_defs(),
            impls: self.impl_defs(),
            functions: functions?,
            constants: constants?,
            entry: self.fns[entry].fun,
        })
    }
}
