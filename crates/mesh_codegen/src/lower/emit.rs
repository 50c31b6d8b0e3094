//! Building blocks shared by all lowering code: constants, words ↔ pointers, heap objects,
//! runtime calls, string literals and panics.

use inkwell::basic_block::BasicBlock;
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, FunctionValue, IntValue, PointerValue,
};
use inkwell::IntPredicate;

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::layout;
use crate::runtime::{Kind, RuntimeFn};

impl<'ctx> Lower<'_, 'ctx> {
    /// The word `n`.
    pub fn int(&self, n: i64) -> IntValue<'ctx> {
        self.cg.word().const_int(n as u64, true)
    }

    /// `()` (and `false`).
    pub fn unit(&self) -> IntValue<'ctx> {
        self.int(0)
    }

    /// An `i1` as the Bool word 0/1.
    pub fn bool_word(&self, flag: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_z_extend(flag, self.cg.word(), "")?)
    }

    /// A Bool word as an `i1`.
    pub fn truthy(&self, word: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self
            .b
            .build_int_compare(IntPredicate::NE, word, self.unit(), "")?)
    }

    pub fn to_ptr(&self, word: IntValue<'ctx>) -> Result<PointerValue<'ctx>> {
        Ok(self.b.build_int_to_ptr(word, self.cg.ptr(), "")?)
    }

    pub fn to_word(&self, ptr: PointerValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_ptr_to_int(ptr, self.cg.word(), "")?)
    }

    /// Word `index` of the heap object `object` (a word holding its address).
    pub fn load_field(&self, object: IntValue<'ctx>, index: u32) -> Result<IntValue<'ctx>> {
        let ptr = self.to_ptr(object)?;
        self.load_field_ptr(ptr, index)
    }

    pub fn load_field_ptr(&self, ptr: PointerValue<'ctx>, index: u32) -> Result<IntValue<'ctx>> {
        let ty = self.cg.words(index + 1);
        let field = self.b.build_struct_gep(ty, ptr, index, "")?;
        Ok(self
            .b
            .build_load(self.cg.word(), field, "")?
            .into_int_value())
    }

    /// A heap object holding `fields` (a tuple, a variant with its tag first, a range).
    pub fn alloc_object(&mut self, fields: &[IntValue<'ctx>]) -> Result<IntValue<'ctx>> {
        let n = fields.len() as u32;
        let ptr = self.alloc(n)?;
        let ty = self.cg.words(n);
        for (i, value) in fields.iter().enumerate() {
            let field = self.b.build_struct_gep(ty, ptr, i as u32, "")?;
            self.b.build_store(field, *value)?;
        }
        self.to_word(ptr)
    }

    /// `mesh_rt_alloc(8 * words)`.
    pub fn alloc(&mut self, words: u32) -> Result<PointerValue<'ctx>> {
        let bytes = self
            .cg
            .word()
            .const_int(layout::WORD_BYTES * u64::from(words), false);
        let ptr = self.call_rt(RuntimeFn::Alloc, &[bytes.into()])?;
        ptr.map(|p| p.into_pointer_value())
            .ok_or_else(|| CodegenError::internal("mesh_rt_alloc returned nothing"))
    }

    /// Calls a runtime function, converting words to pointers (and back) where its signature
    /// says so. Returns `None` for a function that never returns.
    pub fn call_rt(
        &mut self,
        f: RuntimeFn,
        args: &[BasicValueEnum<'ctx>],
    ) -> Result<Option<BasicValueEnum<'ctx>>> {
        let function = self.cg.runtime(f);
        if args.len() != f.params().len() {
            return Err(CodegenError::internal(format!(
                "{} takes {} arguments",
                f.name(),
                f.params().len()
            )));
        }
        let mut coerced: Vec<BasicMetadataValueEnum> = Vec::with_capacity(args.len());
        for (arg, kind) in args.iter().zip(f.params()) {
            coerced.push(self.coerce(*arg, *kind)?.into());
        }
        let call = self.b.build_call(function, &coerced, "")?;
        Ok(call.try_as_basic_value().basic())
    }

    fn coerce(&self, value: BasicValueEnum<'ctx>, kind: Kind) -> Result<BasicValueEnum<'ctx>> {
        Ok(match (value, kind) {
            (BasicValueEnum::IntValue(v), Kind::Ptr) => self.to_ptr(v)?.into(),
            (BasicValueEnum::PointerValue(p), Kind::Word) => self.to_word(p)?.into(),
            (other, _) => other,
        })
    }

    /// Calls a runtime function that returns a word, with word arguments.
    pub fn rt(&mut self, f: RuntimeFn, args: &[IntValue<'ctx>]) -> Result<IntValue<'ctx>> {
        let args: Vec<BasicValueEnum> = args.iter().map(|a| (*a).into()).collect();
        self.rt_with(f, &args)
    }

    /// Calls a runtime function that returns a word, with words or pointers as arguments.
    pub fn rt_with(
        &mut self,
        f: RuntimeFn,
        args: &[BasicValueEnum<'ctx>],
    ) -> Result<IntValue<'ctx>> {
        match self.call_rt(f, args)? {
            Some(BasicValueEnum::IntValue(v)) => Ok(v),
            Some(BasicValueEnum::PointerValue(p)) => self.to_word(p),
            _ => Err(CodegenError::internal(format!(
                "{} does not return a word",
                f.name()
            ))),
        }
    }

    /// Calls a Mesh function (or helper) taking and returning words.
    pub fn call_fn(
        &self,
        f: FunctionValue<'ctx>,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Result<IntValue<'ctx>> {
        let call = self.b.build_call(f, args, "")?;
        match call.try_as_basic_value().basic() {
            Some(BasicValueEnum::IntValue(v)) => Ok(v),
            _ => Err(CodegenError::internal("a Mesh function returned no word")),
        }
    }

    /// The address of a function, for passing it to the runtime.
    pub fn fn_ptr(&self, f: FunctionValue<'ctx>) -> BasicValueEnum<'ctx> {
        f.as_global_value().as_pointer_value().into()
    }

    /// The string literal `text` (also atoms).
    pub fn str_lit(&mut self, text: &str) -> Result<IntValue<'ctx>> {
        let global = self.cg.string_global(text);
        self.to_word(global.as_pointer_value())
    }

    /// `mesh_rt_panic(message)`; the current block ends with `unreachable`.
    pub fn panic(&mut self, message: &str) -> Result<()> {
        let text = self.str_lit(message)?;
        self.call_rt(RuntimeFn::Panic, &[text.into()])?;
        self.b.build_unreachable()?;
        Ok(())
    }

    /// Continues in a new block when `ok` holds, otherwise goes to `fail`.
    pub fn guard(&mut self, ok: IntValue<'ctx>, fail: BasicBlock<'ctx>) -> Result<()> {
        let next = self.block("ok");
        self.b.build_conditional_branch(ok, next, fail)?;
        self.b.position_at_end(next);
        Ok(())
    }

    /// `a == b` on words, as an `i1`.
    pub fn words_eq(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self.b.build_int_compare(IntPredicate::EQ, a, b, "")?)
    }
}
