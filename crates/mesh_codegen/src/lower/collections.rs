//! Maps and sets (STDLIB.md §5.6, §5.7): map literals, the `Map`/`Set` library functions,
//! `Map.get`'s default for a missing key, and the `Default` value of a type.
//!
//! The runtime never compares keys itself (docs/design/collections.md): every keyed operation
//! gets the key type's `mesh.eq<K>` and `mesh.hash<K>` helpers as function pointers, after the
//! operation's own arguments. The key (element) type is read from the closed argument types of
//! the call, so a generic function gets the helpers of each instantiation.
//!
//! `Map.get(m, k)` returns the value, or for a missing key the `Default` of the value type `V`
//! when it has one, or panics `key not found: <k in Debug form>`:
//!
//! * a default that costs nothing to make (`0`, `0.0`, `false`, `""`, `()`, `None` and the
//!   static empty list, map and set) is passed as the fallback of `mesh_rt_map_get_or`;
//! * a default that allocates or runs user code (a tuple of defaults, a user `impl Default`) is
//!   made only for a missing key: `mesh_rt_map_get_or` gets the address of the private global
//!   `mesh.absent` as its fallback, and the default is made when that address comes back. Values
//!   of those types are heap objects or other constant globals, so no stored value can be that
//!   address. (`mesh_rt_map_fetch` would allocate a `Some` for every present key.)
//! * otherwise `mesh_rt_map_get_or_panic` gets the key type's Debug helper for the message.

use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, IntValue};
use mesh_typeck::tir::{Builtin, Expr, FnKind, Program};
use mesh_typeck::ty::{Ty, TyCon};

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::helpers::{map_types, HelperKind};
use crate::runtime::RuntimeFn;

/// The name of the fallback marker of `Map.get` with a lazily made default.
const ABSENT: &str = "mesh.absent";

/// How the `Default` of a type is made (§5.12, STDLIB.md §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DefaultCost {
    /// A constant or a runtime call returning a static object: no allocation, no user code.
    Free,
    /// Allocates (tuples) or calls a user `impl Default`.
    Made,
}

/// Whether `builtin` calls the key type's equality and hash (and `Map.get` the value type's
/// `Default` or the key's Debug).
pub(crate) fn is_keyed(builtin: Builtin) -> bool {
    builtin == Builtin::MapGet || keyed_runtime_fn(builtin).is_some()
}

/// The runtime function of a keyed builtin: it takes the builtin's arguments followed by the
/// key type's equality and hash helpers.
fn keyed_runtime_fn(builtin: Builtin) -> Option<RuntimeFn> {
    use Builtin as B;
    use RuntimeFn as R;
    Some(match builtin {
        B::MapPut => R::MapPut,
        B::MapFetch => R::MapFetch,
        B::MapGetOr => R::MapGetOr,
        B::MapHasKey => R::MapHasKey,
        B::MapDelete => R::MapDelete,
        B::MapMerge => R::MapMerge,
        B::MapFromList => R::MapFromList,
        B::SetAdd => R::SetAdd,
        B::SetRemove => R::SetRemove,
        B::SetContains => R::SetContains,
        B::SetUnion => R::SetUnion,
        B::SetIntersection => R::SetIntersection,
        B::SetDifference => R::SetDifference,
        B::SetFromList => R::SetFromList,
        B::MapCollect => R::IterCollectMap,
        B::SetCollect => R::IterCollectSet,
        _ => return None,
    })
}

/// The type arguments of the map or set a collection builtin works on: from its result for
/// `from_list` and `collect` (the argument is a list or an iterator), else from its first argument, or when that never
/// returns (its type is `Never`), from the result of the builtins that return the same type
/// (`put`, `delete`, `union`, …). `None` when no type says it: the call is unreachable.
fn collection_args(builtin: Builtin, types: &[Ty], ret: &Ty) -> Option<Vec<Ty>> {
    use Builtin as B;
    let args = |ty: &Ty| match ty {
        Ty::Con(TyCon::Map | TyCon::Set, args) => Some(args.clone()),
        _ => None,
    };
    let returns_same = matches!(
        builtin,
        B::MapPut
            | B::MapDelete
            | B::MapMerge
            | B::SetAdd
            | B::SetRemove
            | B::SetUnion
            | B::SetIntersection
            | B::SetDifference
    );
    match types.first() {
        _ if matches!(
            builtin,
            B::MapFromList | B::SetFromList | B::MapCollect | B::SetCollect
        ) =>
        {
            args(ret)
        }
        Some(first) if *first != Ty::Never => args(first),
        _ if returns_same => args(ret),
        _ => None,
    }
}

impl<'ctx> Lower<'_, 'ctx> {
    /// Pointers to `mesh.eq<K>` and `mesh.hash<K>`: the callbacks of every keyed runtime
    /// function.
    pub(crate) fn key_callbacks(&mut self, key: &Ty) -> Result<[BasicValueEnum<'ctx>; 2]> {
        let eq = self.helper(HelperKind::Eq, key)?;
        let hash = self.helper(HelperKind::Hash, key)?;
        Ok([self.fn_ptr(eq), self.fn_ptr(hash)])
    }

    /// `%{k1 => v1, …}` of type `ty`: the empty map, then a `put` per entry in source order
    /// (key before value, §6.2), so a repeated key keeps its first position and the last value.
    pub(super) fn map_literal(
        &mut self,
        ty: &Ty,
        entries: &'ctx [(Expr, Expr)],
    ) -> Result<IntValue<'ctx>> {
        let mut map = self.rt(RuntimeFn::MapNew, &[])?;
        if entries.is_empty() {
            return Ok(map);
        }
        let key = match self.ty(ty) {
            Ty::Con(TyCon::Map, args) => map_types(&args).0,
            _ => self.ty(&entries[0].0.ty),
        };
        let [eq, hash] = self.key_callbacks(&key)?;
        for (k, v) in entries {
            let k = self.expr(k)?;
            let v = self.expr(v)?;
            map = self.rt_with(
                RuntimeFn::MapPut,
                &[map.into(), k.into(), v.into(), eq, hash],
            )?;
        }
        Ok(map)
    }

    /// A `Map`/`Set` builtin that needs the helpers of its key or element type, on evaluated
    /// arguments of the given closed types; `None` for the others (plain runtime calls).
    pub(super) fn collection_builtin(
        &mut self,
        builtin: Builtin,
        args: &[IntValue<'ctx>],
        types: &[Ty],
        ret: &Ty,
    ) -> Result<Option<IntValue<'ctx>>> {
        let keyed = keyed_runtime_fn(builtin);
        if keyed.is_none() && builtin != Builtin::MapGet {
            return Ok(None);
        }
        let Some(ty_args) = collection_args(builtin, types, ret) else {
            return Ok(Some(self.cg.word().get_poison()));
        };
        let key = ty_args.first().cloned().unwrap_or(Ty::UNIT);
        let callbacks = self.key_callbacks(&key)?;
        if builtin == Builtin::MapGet {
            let [m, k] = args else {
                return Err(CodegenError::internal("Map.get takes two arguments"));
            };
            let value = map_types(&ty_args).1;
            return self.map_get(*m, *k, &key, &value, callbacks).map(Some);
        }
        let f = keyed.ok_or_else(|| CodegenError::internal("not a keyed builtin"))?;
        let mut values: Vec<BasicValueEnum> = args.iter().map(|a| (*a).into()).collect();
        values.extend(callbacks);
        self.rt_with(f, &values).map(Some)
    }

    /// `Map.get(m, k)` with keys of type `key` and values of type `value` (see the module
    /// documentation).
    fn map_get(
        &mut self,
        m: IntValue<'ctx>,
        k: IntValue<'ctx>,
        key: &Ty,
        value: &Ty,
        [eq, hash]: [BasicValueEnum<'ctx>; 2],
    ) -> Result<IntValue<'ctx>> {
        match self.default_cost(value)? {
            Some(DefaultCost::Free) => {
                let fallback = self.default_value(value)?;
                let args = [m.into(), k.into(), fallback.into(), eq, hash];
                self.rt_with(RuntimeFn::MapGetOr, &args)
            }
            Some(DefaultCost::Made) => {
                let absent = self.absent()?;
                let args = [m.into(), k.into(), absent.into(), eq, hash];
                let found = self.rt_with(RuntimeFn::MapGetOr, &args)?;
                let missing = self.words_eq(found, absent)?;
                let (make, end) = (self.block("get_default"), self.block("got"));
                let mut incoming = vec![(found, self.current_block()?)];
                self.b.build_conditional_branch(missing, make, end)?;
                self.b.position_at_end(make);
                let default = self.default_value(value)?;
                self.flow_into(default, end, &mut incoming)?;
                self.b.position_at_end(end);
                self.merge(&incoming)
            }
            None => {
                let debug = self.key_debug(key)?;
                let args = [m.into(), k.into(), eq, hash, debug];
                self.rt_with(RuntimeFn::MapGetOrPanic, &args)
            }
        }
    }

    /// The address of `mesh.absent`, a private constant that no Mesh value points to.
    fn absent(&mut self) -> Result<IntValue<'ctx>> {
        let global = match self.cg.module.get_global(ABSENT) {
            Some(global) => global,
            None => {
                let global = self.cg.module.add_global(self.cg.word(), None, ABSENT);
                global.set_linkage(Linkage::Private);
                global.set_constant(true);
                global.set_initializer(&self.cg.word().const_zero());
                global
            }
        };
        self.to_word(global.as_pointer_value())
    }

    /// The function rendering a missing key in `key not found: …`: the Debug helper (§7.1 of
    /// STDLIB.md). Keys need only `Eq` and `Hash`, so a key type without Debug falls back to
    /// show and then to its type name.
    fn key_debug(&mut self, key: &Ty) -> Result<BasicValueEnum<'ctx>> {
        let kind = if self.can_format(key, HelperKind::Debug)? {
            HelperKind::Debug
        } else if self.can_format(key, HelperKind::Show)? {
            HelperKind::Show
        } else {
            return self.type_name_function(key);
        };
        let f = self.helper(kind, key)?;
        Ok(self.fn_ptr(f))
    }

    /// Whether values of `ty` have a Debug (`HelperKind::Debug`) or show (`HelperKind::Show`)
    /// rendering: user types by their derives and impls, built-in types by their components.
    fn can_format(&self, ty: &Ty, kind: HelperKind) -> Result<bool> {
        Ok(match ty {
            Ty::Fun(..) | Ty::Param(_) | Ty::Var(_) => false,
            Ty::Never => true,
            Ty::Tuple(items) => all_ok(items, |t| self.can_format(t, kind))?,
            Ty::Con(TyCon::Adt(n), args) => {
                let def = self.cg.adt(*n)?;
                let d = def.derives;
                let user = |trait_name, method| self.cg.impls.method(trait_name, method, ty);
                let own = match kind {
                    HelperKind::Debug => d.debug || user("Debug", "inspect").is_some(),
                    _ => {
                        d.display
                            || d.debug
                            || user("Display", "to_string").is_some()
                            || user("Debug", "inspect").is_some()
                    }
                };
                own && all_ok(args, |t| self.can_format(t, kind))?
            }
            Ty::Con(_, args) => all_ok(args, |t| self.can_format(t, kind))?,
        })
    }

    /// `i64 (i64)` returning the type name of `ty`, bare as §7.1 prints type names (no module,
    /// no type arguments of user types), for a key that cannot be rendered.
    fn type_name_function(&mut self, ty: &Ty) -> Result<BasicValueEnum<'ctx>> {
        let text = bare_type_name(self.cg.program, ty);
        let name = format!("mesh.name<{}>", self.cg.type_name(ty));
        let f = match self.cg.module.get_function(&name) {
            Some(f) => f,
            None => {
                let fn_type = self.cg.fn_type(FnKind::TopLevel, 1);
                let f = self
                    .cg
                    .module
                    .add_function(&name, fn_type, Some(Linkage::Internal));
                let mut lw = Lower::new(&mut *self.cg, f, Vec::new(), &[])?;
                let s = lw.str_lit(&text)?;
                lw.ret(s)?;
                f
            }
        };
        Ok(self.fn_ptr(f))
    }

    /// Whether the closed type `ty` has a `Default` (STDLIB.md §4, LANGUAGE.md §5.12) and what
    /// making it costs.
    fn default_cost(&self, ty: &Ty) -> Result<Option<DefaultCost>> {
        Ok(match ty {
            Ty::Con(
                TyCon::Int
                | TyCon::Float
                | TyCon::Bool
                | TyCon::Unit
                | TyCon::String
                | TyCon::List
                | TyCon::Queue
                | TyCon::Map
                | TyCon::Set
                | TyCon::Option,
                _,
            ) => Some(DefaultCost::Free),
            Ty::Tuple(items) => {
                for item in items {
                    if self.default_cost(item)?.is_none() {
                        return Ok(None);
                    }
                }
                Some(DefaultCost::Made)
            }
            Ty::Con(TyCon::Adt(_), _) => self
                .cg
                .impls
                .method("Default", "default", ty)
                .map(|_| DefaultCost::Made),
            _ => None,
        })
    }

    /// Makes the `Default` of the closed type `ty` (which must have one, see
    /// [`Lower::default_cost`]).
    fn default_value(&mut self, ty: &Ty) -> Result<IntValue<'ctx>> {
        match ty {
            Ty::Con(TyCon::Int | TyCon::Bool | TyCon::Unit, _) => Ok(self.int(0)),
            // The bit pattern of 0.0.
            Ty::Con(TyCon::Float, _) => Ok(self.int(0)),
            Ty::Con(TyCon::String, _) => self.str_lit(""),
            Ty::Con(TyCon::List | TyCon::Queue, _) => self.rt(RuntimeFn::ListEmpty, &[]),
            Ty::Con(TyCon::Map, _) => self.rt(RuntimeFn::MapNew, &[]),
            Ty::Con(TyCon::Set, _) => self.rt(RuntimeFn::SetNew, &[]),
            Ty::Con(TyCon::Option, _) => {
                let none = self.cg.nullary_global(0);
                self.to_word(none.as_pointer_value())
            }
            Ty::Tuple(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.default_value(item)?);
                }
                self.alloc_object(&values)
            }
            Ty::Con(TyCon::Adt(_), _) => {
                let m = self
                    .cg
                    .impls
                    .method("Default", "default", ty)
                    .ok_or_else(|| {
                        CodegenError::internal(format!(
                            "`{}` has no `Default`",
                            self.cg.type_name(ty)
                        ))
                    })?;
                self.call_known(m.fun, m.inst, &[])
            }
            _ => Err(CodegenError::internal(format!(
                "`{}` has no `Default`",
                self.cg.type_name(ty)
            ))),
        }
    }
}

/// `items.all(pred)` for a fallible predicate.
fn all_ok(items: &[Ty], mut pred: impl FnMut(&Ty) -> Result<bool>) -> Result<bool> {
    for item in items {
        if !pred(item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `ty` in source syntax with user types by their bare names: `Key`, `(Int, Key)`,
/// `List<Key>`.
fn bare_type_name(program: &Program, ty: &Ty) -> String {
    let list = |items: &[Ty]| -> String {
        let names: Vec<String> = items.iter().map(|t| bare_type_name(program, t)).collect();
        names.join(", ")
    };
    match ty {
        Ty::Con(TyCon::Adt(n), _) => program
            .adts
            .get(*n as usize)
            .map_or_else(|| ty.to_string(), |def| def.name.clone()),
        Ty::Con(c, args) if !args.is_empty() => format!("{}<{}>", c.name(), list(args)),
        Ty::Tuple(items) => format!("({})", list(items)),
        Ty::Fun(params, ret) => {
            format!("Fun({}) -> {}", list(params), bare_type_name(program, ret))
        }
        other => other.to_string(),
    }
}
