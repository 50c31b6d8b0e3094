//! Calls: plain, qualified (`Module.f`), method syntax, constructors, pipes.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast::{self, ExprKind as A};

use crate::builtins;
use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::modules::path_text;
use crate::pattern::{fresh_sum, unary_variant};
use crate::tir::{self, Builtin, Callee, ExprKind as K};
use crate::ty::{Ty, TyCon};

/// What a qualifier names.
enum Qualifier {
    User(usize),
    Library(String),
    /// A user type: `Shape.Circle`.
    Type(crate::types::TypeRef),
    /// An interface: `Display.to_string(p)`.
    Interface(usize),
    /// A service of a module: `Counter.get(pid)`.
    Service(usize, String),
}

impl Checker<'_> {
    pub fn call(
        &mut self,
        callee: &ast::Expr,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        match &callee.kind {
            A::Var(id) if self.peek_local(&id.name).is_none() => {
                self.named_call(id, args, span, args_span)
            }
            A::Field { base, name } => match self.qualifier(base) {
                Some(q) => self.qualified_call(q, base, name, args, span, args_span),
                None => self.method_call(base, name, args, span, args_span),
            },
            _ => {
                let f = self.expr(callee, None);
                self.value_call(f, args, span, args_span)
            }
        }
    }

    fn value_call(
        &mut self,
        f: tir::Expr,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let params: Vec<Ty> = args.iter().map(|_| self.inf.fresh()).collect();
        let ret = self.inf.fresh();
        let want = Ty::Fun(params.clone(), Box::new(ret.clone()));
        match self.inf.shallow(&f.ty) {
            Ty::Fun(ps, _) if ps.len() != params.len() => {
                self.arity_error(ps.len(), params.len(), args_span);
                return self.error_expr(span);
            }
            Ty::Var(v) if self.inf.rigid_name(v).is_none() => {}
            Ty::Fun(..) => {}
            other => {
                let shown = self.inf.display(&other, &mut Vec::new());
                self.error(
                    "E0005",
                    format!("type {shown} is not callable"),
                    f.span,
                    "called here",
                );
                return self.error_expr(span);
            }
        }
        let _ = self.inf.unify(&want, &f.ty);
        let args = self.check_args(&params, args);
        mk(
            K::CallValue {
                func: Box::new(f),
                args,
            },
            ret,
            span,
        )
    }

    pub fn arity_error_pub(&mut self, expected: usize, found: usize, span: Span) {
        self.arity_error(expected, found, span)
    }

    fn arity_error(&mut self, expected: usize, found: usize, span: Span) {
        let help = if found < expected {
            format!("missing {} argument(s)", expected - found)
        } else {
            format!("remove {} extra argument(s)", found - expected)
        };
        let d = Diagnostic::error(
            Code("E0003"),
            format!("expected {expected} argument(s), found {found}"),
        )
        .label(span, "wrong number of arguments")
        .help(help);
        self.push(d);
    }

    /// Checks arguments against parameter types, left to right.
    pub fn check_args(&mut self, params: &[Ty], args: Vec<ArgIn>) -> Vec<tir::Expr> {
        let mut out = Vec::new();
        for (i, (param, arg)) in params.iter().zip(args).enumerate() {
            let e = match arg {
                ArgIn::Ast(a) => self.expr(a, Some(param)),
                ArgIn::Done(e) => e,
            };
            if let Err(err) = self.inf.unify(param, &e.ty) {
                let mut n = Vec::new();
                let (a, b) = (
                    self.inf.display(param, &mut n),
                    self.inf.display(&e.ty, &mut n),
                );
                let label = format!("argument {} has type {b}, expected {a}", i + 1);
                let d = self.mismatch(
                    err,
                    param,
                    &e.ty,
                    crate::annot::result_span(&e),
                    Some(label),
                );
                self.push(d);
            }
            out.push(e);
        }
        out
    }

    fn named_call(
        &mut self,
        id: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if id.name.starts_with('$') {
            // Only desugared services and supervisors contain these names (the lexer makes no
            // `$`).
            return if id.name.starts_with("$service_") {
                self.service_builtin(&id.name, args, span)
            } else {
                self.supervisor_builtin(&id.name, args, span)
            };
        }
        if let Some((con, tag, payload)) = unary_variant(&id.name) {
            return self.variant_call(con, tag, payload, args, span, args_span);
        }
        if let Some(found) = self.user_variant(id) {
            return match found {
                Ok((adt, tag)) => self.user_variant_call(adt, tag, args, span, args_span),
                Err(()) => self.error_expr(span),
            };
        }
        if let Some(entries) = self.visible_fns(&id.name) {
            return self.fn_call(&id.name, &entries, args, span, args_span);
        }
        if id.name == "compare" {
            return self.compare_args(args, span, args_span);
        }
        if self.modules[self.module].consts.contains_key(&id.name) {
            let f = self.expr(
                &ast::Expr {
                    id: ast::NodeId(0),
                    kind: A::Var(id.clone()),
                    span: id.span,
                },
                None,
            );
            return self.value_call(f, args, span, args_span);
        }
        if let Some(module) = self.modules[self.module]
            .imported_library
            .get(&id.name)
            .cloned()
        {
            return self.library_call(&module, id, args, span, args_span);
        }
        if !args.is_empty() && self.is_trait_method(&id.name) {
            let mut args = args;
            let recv = match args.remove(0) {
                ArgIn::Ast(a) => self.expr(a, None),
                ArgIn::Done(e) => e,
            };
            return self.method_call_on(recv, id, args, span, args_span);
        }
        if let Some((module, rest)) = builtins::legacy_alias(&id.name) {
            let name = ast::Ident {
                name: rest.to_string(),
                span: id.span,
            };
            return self.library_call(module, &name, args, span, args_span);
        }
        if let Some(found) = builtins::lookup_global(&id.name, &mut self.inf) {
            return self.builtin_call(found.builtin, found.sig, args, span, args_span);
        }
        let f = self.expr(
            &ast::Expr {
                id: ast::NodeId(0),
                kind: A::Var(id.clone()),
                span: id.span,
            },
            None,
        );
        self.value_call(f, args, span, args_span)
    }

    fn variant_call(
        &mut self,
        con: TyCon,
        tag: u32,
        payload: usize,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let ty = fresh_sum(self, con);
        let Ty::Con(_, targs) = ty.clone() else {
            return self.error_expr(span);
        };
        if args.len() != 1 {
            self.arity_error(1, args.len(), args_span);
            return self.error_expr(span);
        }
        let args = self.check_args(&[targs[payload].clone()], args);
        mk(K::Variant { tag, args }, ty, span)
    }

    pub fn fn_call(
        &mut self,
        name: &str,
        entries: &[usize],
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let Some(&entry) = entries.iter().find(|&&e| self.fns[e].arity == args.len()) else {
            // No entries: the import of this name failed and was reported.
            let Some(&first) = entries.first() else {
                return self.error_expr(span);
            };
            let expected = self.fns[first].arity;
            self.arity_error(expected, args.len(), args_span);
            return self.error_expr(span);
        };
        if self.is_actor(entry) {
            return self.actor_self_call(name, entry, args, span);
        }
        self.call_entry(entry, args, span)
    }

    /// `a(args)` of actor `a`: only as a tail self-call in its own body,
    /// where it continues the actor with new arguments (type `Never`).
    fn actor_self_call(
        &mut self,
        name: &str,
        entry: usize,
        args: Vec<ArgIn>,
        span: Span,
    ) -> tir::Expr {
        let own_body = self.checking_fn == Some(entry) && self.frames.len() == 1;
        if !own_body {
            self.actor_called_directly(name, span);
            return self.error_expr(span);
        }
        let mut call = self.call_entry(entry, args, span);
        call.ty = Ty::Never;
        call
    }

    fn builtin_call(
        &mut self,
        b: Builtin,
        sig: builtins::Signature,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if sig.params.len() != args.len() {
            self.arity_error(sig.params.len(), args.len(), args_span);
            return self.error_expr(span);
        }
        let args = self.check_args(&sig.params, args);
        if matches!(b, Builtin::MathAbs | Builtin::MathMin | Builtin::MathMax) {
            if let Some(x) = args.first() {
                // "T is Int or Float" (STDLIB §5.12).
                self.constrain(
                    &x.ty.clone(),
                    span,
                    crate::check::ConstraintKind::Num("Add"),
                );
            }
        }
        if b == Builtin::IterSum {
            // "T is Int or Float" (STDLIB §5.11).
            let ret = sig.ret.clone();
            self.constrain(&ret, span, crate::check::ConstraintKind::Num("Add"));
        }
        if b == Builtin::ListSortOrd {
            if let Some(elem) = args
                .first()
                .and_then(|a| self.inf.zonk(&a.ty).list_elem().cloned())
            {
                self.constrain(&elem, span, crate::check::ConstraintKind::Ord);
            }
        }
        if b == Builtin::ListContains {
            if let Some(x) = args.get(1) {
                self.constrain(&x.ty.clone(), x.span, crate::check::ConstraintKind::Eq);
            }
        }
        // Map keys and set elements need `Eq` and `Hash` (STDLIB §2).
        // (`Map.new()` is left to the operations that put keys in.)
        let from_arg = args
            .first()
            .and_then(|a| keyed_collection(&self.inf.shallow(&a.ty)));
        let from_result =
            keyed_collection(&self.inf.shallow(&sig.ret)).filter(|_| !args.is_empty());
        if let Some(key) = from_arg.or(from_result) {
            self.require_key(&key, span);
        }
        mk(
            K::Call {
                callee: Callee::Builtin(b),
                args,
            },
            sig.ret,
            span,
        )
    }

    fn compare_args(&mut self, args: Vec<ArgIn>, span: Span, args_span: Span) -> tir::Expr {
        if args.len() != 2 {
            self.arity_error(2, args.len(), args_span);
            return self.error_expr(span);
        }
        let t = self.inf.fresh();
        let mut checked = self.check_args(&[t.clone(), t], args);
        let b = checked.pop();
        let a = checked.pop();
        match (a, b) {
            (Some(a), Some(b)) => self.compare_call(a, b, span),
            _ => self.error_expr(span),
        }
    }

    /// Checks the `where` bounds of the last instantiation at a call: each at
    /// the argument of that type (or the call).
    pub fn bounds_at(&mut self, args: &[tir::Expr], span: Span) {
        for (ty, kind) in std::mem::take(&mut self.pending_bounds) {
            let want = self.inf.zonk(&ty);
            // The argument of exactly that type, else one containing it
            // (`List<T>`), else the call.
            let zonked: Vec<Ty> = args.iter().map(|a| self.inf.zonk(&a.ty)).collect();
            let at = zonked
                .iter()
                .position(|t| *t == want)
                .or_else(|| zonked.iter().position(|t| mentions(t, &want)))
                .map_or(span, |i| args[i].span);
            self.constrain(&ty, at, kind);
        }
    }

    /// Reads `base` as a module qualifier (`String`, `TextTools`,
    /// `Util.TextTools`) when it is not a value.
    fn qualifier(&mut self, base: &ast::Expr) -> Option<Qualifier> {
        let path = dotted_path(base)?;
        if self.peek_local(&path[0].name).is_some() {
            return None;
        }
        // A variant is a value (`Green.inspect()`, `Shape.Empty.to_string()`).
        if let [prefix @ .., last] = &path[..] {
            if !prefix.is_empty() {
                if let Some(crate::types::TypeRef::Adt(i)) = self.lookup_type(prefix) {
                    if self.variant_index(i, &last.name).is_some() {
                        return None;
                    }
                }
            }
        }
        if path.len() == 1
            && (crate::pattern::is_nullary_variant(&path[0].name)
                || !self.variants_named(&path[0].name).is_empty())
        {
            return None;
        }
        let text = path_text(&path);
        if let Some(q) = self.service_qualifier(&path) {
            return Some(q);
        }
        if let Some(targets) = self.modules[self.module].qualifiers.get(&text).cloned() {
            if targets.is_empty() {
                // The import failed and was reported.
                return Some(Qualifier::Library(String::new()));
            }
            if let [first, second, ..] = targets[..] {
                let full: Vec<String> = [first, second]
                    .iter()
                    .map(|&t| self.modules[t].name.clone())
                    .collect();
                let d = Diagnostic::error(
                    Code("E0031"),
                    format!("ambiguous module qualifier `{text}`"),
                )
                .label(
                    crate::modules::path_span(&path),
                    format!("`{text}` is {} or {}", full[0], full[1]),
                )
                .help(format!("use the full path: `{}`", full[0]));
                self.push(d);
                return Some(Qualifier::Library(String::new()));
            }
            return targets.first().map(|&t| Qualifier::User(t));
        }
        if let Some(r) = self.lookup_type(&path) {
            return Some(Qualifier::Type(r));
        }
        if let [single] = &path[..] {
            if let Some(t) = self.trait_named(&single.name) {
                return Some(Qualifier::Interface(t));
            }
        }
        if builtins::MODULES.contains(&text.as_str())
            || ["Option", "Result", "Ordering"].contains(&text.as_str())
        {
            return Some(Qualifier::Library(text));
        }
        if text.starts_with(|c: char| c.is_uppercase()) {
            let mut d = Diagnostic::error(Code("E0031"), "module not found").label(
                crate::modules::path_span(&path),
                format!("module `{text}` not found"),
            );
            let imported = self.modules[self.module].qualifiers.keys();
            let candidates = builtins::MODULES
                .iter()
                .copied()
                .chain(imported.map(String::as_str));
            if let Some(s) = mesh_diagnostics::did_you_mean(&text, candidates) {
                d = d
                    .help(format!("did you mean `{s}`?"))
                    .fix(crate::modules::path_span(&path), s);
            }
            self.push(d);
            return Some(Qualifier::Library(String::new()));
        }
        None
    }

    /// `S` (a service of this module) or `M.S` (a service of imported module `M`).
    fn service_qualifier(&self, path: &[ast::Ident]) -> Option<Qualifier> {
        let (last, prefix) = path.split_last()?;
        let module = if prefix.is_empty() {
            self.module
        } else {
            let targets = self.modules[self.module]
                .qualifiers
                .get(&path_text(&prefix.to_vec()))?;
            match targets[..] {
                [one] => one,
                _ => return None,
            }
        };
        self.is_service(module, &last.name)
            .then(|| Qualifier::Service(module, last.name.clone()))
    }

    fn qualified_call(
        &mut self,
        q: Qualifier,
        _base: &ast::Expr,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        match q {
            Qualifier::User(target) => {
                let Some(entries) = self.public_fns(target, name) else {
                    return self.error_expr(span);
                };
                self.fn_call(&name.name, &entries, args, span, args_span)
            }
            Qualifier::Library(module) if module.is_empty() => self.error_expr(span),
            Qualifier::Library(module) => self.library_call(&module, name, args, span, args_span),
            Qualifier::Interface(t) => self.interface_call(t, name, args, span, args_span),
            Qualifier::Service(module, service) => {
                self.service_call(module, &service, name, args, span, args_span)
            }
            Qualifier::Type(crate::types::TypeRef::Adt(adt))
                if name.name == "default" && args.is_empty() =>
            {
                let (ty, _) = self.fresh_adt(adt);
                self.default_call(Some(&ty), name.span, span)
            }
            Qualifier::Type(crate::types::TypeRef::Adt(adt))
                if name.name == "from_json" && self.adts[adt].def.derives.json =>
            {
                let (ty, _) = self.fresh_adt(adt);
                self.json_decode_call(ty, args, span, args_span)
            }
            Qualifier::Type(crate::types::TypeRef::Adt(adt)) if name.name == "from" => {
                let (ty, _) = self.fresh_adt(adt);
                self.static_from(ty, args, span, args_span, name)
            }
            Qualifier::Type(crate::types::TypeRef::Adt(adt))
                if self.variant_index(adt, &name.name).is_none()
                    && (self.struct_fields_of(adt, &[]).is_some()
                        || self.has_impl_method(adt, &name.name)) =>
            {
                let (ty, _) = self.fresh_adt(adt);
                self.static_method_call(&ty, name, args, span, args_span)
            }
            Qualifier::Type(r) => match self.qualified_variant(r, name) {
                Some((adt, tag)) => self.user_variant_call(adt, tag, args, span, args_span),
                None => self.error_expr(span),
            },
        }
    }

    /// `T.m(args)` for a static (or any) method of an impl for `T`.
    fn static_method_call(
        &mut self,
        ty: &Ty,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        match self.impl_methods(ty, &name.name).first() {
            Some(&(_, entry)) => self.entry_call(entry, args, span, args_span),
            None => {
                let candidates = self.method_names_on(ty);
                self.no_method(ty, name, &candidates);
                self.error_expr(span)
            }
        }
    }

    /// The `pub` functions named `name` of module `target`, reporting
    /// E0034/E0035 when there are none.
    fn public_fns(&mut self, target: usize, name: &ast::Ident) -> Option<Vec<usize>> {
        match self.modules[target].fns.get(&name.name).cloned() {
            Some(es) if es.iter().any(|&e| self.fns[e].is_pub) => {
                Some(es.into_iter().filter(|&e| self.fns[e].is_pub).collect())
            }
            Some(_) => {
                self.private_item(&name.name, name.span, target);
                None
            }
            None => {
                self.name_not_in_module(&name.name, name.span, target);
                None
            }
        }
    }

    fn library_call(
        &mut self,
        module: &str,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if let Some((con, tag, payload)) =
            unary_variant(&name.name).filter(|_| module == "Option" || module == "Result")
        {
            return self.variant_call(con, tag, payload, args, span, args_span);
        }
        if name.name == "default" && args.is_empty() {
            if let Some((con, 0)) = crate::annot::builtin_type(module) {
                return self.default_call(Some(&Ty::Con(con, Vec::new())), name.span, span);
            }
        }
        // Impls for a built-in type take precedence over its module's functions.
        if let Some((con, arity)) = crate::annot::builtin_type(module) {
            let args_tys: Vec<Ty> = (0..arity).map(|_| self.inf.fresh()).collect();
            let ty = Ty::Con(con, args_tys);
            if name.name != "from" && !self.impl_methods(&ty, &name.name).is_empty() {
                return self.static_method_call(&ty, name, args, span, args_span);
            }
        }
        if module == "Tuple" {
            if let Some(e) = self.tuple_call(name, args, span, args_span) {
                return e;
            }
            return self.unknown_member(module, name);
        }
        if module == "Range" {
            if let Some(e) = self.range_call(name, args, span, args_span) {
                return e;
            }
            return self.unknown_member(module, name);
        }
        if (module == "Json" || module == "JSON")
            && matches!(name.name.as_str(), "encode" | "get" | "get_nested")
        {
            return self.json_call(name, args, span, args_span);
        }
        if module == "Iter" && name.name == "from" {
            return self.iter_from_call(args, span, args_span);
        }
        if builtins::is_float_from(module, &name.name)
            || (module == "String" && name.name == "from")
        {
            return self.static_from_call(module, args, span, args_span);
        }
        if module == "Node" && matches!(name.name.as_str(), "spawn" | "spawn_link") {
            return self.node_spawn_call(name.name == "spawn_link", args, span, args_span);
        }
        if module == "Process" && name.name == "monitor" && args.len() == 1 {
            return self.monitor_call(args, span, args_span);
        }
        match builtins::lookup_arity(module, &name.name, Some(args.len()), &mut self.inf) {
            Some(found) => self.builtin_call(found.builtin, found.sig, args, span, args_span),
            None => self.unknown_member(module, name),
        }
    }

    /// `Process.monitor(pid)`; for compatibility an `Int` argument is accepted too: it designates
    /// no process, so its DOWN (`noproc`) arrives at once (STDLIB.md §5.16.1).
    fn monitor_call(&mut self, args: Vec<ArgIn>, span: Span, args_span: Span) -> tir::Expr {
        let arg = match args.into_iter().next() {
            Some(ArgIn::Ast(e)) => self.expr(e, None),
            Some(ArgIn::Done(e)) => e,
            None => return self.error_expr(span),
        };
        if self.inf.shallow(&arg.ty) == Ty::INT {
            let kind = K::Call {
                callee: Callee::Builtin(Builtin::ProcessMonitorNone),
                args: vec![arg],
            };
            return mk(kind, Ty::INT, span);
        }
        let found = builtins::lookup_arity("Process", "monitor", Some(1), &mut self.inf);
        match found {
            Some(found) => self.builtin_call(
                found.builtin,
                found.sig,
                vec![ArgIn::Done(arg)],
                span,
                args_span,
            ),
            None => self.error_expr(span),
        }
    }

    fn unknown_member(&mut self, module: &str, name: &ast::Ident) -> tir::Expr {
        self.unknown_library_member(module, name);
        self.error_expr(name.span)
    }

    /// E0034 for a library module member that does not exist.
    pub fn unknown_library_member(&mut self, module: &str, name: &ast::Ident) {
        let names = builtins::names_in(module);
        let mut d = Diagnostic::error(Code("E0034"), "name not found in module")
            .label(
                name.span,
                format!("{} is not exported by module `{module}`", name.name),
            )
            .note(format!("available exports: {}", names.join(", ")));
        if let Some(s) = mesh_diagnostics::did_you_mean(&name.name, names) {
            d = d.help(format!("did you mean `{s}`?")).fix(name.span, s);
        }
        self.push(d);
    }

    /// `Float.from(Int)` and `String.from(x)`.
    fn static_from_call(
        &mut self,
        module: &str,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if args.len() != 1 {
            self.arity_error(1, args.len(), args_span);
            return self.error_expr(span);
        }
        let t = self.inf.fresh();
        let mut args = self.check_args(&[t], args);
        let value = args.remove(0);
        let target = if module == "Float" {
            Ty::FLOAT
        } else {
            Ty::STRING
        };
        if self.is_unknown(&value.ty) && module == "Float" {
            let _ = self.inf.unify(&value.ty, &Ty::INT);
        }
        // A user `impl From<T> for Float/String` takes precedence (§5.15).
        if let Some(converted) = self.convert_pub(value.clone(), &target, span) {
            return tir::Expr { span, ..converted };
        }
        if module == "Float" {
            let d = self.mismatch(
                crate::infer::UnifyError::Mismatch,
                &Ty::INT,
                &value.ty,
                value.span,
                None,
            );
            self.push(d);
            return self.error_expr(span);
        }
        let shown = self.show(value);
        tir::Expr { span, ..shown }
    }

    fn method_call(
        &mut self,
        base: &ast::Expr,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let recv = self.expr(base, None);
        if self.inf.is_error(&recv.ty) {
            // The receiver failed to check and was reported (§8.1).
            for a in args {
                if let ArgIn::Ast(e) = a {
                    drop(self.expr(e, None));
                }
            }
            return self.error_expr(span);
        }
        if self.is_unknown(&recv.ty) {
            return self.defer_method(recv, name, args, span, args_span);
        }
        self.method_call_on(recv, name, args, span, args_span)
    }

    /// A method call on a receiver of known type (§5.15).
    pub fn method_call_on(
        &mut self,
        recv: tir::Expr,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if let Some((index, ty)) = self.field_function(&recv.ty, &name.name) {
            let field = mk(
                K::Field {
                    base: Box::new(recv),
                    index,
                },
                ty,
                span,
            );
            return self.value_call(field, args, span, args_span);
        }
        let (recv, args) = match self.trait_method_call(recv, name, args, span, args_span) {
            Ok(done) => return done,
            Err(unresolved) => *unresolved,
        };
        match name.name.as_str() {
            "to_string" | "inspect"
                if args.is_empty() && !self.has_format_trait(&name.name, &recv.ty) =>
            {
                let ty = recv.ty.clone();
                self.no_method(&ty, name, &[]);
                return self.error_expr(span);
            }
            "to_string" if args.is_empty() => {
                let shown = self.show(recv);
                return tir::Expr { span, ..shown };
            }
            "hash" if args.is_empty() => {
                if !self.has_trait_named("Hash", &recv.ty) {
                    let shown = self.inf.display(&recv.ty, &mut Vec::new());
                    self.error(
                        "E0030",
                        format!("no method `hash` on type `{shown}`"),
                        name.span,
                        "no such method",
                    );
                    return self.error_expr(span);
                }
                return mk(K::Hash(Box::new(recv)), Ty::INT, span);
            }
            "compare" if args.len() == 1 => {
                let mut all = vec![ArgIn::Done(recv)];
                all.extend(args);
                return self.compare_args(all, span, args_span);
            }
            "inspect" if args.is_empty() => {
                self.constrain(
                    &recv.ty.clone(),
                    recv.span,
                    crate::check::ConstraintKind::Show,
                );
                return mk(K::Debug(Box::new(recv)), Ty::STRING, span);
            }
            _ => {}
        }
        let (recv, args) = match self.builtin_instance_method(recv, name, args, span, args_span) {
            Ok(done) => return done,
            Err(unresolved) => *unresolved,
        };
        let (recv, args) = match self.generic_receiver_method(recv, name, args, span, args_span) {
            Ok(done) => return done,
            Err(unresolved) => *unresolved,
        };
        let module = match self.inf.shallow(&recv.ty) {
            Ty::Con(TyCon::String, _) => "String",
            Ty::Con(TyCon::List, _) => "List",
            Ty::Con(TyCon::Map, _) => "Map",
            Ty::Con(TyCon::Range, _) => {
                let mut all = vec![ArgIn::Done(recv)];
                all.extend(args);
                return match self.range_call(name, all, span, args_span) {
                    Some(e) => e,
                    None => self.unknown_member("Range", name),
                };
            }
            Ty::Con(TyCon::Set, _) => "Set",
            Ty::Con(TyCon::Queue, _) => "Queue",
            Ty::Con(TyCon::Iter, _) => "Iter",
            Ty::Con(TyCon::Json, _) => "Json",
            Ty::Con(TyCon::Int, _) => "Int",
            Ty::Con(TyCon::Float, _) => "Float",
            Ty::Var(_) if self.inf.is_error(&recv.ty) => return self.error_expr(span),
            Ty::Var(_) => {
                let msg = format!(
                    "cannot infer the type of this value to call method `{}`",
                    name.name
                );
                let d = Diagnostic::error(Code("E0030"), msg)
                    .label(name.span, "type unknown here")
                    .help("add a type annotation");
                self.push(d);
                return self.error_expr(span);
            }
            // The impl lacks it and was reported (E0007).
            other if self.reported_missing_method(&other, &name.name) => {
                return self.error_expr(span);
            }
            other => {
                let candidates = self.method_names_on(&other);
                self.no_method(&other, name, &candidates);
                return self.error_expr(span);
            }
        };
        let Some(found) =
            builtins::lookup_arity(module, &name.name, Some(args.len() + 1), &mut self.inf)
        else {
            let ty = recv.ty.clone();
            let candidates: Vec<String> = builtins::names_in(module)
                .into_iter()
                .map(String::from)
                .collect();
            self.no_method(&ty, name, &candidates);
            return self.error_expr(span);
        };
        let mut all = vec![ArgIn::Done(recv)];
        all.extend(args);
        self.builtin_call(found.builtin, found.sig, all, span, args_span)
    }

    /// `Module.f` used as a value (not called).
    pub fn field_value(&mut self, base: &ast::Expr, name: &ast::Ident, span: Span) -> tir::Expr {
        match self.qualifier(base) {
            Some(Qualifier::User(target)) => {
                let Some(entries) = self.public_fns(target, name) else {
                    return self.error_expr(span);
                };
                self.fn_value_entries(name, &entries, span)
            }
            Some(Qualifier::Library(module)) if module.is_empty() => self.error_expr(span),
            Some(Qualifier::Library(module)) if module == "Math" && name.name == "pi" => {
                mk(K::Float(std::f64::consts::PI), Ty::FLOAT, span)
            }
            Some(Qualifier::Library(module)) => {
                if matches!(module.as_str(), "Option" | "Result") {
                    if let Some(e) = self.builtin_constructor_value(&name.name, span) {
                        return e;
                    }
                }
                if let Some((con, tag)) = crate::pattern::nullary_variant(&name.name) {
                    let ty = fresh_sum(self, con);
                    return mk(
                        K::Variant {
                            tag,
                            args: Vec::new(),
                        },
                        ty,
                        span,
                    );
                }
                match builtins::lookup(&module, &name.name, &mut self.inf) {
                    Some(found) => {
                        let ty = Ty::Fun(found.sig.params, Box::new(found.sig.ret));
                        mk(K::FnRef(Callee::Builtin(found.builtin)), ty, span)
                    }
                    None => self.unknown_member(&module, name),
                }
            }
            Some(Qualifier::Interface(t)) => self.interface_method_value(t, name, span),
            Some(Qualifier::Service(module, service)) => {
                let full = format!("{service}${}", name.name);
                match self.modules[module].fns.get(&full).cloned() {
                    Some(entries) if self.service_operation(module, &service, &name.name) => {
                        self.fn_value_entries(name, &entries, span)
                    }
                    _ => {
                        self.unknown_operation(module, &service, name);
                        self.error_expr(span)
                    }
                }
            }
            Some(Qualifier::Type(r)) => match self.qualified_variant(r, name) {
                Some((adt, tag)) => self.variant_value(adt, tag, span),
                None => self.error_expr(span),
            },
            None => {
                let value = self.expr(base, None);
                self.field_access(value, name, span)
            }
        }
    }

    fn fn_value_entries(&mut self, name: &ast::Ident, entries: &[usize], span: Span) -> tir::Expr {
        if entries.len() != 1 {
            let candidates: Vec<String> = entries
                .iter()
                .map(|&e| format!("{}/{}", name.name, self.fns[e].arity))
                .collect();
            let msg = format!(
                "ambiguous reference to `{}`: candidates {}",
                name.name,
                candidates.join(", ")
            );
            self.error("E0027", msg, name.span, "ambiguous");
            return self.error_expr(span);
        }
        let (params, ret, inst) = self.instantiate(entries[0]);
        self.bounds_at(&[], span);
        let fun = self.fns[entries[0]].fun;
        mk(
            K::FnRef(Callee::Fn { fun, inst }),
            Ty::Fun(params, Box::new(ret)),
            span,
        )
    }

    /// `a |> rhs` (§3.10): `c(a, args)` for a call, otherwise `rhs(a)`.
    pub fn pipe(&mut self, lhs: &ast::Expr, rhs: &ast::Expr, span: Span) -> tir::Expr {
        let first = self.expr(lhs, None);
        match &rhs.kind {
            A::Call {
                callee,
                args,
                args_span,
            } => {
                let mut all = vec![ArgIn::Done(first)];
                all.extend(self.call_args(args, *args_span));
                self.call(callee, all, span, *args_span)
            }
            A::Var(_) | A::Field { .. } => self.call(rhs, vec![ArgIn::Done(first)], span, rhs.span),
            _ => {
                let f = self.expr(rhs, None);
                self.value_call(f, vec![ArgIn::Done(first)], span, rhs.span)
            }
        }
    }
}

/// Does `ty` contain `part` as a component?
fn mentions(ty: &Ty, part: &Ty) -> bool {
    ty == part
        || match ty {
            Ty::Con(_, args) | Ty::Tuple(args) => args.iter().any(|t| mentions(t, part)),
            Ty::Fun(ps, r) => ps.iter().any(|t| mentions(t, part)) || mentions(r, part),
            _ => false,
        }
}

/// The key type of a `Map<K, V>` or the element type of a `Set<T>`.
fn keyed_collection(ty: &Ty) -> Option<Ty> {
    match ty {
        Ty::Con(TyCon::Map | TyCon::Set, args) => args.first().cloned(),
        _ => None,
    }
}

/// `A.B.C` as identifiers, when `e` is a chain of plain names.
fn dotted_path(e: &ast::Expr) -> Option<Vec<ast::Ident>> {
    match &e.kind {
        A::Var(id) => Some(vec![id.clone()]),
        A::Field { base, name } => {
            let mut p = dotted_path(base)?;
            p.push(name.clone());
            Some(p)
        }
        _ => None,
    }
}
