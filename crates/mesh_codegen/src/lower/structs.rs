//! User structs (§5.10): literals, field access and functional update.
//!
//! A struct value is the address of one word per field, in declaration order — the layout of a
//! tuple, so equality, ordering and the pattern code treat both alike. A literal evaluates its
//! initialisers in source order (§6.2) and then stores each at its field's index. An update
//! evaluates the base, then the new values in source order, copies the base object and stores
//! the new values: the base itself is never modified, since values are immutable and may be
//! shared. A struct without fields is the address of a constant word and allocates nothing.

use inkwell::values::IntValue;
use mesh_typeck::tir::{AdtKind, Expr, FieldDef};
use mesh_typeck::ty::{Ty, TyCon};

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::layout;

impl<'ctx> Lower<'_, 'ctx> {
    /// The fields of the struct type `ty` (an expression's type, substituted in this instance).
    pub(super) fn struct_fields(&self, ty: &Ty) -> Result<&'ctx [FieldDef]> {
        let ty = self.ty(ty);
        let Ty::Con(TyCon::Adt(n), _) = ty else {
            return Err(CodegenError::internal(format!(
                "a struct expression of type `{}`",
                self.cg.type_name(&ty)
            )));
        };
        match &self.cg.adt(n)?.kind {
            AdtKind::Struct { fields } => Ok(fields),
            AdtKind::Sum { .. } => Err(CodegenError::internal(format!(
                "a struct expression of the sum type `{}`",
                self.cg.type_name(&ty)
            ))),
        }
    }

    /// `S { f1: e1, … }`.
    pub(super) fn struct_literal(
        &mut self,
        ty: &Ty,
        fields: &'ctx [(u32, Expr)],
    ) -> Result<IntValue<'ctx>> {
        let n = self.struct_fields(ty)?.len();
        let values = self.field_values(fields, n)?;
        if values.len() != n {
            return Err(CodegenError::internal(format!(
                "a struct literal with {} of {n} fields",
                values.len()
            )));
        }
        if n == 0 {
            return self.empty_struct();
        }
        let ptr = self.alloc(n as u32)?;
        let object = self.to_word(ptr)?;
        self.store_fields(object, n, &values)?;
        Ok(object)
    }

    /// `%{base | f: v, …}`: a copy of `base` with the listed fields replaced.
    pub(super) fn struct_update(
        &mut self,
        ty: &Ty,
        base: &'ctx Expr,
        fields: &'ctx [(u32, Expr)],
    ) -> Result<IntValue<'ctx>> {
        let n = self.struct_fields(ty)?.len();
        let old = self.expr(base)?;
        let values = self.field_values(fields, n)?;
        if n == 0 {
            return Ok(old);
        }
        let bytes = self
            .cg
            .word()
            .const_int(layout::WORD_BYTES * n as u64, false);
        let align = layout::WORD_BYTES as u32;
        let ptr = self.alloc(n as u32)?;
        let source = self.to_ptr(old)?;
        self.b.build_memcpy(ptr, align, source, align, bytes)?;
        let object = self.to_word(ptr)?;
        self.store_fields(object, n, &values)?;
        Ok(object)
    }

    /// `base.f`.
    pub(super) fn field(&mut self, base: &'ctx Expr, index: u32) -> Result<IntValue<'ctx>> {
        let object = self.expr(base)?;
        if self.ty(&base.ty) == Ty::Never {
            return Ok(self.cg.word().get_poison());
        }
        // A range is `{first, last}` (its bounds, read by the `Range` functions).
        let n = match self.ty(&base.ty) {
            Ty::Con(TyCon::Range, _) => 2,
            _ => self.struct_fields(&base.ty)?.len(),
        };
        if index as usize >= n {
            return Err(CodegenError::internal(format!(
                "field {index} of a struct with {n} fields"
            )));
        }
        self.load_field(object, index)
    }

    /// Evaluates the field initialisers in source order, checking their indices.
    fn field_values(
        &mut self,
        fields: &'ctx [(u32, Expr)],
        n: usize,
    ) -> Result<Vec<(u32, IntValue<'ctx>)>> {
        let mut values = Vec::with_capacity(fields.len());
        for (index, value) in fields {
            if *index as usize >= n {
                return Err(CodegenError::internal(format!(
                    "field {index} of a struct with {n} fields"
                )));
            }
            values.push((*index, self.expr(value)?));
        }
        Ok(values)
    }

    /// Stores `values` into the fields of the `n`-word object `object`.
    fn store_fields(
        &mut self,
        object: IntValue<'ctx>,
        n: usize,
        values: &[(u32, IntValue<'ctx>)],
    ) -> Result<()> {
        let ptr = self.to_ptr(object)?;
        let ty = self.cg.words(n as u32);
        for (index, value) in values {
            let slot = self.b.build_struct_gep(ty, ptr, *index, "")?;
            self.b.build_store(slot, *value)?;
        }
        Ok(())
    }

    /// The value of a struct without fields: the address of a constant, never read.
    fn empty_struct(&mut self) -> Result<IntValue<'ctx>> {
        let global = self.cg.nullary_global(0);
        self.to_word(global.as_pointer_value())
    }
}
