//! Pattern tests and bindings (§6.7), one pattern at a time: the irrefutable patterns of `let`
//! and `for`, and the arms of a match too large for a decision tree (`matching`).
//!
//! [`Lower::pattern`] emits the tests of one pattern against one value: on a mismatch it jumps to
//! the given failure block, otherwise it continues in the current block with every variable of
//! the pattern stored in its slot. Storing while testing is harmless: a variable is only visible
//! in the arm whose patterns and guard all succeeded, and a later arm overwrites the slots it
//! uses. Or-patterns try each alternative in turn; whichever succeeds has stored the bindings.

use inkwell::basic_block::BasicBlock;
use inkwell::values::IntValue;
use inkwell::{FloatPredicate, IntPredicate};
use mesh_typeck::tir::{Pattern, PatternKind};

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::layout;
use crate::runtime::RuntimeFn;

impl<'ctx> Lower<'_, 'ctx> {
    /// Tests `pattern` against `value`, jumping to `fail` if it does not match.
    pub(super) fn pattern(
        &mut self,
        pattern: &'ctx Pattern,
        value: IntValue<'ctx>,
        fail: BasicBlock<'ctx>,
    ) -> Result<()> {
        match &pattern.kind {
            PatternKind::Wildcard | PatternKind::Unit => Ok(()),
            PatternKind::Bind(local) => self.store_local(*local, value),
            PatternKind::Int(n) => self.test_word(value, *n, fail),
            PatternKind::Bool(b) => self.test_word(value, i64::from(*b), fail),
            PatternKind::Float(x) => {
                let lit = self.cg.ctx.f64_type().const_float(*x);
                let v = self.to_float(value)?;
                let ok = self
                    .b
                    .build_float_compare(FloatPredicate::OEQ, v, lit, "")?;
                self.guard(ok, fail)
            }
            PatternKind::Str(text) | PatternKind::Atom(text) => {
                let lit = self.str_lit(text)?;
                let eq = self.rt(RuntimeFn::StringEq, &[value, lit])?;
                let ok = self.truthy(eq)?;
                self.guard(ok, fail)
            }
            PatternKind::Variant { tag, args } => {
                let t = self.load_field(value, layout::VARIANT_TAG)?;
                self.test_word(t, i64::from(*tag), fail)?;
                self.fields(args, value, layout::VARIANT_FIELDS, fail)
            }
            PatternKind::Tuple(items) => self.fields(items, value, 0, fail),
            PatternKind::Struct { fields } => {
                self.struct_fields_match(pattern, fields, value, fail)
            }
            PatternKind::Nil => {
                let len = self.rt(RuntimeFn::ListLength, &[value])?;
                self.test_word(len, 0, fail)
            }
            PatternKind::Cons { head, tail } => self.cons(head, tail, value, fail),
            PatternKind::Or(alternatives) => self.alternatives(alternatives, value, fail),
            PatternKind::As { pattern, local } => {
                self.store_local(*local, value)?;
                self.pattern(pattern, value, fail)
            }
        }
    }

    /// Binds an irrefutable pattern (`let`, `for`); the checker guarantees it matches.
    pub(super) fn bind_irrefutable(
        &mut self,
        pattern: &'ctx Pattern,
        value: IntValue<'ctx>,
    ) -> Result<()> {
        match &pattern.kind {
            PatternKind::Wildcard | PatternKind::Unit => Ok(()),
            PatternKind::Bind(local) => self.store_local(*local, value),
            _ => {
                let fail = self.block("irrefutable");
                self.pattern(pattern, value, fail)?;
                let here = self.current_block()?;
                self.b.position_at_end(fail);
                self.b.build_unreachable()?;
                self.b.position_at_end(here);
                Ok(())
            }
        }
    }

    fn test_word(
        &mut self,
        value: IntValue<'ctx>,
        expected: i64,
        fail: BasicBlock<'ctx>,
    ) -> Result<()> {
        let ok = self
            .b
            .build_int_compare(IntPredicate::EQ, value, self.int(expected), "")?;
        self.guard(ok, fail)
    }

    /// Sub-patterns against the words `first..` of a heap object, left to right.
    fn fields(
        &mut self,
        items: &'ctx [Pattern],
        object: IntValue<'ctx>,
        first: u32,
        fail: BasicBlock<'ctx>,
    ) -> Result<()> {
        for (i, item) in items.iter().enumerate() {
            if matches!(item.kind, PatternKind::Wildcard) {
                continue;
            }
            let field = self.load_field(object, first + i as u32)?;
            self.pattern(item, field, fail)?;
        }
        Ok(())
    }

    /// `S { f: p, … }`: the listed fields, in the pattern's order; the others are not read.
    fn struct_fields_match(
        &mut self,
        pattern: &'ctx Pattern,
        fields: &'ctx [(u32, Pattern)],
        object: IntValue<'ctx>,
        fail: BasicBlock<'ctx>,
    ) -> Result<()> {
        let n = self.struct_fields(&pattern.ty)?.len();
        for (index, field) in fields {
            if *index as usize >= n {
                return Err(CodegenError::internal(format!(
                    "a pattern for field {index} of a struct with {n} fields"
                )));
            }
            if !matches!(field.kind, PatternKind::Wildcard) {
                let word = self.load_field(object, *index)?;
                self.pattern(field, word, fail)?;
            }
        }
        Ok(())
    }

    /// `[head | tail]`: a non-empty list; the tail is only built when something uses it.
    fn cons(
        &mut self,
        head: &'ctx Pattern,
        tail: &'ctx Pattern,
        list: IntValue<'ctx>,
        fail: BasicBlock<'ctx>,
    ) -> Result<()> {
        let len = self.rt(RuntimeFn::ListLength, &[list])?;
        let ok = self
            .b
            .build_int_compare(IntPredicate::NE, len, self.int(0), "")?;
        self.guard(ok, fail)?;
        if !matches!(head.kind, PatternKind::Wildcard) {
            let h = self.rt(RuntimeFn::ListGetUnchecked, &[list, self.int(0)])?;
            self.pattern(head, h, fail)?;
        }
        if !matches!(tail.kind, PatternKind::Wildcard) {
            let t = self.rt(RuntimeFn::ListDrop, &[list, self.int(1)])?;
            self.pattern(tail, t, fail)?;
        }
        Ok(())
    }

    fn alternatives(
        &mut self,
        alternatives: &'ctx [Pattern],
        value: IntValue<'ctx>,
        fail: BasicBlock<'ctx>,
    ) -> Result<()> {
        let matched = self.block("or_matched");
        for (i, alternative) in alternatives.iter().enumerate() {
            let next = if i + 1 == alternatives.len() {
                fail
            } else {
                self.block("or_next")
            };
            self.pattern(alternative, value, next)?;
            self.b.build_unconditional_branch(matched)?;
            self.b.position_at_end(next);
        }
        if alternatives.is_empty() {
            self.b.build_unconditional_branch(fail)?;
        }
        self.b.position_at_end(matched);
        Ok(())
    }
}
