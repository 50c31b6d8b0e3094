//! `x.hash()`: the 64-bit FNV-1a hash of LANGUAGE.md §6.5, by the operand's static type.
//!
//! Everything is FNV-1a (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`) over a byte
//! string that depends on the type: an `Int` (and a `Bool` as `0`/`1`) is hashed over its 8
//! little-endian bytes, a `Float` over those of its bit pattern (`-0.0` as `0.0`, so that equal
//! values hash alike), a `String` or `Atom` over its UTF-8 bytes (the runtime's
//! `mesh_rt_string_hash`), and `()` over nothing (the offset basis). A composite value is hashed
//! over the concatenation of — for a variant — its 0-based variant index as 8 bytes, followed by
//! the hash of each component as 8 bytes: tuples, structs and variants by a `mesh.hash<T>` helper
//! like the other per-type helpers ([`crate::helpers`]), lists by the runtime's
//! `mesh_rt_list_hash` with the element type's helper. Maps and sets hash order-independently,
//! as the wrapping sum of their entry (a `(k, v)` tuple) or element hashes
//! (`mesh_rt_map_hash`/`mesh_rt_set_hash` with the component types' helpers). A user
//! `impl Hash` replaces the derived hash of its type, at every depth.
//!
//! Every step "feed one word as 8 little-endian bytes" is the same eight xor/multiply rounds, so
//! they live in one internal function `mesh.fnv_word(state, word)` that LLVM inlines at -O1
//! and above. Hashing a word in the runtime instead would cost a call per component.

use inkwell::module::Linkage;
use inkwell::values::{FunctionValue, IntValue};
use inkwell::FloatPredicate;
use mesh_typeck::tir::FnKind;
use mesh_typeck::ty::{Ty, TyCon};

use crate::error::Result;
use crate::helpers::{map_types, set_type, HelperKind, Shape};
use crate::layout;
use crate::lower::Lower;
use crate::runtime::RuntimeFn;

/// The FNV-1a offset basis: the hash of no bytes, and of `()`.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// The FNV-1a prime.
pub(crate) const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

impl<'ctx> Lower<'_, 'ctx> {
    /// The hash of the value `v` of type `ty`, as an Int word.
    pub fn hash_value(&mut self, ty: &Ty, v: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        match ty {
            Ty::Con(TyCon::Int | TyCon::Bool | TyCon::Pid, _) => {
                self.fnv_word(self.fnv_offset(), v)
            }
            Ty::Con(TyCon::Float, _) => {
                // `-0.0 == 0.0`, so both hash as the bit pattern of `0.0` (all zeros).
                let x = self.to_float(v)?;
                let zero = self.cg.ctx.f64_type().const_zero();
                let is_zero = self
                    .b
                    .build_float_compare(FloatPredicate::OEQ, x, zero, "")?;
                let bits = self
                    .b
                    .build_select(is_zero, self.int(0), v, "")?
                    .into_int_value();
                self.fnv_word(self.fnv_offset(), bits)
            }
            Ty::Con(TyCon::Unit, _) => Ok(self.fnv_offset()),
            Ty::Never => Ok(self.cg.word().get_poison()),
            Ty::Con(TyCon::String | TyCon::Atom, _) => self.rt(RuntimeFn::StringHash, &[v]),
            Ty::Con(TyCon::List, args) => {
                let elem = self.helper(HelperKind::Hash, args.first().unwrap_or(&Ty::UNIT))?;
                self.rt_with(RuntimeFn::ListHash, &[v.into(), self.fn_ptr(elem)])
            }
            Ty::Con(TyCon::Map, args) => {
                let (key, value) = map_types(args);
                let key = self.helper(HelperKind::Hash, &key)?;
                let value = self.helper(HelperKind::Hash, &value)?;
                let args = [v.into(), self.fn_ptr(key), self.fn_ptr(value)];
                self.rt_with(RuntimeFn::MapHash, &args)
            }
            Ty::Con(TyCon::Set, args) => {
                let elem = self.helper(HelperKind::Hash, &set_type(args))?;
                self.rt_with(RuntimeFn::SetHash, &[v.into(), self.fn_ptr(elem)])
            }
            _ => self.call_helper(HelperKind::Hash, ty, &[v]),
        }
    }

    /// The body of `mesh.hash<T>` for a composite type without a user impl: the variant index
    /// (sum types), then every component's hash, each as one word.
    pub(crate) fn hash_body(&mut self, shape: &Shape, v: IntValue<'ctx>) -> Result<()> {
        match shape {
            Shape::Product(items) | Shape::Struct(_, items) => {
                let state = self.hash_fields(self.fnv_offset(), items, v, 0)?;
                self.ret(state)
            }
            Shape::Sum(variants) => {
                let tag = self.load_field(v, layout::VARIANT_TAG)?;
                let state = self.fnv_word(self.fnv_offset(), tag)?;
                self.per_variant(tag, variants, &mut |lw, _, fields| {
                    let state = lw.hash_fields(state, fields, v, layout::VARIANT_FIELDS)?;
                    lw.ret(state)
                })
            }
        }
    }

    /// Continues `state` with the hashes of the words `first..` of `v`, of types `items`.
    fn hash_fields(
        &mut self,
        mut state: IntValue<'ctx>,
        items: &[Ty],
        v: IntValue<'ctx>,
        first: u32,
    ) -> Result<IntValue<'ctx>> {
        for (i, item) in items.iter().enumerate() {
            let field = self.load_field(v, first + i as u32)?;
            let hash = self.hash_value(item, field)?;
            state = self.fnv_word(state, hash)?;
        }
        Ok(state)
    }

    fn fnv_offset(&self) -> IntValue<'ctx> {
        self.cg.word().const_int(FNV_OFFSET, false)
    }

    /// FNV-1a continued from `state` over the 8 little-endian bytes of `word`.
    fn fnv_word(&mut self, state: IntValue<'ctx>, word: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let f = self.fnv_word_function()?;
        self.call_fn(f, &[state.into(), word.into()])
    }

    /// `i64 @mesh.fnv_word(i64 state, i64 word)`, generated on first use.
    fn fnv_word_function(&mut self) -> Result<FunctionValue<'ctx>> {
        if let Some(f) = self.cg.module.get_function(FNV_WORD) {
            return Ok(f);
        }
        let fn_type = self.cg.fn_type(FnKind::TopLevel, 2);
        let f = self
            .cg
            .module
            .add_function(FNV_WORD, fn_type, Some(Linkage::Internal));
        let lw = Lower::new(&mut *self.cg, f, Vec::new(), &[])?;
        let params: Vec<IntValue> = f.get_param_iter().map(|p| p.into_int_value()).collect();
        let (mut state, word) = (params[0], params[1]);
        let (byte_mask, prime) = (lw.int(0xff), lw.cg.word().const_int(FNV_PRIME, false));
        for i in 0..8 {
            let shifted = lw.b.build_right_shift(word, lw.int(8 * i), false, "")?;
            let byte = lw.b.build_and(shifted, byte_mask, "")?;
            let mixed = lw.b.build_xor(state, byte, "")?;
            state = lw.b.build_int_mul(mixed, prime, "")?;
        }
        lw.b.build_return(Some(&state))?;
        Ok(f)
    }
}

/// The name of the shared "feed one word" function.
const FNV_WORD: &str = "mesh.fnv_word";

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference definition (§6.5), independent of the generated code.
    fn fnv(bytes: &[u8]) -> u64 {
        bytes.iter().fold(FNV_OFFSET, |state, b| {
            (state ^ u64::from(*b)).wrapping_mul(FNV_PRIME)
        })
    }

    #[test]
    fn constants_give_the_published_test_vectors() {
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
