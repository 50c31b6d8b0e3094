//! `Json.encode(v)` and `T.from_json(text)` (STDLIB.md §5.13, §5.30, §6.4).
//!
//! Conversion is table-driven: for each serialised type the code generator emits one constant
//! *type descriptor* (an array of words) and the runtime walks the value and the descriptor
//! together (`runtime/src/json_typed.rs`, which documents the format). A recursive type's
//! descriptor points to itself, so every type needs exactly one global, made on first use.
//! Generating an encoder and a decoder function per type was rejected: it is far more code here
//! for the same work at run time, and the descriptor walk is unit-tested in the runtime.

use inkwell::module::Linkage;
use inkwell::values::{GlobalValue, IntValue};
use mesh_typeck::tir::AdtKind;
use mesh_typeck::ty::{Ty, TyCon};

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::helpers::HelperKind;
use crate::runtime::RuntimeFn;

/// Descriptor kind codes (`mesh_rt::json_typed::KIND_*`).
mod kind {
    pub const INT: u64 = 0;
    pub const FLOAT: u64 = 1;
    pub const BOOL: u64 = 2;
    pub const STRING: u64 = 3;
    pub const UNIT: u64 = 4;
    pub const JSON: u64 = 5;
    pub const ATOM: u64 = 6;
    pub const OPTION: u64 = 7;
    pub const LIST: u64 = 8;
    pub const SET: u64 = 9;
    pub const MAP: u64 = 10;
    pub const TUPLE: u64 = 11;
    pub const STRUCT: u64 = 12;
    pub const SUM: u64 = 13;
}

impl<'ctx> Lower<'_, 'ctx> {
    /// `Json.encode(v)` for `v` of the closed type `ty`.
    pub(super) fn json_encode(&mut self, v: IntValue<'ctx>, ty: &Ty) -> Result<IntValue<'ctx>> {
        if matches!(ty, Ty::Con(TyCon::Json, _)) {
            return self.rt(RuntimeFn::JsonEncode, &[v]);
        }
        let desc = self.json_descriptor(ty)?.as_pointer_value();
        self.rt_with(RuntimeFn::JsonEncodeValue, &[v.into(), desc.into()])
    }

    /// `T.from_json(text)`, whose result type `ret` is `Result<T, String>`.
    pub(super) fn json_decode(&mut self, text: IntValue<'ctx>, ret: &Ty) -> Result<IntValue<'ctx>> {
        let target = match ret {
            Ty::Con(TyCon::Result, args) if !args.is_empty() => args[0].clone(),
            _ => return Err(CodegenError::internal("from_json must return a Result")),
        };
        let desc = self.json_descriptor(&target)?.as_pointer_value();
        self.rt_with(RuntimeFn::JsonDecodeValue, &[text.into(), desc.into()])
    }

    /// The descriptor of `ty`, emitted on first use.
    fn json_descriptor(&mut self, ty: &Ty) -> Result<GlobalValue<'ctx>> {
        if let Some(global) = self.cg.json_descriptors.get(ty) {
            return Ok(*global);
        }
        let len = self.descriptor_len(ty)?;
        let global = self.descriptor_global(len);
        // Registered before its parts are made, so a recursive type finds itself.
        self.cg.json_descriptors.insert(ty.clone(), global);
        let words = self.descriptor_words(ty)?;
        global.set_initializer(&self.cg.word().const_array(&words));
        Ok(global)
    }

    fn descriptor_global(&mut self, len: usize) -> GlobalValue<'ctx> {
        let array = self.cg.word().array_type(len as u32);
        let global = self.cg.module.add_global(array, None, "mesh.json_type");
        global.set_linkage(Linkage::Private);
        global.set_constant(true);
        global.set_alignment(8);
        global
    }

    /// The number of words of `ty`'s descriptor (known before its parts exist).
    fn descriptor_len(&self, ty: &Ty) -> Result<usize> {
        Ok(match ty {
            Ty::Con(TyCon::Option | TyCon::List | TyCon::Map, _) => 2,
            Ty::Con(TyCon::Set, _) => 4,
            Ty::Tuple(items) => 2 + items.len(),
            Ty::Con(TyCon::Adt(n), _) => match &self.cg.adt(*n)?.kind {
                AdtKind::Struct { fields } => 3 + 2 * fields.len(),
                AdtKind::Sum { variants } => 3 + variants.len(),
            },
            _ => 1,
        })
    }

    fn descriptor_words(&mut self, ty: &Ty) -> Result<Vec<IntValue<'ctx>>> {
        let arg = |args: &[Ty], i: usize| args.get(i).cloned().unwrap_or(Ty::UNIT);
        let code = |cx: &Self, k: u64| cx.cg.word().const_int(k, false);
        Ok(match ty {
            Ty::Con(TyCon::Int, _) => vec![code(self, kind::INT)],
            Ty::Con(TyCon::Float, _) => vec![code(self, kind::FLOAT)],
            Ty::Con(TyCon::Bool, _) => vec![code(self, kind::BOOL)],
            Ty::Con(TyCon::String, _) => vec![code(self, kind::STRING)],
            Ty::Con(TyCon::Unit, _) | Ty::Never => vec![code(self, kind::UNIT)],
            Ty::Con(TyCon::Json, _) => vec![code(self, kind::JSON)],
            Ty::Con(TyCon::Atom, _) => vec![code(self, kind::ATOM)],
            Ty::Con(TyCon::Option, args) => {
                vec![
                    code(self, kind::OPTION),
                    self.descriptor_ref(&arg(args, 0))?,
                ]
            }
            Ty::Con(TyCon::List, args) => {
                vec![code(self, kind::LIST), self.descriptor_ref(&arg(args, 0))?]
            }
            Ty::Con(TyCon::Map, args) if arg(args, 0) == Ty::STRING => {
                vec![code(self, kind::MAP), self.descriptor_ref(&arg(args, 1))?]
            }
            Ty::Con(TyCon::Set, args) => {
                let elem = arg(args, 0);
                let eq = self.helper(HelperKind::Eq, &elem)?;
                let hash = self.helper(HelperKind::Hash, &elem)?;
                vec![
                    code(self, kind::SET),
                    self.descriptor_ref(&elem)?,
                    self.fn_address(eq),
                    self.fn_address(hash),
                ]
            }
            Ty::Tuple(items) => {
                let mut words = vec![code(self, kind::TUPLE), code(self, items.len() as u64)];
                for item in items {
                    words.push(self.descriptor_ref(item)?);
                }
                words
            }
            Ty::Con(TyCon::Adt(n), args) => self.adt_descriptor(*n, args)?,
            _ => {
                return Err(CodegenError::unsupported(format!(
                    "JSON encoding of values of type `{ty}`"
                )))
            }
        })
    }

    fn adt_descriptor(&mut self, n: u32, args: &[Ty]) -> Result<Vec<IntValue<'ctx>>> {
        let def = self.cg.adt(n)?;
        let code = |cx: &Self, k: u64| cx.cg.word().const_int(k, false);
        let name = self.name_word(&def.name);
        match &def.kind {
            AdtKind::Struct { fields } => {
                let mut words = vec![
                    code(self, kind::STRUCT),
                    name,
                    code(self, fields.len() as u64),
                ];
                for field in fields {
                    words.push(self.name_word(&field.name));
                    words.push(self.descriptor_ref(&field.ty.subst(args))?);
                }
                Ok(words)
            }
            AdtKind::Sum { variants } => {
                let mut words = vec![
                    code(self, kind::SUM),
                    name,
                    code(self, variants.len() as u64),
                ];
                for variant in variants {
                    let mut parts = vec![
                        self.name_word(&variant.name),
                        code(self, variant.fields.len() as u64),
                    ];
                    for field in &variant.fields {
                        parts.push(self.descriptor_ref(&field.subst(args))?);
                    }
                    let global = self.descriptor_global(parts.len());
                    global.set_initializer(&self.cg.word().const_array(&parts));
                    words.push(global.as_pointer_value().const_to_int(self.cg.word()));
                }
                Ok(words)
            }
        }
    }

    /// The address of `ty`'s descriptor, as a constant word.
    fn descriptor_ref(&mut self, ty: &Ty) -> Result<IntValue<'ctx>> {
        let global = self.json_descriptor(ty)?;
        Ok(global.as_pointer_value().const_to_int(self.cg.word()))
    }

    /// The address of the string literal `text`, as a constant word.
    fn name_word(&mut self, text: &str) -> IntValue<'ctx> {
        let global = self.cg.string_global(text);
        global.as_pointer_value().const_to_int(self.cg.word())
    }

    fn fn_address(&self, f: inkwell::values::FunctionValue<'ctx>) -> IntValue<'ctx> {
        f.as_global_value()
            .as_pointer_value()
            .const_to_int(self.cg.word())
    }
}
