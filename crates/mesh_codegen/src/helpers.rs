//! Per-type equality, ordering and formatting (§6.5, §7), generated on demand.
//!
//! Primitive types are handled inline at the use site. Composite types (tuples, ranges, sum
//! types, user structs) get one internal helper function per closed type and operation, cached
//! by type:
//! `mesh.eq<T>(a, b) -> 0/1`, `mesh.cmp<T>(a, b) -> -1/0/1` (or 2 when unordered, i.e. a NaN
//! was compared), `mesh.show<T>(x) -> String`, `mesh.debug<T>(x) -> String` and
//! `mesh.hash<T>(x) -> Int` (its body is in [`crate::hash`]). Lists use the
//! runtime's element-wise functions with the helper of their element type, and maps and sets the
//! runtime's with the helpers of their key, value and element types, which is why every type
//! (primitives too) can also be given a helper: the runtime needs a function pointer.
//!
//! User types (`TyCon::Adt`) get helpers for the traits they derive (§5.13) or implement: a
//! helper of a type with a user impl calls the impl's method (`eq`, `lt` for the three-way
//! comparison, `to_string`, `inspect`, `hash`), so lists, options and derived instances of
//! containing types use the user's definition too. Derived helpers take the field types declared
//! with the type arguments substituted, so a generic type gets one helper per instantiation
//! (`mesh.show<Main.Box<Int>>`), and a recursive type's helper calls itself (it is cached
//! before its body is generated).
//!
//! The alternative — one generic runtime function driven by a type descriptor — would need
//! type descriptors in every generic value; monomorphised helpers keep the value model at one
//! plain word and let LLVM inline the common cases.

use inkwell::basic_block::BasicBlock;
use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, FunctionValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use mesh_typeck::tir::{AdtDef, AdtKind, Derives, FnKind};
use mesh_typeck::ty::{Ty, TyCon};

use crate::error::{CodegenError, Result};
use crate::impls::ImplMethod;
use crate::layout;
use crate::lower::Lower;
use crate::runtime::RuntimeFn;

/// Which operation a helper implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum HelperKind {
    Eq,
    Cmp,
    Show,
    Debug,
    /// `mesh.hash<T>(x) -> Int`, the FNV-1a hash of §6.5 (see [`crate::hash`]).
    Hash,
    /// `mesh.copy<T>(x) -> T`: a deep copy allocated in the current heap (a message buffer:
    /// see `lower/actors.rs`).
    Copy,
}

impl HelperKind {
    fn name(self) -> &'static str {
        match self {
            HelperKind::Eq => "eq",
            HelperKind::Cmp => "cmp",
            HelperKind::Show => "show",
            HelperKind::Debug => "debug",
            HelperKind::Hash => "hash",
            HelperKind::Copy => "copy",
        }
    }

    fn arity(self) -> usize {
        match self {
            HelperKind::Eq | HelperKind::Cmp => 2,
            HelperKind::Show | HelperKind::Debug | HelperKind::Hash | HelperKind::Copy => 1,
        }
    }
}

/// Display/show (§7: strings unquoted) or Debug (`inspect`: strings quoted, atoms with `:`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Show,
    Debug,
}

impl Style {
    fn helper(self) -> HelperKind {
        match self {
            Style::Show => HelperKind::Show,
            Style::Debug => HelperKind::Debug,
        }
    }
}

/// The code for one variant in [`Lower::per_variant`]: gets the variant's name and field types.
pub(crate) type VariantBody<'f, L> = dyn FnMut(&mut L, &str, &[Ty]) -> Result<()> + 'f;

/// The shape of a composite type, as helpers see it.
pub(crate) enum Shape<'p> {
    /// Words `0..n` of a heap object (tuples; ranges are `(Int, Int)`).
    Product(Vec<Ty>),
    /// A user struct: words `0..n` are its fields in declaration order (types substituted).
    Struct(&'p AdtDef, Vec<Ty>),
    /// A tag word then the fields of the variant; one `(name, fields)` per tag.
    Sum(Vec<(&'p str, Vec<Ty>)>),
}

/// The key and value types of `Map<K, V>` from its type arguments.
pub(crate) fn map_types(args: &[Ty]) -> (Ty, Ty) {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Ty::UNIT);
    (arg(0), arg(1))
}

/// The element type of `Set<T>` from its type arguments.
pub(crate) fn set_type(args: &[Ty]) -> Ty {
    args.first().cloned().unwrap_or(Ty::UNIT)
}

/// The shape of a user type at the closed type arguments `args`.
fn adt_shape<'p>(def: &'p AdtDef, args: &[Ty]) -> Shape<'p> {
    let subst = |tys: &[Ty]| -> Vec<Ty> { tys.iter().map(|t| t.subst(args)).collect() };
    match &def.kind {
        AdtKind::Struct { fields } => {
            let tys: Vec<Ty> = fields.iter().map(|f| f.ty.clone()).collect();
            Shape::Struct(def, subst(&tys))
        }
        AdtKind::Sum { variants } => Shape::Sum(
            variants
                .iter()
                .map(|v| (v.name.as_str(), subst(&v.fields)))
                .collect(),
        ),
    }
}

/// The shape of a built-in composite type; user types go through [`adt_shape`].
fn builtin_shape(ty: &Ty) -> Option<Shape<'static>> {
    let arg = |args: &[Ty], i: usize| args.get(i).cloned().unwrap_or(Ty::UNIT);
    Some(match ty {
        Ty::Tuple(items) => Shape::Product(items.clone()),
        Ty::Con(TyCon::Range, _) => Shape::Product(vec![Ty::INT, Ty::INT]),
        Ty::Con(TyCon::Option, args) => {
            Shape::Sum(vec![("None", vec![]), ("Some", vec![arg(args, 0)])])
        }
        Ty::Con(TyCon::Result, args) => Shape::Sum(vec![
            ("Ok", vec![arg(args, 0)]),
            ("Err", vec![arg(args, 1)]),
        ]),
        Ty::Con(TyCon::Ordering, _) => Shape::Sum(vec![
            ("Less", vec![]),
            ("Equal", vec![]),
            ("Greater", vec![]),
        ]),
        _ => return None,
    })
}

impl<'ctx> Lower<'_, 'ctx> {
    /// Structural equality `a == b` of values of type `ty`, as an `i1`.
    pub fn eq_values(
        &mut self,
        ty: &Ty,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        match ty {
            Ty::Con(TyCon::Int | TyCon::Bool | TyCon::Pid, _) => self.words_eq(a, b),
            Ty::Con(TyCon::Unit, _) | Ty::Never => Ok(self.cg.ctx.bool_type().const_int(1, false)),
            Ty::Con(TyCon::Float, _) => {
                let (x, y) = (self.to_float(a)?, self.to_float(b)?);
                Ok(self.b.build_float_compare(FloatPredicate::OEQ, x, y, "")?)
            }
            Ty::Con(TyCon::String | TyCon::Atom, _) => {
                let r = self.rt(RuntimeFn::StringEq, &[a, b])?;
                self.truthy(r)
            }
            Ty::Con(TyCon::Json, _) => {
                let r = self.rt(RuntimeFn::JsonEq, &[a, b])?;
                self.truthy(r)
            }
            Ty::Con(TyCon::List | TyCon::Queue, args) => {
                let elem = self.helper(HelperKind::Eq, args.first().unwrap_or(&Ty::UNIT))?;
                let r =
                    self.rt_with(RuntimeFn::ListEq, &[a.into(), b.into(), self.fn_ptr(elem)])?;
                self.truthy(r)
            }
            Ty::Con(TyCon::Map, args) => {
                let (key, value) = map_types(args);
                let [key_eq, key_hash] = self.key_callbacks(&key)?;
                let value_eq = self.helper(HelperKind::Eq, &value)?;
                let args = [a.into(), b.into(), key_eq, key_hash, self.fn_ptr(value_eq)];
                let r = self.rt_with(RuntimeFn::MapEq, &args)?;
                self.truthy(r)
            }
            Ty::Con(TyCon::Set, args) => {
                let [eq, hash] = self.key_callbacks(&set_type(args))?;
                let r = self.rt_with(RuntimeFn::SetEq, &[a.into(), b.into(), eq, hash])?;
                self.truthy(r)
            }
            _ => {
                let r = self.call_helper(HelperKind::Eq, ty, &[a, b])?;
                self.truthy(r)
            }
        }
    }

    /// Three-way comparison of values of type `ty`: -1, 0, 1, or 2 when unordered (NaN).
    pub fn cmp_values(
        &mut self,
        ty: &Ty,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        match ty {
            Ty::Con(TyCon::Int | TyCon::Pid, _) => {
                self.three_way(IntPredicate::SLT, IntPredicate::SGT, a, b)
            }
            Ty::Con(TyCon::Bool, _) => self.three_way(IntPredicate::ULT, IntPredicate::UGT, a, b),
            Ty::Con(TyCon::Unit, _) | Ty::Never => Ok(self.int(0)),
            Ty::Con(TyCon::Float, _) => self.float_three_way(a, b),
            Ty::Con(TyCon::String | TyCon::Atom, _) => self.rt(RuntimeFn::StringCmp, &[a, b]),
            Ty::Con(TyCon::List, args) => {
                let elem = self.helper(HelperKind::Cmp, args.first().unwrap_or(&Ty::UNIT))?;
                self.rt_with(RuntimeFn::ListCmp, &[a.into(), b.into(), self.fn_ptr(elem)])
            }
            Ty::Con(TyCon::Map, args) => {
                let (key, value) = map_types(args);
                let key_cmp = self.helper(HelperKind::Cmp, &key)?;
                let value_cmp = self.helper(HelperKind::Cmp, &value)?;
                let args = [
                    a.into(),
                    b.into(),
                    self.fn_ptr(key_cmp),
                    self.fn_ptr(value_cmp),
                ];
                self.rt_with(RuntimeFn::MapCmp, &args)
            }
            Ty::Con(TyCon::Set, args) => {
                let elem = self.helper(HelperKind::Cmp, &set_type(args))?;
                self.rt_with(RuntimeFn::SetCmp, &[a.into(), b.into(), self.fn_ptr(elem)])
            }
            _ => self.call_helper(HelperKind::Cmp, ty, &[a, b]),
        }
    }

    /// `(a > b) - (a < b)`.
    fn three_way(
        &self,
        lt: IntPredicate,
        gt: IntPredicate,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let less = self.b.build_int_compare(lt, a, b, "")?;
        let greater = self.b.build_int_compare(gt, a, b, "")?;
        let (less, greater) = (self.bool_word(less)?, self.bool_word(greater)?);
        Ok(self.b.build_int_sub(greater, less, "")?)
    }

    fn float_three_way(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let (x, y) = (self.to_float(a)?, self.to_float(b)?);
        let less = self.b.build_float_compare(FloatPredicate::OLT, x, y, "")?;
        let greater = self.b.build_float_compare(FloatPredicate::OGT, x, y, "")?;
        let equal = self.b.build_float_compare(FloatPredicate::OEQ, x, y, "")?;
        let r = self
            .b
            .build_select(equal, self.int(0), self.int(2), "")?
            .into_int_value();
        let r = self
            .b
            .build_select(greater, self.int(1), r, "")?
            .into_int_value();
        Ok(self
            .b
            .build_select(less, self.int(-1), r, "")?
            .into_int_value())
    }

    /// The show (§7) or Debug text of a value of type `ty`.
    pub fn format_value(
        &mut self,
        ty: &Ty,
        v: IntValue<'ctx>,
        style: Style,
    ) -> Result<IntValue<'ctx>> {
        match (ty, style) {
            (Ty::Con(TyCon::Int, _), _) => self.rt(RuntimeFn::StringFromInt, &[v]),
            (Ty::Con(TyCon::Float, _), _) => self.rt(RuntimeFn::StringFromFloat, &[v]),
            (Ty::Con(TyCon::Bool, _), _) => self.rt(RuntimeFn::StringFromBool, &[v]),
            (Ty::Con(TyCon::Unit, _), _) => self.str_lit("()"),
            (Ty::Con(TyCon::String | TyCon::Atom, _), Style::Show) => Ok(v),
            (Ty::Con(TyCon::String, _), Style::Debug) => self.rt(RuntimeFn::StringDebug, &[v]),
            (Ty::Con(TyCon::Atom, _), Style::Debug) => {
                let colon = self.str_lit(":")?;
                self.rt(RuntimeFn::StringConcat, &[colon, v])
            }
            (Ty::Con(TyCon::List, args), _) => {
                let elem = self.helper(style.helper(), args.first().unwrap_or(&Ty::UNIT))?;
                self.rt_with(RuntimeFn::ListToString, &[v.into(), self.fn_ptr(elem)])
            }
            (Ty::Con(TyCon::Map, args), _) => {
                let (key, value) = map_types(args);
                let key = self.helper(style.helper(), &key)?;
                let value = self.helper(style.helper(), &value)?;
                let args = [v.into(), self.fn_ptr(key), self.fn_ptr(value)];
                self.rt_with(RuntimeFn::MapToString, &args)
            }
            (Ty::Con(TyCon::Set, args), _) => {
                let elem = self.helper(style.helper(), &set_type(args))?;
                self.rt_with(RuntimeFn::SetToString, &[v.into(), self.fn_ptr(elem)])
            }
            (Ty::Con(TyCon::Json, _), _) => self.rt(RuntimeFn::JsonEncode, &[v]),
            (Ty::Con(TyCon::Pid, _), _) => self.rt(RuntimeFn::PidToString, &[v]),
            (Ty::Con(TyCon::Queue, args), _) => {
                let elem = self.helper(style.helper(), args.first().unwrap_or(&Ty::UNIT))?;
                self.rt_with(RuntimeFn::QueueToString, &[v.into(), self.fn_ptr(elem)])
            }
            (Ty::Never, _) => Ok(self.cg.word().get_poison()),
            _ => self.call_helper(style.helper(), ty, &[v]),
        }
    }

    pub(crate) fn call_helper(
        &mut self,
        kind: HelperKind,
        ty: &Ty,
        args: &[IntValue<'ctx>],
    ) -> Result<IntValue<'ctx>> {
        let f = self.helper(kind, ty)?;
        let args: Vec<_> = args.iter().map(|a| (*a).into()).collect();
        self.call_fn(f, &args)
    }

    /// The helper implementing `kind` for `ty`, generated on first use.
    pub fn helper(&mut self, kind: HelperKind, ty: &Ty) -> Result<FunctionValue<'ctx>> {
        if let Some(f) = self.cg.helpers.get(&(kind, ty.clone())) {
            return Ok(*f);
        }
        if matches!(ty, Ty::Fun(..)) {
            return Err(CodegenError::unsupported(format!(
                "{} of a function value",
                kind.name()
            )));
        }
        if matches!(ty, Ty::Param(_)) {
            return Err(CodegenError::internal(format!(
                "{} of an uninstantiated type `{ty}`",
                kind.name()
            )));
        }
        if let Ty::Con(TyCon::Adt(n), _) = ty {
            self.check_implemented(kind, ty, self.cg.adt(*n)?)?;
        }
        let name = format!("mesh.{}<{}>", kind.name(), self.cg.type_name(ty));
        let fn_type = self.cg.fn_type(FnKind::TopLevel, kind.arity());
        let f = self
            .cg
            .module
            .add_function(&name, fn_type, Some(Linkage::Internal));
        self.cg.helpers.insert((kind, ty.clone()), f);
        let mut lw = Lower::new(&mut *self.cg, f, Vec::new(), &[])?;
        lw.helper_body(kind, ty)?;
        Ok(f)
    }

    /// A user type has the helpers of the traits it derives or implements; the checker
    /// guarantees one of them wherever an operation is used.
    fn check_implemented(&self, kind: HelperKind, ty: &Ty, def: &AdtDef) -> Result<()> {
        let d = def.derives;
        let user = |trait_name, method| self.cg.impls.method(trait_name, method, ty).is_some();
        let (ok, operation, traits) = match kind {
            HelperKind::Eq => (d.eq || user("Eq", "eq"), "`==` on", "`Eq`"),
            HelperKind::Cmp => (d.ord || user("Ord", "lt"), "ordering of", "`Ord`"),
            HelperKind::Show => (
                d.display || d.debug || user("Display", "to_string") || user("Debug", "inspect"),
                "formatting",
                "`Display` or `Debug`",
            ),
            HelperKind::Debug => (
                d.debug || user("Debug", "inspect"),
                "`inspect` of",
                "`Debug`",
            ),
            HelperKind::Hash => (d.hash || user("Hash", "hash"), "hashing", "`Hash`"),
            HelperKind::Copy => (true, "copying", ""),
        };
        if ok {
            return Ok(());
        }
        Err(CodegenError::internal(format!(
            "{operation} `{}.{}`, which neither derives nor implements {traits}",
            def.module, def.name
        )))
    }

    /// The user impl method a helper calls, if the type has one for `kind`. User impls take
    /// precedence over derived instances. Show follows §7: `Display` (a user impl, else a
    /// derived one, generated by [`Lower::format_body`]), else the plain form of a derived
    /// `Debug`, else a user `Debug`'s `inspect`.
    fn impl_for_helper(&self, kind: HelperKind, ty: &Ty) -> Result<Option<ImplMethod>> {
        let impls = &self.cg.impls;
        Ok(match kind {
            HelperKind::Eq => impls.method("Eq", "eq", ty),
            HelperKind::Cmp => impls.method("Ord", "lt", ty),
            HelperKind::Debug => impls.method("Debug", "inspect", ty),
            HelperKind::Hash => impls.method("Hash", "hash", ty),
            HelperKind::Copy => None,
            HelperKind::Show => match impls.method("Display", "to_string", ty) {
                Some(m) => Some(m),
                None if self.derives(ty)?.is_some_and(|d| d.display) => None,
                None => impls.method("Debug", "inspect", ty),
            },
        })
    }

    fn derives(&self, ty: &Ty) -> Result<Option<Derives>> {
        match ty {
            Ty::Con(TyCon::Adt(n), _) => Ok(Some(self.cg.adt(*n)?.derives)),
            _ => Ok(None),
        }
    }

    /// The body of a helper that calls a user impl: the method itself, or for `Cmp` the
    /// default `compare` of §6.5 through `lt` and `==` (-1 if `a.lt(b)`, else 0 if `a == b`,
    /// else 1), so that derived orderings and lists compare such values like `compare` does.
    fn impl_helper_body(
        &mut self,
        kind: HelperKind,
        ty: &Ty,
        m: ImplMethod,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<()> {
        let args: &[IntValue] = match kind {
            HelperKind::Eq | HelperKind::Cmp => &[a, b],
            HelperKind::Show | HelperKind::Debug | HelperKind::Hash | HelperKind::Copy => &[a],
        };
        let r = self.call_known(m.fun, m.inst, args)?;
        if kind != HelperKind::Cmp {
            return self.ret(r);
        }
        let less = self.truthy(r)?;
        let is_less = self.returning_block(self.int(-1))?;
        let not_less = self.block("not_less");
        self.b.build_conditional_branch(less, is_less, not_less)?;
        self.b.position_at_end(not_less);
        let equal = self.eq_values(ty, a, b)?;
        let order = self
            .b
            .build_select(equal, self.int(0), self.int(1), "")?
            .into_int_value();
        self.ret(order)
    }

    /// The shape of `ty` if it is a composite type with a helper of its own.
    pub(crate) fn shape(&self, ty: &Ty) -> Result<Option<Shape<'ctx>>> {
        match ty {
            Ty::Con(TyCon::Adt(n), args) => {
                let def = self.cg.adt(*n)?;
                if args.len() != def.n_generics as usize {
                    return Err(CodegenError::internal(format!(
                        "`{}` has {} type parameters but is used with {}",
                        def.name,
                        def.n_generics,
                        args.len()
                    )));
                }
                Ok(Some(adt_shape(def, args)))
            }
            _ => Ok(builtin_shape(ty)),
        }
    }

    fn helper_body(&mut self, kind: HelperKind, ty: &Ty) -> Result<()> {
        let params: Vec<IntValue> = self
            .func
            .get_param_iter()
            .map(BasicValueEnum::into_int_value)
            .collect();
        let (a, b) = (params[0], params.get(1).copied().unwrap_or(params[0]));
        if let Some(m) = self.impl_for_helper(kind, ty)? {
            return self.impl_helper_body(kind, ty, m, a, b);
        }
        match (kind, self.shape(ty)?) {
            (HelperKind::Eq, Some(shape)) => self.eq_body(&shape, a, b),
            (HelperKind::Cmp, Some(shape)) => self.cmp_body(&shape, a, b),
            (HelperKind::Show, Some(shape)) => self.format_body(ty, &shape, a, Style::Show),
            (HelperKind::Debug, Some(shape)) => self.format_body(ty, &shape, a, Style::Debug),
            (HelperKind::Hash, Some(shape)) => self.hash_body(&shape, a),
            (HelperKind::Copy, Some(shape)) => self.copy_body(&shape, a),
            (HelperKind::Copy, None) => {
                let r = self.copy_value(ty, a)?;
                self.ret(r)
            }
            (HelperKind::Eq, None) => {
                let r = self.eq_values(ty, a, b)?;
                let r = self.bool_word(r)?;
                self.ret(r)
            }
            (HelperKind::Cmp, None) => {
                let r = self.cmp_values(ty, a, b)?;
                self.ret(r)
            }
            (HelperKind::Show, None) => {
                let r = self.format_value(ty, a, Style::Show)?;
                self.ret(r)
            }
            (HelperKind::Debug, None) => {
                let r = self.format_value(ty, a, Style::Debug)?;
                self.ret(r)
            }
            (HelperKind::Hash, None) => {
                let r = self.hash_value(ty, a)?;
                self.ret(r)
            }
        }
    }

    pub(crate) fn ret(&mut self, value: IntValue<'ctx>) -> Result<()> {
        self.b.build_return(Some(&value))?;
        Ok(())
    }

    /// Returns `value` from a new block (used as the target of early exits).
    fn returning_block(&mut self, value: IntValue<'ctx>) -> Result<BasicBlock<'ctx>> {
        let here = self.current_block()?;
        let block = self.block("return");
        self.b.position_at_end(block);
        self.ret(value)?;
        self.b.position_at_end(here);
        Ok(block)
    }

    /// Switches on `tag` (in the current block) and positions the builder in each variant's
    /// block in turn, calling `each(name, fields)`; each must end its block.
    pub(crate) fn per_variant(
        &mut self,
        tag: IntValue<'ctx>,
        variants: &[(&str, Vec<Ty>)],
        each: &mut VariantBody<'_, Self>,
    ) -> Result<()> {
        let default = self.block("bad_tag");
        let blocks: Vec<BasicBlock> = variants.iter().map(|(name, _)| self.block(name)).collect();
        let cases: Vec<(IntValue, BasicBlock)> = blocks
            .iter()
            .enumerate()
            .map(|(i, block)| (self.int(i as i64), *block))
            .collect();
        self.b.build_switch(tag, default, &cases)?;
        self.b.position_at_end(default);
        self.b.build_unreachable()?;
        for ((name, fields), block) in variants.iter().zip(&blocks) {
            self.b.position_at_end(*block);
            each(self, name, fields)?;
        }
        Ok(())
    }

    fn eq_body(&mut self, shape: &Shape, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<()> {
        let differ = self.returning_block(self.int(0))?;
        match shape {
            Shape::Product(items) | Shape::Struct(_, items) => {
                self.fields_eq(items, a, b, 0, differ)?;
                self.ret(self.int(1))
            }
            Shape::Sum(variants) => {
                let (ta, tb) = (
                    self.load_field(a, layout::VARIANT_TAG)?,
                    self.load_field(b, layout::VARIANT_TAG)?,
                );
                let same = self.words_eq(ta, tb)?;
                self.guard(same, differ)?;
                self.per_variant(ta, variants, &mut |lw, _, fields| {
                    lw.fields_eq(fields, a, b, layout::VARIANT_FIELDS, differ)?;
                    lw.ret(lw.int(1))
                })
            }
        }
    }

    fn fields_eq(
        &mut self,
        items: &[Ty],
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        first: u32,
        differ: BasicBlock<'ctx>,
    ) -> Result<()> {
        for (i, item) in items.iter().enumerate() {
            let index = first + i as u32;
            let (x, y) = (self.load_field(a, index)?, self.load_field(b, index)?);
            let same = self.eq_values(item, x, y)?;
            self.guard(same, differ)?;
        }
        Ok(())
    }

    fn cmp_body(&mut self, shape: &Shape, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<()> {
        match shape {
            Shape::Product(items) | Shape::Struct(_, items) => {
                self.fields_cmp(items, a, b, 0)?;
                self.ret(self.int(0))
            }
            Shape::Sum(variants) => {
                let (ta, tb) = (
                    self.load_field(a, layout::VARIANT_TAG)?,
                    self.load_field(b, layout::VARIANT_TAG)?,
                );
                let order = self.three_way(IntPredicate::ULT, IntPredicate::UGT, ta, tb)?;
                let same = self.words_eq(order, self.int(0))?;
                let differ = self.returning_block(order)?;
                self.guard(same, differ)?;
                self.per_variant(ta, variants, &mut |lw, _, fields| {
                    lw.fields_cmp(fields, a, b, layout::VARIANT_FIELDS)?;
                    lw.ret(lw.int(0))
                })
            }
        }
    }

    /// Lexicographic comparison: returns the first non-zero field comparison.
    fn fields_cmp(
        &mut self,
        items: &[Ty],
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        first: u32,
    ) -> Result<()> {
        for (i, item) in items.iter().enumerate() {
            let index = first + i as u32;
            let (x, y) = (self.load_field(a, index)?, self.load_field(b, index)?);
            let order = self.cmp_values(item, x, y)?;
            let same = self.words_eq(order, self.int(0))?;
            let differ = self.returning_block(order)?;
            self.guard(same, differ)?;
        }
        Ok(())
    }

    fn format_body(
        &mut self,
        ty: &Ty,
        shape: &Shape,
        v: IntValue<'ctx>,
        style: Style,
    ) -> Result<()> {
        match shape {
            Shape::Product(items) if matches!(ty, Ty::Con(TyCon::Range, _)) => {
                let (start, end) = (self.load_field(v, 0)?, self.load_field(v, 1)?);
                let parts = [
                    self.format_value(&items[0], start, style)?,
                    self.str_lit("..")?,
                    self.format_value(&items[1], end, style)?,
                ];
                let text = self.concat_all(&parts)?;
                self.ret(text)
            }
            Shape::Product(items) => {
                let text = self.format_fields("", items, v, 0, style)?;
                self.ret(text)
            }
            Shape::Struct(def, items) => {
                let text = self.format_struct(def, items, v, style)?;
                self.ret(text)
            }
            Shape::Sum(variants) => {
                let tag = self.load_field(v, layout::VARIANT_TAG)?;
                self.per_variant(tag, variants, &mut |lw, name, fields| {
                    let text = if fields.is_empty() {
                        lw.str_lit(name)?
                    } else {
                        lw.format_fields(name, fields, v, layout::VARIANT_FIELDS, style)?
                    };
                    lw.ret(text)
                })
            }
        }
    }

    /// A user struct (§7.1): Display is `Name(v1, v2)`; Debug, and show of a struct without
    /// Display (the plain Debug form), is `Name { f1: v1, f2: v2 }`. Components are rendered in
    /// `style`, so the plain form shows strings unquoted at every depth.
    fn format_struct(
        &mut self,
        def: &AdtDef,
        items: &[Ty],
        v: IntValue<'ctx>,
        style: Style,
    ) -> Result<IntValue<'ctx>> {
        if style == Style::Show && def.derives.display {
            return self.format_fields(&def.name, items, v, 0, style);
        }
        let AdtKind::Struct { fields } = &def.kind else {
            return Err(CodegenError::internal(format!(
                "`{}` is not a struct",
                def.name
            )));
        };
        if items.is_empty() {
            return self.str_lit(&format!("{} {{}}", def.name));
        }
        let mut parts = Vec::with_capacity(2 * items.len() + 1);
        for (i, (field, item)) in fields.iter().zip(items).enumerate() {
            let sep = if i == 0 {
                format!("{} {{ ", def.name)
            } else {
                ", ".into()
            };
            parts.push(self.str_lit(&format!("{sep}{}: ", field.name))?);
            let value = self.load_field(v, i as u32)?;
            parts.push(self.format_value(item, value, style)?);
        }
        parts.push(self.str_lit(" }")?);
        self.concat_all(&parts)
    }

    /// `name(f1, f2, …)` over the words `first..` of `v`.
    fn format_fields(
        &mut self,
        name: &str,
        items: &[Ty],
        v: IntValue<'ctx>,
        first: u32,
        style: Style,
    ) -> Result<IntValue<'ctx>> {
        let mut parts = vec![self.str_lit(&format!("{name}("))?];
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                parts.push(self.str_lit(", ")?);
            }
            let field = self.load_field(v, first + i as u32)?;
            parts.push(self.format_value(item, field, style)?);
        }
        parts.push(self.str_lit(")")?);
        self.concat_all(&parts)
    }

    /// Concatenates strings left to right.
    pub fn concat_all(&mut self, parts: &[IntValue<'ctx>]) -> Result<IntValue<'ctx>> {
        let mut iter = parts.iter();
        let mut text = match iter.next() {
            Some(first) => *first,
            None => return self.str_lit(""),
        };
        for part in iter {
            text = self.rt(RuntimeFn::StringConcat, &[text, *part])?;
        }
        Ok(text)
    }
}
