//! Lowering of one function body (or constant initialiser, or helper) to LLVM IR.
//!
//! A [`Lower`] holds the per-function state: its own builder, one `alloca` per local in the
//! entry block (the simplest correct scheme with loops, `break` and pattern bindings that are
//! set on several paths; `mem2reg`/SROA turn them into SSA values), the enclosing loops, and the
//! target of self tail calls.
//!
//! Expressions of type `Never` (`return`, `break`, a panic) terminate the current block; lowering
//! then continues in a fresh block with no predecessors and the expression "produces" `poison`.
//! LLVM deletes those dead blocks, and the lowering code never needs a special case for them.
//!
//! The submodules split the work by topic: [`emit`] has the low-level building blocks,
//! `expr`, `control`, `matching`, `pattern`, `ops`, `closure`, `structs`, `builtins`,
//! `collections` and `traits` lower the expression kinds.

mod actors;
mod builtins;
mod closure;
mod collections;

pub(crate) use actors::type_id;
pub(crate) use collections::is_keyed;
pub(crate) use json::Flavor;
mod control;
pub(crate) mod emit;
mod expr;
mod json;
mod matching;
pub(crate) mod ops;
mod pattern;
mod structs;
mod traits;

use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::values::{FunctionValue, IntValue, PointerValue};
use mesh_typeck::tir::{FnKind, Function, Local, LocalId};
use mesh_typeck::ty::Ty;

use crate::codegen::{Codegen, InstanceKey};
use crate::error::{CodegenError, Result};
use crate::layout;

pub(crate) struct Lower<'a, 'ctx> {
    pub cg: &'a mut Codegen<'ctx>,
    pub b: Builder<'ctx>,
    pub func: FunctionValue<'ctx>,
    /// The block holding the allocas.
    entry: BasicBlock<'ctx>,
    /// The closed types of this instance's generic parameters.
    inst: Vec<Ty>,
    /// One stack slot per local, indexed by [`LocalId`].
    locals: Vec<PointerValue<'ctx>>,
    /// The (generic) type of each local.
    local_types: Vec<Ty>,
    /// Where a self tail call jumps to.
    tail: Option<TailTarget<'ctx>>,
    /// The closure pointer, in the code of a closure.
    closure: Option<PointerValue<'ctx>>,
    /// The enclosing loops, innermost last.
    loops: Vec<Loop<'ctx>>,
    /// The "next message" blocks of the enclosing `receive`s, innermost last.
    receives: Vec<BasicBlock<'ctx>>,
    /// In the initialiser of constant `n`: `Some(n)`.
    const_init: Option<usize>,
}

/// A self tail call stores its arguments into the parameters' slots and jumps to `body`.
struct TailTarget<'ctx> {
    key: InstanceKey,
    params: Vec<LocalId>,
    body: BasicBlock<'ctx>,
}

/// Where `break` and `continue` go.
#[derive(Clone, Copy)]
struct Loop<'ctx> {
    break_to: BasicBlock<'ctx>,
    continue_to: BasicBlock<'ctx>,
}

/// Lowers the body of the instance `key` into `function` (declared by [`Codegen::instance`]).
pub(crate) fn lower_instance<'ctx>(
    cg: &mut Codegen<'ctx>,
    key: &InstanceKey,
    function: FunctionValue<'ctx>,
) -> Result<()> {
    let def: &'ctx Function = cg.function(key.0)?;
    let mut lw = Lower::new(cg, function, key.1.clone(), &def.locals)?;
    lw.bind_params(def)?;
    lw.stack_check()?;
    let terminate = match def.kind {
        FnKind::Actor { terminate: Some(t) } => Some(lw.register_terminate(t, &def.params)?),
        _ => None,
    };
    let body = lw.block("body");
    lw.b.build_unconditional_branch(body)?;
    lw.b.position_at_end(body);
    // Also reached by every self tail call (actor loops included).
    lw.preemption_point()?;
    if let Some(args) = terminate {
        lw.save_terminate_args(args, &def.params)?;
    }
    lw.tail = Some(TailTarget {
        key: key.clone(),
        params: def.params.clone(),
        body,
    });
    let value = lw.expr_at(&def.body, true)?;
    if terminate.is_some()
        && lw
            .b
            .get_insert_block()
            .is_some_and(|b| b.get_terminator().is_none())
    {
        lw.rt(crate::runtime::RuntimeFn::TerminateRun, &[])?;
    }
    lw.b.build_return(Some(&value))?;
    Ok(())
}

/// Lowers the initialiser of constant `index` into a new function `i64 ()`.
pub(crate) fn lower_constant<'ctx>(
    cg: &mut Codegen<'ctx>,
    index: usize,
) -> Result<FunctionValue<'ctx>> {
    let program = cg.program;
    let constant = &program.constants[index];
    let function = cg.module.add_function(
        &format!("{}$init", constant.name),
        cg.fn_type(FnKind::TopLevel, 0),
        Some(inkwell::module::Linkage::Internal),
    );
    let mut lw = Lower::new(cg, function, Vec::new(), &constant.locals)?;
    lw.const_init = Some(index);
    let value = lw.expr(&constant.value)?;
    lw.b.build_return(Some(&value))?;
    Ok(function)
}

impl<'a, 'ctx> Lower<'a, 'ctx> {
    /// Starts lowering into `func`, with a slot for each of `locals`.
    pub fn new(
        cg: &'a mut Codegen<'ctx>,
        func: FunctionValue<'ctx>,
        inst: Vec<Ty>,
        locals: &[Local],
    ) -> Result<Self> {
        let b = cg.ctx.create_builder();
        let entry = cg.ctx.append_basic_block(func, "entry");
        b.position_at_end(entry);
        let mut slots = Vec::with_capacity(locals.len());
        for local in locals {
            slots.push(b.build_alloca(cg.word(), &local.name)?);
        }
        Ok(Lower {
            cg,
            b,
            func,
            entry,
            inst,
            locals: slots,
            local_types: locals.iter().map(|l| l.ty.clone()).collect(),
            tail: None,
            closure: None,
            loops: Vec::new(),
            receives: Vec::new(),
            const_init: None,
        })
    }

    /// Stores the parameters into their slots; in a closure, loads the captures from its
    /// environment (the words after the code pointer).
    fn bind_params(&mut self, def: &Function) -> Result<()> {
        let offset = usize::from(def.kind == FnKind::Closure);
        if def.kind == FnKind::Closure {
            let closure = self.param(0)?.into_pointer_value();
            self.closure = Some(closure);
            for (i, local) in def.captures.iter().enumerate() {
                let value = self.load_field_ptr(closure, layout::CLOSURE_ENV + i as u32)?;
                self.store_local(*local, value)?;
            }
        }
        for (i, local) in def.params.iter().enumerate() {
            let value = self.param(i + offset)?.into_int_value();
            self.store_local(*local, value)?;
        }
        Ok(())
    }

    fn param(&self, i: usize) -> Result<inkwell::values::BasicValueEnum<'ctx>> {
        self.func
            .get_nth_param(i as u32)
            .ok_or_else(|| CodegenError::internal(format!("missing parameter {i}")))
    }

    /// The closed form of `ty` in this instance.
    pub fn ty(&self, ty: &Ty) -> Ty {
        if self.inst.is_empty() {
            ty.clone()
        } else {
            ty.subst(&self.inst)
        }
    }

    /// The closed type of local `id` in this instance.
    pub fn local_ty(&self, id: LocalId) -> Ty {
        self.local_types
            .get(id.0 as usize)
            .map_or(Ty::UNIT, |t| self.ty(t))
    }

    fn slot(&self, id: LocalId) -> Result<PointerValue<'ctx>> {
        self.locals
            .get(id.0 as usize)
            .copied()
            .ok_or_else(|| CodegenError::internal(format!("unknown local {id:?}")))
    }

    pub fn load_local(&mut self, id: LocalId) -> Result<IntValue<'ctx>> {
        let slot = self.slot(id)?;
        Ok(self
            .b
            .build_load(self.cg.word(), slot, "")?
            .into_int_value())
    }

    pub fn store_local(&mut self, id: LocalId, value: IntValue<'ctx>) -> Result<()> {
        let slot = self.slot(id)?;
        self.b.build_store(slot, value)?;
        Ok(())
    }

    /// A new block at the end of the function.
    pub fn block(&self, name: &str) -> BasicBlock<'ctx> {
        self.cg.ctx.append_basic_block(self.func, name)
    }

    /// Continues in a fresh unreachable block after a `Never` expression; its "value".
    pub fn dead(&mut self) -> IntValue<'ctx> {
        let block = self.block("dead");
        self.b.position_at_end(block);
        self.cg.word().get_poison()
    }

    /// A stack slot of type `ty` in the entry block (so loops do not grow the stack).
    pub fn entry_alloca<T: inkwell::types::BasicType<'ctx>>(
        &self,
        ty: T,
        name: &str,
    ) -> Result<PointerValue<'ctx>> {
        let builder = self.cg.ctx.create_builder();
        match self.entry.get_first_instruction() {
            Some(first) => builder.position_before(&first),
            None => builder.position_at_end(self.entry),
        }
        Ok(builder.build_alloca(ty, name)?)
    }

    /// The block the builder is currently in.
    pub fn current_block(&self) -> Result<BasicBlock<'ctx>> {
        self.b
            .get_insert_block()
            .ok_or_else(|| CodegenError::internal("builder has no position"))
    }
}
