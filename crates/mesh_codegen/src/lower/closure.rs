//! Closures and calls through function values.
//!
//! A closure is a heap object `{ ptr code, i64 captures… }`; its code takes the closure pointer
//! first (`i64 (ptr, i64 × n)`) and loads the captures itself. A function used as a value
//! (`FnRef`) needs no environment, so it is a constant global `{ ptr wrapper }` whose wrapper
//! ignores the closure pointer and calls the function — no allocation, one global per function.

use inkwell::module::Linkage;
use inkwell::types::BasicType;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FunctionValue, IntValue};
use mesh_typeck::tir::{Builtin, Callee, Expr, ExprKind, FnId, FnKind, LocalId};
use mesh_typeck::ty::Ty;

use super::Lower;
use crate::codegen::{instance_name, FnValueKey};
use crate::error::{CodegenError, Result};
use crate::layout;

impl<'ctx> Lower<'_, 'ctx> {
    /// Allocates a closure of the lifted function `fun<inst>` capturing the current values of
    /// `captures`.
    pub(super) fn closure(
        &mut self,
        fun: FnId,
        inst: &[Ty],
        captures: &[LocalId],
    ) -> Result<IntValue<'ctx>> {
        let def = self.cg.function(fun)?;
        if def.kind != FnKind::Closure || def.captures.len() != captures.len() {
            return Err(CodegenError::internal(format!(
                "`{}` is not a closure with {} captures",
                def.symbol,
                captures.len()
            )));
        }
        let inst: Vec<Ty> = inst.iter().map(|t| self.ty(t)).collect();
        let code = self.cg.instance(fun, inst)?;
        let types: Vec<Ty> = captures.iter().map(|local| self.local_ty(*local)).collect();
        let copy = match types.is_empty() {
            true => self.cg.ptr().const_null(),
            false => self
                .env_copier(&types)?
                .as_global_value()
                .as_pointer_value(),
        };
        let n = captures.len() as u32;
        let ptr = self.alloc(2 + n)?;
        let ty = self.closure_type(n);
        let code_slot = self.b.build_struct_gep(ty, ptr, layout::CLOSURE_CODE, "")?;
        self.b
            .build_store(code_slot, code.as_global_value().as_pointer_value())?;
        let copy_slot = self.b.build_struct_gep(ty, ptr, layout::CLOSURE_COPY, "")?;
        self.b.build_store(copy_slot, copy)?;
        for (i, local) in captures.iter().enumerate() {
            let value = self.load_local(*local)?;
            let slot = self
                .b
                .build_struct_gep(ty, ptr, layout::CLOSURE_ENV + i as u32, "")?;
            self.b.build_store(slot, value)?;
        }
        self.to_word(ptr)
    }

    /// The copy function of closures whose captures have the closed types `types`: `i64 (i64)`,
    /// a new closure in the current heap with the same code and deep copies of the captures.
    fn env_copier(&mut self, types: &[Ty]) -> Result<FunctionValue<'ctx>> {
        let names: Vec<String> = types.iter().map(|t| self.cg.type_name(t)).collect();
        let name = format!("mesh.copy_env<{}>", names.join(", "));
        if let Some(existing) = self.cg.module.get_function(&name) {
            return Ok(existing);
        }
        let f = self.cg.module.add_function(
            &name,
            self.cg.fn_type(FnKind::TopLevel, 1),
            Some(Linkage::Private),
        );
        let mut lw = Lower::new(&mut *self.cg, f, Vec::new(), &[])?;
        let closure = f
            .get_nth_param(0)
            .ok_or_else(|| CodegenError::internal("an environment copier without a parameter"))?
            .into_int_value();
        let mut words = vec![
            lw.load_field(closure, layout::CLOSURE_CODE)?,
            lw.load_field(closure, layout::CLOSURE_COPY)?,
        ];
        for (i, ty) in types.iter().enumerate() {
            let value = lw.load_field(closure, layout::CLOSURE_ENV + i as u32)?;
            words.push(lw.copy_value(ty, value)?);
        }
        let copy = lw.alloc_object(&words)?;
        lw.ret(copy)?;
        Ok(f)
    }

    /// `{ ptr code, ptr copy, i64 × captures }`.
    fn closure_type(&self, captures: u32) -> inkwell::types::StructType<'ctx> {
        let mut fields = vec![
            self.cg.ptr().as_basic_type_enum(),
            self.cg.ptr().as_basic_type_enum(),
        ];
        fields.extend((0..captures).map(|_| self.cg.word().as_basic_type_enum()));
        self.cg.ctx.struct_type(&fields, false)
    }

    /// The closure pointer of the closure being executed (for recursion of nested functions).
    pub(super) fn self_closure(&mut self) -> Result<IntValue<'ctx>> {
        let closure = self
            .closure
            .ok_or_else(|| CodegenError::internal("`SelfClosure` outside a closure"))?;
        self.to_word(closure)
    }

    /// A function or builtin used as a value, of the (generic) function type `ty`.
    pub(super) fn fn_value(&mut self, callee: &'ctx Callee, ty: &Ty) -> Result<IntValue<'ctx>> {
        let (key, code) = match callee {
            Callee::Fn { fun, inst } => {
                let inst: Vec<Ty> = inst.iter().map(|t| self.ty(t)).collect();
                let code = self.fn_wrapper(*fun, &inst)?;
                (FnValueKey::Fn(*fun, inst), code)
            }
            Callee::Builtin(builtin) => {
                let ty = self.ty(ty);
                let code = self.builtin_wrapper(*builtin, &ty)?;
                (FnValueKey::Builtin(*builtin, ty), code)
            }
            Callee::Method {
                trait_name,
                method,
                self_ty,
            } => self.method_value(trait_name, method, self_ty)?,
        };
        let global = self.cg.static_closure(key, code);
        self.to_word(global.as_pointer_value())
    }

    /// Closure code that calls `fun<inst>`: the function itself if it is closure code without
    /// captures, else a wrapper that drops the closure pointer.
    pub(super) fn fn_wrapper(&mut self, fun: FnId, inst: &[Ty]) -> Result<FunctionValue<'ctx>> {
        let def = self.cg.function(fun)?;
        let target = self.cg.instance(fun, inst.to_vec())?;
        if def.kind == FnKind::Closure {
            if !def.captures.is_empty() {
                return Err(CodegenError::unsupported(format!(
                    "`{}` used as a value outside its scope",
                    def.name
                )));
            }
            return Ok(target);
        }
        let name = format!("{}$fn", instance_name(self.cg.program, &def.symbol, inst));
        if let Some(existing) = self.cg.module.get_function(&name) {
            return Ok(existing);
        }
        let arity = def.params.len();
        let wrapper = self.cg.module.add_function(
            &name,
            self.cg.fn_type(FnKind::Closure, arity),
            Some(Linkage::Private),
        );
        let lw = Lower::new(&mut *self.cg, wrapper, Vec::new(), &[])?;
        let args: Vec<BasicMetadataValueEnum> =
            wrapper.get_param_iter().skip(1).map(Into::into).collect();
        let result = lw.call_fn(target, &args)?;
        lw.b.build_return(Some(&result))?;
        Ok(wrapper)
    }

    /// Closure code that calls `builtin` at the function type `ty`.
    fn builtin_wrapper(&mut self, builtin: Builtin, ty: &Ty) -> Result<FunctionValue<'ctx>> {
        let Ty::Fun(params, ret) = ty else {
            return Err(CodegenError::internal(format!(
                "builtin {builtin:?} used as a value of type `{ty}`"
            )));
        };
        let name = format!("mesh.builtin.{builtin:?}<{}>", self.cg.type_name(ty));
        if let Some(existing) = self.cg.module.get_function(&name) {
            return Ok(existing);
        }
        let wrapper = self.cg.module.add_function(
            &name,
            self.cg.fn_type(FnKind::Closure, params.len()),
            Some(Linkage::Private),
        );
        let mut lw = Lower::new(&mut *self.cg, wrapper, Vec::new(), &[])?;
        let args: Vec<IntValue> = wrapper
            .get_param_iter()
            .skip(1)
            .map(BasicValueEnum::into_int_value)
            .collect();
        let result = lw.call_builtin(builtin, &args, params, ret)?;
        lw.b.build_return(Some(&result))?;
        Ok(wrapper)
    }

    /// A call through a function value: load the code from word 0 of the closure and pass the
    /// closure itself first. A nested function calling itself in tail position jumps instead.
    pub(super) fn call_value(
        &mut self,
        func: &'ctx Expr,
        args: &'ctx [Expr],
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        if tail
            && matches!(func.kind, ExprKind::SelfClosure)
            && self.closure.is_some()
            && self.tail.is_some()
        {
            let values = self.exprs(args)?;
            return self.tail_jump(&values);
        }
        let closure = self.expr(func)?;
        let values = self.exprs(args)?;
        let ptr = self.to_ptr(closure)?;
        let code_slot =
            self.b
                .build_struct_gep(self.closure_type(0), ptr, layout::CLOSURE_CODE, "")?;
        let code = self
            .b
            .build_load(self.cg.ptr(), code_slot, "code")?
            .into_pointer_value();
        let mut call_args: Vec<BasicMetadataValueEnum> = vec![ptr.into()];
        call_args.extend(values.iter().map(|v| BasicMetadataValueEnum::from(*v)));
        let fn_type = self.cg.fn_type(FnKind::Closure, values.len());
        let call = self.b.build_indirect_call(fn_type, code, &call_args, "")?;
        match call.try_as_basic_value().basic() {
            Some(BasicValueEnum::IntValue(v)) => Ok(v),
            _ => Err(CodegenError::internal("a closure call returned no word")),
        }
    }
}
