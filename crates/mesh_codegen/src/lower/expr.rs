//! The expression dispatcher and the simple expression kinds: literals, locals, constants,
//! aggregates and calls of known functions (including self tail calls).

use inkwell::values::{BasicMetadataValueEnum, IntValue};
use inkwell::IntPredicate;
use mesh_typeck::tir::{Callee, ConstId, Expr, ExprKind, FnId, FnKind};
use mesh_typeck::ty::Ty;

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::helpers::Style;
use crate::layout;
use crate::runtime::RuntimeFn;

impl<'ctx> Lower<'_, 'ctx> {
    /// Lowers `e` in a non-tail position.
    pub fn expr(&mut self, e: &'ctx Expr) -> Result<IntValue<'ctx>> {
        self.expr_at(e, false)
    }

    /// Lowers `e`; `tail` says whether its value is the function's result (§6.8), so that a
    /// self call there becomes a jump.
    pub fn expr_at(&mut self, e: &'ctx Expr, tail: bool) -> Result<IntValue<'ctx>> {
        match &e.kind {
            ExprKind::Int(n) => Ok(self.int(*n)),
            ExprKind::Float(x) => Ok(self.cg.word().const_int(x.to_bits(), false)),
            ExprKind::Bool(b) => Ok(self.int(i64::from(*b))),
            ExprKind::Unit => Ok(self.unit()),
            ExprKind::Str(text) | ExprKind::Atom(text) => self.str_lit(text),
            ExprKind::Local(id) => self.load_local(*id),
            ExprKind::Const(id) => self.constant(*id),
            ExprKind::FnRef(callee) => self.fn_value(callee, &e.ty),
            ExprKind::SelfClosure => self.self_closure(),
            ExprKind::Call { callee, args } => self.call(callee, args, &e.ty, tail),
            ExprKind::CallValue { func, args } => self.call_value(func, args, tail),
            ExprKind::Closure {
                fun,
                inst,
                captures,
            } => self.closure(*fun, inst, captures),
            ExprKind::Block(stmts) => self.block_expr(stmts, tail),
            ExprKind::If {
                cond,
                then_branch,
                else_branch,
            } => self.if_expr(cond, then_branch, else_branch.as_deref(), tail),
            ExprKind::Match {
                scrutinees,
                arms,
                on_fail,
            } => self.match_expr(scrutinees, arms, on_fail, tail),
            ExprKind::While { cond, body } => self.while_expr(cond, body),
            ExprKind::For {
                pattern,
                source,
                filter,
                body,
            } => self.for_expr(pattern, source, filter.as_deref(), body),
            ExprKind::Break => self.jump_loop(true),
            ExprKind::Continue => self.jump_loop(false),
            ExprKind::Return(value) => self.return_expr(value),
            ExprKind::Spawn {
                fun,
                inst,
                args,
                remote: None,
            } => self.spawn(*fun, inst, args),
            ExprKind::Spawn {
                fun,
                inst,
                args,
                remote: Some(link),
            } => self.remote_spawn(*fun, inst, args, *link),
            ExprKind::Send { target, message } => self.send(target, message),
            ExprKind::ServiceCall { target, message } => self.service_call(target, message, &e.ty),
            ExprKind::ServiceReceive => self.service_receive(&e.ty),
            ExprKind::ServiceReply(reply) => self.service_reply(reply),
            ExprKind::SelfPid => self.rt(RuntimeFn::SelfPid, &[]),
            ExprKind::Link(target) => {
                let pid = self.expr(target)?;
                self.rt(RuntimeFn::Link, &[pid])?;
                Ok(self.unit())
            }
            ExprKind::Receive {
                message,
                groups,
                after,
            } => self.receive(&e.ty, message, groups, after.as_ref(), tail),
            ExprKind::ReceiveTake => {
                self.rt(RuntimeFn::RecvTake, &[])?;
                Ok(self.unit())
            }
            ExprKind::ReceiveRetry => self.receive_retry(),
            ExprKind::Unary { op, operand } => self.unary(*op, operand),
            ExprKind::Arith { op, lhs, rhs } => self.arith(*op, lhs, rhs),
            ExprKind::Logic { op, lhs, rhs } => self.logic(*op, lhs, rhs),
            ExprKind::Eq { negate, lhs, rhs } => self.eq_expr(*negate, lhs, rhs),
            ExprKind::Compare { op, lhs, rhs } => self.compare_expr(*op, lhs, rhs),
            ExprKind::Concat { lhs, rhs } => self.concat(&e.ty, lhs, rhs),
            ExprKind::Show(inner) => self.format_expr(inner, Style::Show),
            ExprKind::Debug(inner) => self.format_expr(inner, Style::Debug),
            ExprKind::MapLit(entries) => self.map_literal(&e.ty, entries),
            ExprKind::Deferred(_) => Err(crate::error::CodegenError::internal(
                "an unresolved deferred access reached code generation",
            )),
            ExprKind::Hash(inner) => {
                let value = self.expr(inner)?;
                let ty = self.ty(&inner.ty);
                self.hash_value(&ty, value)
            }
            ExprKind::List(items) => self.list_literal(items),
            ExprKind::Tuple(items) => {
                let values = self.exprs(items)?;
                self.alloc_object(&values)
            }
            ExprKind::Variant { tag, args } => self.variant(*tag, args),
            ExprKind::Struct { fields } => self.struct_literal(&e.ty, fields),
            ExprKind::Field { base, index } => self.field(base, *index),
            ExprKind::StructUpdate { base, fields } => self.struct_update(&e.ty, base, fields),
            ExprKind::Range { start, end } => {
                let values = [self.expr(start)?, self.expr(end)?];
                self.alloc_object(&values)
            }
        }
    }

    /// Lowers `items` left to right.
    pub fn exprs(&mut self, items: &'ctx [Expr]) -> Result<Vec<IntValue<'ctx>>> {
        items.iter().map(|e| self.expr(e)).collect()
    }

    /// Reads a constant. A constant may be read before its initialiser ran only while constants
    /// are being initialised: directly in an earlier initialiser, or through a function an
    /// initialiser calls. Only those reads are checked.
    fn constant(&mut self, id: ConstId) -> Result<IntValue<'ctx>> {
        let global = self.cg.constant_global(id)?;
        let index = id.0 as usize;
        let name = &self.cg.program.constants[index].name;
        let message = format!("constant `{name}` used before initialisation");
        match self.const_init {
            Some(current) if index < current => {}
            Some(_) => {
                self.panic(&message)?;
                return Ok(self.dead());
            }
            None if self.cg.init_may_call => {
                let ready = self.b.build_load(
                    self.cg.word(),
                    self.cg.consts_ready.as_pointer_value(),
                    "",
                )?;
                let index_word = self.int(index as i64);
                let ok = self.b.build_int_compare(
                    IntPredicate::UGT,
                    ready.into_int_value(),
                    index_word,
                    "",
                )?;
                self.check(ok, &message)?;
            }
            None => {}
        }
        Ok(self
            .b
            .build_load(self.cg.word(), global.as_pointer_value(), "")?
            .into_int_value())
    }

    /// Panics with `message` unless `ok` holds.
    pub fn check(&mut self, ok: IntValue<'ctx>, message: &str) -> Result<()> {
        let fail = self.block("panic");
        let next = self.block("ok");
        self.b.build_conditional_branch(ok, next, fail)?;
        self.b.position_at_end(fail);
        self.panic(message)?;
        self.b.position_at_end(next);
        Ok(())
    }

    /// A direct call of a Mesh function, builtin or trait method.
    fn call(
        &mut self,
        callee: &'ctx Callee,
        args: &'ctx [Expr],
        ty: &Ty,
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        match callee {
            Callee::Method {
                trait_name,
                method,
                self_ty,
            } => self.method_call(trait_name, method, self_ty, args, tail),
            Callee::Builtin(builtin) => {
                let values = self.exprs(args)?;
                let types: Vec<Ty> = args.iter().map(|a| self.ty(&a.ty)).collect();
                let ret = self.ty(ty);
                self.call_builtin(*builtin, &values, &types, &ret)
            }
            Callee::Fn { fun, inst } => {
                let inst: Vec<Ty> = inst.iter().map(|t| self.ty(t)).collect();
                let values = self.exprs(args)?;
                self.call_instance(*fun, inst, &values, tail)
            }
        }
    }

    /// Calls `fun<inst>` (closed types); in tail position a call of this very instance is a
    /// jump (§6.8).
    pub(super) fn call_instance(
        &mut self,
        fun: FnId,
        inst: Vec<Ty>,
        values: &[IntValue<'ctx>],
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        if tail
            && self
                .tail
                .as_ref()
                .is_some_and(|t| t.key.0 == fun && t.key.1 == inst)
        {
            return self.tail_jump(values);
        }
        self.call_known(fun, inst, values)
    }

    /// Calls the instance `fun<inst>` with `values`.
    pub(crate) fn call_known(
        &mut self,
        fun: FnId,
        inst: Vec<Ty>,
        values: &[IntValue<'ctx>],
    ) -> Result<IntValue<'ctx>> {
        let def = self.cg.function(fun)?;
        let function = self.cg.instance(fun, inst)?;
        let mut args: Vec<BasicMetadataValueEnum> = Vec::with_capacity(values.len() + 1);
        if def.kind == FnKind::Closure {
            if !def.captures.is_empty() {
                return Err(CodegenError::unsupported(format!(
                    "a direct call of `{}`, which captures variables",
                    def.name
                )));
            }
            args.push(self.cg.ptr().const_null().into());
        }
        args.extend(values.iter().map(|v| BasicMetadataValueEnum::from(*v)));
        self.call_fn(function, &args)
    }

    /// A self tail call: the new arguments replace the parameters and control goes back to the
    /// top of the body, so the recursion runs in constant stack space.
    pub fn tail_jump(&mut self, values: &[IntValue<'ctx>]) -> Result<IntValue<'ctx>> {
        let target = self
            .tail
            .as_ref()
            .ok_or_else(|| CodegenError::internal("tail call outside a function"))?;
        let (params, body) = (target.params.clone(), target.body);
        if params.len() != values.len() {
            return Err(CodegenError::internal(
                "self call with the wrong number of arguments",
            ));
        }
        for (param, value) in params.iter().zip(values) {
            self.store_local(*param, *value)?;
        }
        self.b.build_unconditional_branch(body)?;
        Ok(self.dead())
    }

    /// A sum-type value: a static `{ tag }` when nullary, else a heap `{ tag, fields… }`.
    fn variant(&mut self, tag: u32, args: &'ctx [Expr]) -> Result<IntValue<'ctx>> {
        if args.is_empty() {
            let global = self.cg.nullary_global(tag);
            return self.to_word(global.as_pointer_value());
        }
        // `alloc_object` stores the words in order: the tag, then the fields.
        const _: () = assert!(layout::VARIANT_TAG == 0 && layout::VARIANT_FIELDS == 1);
        let mut fields = vec![self.int(i64::from(tag))];
        fields.extend(self.exprs(args)?);
        self.alloc_object(&fields)
    }

    /// `[a, b, c]`: the elements go into a stack array that the runtime copies.
    fn list_literal(&mut self, items: &'ctx [Expr]) -> Result<IntValue<'ctx>> {
        if items.is_empty() {
            return self.rt(RuntimeFn::ListEmpty, &[]);
        }
        let values = self.exprs(items)?;
        let ty = self.cg.words(values.len() as u32);
        let array = self.entry_alloca(ty, "items")?;
        for (i, value) in values.iter().enumerate() {
            let slot = self.b.build_struct_gep(ty, array, i as u32, "")?;
            self.b.build_store(slot, *value)?;
        }
        let len = self.int(values.len() as i64);
        self.rt_with(RuntimeFn::ListFromWords, &[array.into(), len.into()])
    }

    /// `show`/`inspect` of a value by its static type.
    fn format_expr(&mut self, inner: &'ctx Expr, style: Style) -> Result<IntValue<'ctx>> {
        let value = self.expr(inner)?;
        let ty = self.ty(&inner.ty);
        self.format_value(&ty, value, style)
    }
}
