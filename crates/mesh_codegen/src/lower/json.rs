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
    pub const PID: u64 = 14;
    pub const RESULT: u64 = 15;
    pub const MAP_ANY: u64 = 16;
    pub const FUN: u64 = 17;
    pub const QUEUE: u64 = 18;
    pub const ORDERING: u64 = 19;
}

/// Which walker a descriptor is for: typed JSON, or the wire between nodes (which also
/// describes pids, `Result`, maps with any key, queues, `Ordering` and function values).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    Json,
    Wire,
}

impl<'ctx> Lower<'_, 'ctx> {
    /// `Json.encode(v)` for `v` of the closed type `ty`.
    pub(super) fn json_encode(&mut self, v: IntValue<'ctx>, ty: &Ty) -> Result<IntValue<'ctx>> {
        if matches!(ty, Ty::Con(TyCon::Json, _)) {
            return self.rt(RuntimeFn::JsonEncode, &[v]);
        }
        let desc = self.descriptor(ty, Flavor::Json)?.as_pointer_value();
        self.rt_with(RuntimeFn::JsonEncodeValue, &[v.into(), desc.into()])
    }

    /// `T.from_json(text)`, whose result type `ret` is `Result<T, String>`.
    pub(super) fn json_decode(&mut self, text: IntValue<'ctx>, ret: &Ty) -> Result<IntValue<'ctx>> {
        let target = match ret {
            Ty::Con(TyCon::Result, args) if !args.is_empty() => args[0].clone(),
            _ => return Err(CodegenError::internal("from_json must return a Result")),
        };
        let desc = self.descriptor(&target, Flavor::Json)?.as_pointer_value();
        self.rt_with(RuntimeFn::JsonDecodeValue, &[text.into(), desc.into()])
    }

    /// The descriptor of `ty` for `flavor`, emitted on first use.
    pub(crate) fn descriptor(&mut self, ty: &Ty, flavor: Flavor) -> Result<GlobalValue<'ctx>> {
        let key = (ty.clone(), flavor == Flavor::Wire);
        if let Some(global) = self.cg.json_descriptors.get(&key) {
            return Ok(*global);
        }
        let len = self.descriptor_len(ty, flavor)?;
        let global = self.descriptor_global(len);
        // Registered before its parts are made, so a recursive type finds itself.
        self.cg.json_descriptors.insert(key, global);
        let words = self.descriptor_words(ty, flavor)?;
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
    fn descriptor_len(&self, ty: &Ty, flavor: Flavor) -> Result<usize> {
        Ok(match ty {
            Ty::Con(TyCon::Map, _) if flavor == Flavor::Wire => 5,
            Ty::Con(TyCon::Result, _) if flavor == Flavor::Wire => 3,
            Ty::Con(TyCon::Option | TyCon::List | TyCon::Map | TyCon::Queue, _) => 2,
            Ty::Con(TyCon::Set, _) => 4,
            Ty::Tuple(items) => 2 + items.len(),
            Ty::Con(TyCon::Adt(n), _) => match &self.cg.adt(*n)?.kind {
                AdtKind::Struct { fields } => 3 + 2 * fields.len(),
                AdtKind::Sum { variants } => 3 + variants.len(),
            },
            _ => 1,
        })
    }

    fn descriptor_words(&mut self, ty: &Ty, flavor: Flavor) -> Result<Vec<IntValue<'ctx>>> {
        let arg = |args: &[Ty], i: usize| args.get(i).cloned().unwrap_or(Ty::UNIT);
        let code = |cx: &Self, k: u64| cx.cg.word().const_int(k, false);
        if flavor == Flavor::Wire {
            if let Some(words) = self.wire_only_words(ty)? {
                return Ok(words);
            }
        }
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
                    self.descriptor_ref(&arg(args, 0), flavor)?,
                ]
            }
            Ty::Con(TyCon::List, args) => {
                vec![
                    code(self, kind::LIST),
                    self.descriptor_ref(&arg(args, 0), flavor)?,
                ]
            }
            Ty::Con(TyCon::Map, args) if arg(args, 0) == Ty::STRING => {
                vec![
                    code(self, kind::MAP),
                    self.descriptor_ref(&arg(args, 1), flavor)?,
                ]
            }
            Ty::Con(TyCon::Set, args) => {
                let elem = arg(args, 0);
                let eq = self.helper(HelperKind::Eq, &elem)?;
                let hash = self.helper(HelperKind::Hash, &elem)?;
                vec![
                    code(self, kind::SET),
                    self.descriptor_ref(&elem, flavor)?,
                    self.fn_address(eq),
                    self.fn_address(hash),
                ]
            }
            Ty::Tuple(items) => {
                let mut words = vec![code(self, kind::TUPLE), code(self, items.len() as u64)];
                for item in items {
                    words.push(self.descriptor_ref(item, flavor)?);
                }
                words
            }
            Ty::Con(TyCon::Adt(n), args) => self.adt_descriptor(*n, args, flavor)?,
            _ => {
                return Err(CodegenError::unsupported(format!(
                    "JSON encoding of values of type `{ty}`"
                )))
            }
        })
    }

    fn adt_descriptor(
        &mut self,
        n: u32,
        args: &[Ty],
        flavor: Flavor,
    ) -> Result<Vec<IntValue<'ctx>>> {
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
                    words.push(self.descriptor_ref(&field.ty.subst(args), flavor)?);
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
                        parts.push(self.descriptor_ref(&field.subst(args), flavor)?);
                    }
                    let global = self.descriptor_global(parts.len());
                    global.set_initializer(&self.cg.word().const_array(&parts));
                    words.push(global.as_pointer_value().const_to_int(self.cg.word()));
                }
                Ok(words)
            }
        }
    }

    /// Whether values of `ty` can cross nodes (have a wire descriptor): not iterators, and no
    /// type left open.
    pub(crate) fn wire_describable(&self, ty: &Ty, seen: &mut Vec<Ty>) -> bool {
        if seen.contains(ty) {
            return true;
        }
        match ty {
            Ty::Never | Ty::Fun(..) => true,
            Ty::Tuple(items) => items.iter().all(|t| self.wire_describable(t, seen)),
            Ty::Con(TyCon::Adt(n), args) => {
                let Ok(def) = self.cg.adt(*n) else {
                    return false;
                };
                seen.push(ty.clone());
                match &def.kind {
                    AdtKind::Struct { fields } => fields
                        .iter()
                        .all(|f| self.wire_describable(&f.ty.subst(args), seen)),
                    AdtKind::Sum { variants } => variants.iter().all(|v| {
                        v.fields
                            .iter()
                            .all(|f| self.wire_describable(&f.subst(args), seen))
                    }),
                }
            }
            Ty::Con(
                TyCon::Int
                | TyCon::Float
                | TyCon::Bool
                | TyCon::String
                | TyCon::Unit
                | TyCon::Json
                | TyCon::Atom
                | TyCon::Pid
                | TyCon::Ordering,
                _,
            ) => true,
            Ty::Con(
                TyCon::Option
                | TyCon::List
                | TyCon::Queue
                | TyCon::Set
                | TyCon::Map
                | TyCon::Result,
                args,
            ) => args.iter().all(|t| self.wire_describable(t, seen)),
            _ => false,
        }
    }

    /// The words of the descriptors only the wire has (`None`: the JSON form is the wire's).
    fn wire_only_words(&mut self, ty: &Ty) -> Result<Option<Vec<IntValue<'ctx>>>> {
        let arg = |args: &[Ty], i: usize| args.get(i).cloned().unwrap_or(Ty::UNIT);
        let code = |cx: &Self, k: u64| cx.cg.word().const_int(k, false);
        Ok(Some(match ty {
            Ty::Con(TyCon::Pid, _) => vec![code(self, kind::PID)],
            Ty::Con(TyCon::Ordering, _) => vec![code(self, kind::ORDERING)],
            Ty::Fun(..) => vec![code(self, kind::FUN)],
            Ty::Con(TyCon::Result, args) => vec![
                code(self, kind::RESULT),
                self.descriptor_ref(&arg(args, 0), Flavor::Wire)?,
                self.descriptor_ref(&arg(args, 1), Flavor::Wire)?,
            ],
            Ty::Con(TyCon::Queue, args) => vec![
                code(self, kind::QUEUE),
                self.descriptor_ref(&arg(args, 0), Flavor::Wire)?,
            ],
            Ty::Con(TyCon::Map, args) => {
                let (key, value) = crate::helpers::map_types(args);
                let eq = self.helper(HelperKind::Eq, &key)?;
                let hash = self.helper(HelperKind::Hash, &key)?;
                vec![
                    code(self, kind::MAP_ANY),
                    self.descriptor_ref(&key, Flavor::Wire)?,
                    self.descriptor_ref(&value, Flavor::Wire)?,
                    self.fn_address(eq),
                    self.fn_address(hash),
                ]
            }
            _ => return Ok(None),
        }))
    }

    /// The address of `ty`'s descriptor, as a constant word.
    fn descriptor_ref(&mut self, ty: &Ty, flavor: Flavor) -> Result<IntValue<'ctx>> {
        let global = self.descriptor(ty, flavor)?;
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
