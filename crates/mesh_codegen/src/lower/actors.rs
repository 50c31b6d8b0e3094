//! Processes (docs/design/processes.md): `spawn`, `send`, `self()`, `receive`, the per-type
//! copy helpers that move values between heaps, and the preemption and stack checks.
//!
//! * **Copying.** A message (or the arguments of a spawn) is copied into a message buffer:
//!   `mesh_rt_msg_begin` makes the buffer the current heap, `mesh.copy<T>` copies the value
//!   (every allocation goes to the buffer), `mesh_rt_msg_end` switches back. Scalars are words
//!   and need no copy; strings, lists, maps, sets and JSON values are copied by the runtime,
//!   tuples, structs and variants by the helper, field by field.
//! * **Spawning.** Each spawned actor instance gets an entry trampoline `i64 (i64)`: its
//!   argument is the copied arguments (one value, or a tuple of them), which it unpacks before
//!   calling the actor function; the process ends when that returns.
//! * **Receiving.** `receive` loops over the mailbox with `mesh_rt_recv_next`; each message is
//!   dispatched on its type id to the `Match` of the arm group for that type (whose arms first
//!   take the message, and whose last arm `ReceiveRetry`s to the next message).

use inkwell::module::Linkage;
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, FunctionValue, IntValue, PointerValue,
};
use inkwell::IntPredicate;
use mesh_typeck::tir::{Expr, FnId, FnKind, MessageKind, ReceiveGroup};
use mesh_typeck::ty::{Ty, TyCon};

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::helpers::{map_types, set_type, HelperKind, Shape};
use crate::layout;
use crate::runtime::RuntimeFn;

/// The type id of messages of the closed type `ty`: FNV-1a of its canonical text, the same in
/// every build of the program (so also between the nodes of a cluster).
pub(crate) fn type_id(ty: &Ty) -> u64 {
    fnv1a(format!("{ty:?}").as_bytes())
}

/// Whether values of the closed type `ty` are plain words that point to no heap object (so
/// sending one copies nothing).
fn is_scalar(ty: &Ty) -> bool {
    matches!(
        ty,
        Ty::Con(
            TyCon::Int | TyCon::Float | TyCon::Bool | TyCon::Unit | TyCon::Pid,
            _
        ) | Ty::Never
    )
}

/// The tuple type of system message `kind` (as the checker types it: `actors.rs`).
fn system_shape(kind: &str) -> Ty {
    let pid = Ty::Con(TyCon::Pid, vec![Ty::UNIT]);
    let atom = Ty::Con(TyCon::Atom, Vec::new());
    Ty::Tuple(match kind {
        "down" => vec![atom, Ty::INT, pid, Ty::STRING],
        "exit" => vec![atom, pid, Ty::STRING],
        _ => vec![atom, Ty::STRING],
    })
}

/// The type id of system message `kind` (`down`, `exit`, …); the runtime uses the same.
pub(crate) fn system_type_id(kind: &str) -> u64 {
    fnv1a(format!("system:{kind}").as_bytes())
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl<'ctx> Lower<'_, 'ctx> {
    /// `spawn(a, args…)`.
    pub(super) fn spawn(
        &mut self,
        fun: FnId,
        inst: &[Ty],
        args: &'ctx [Expr],
    ) -> Result<IntValue<'ctx>> {
        let inst: Vec<Ty> = inst.iter().map(|t| self.ty(t)).collect();
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            values.push(self.expr(a)?);
        }
        let types: Vec<Ty> = args.iter().map(|a| self.ty(&a.ty)).collect();
        let entry = self.actor_entry(fun, &inst)?;
        if values.len() >= 2 && types.iter().all(is_scalar) {
            // No heap objects to copy: the runtime keeps the words for the new process.
            let array = self.cg.words(values.len() as u32);
            let slot = self.entry_alloca(array, "spawn_args")?;
            for (i, v) in values.iter().enumerate() {
                let field = self.b.build_struct_gep(array, slot, i as u32, "")?;
                self.b.build_store(field, *v)?;
            }
            let entry = entry.as_global_value().as_pointer_value();
            let n = self.int(values.len() as i64);
            return self.rt_with(
                RuntimeFn::SpawnWords,
                &[entry.into(), slot.into(), n.into()],
            );
        }
        let (payload, buffer) = if values.is_empty() {
            (self.unit(), self.int(0))
        } else if values.len() == 1 && is_scalar(&types[0]) {
            (values[0], self.int(0))
        } else {
            let buffer = self.rt(RuntimeFn::MsgBegin, &[])?;
            let mut copies = Vec::with_capacity(values.len());
            for (v, ty) in values.iter().zip(&types) {
                copies.push(self.copy_value(ty, *v)?);
            }
            let payload = if copies.len() == 1 {
                copies[0]
            } else {
                self.alloc_object(&copies)?
            };
            self.rt(RuntimeFn::MsgEnd, &[buffer])?;
            (payload, buffer)
        };
        let entry = entry.as_global_value().as_pointer_value();
        self.rt_with(
            RuntimeFn::Spawn,
            &[entry.into(), payload.into(), buffer.into()],
        )
    }

    /// `Node.spawn(node, f, args…)` (`link`: `spawn_link`): the arguments travel by value, as
    /// one payload (one value, or a tuple of them) of a registered message type; `f` is found
    /// on the other node by the name of its entry trampoline, registered at start.
    pub(super) fn remote_spawn(
        &mut self,
        fun: FnId,
        inst: &[Ty],
        args: &'ctx [Expr],
        link: bool,
    ) -> Result<IntValue<'ctx>> {
        let inst: Vec<Ty> = inst.iter().map(|t| self.ty(t)).collect();
        let (node, rest) = args
            .split_first()
            .ok_or_else(|| CodegenError::internal("Node.spawn without a node"))?;
        let node = self.expr(node)?;
        let mut values = Vec::with_capacity(rest.len());
        for a in rest {
            values.push(self.expr(a)?);
        }
        let types: Vec<Ty> = rest.iter().map(|a| self.ty(&a.ty)).collect();
        let (payload, payload_ty) = match values.len() {
            0 => (self.unit(), Ty::UNIT),
            1 => (values[0], types[0].clone()),
            _ => (self.alloc_object(&values)?, Ty::Tuple(types)),
        };
        let entry = self.actor_entry(fun, &inst)?;
        let name = entry.get_name().to_string_lossy().into_owned();
        self.cg.message_type(&payload_ty);
        if !self.cg.spawnables.iter().any(|(n, _, _)| *n == name) {
            self.cg
                .spawnables
                .push((name.clone(), entry, payload_ty.clone()));
        }
        let name = self.cg.string_global(&name).as_pointer_value();
        let name = self.to_word(name)?;
        let id = self.cg.word().const_int(type_id(&payload_ty), false);
        let link = self.int(i64::from(link));
        self.rt(RuntimeFn::NodeSpawn, &[node, name, payload, id, link])
    }

    /// The entry trampoline of actor (or function) `fun<inst>`: `i64 (i64 payload)`, the
    /// payload being its one argument or a tuple of its arguments.
    fn actor_entry(&mut self, fun: FnId, inst: &[Ty]) -> Result<FunctionValue<'ctx>> {
        let arity = self.cg.function(fun)?.params.len();
        let actor = self.cg.instance(fun, inst.to_vec())?;
        self.trampoline(actor, arity, true)
    }

    /// `{target}$entry`, an `i64 (i64 arg)` that calls `target` with `arity` arguments: `arg`
    /// itself when `inline_single` and there is one, else the words `arg` points to. Made once.
    fn trampoline(
        &mut self,
        target: FunctionValue<'ctx>,
        arity: usize,
        inline_single: bool,
    ) -> Result<FunctionValue<'ctx>> {
        let name = format!(
            "{}$entry",
            target.get_name().to_str().unwrap_or("mesh.entry")
        );
        if let Some(existing) = self.cg.module.get_function(&name) {
            return Ok(existing);
        }
        let f = self.cg.module.add_function(
            &name,
            self.cg.fn_type(FnKind::TopLevel, 1),
            Some(Linkage::Internal),
        );
        let mut lw = Lower::new(&mut *self.cg, f, Vec::new(), &[])?;
        let arg = f
            .get_nth_param(0)
            .ok_or_else(|| CodegenError::internal("entry trampoline without a parameter"))?
            .into_int_value();
        let mut args: Vec<BasicMetadataValueEnum> = Vec::with_capacity(arity);
        if inline_single && arity == 1 {
            args.push(arg.into());
        } else {
            for i in 0..arity {
                args.push(lw.load_field(arg, i as u32)?.into());
            }
        }
        lw.call_fn(target, &args)?;
        lw.ret(lw.unit())?;
        Ok(f)
    }

    /// In an actor with a `terminate` clause: registers the clause with the runtime, pointing it
    /// to a frame slot that holds the current parameter values (see
    /// [`Lower::save_terminate_args`]). Returns the slot.
    pub(super) fn register_terminate(
        &mut self,
        terminate: FnId,
        params: &[mesh_typeck::tir::LocalId],
    ) -> Result<PointerValue<'ctx>> {
        let def = self.cg.function(terminate)?;
        let arity = params.len();
        // The clause's instance: its parameters have this actor instance's parameter types
        // (generic parameters the parameters do not mention are unused: `()`).
        let mut binds = vec![None; def.n_generics as usize];
        let patterns: Vec<Ty> = def
            .params
            .iter()
            .map(|p| def.locals[p.0 as usize].ty.clone())
            .collect();
        let closed: Vec<Ty> = params.iter().map(|p| self.local_ty(*p)).collect();
        if !crate::impls::match_all(&patterns, &closed, &mut binds) {
            return Err(CodegenError::internal(
                "a `terminate` clause whose parameter types differ from its actor's",
            ));
        }
        let inst: Vec<Ty> = binds.into_iter().map(|b| b.unwrap_or(Ty::UNIT)).collect();
        let function = self.cg.instance(terminate, inst)?;
        // The argument is a slot in the actor's frame holding the parameters' current values.
        let entry = self.trampoline(function, arity, false)?;
        let slot_ty = self.cg.words(arity.max(1) as u32);
        let slot = self.entry_alloca(slot_ty, "terminate_args")?;
        let entry = entry.as_global_value().as_pointer_value();
        self.rt_with(RuntimeFn::TerminateSet, &[entry.into(), slot.into()])?;
        Ok(slot)
    }

    /// Copies the parameters' current values into the `terminate` slot (at the top of the
    /// body, which every self tail call of an actor loop goes back to).
    pub(super) fn save_terminate_args(
        &mut self,
        slot: PointerValue<'ctx>,
        params: &[mesh_typeck::tir::LocalId],
    ) -> Result<()> {
        let slot_ty = self.cg.words(params.len().max(1) as u32);
        for (i, param) in params.iter().enumerate() {
            let value = self.load_local(*param)?;
            let field = self.b.build_struct_gep(slot_ty, slot, i as u32, "")?;
            self.b.build_store(field, value)?;
        }
        Ok(())
    }

    /// `send(target, message)`.
    pub(super) fn send(
        &mut self,
        target: &'ctx Expr,
        message: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        let pid = self.expr(target)?;
        let value = self.expr(message)?;
        let ty = self.ty(&message.ty);
        self.cg.message_type(&ty);
        let (copy, buffer) = self.message_copy(&ty, value)?;
        let id = self.cg.word().const_int(type_id(&ty), false);
        self.rt(RuntimeFn::Send, &[pid, copy, buffer, id])?;
        Ok(self.unit())
    }

    /// A service call (LANGUAGE.md §6.13): the request goes out like a `send`; the runtime
    /// waits for the reply and copies it in with the copy helper of `reply`.
    pub(super) fn service_call(
        &mut self,
        target: &'ctx Expr,
        message: &'ctx Expr,
        reply: &Ty,
    ) -> Result<IntValue<'ctx>> {
        let pid = self.expr(target)?;
        let value = self.expr(message)?;
        let ty = self.ty(&message.ty);
        self.cg.message_type(&ty);
        let (copy, buffer) = self.message_copy(&ty, value)?;
        let id = self.cg.word().const_int(type_id(&ty), false);
        let reply = self.ty(reply);
        self.cg.message_type(&reply);
        let copy_reply = self.helper(HelperKind::Copy, &reply)?;
        let args: [BasicValueEnum; 5] = [
            pid.into(),
            copy.into(),
            buffer.into(),
            id.into(),
            self.fn_ptr(copy_reply),
        ];
        self.rt_with(RuntimeFn::ServiceCall, &args)
    }

    /// A service loop's next request, of type `request`.
    pub(super) fn service_receive(&mut self, request: &Ty) -> Result<IntValue<'ctx>> {
        let request = self.ty(request);
        self.cg.message_type(&request);
        let id = self.cg.word().const_int(type_id(&request), false);
        let copy = self.helper(HelperKind::Copy, &request)?;
        self.rt_with(RuntimeFn::ServiceReceive, &[id.into(), self.fn_ptr(copy)])
    }

    /// Answers the request a service loop took last.
    pub(super) fn service_reply(&mut self, reply: &'ctx Expr) -> Result<IntValue<'ctx>> {
        let value = self.expr(reply)?;
        let ty = self.ty(&reply.ty);
        self.cg.message_type(&ty);
        let (copy, buffer) = self.message_copy(&ty, value)?;
        let id = self.cg.word().const_int(type_id(&ty), false);
        self.rt(RuntimeFn::ServiceReply, &[copy, buffer, id])?;
        Ok(self.unit())
    }

    /// `Timer.send_after(pid, ms, msg)`: the copy is made now (the caller may exit before the
    /// delivery).
    pub(super) fn send_after(
        &mut self,
        pid: IntValue<'ctx>,
        ms: IntValue<'ctx>,
        value: IntValue<'ctx>,
        ty: &Ty,
    ) -> Result<IntValue<'ctx>> {
        self.cg.message_type(ty);
        let (copy, buffer) = self.message_copy(ty, value)?;
        let id = self.cg.word().const_int(type_id(ty), false);
        self.rt(RuntimeFn::TimerSendAfter, &[pid, ms, copy, buffer, id])?;
        Ok(self.unit())
    }

    /// A message's copy in a new buffer, and the buffer (0, and the value itself, when the
    /// value points to no heap objects).
    fn message_copy(
        &mut self,
        ty: &Ty,
        value: IntValue<'ctx>,
    ) -> Result<(IntValue<'ctx>, IntValue<'ctx>)> {
        if is_scalar(ty) {
            return Ok((value, self.int(0)));
        }
        let buffer = self.rt(RuntimeFn::MsgBegin, &[])?;
        let copy = self.copy_value(ty, value)?;
        self.rt(RuntimeFn::MsgEnd, &[buffer])?;
        Ok((copy, buffer))
    }

    /// `Some(pid)`, or `None` for the none pid 0.
    pub(super) fn pid_option(&mut self, pid: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let none = self.words_eq(pid, self.int(0))?;
        let (is_none, is_some, end) = (self.block("none"), self.block("some"), self.block("opt"));
        self.b.build_conditional_branch(none, is_none, is_some)?;
        let mut incoming = Vec::new();
        self.b.position_at_end(is_none);
        // `None` is variant 0 and `Some` variant 1 of `Option` (runtime/src/layout.rs).
        let none_value = self.cg.nullary_global(0);
        let none_value = self.to_word(none_value.as_pointer_value())?;
        self.flow_into(none_value, end, &mut incoming)?;
        self.b.position_at_end(is_some);
        let some = self.alloc_object(&[self.int(1), pid])?;
        self.flow_into(some, end, &mut incoming)?;
        self.b.position_at_end(end);
        self.merge(&incoming)
    }

    /// `receive … after … end`.
    pub(super) fn receive(
        &mut self,
        ty: &Ty,
        message: &Ty,
        groups: &'ctx [ReceiveGroup],
        after: Option<&'ctx (Box<Expr>, Box<Expr>)>,
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        let (has_timeout, timeout) = match after {
            Some((t, _)) => (self.int(1), self.expr(t)?),
            None => (self.int(0), self.int(0)),
        };
        self.rt(RuntimeFn::RecvBegin, &[has_timeout, timeout])?;
        let (next, dispatch, timed_out, end) = (
            self.block("recv_next"),
            self.block("recv_dispatch"),
            self.block("recv_after"),
            self.block("recv_end"),
        );
        self.b.build_unconditional_branch(next)?;
        self.b.position_at_end(next);
        let found = self.rt(RuntimeFn::RecvNext, &[])?;
        let found = self.truthy(found)?;
        self.b
            .build_conditional_branch(found, dispatch, timed_out)?;

        self.b.position_at_end(dispatch);
        let id = self.rt(RuntimeFn::RecvType, &[])?;
        let message = self.ty(message);
        if groups.iter().any(|g| g.kind == MessageKind::User) {
            self.cg.message_type(&message);
        }
        let mut cases = Vec::new();
        let blocks: Vec<_> = groups.iter().map(|_| self.block("recv_group")).collect();
        for (group, block) in groups.iter().zip(&blocks) {
            let id = match group.kind {
                MessageKind::User => type_id(&message),
                MessageKind::System(kind) => system_type_id(kind),
            };
            cases.push((self.cg.word().const_int(id, false), *block));
        }
        self.b.build_switch(id, next, &cases)?;

        let mut incoming = Vec::new();
        self.receives.push(next);
        for (group, block) in groups.iter().zip(blocks) {
            self.b.position_at_end(block);
            // The message moves from its buffer into this process's heap before it is matched.
            let shape = match group.kind {
                MessageKind::User => message.clone(),
                MessageKind::System(kind) => system_shape(kind),
            };
            let copy = self.helper(HelperKind::Copy, &shape)?;
            let msg = self.rt_with(RuntimeFn::RecvLocalize, &[self.fn_ptr(copy)])?;
            self.store_local(group.local, msg)?;
            // Arm bodies in tail position make an actor's loop (`a(args)`) a jump.
            let value = self.expr_at(&group.matcher, tail);
            let value = match value {
                Ok(v) => v,
                Err(e) => {
                    self.receives.pop();
                    return Err(e);
                }
            };
            self.flow_into(value, end, &mut incoming)?;
        }
        self.receives.pop();

        self.b.position_at_end(timed_out);
        match after {
            Some((_, body)) => {
                let value = self.expr_at(body, tail)?;
                self.flow_into(value, end, &mut incoming)?;
            }
            None => {
                self.b.build_unreachable()?;
            }
        }
        self.b.position_at_end(end);
        if matches!(self.ty(ty), Ty::Never) || incoming.is_empty() {
            self.b.build_unreachable()?;
            return Ok(self.dead());
        }
        self.merge(&incoming)
    }

    /// `ReceiveRetry`: back to the next message of the innermost `receive`.
    pub(super) fn receive_retry(&mut self) -> Result<IntValue<'ctx>> {
        let next = *self
            .receives
            .last()
            .ok_or_else(|| CodegenError::internal("a receive retry outside a receive"))?;
        self.b.build_unconditional_branch(next)?;
        Ok(self.dead())
    }

    /// A deep copy of `v` (of the closed type `ty`) in the current heap.
    pub(crate) fn copy_value(&mut self, ty: &Ty, v: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        match ty {
            Ty::Con(TyCon::Int | TyCon::Float | TyCon::Bool | TyCon::Unit | TyCon::Pid, _)
            | Ty::Never => Ok(v),
            Ty::Con(TyCon::String | TyCon::Atom, _) => self.rt(RuntimeFn::StringCopy, &[v]),
            Ty::Con(TyCon::Json, _) => self.rt(RuntimeFn::JsonCopy, &[v]),
            Ty::Con(TyCon::List | TyCon::Queue, args) => {
                let elem = args.first().cloned().unwrap_or(Ty::UNIT);
                let copy = self.helper(HelperKind::Copy, &elem)?;
                self.rt_with(RuntimeFn::ListCopy, &[v.into(), self.fn_ptr(copy)])
            }
            Ty::Con(TyCon::Map, args) => {
                let (key, value) = map_types(args);
                let copy_key = self.helper(HelperKind::Copy, &key)?;
                let copy_value = self.helper(HelperKind::Copy, &value)?;
                let [eq, hash] = self.key_callbacks(&key)?;
                let args: [BasicValueEnum; 5] = [
                    v.into(),
                    self.fn_ptr(copy_key),
                    self.fn_ptr(copy_value),
                    eq,
                    hash,
                ];
                self.rt_with(RuntimeFn::MapCopy, &args)
            }
            Ty::Con(TyCon::Set, args) => {
                let elem = set_type(args);
                let copy = self.helper(HelperKind::Copy, &elem)?;
                let [eq, hash] = self.key_callbacks(&elem)?;
                self.rt_with(RuntimeFn::SetCopy, &[v.into(), self.fn_ptr(copy), eq, hash])
            }
            Ty::Con(TyCon::Iter, _) => Err(CodegenError::unsupported(
                "sending an iterator to another process",
            )),
            Ty::Fun(..) => self.rt(RuntimeFn::ClosureCopy, &[v]),
            _ => self.call_helper(HelperKind::Copy, ty, &[v]),
        }
    }

    /// The body of `mesh.copy<T>` for a composite type.
    pub(crate) fn copy_body(&mut self, shape: &Shape, v: IntValue<'ctx>) -> Result<()> {
        match shape {
            Shape::Product(items) | Shape::Struct(_, items) => {
                let copy = self.copy_fields(items, v, 0)?;
                let object = self.alloc_object(&copy)?;
                self.ret(object)
            }
            Shape::Sum(variants) => {
                let tag = self.load_field(v, layout::VARIANT_TAG)?;
                self.per_variant(tag, variants, &mut |lw, _, fields| {
                    let mut words = vec![tag];
                    words.extend(lw.copy_fields(fields, v, layout::VARIANT_FIELDS)?);
                    let object = lw.alloc_object(&words)?;
                    lw.ret(object)
                })
            }
        }
    }

    fn copy_fields(
        &mut self,
        items: &[Ty],
        v: IntValue<'ctx>,
        first: u32,
    ) -> Result<Vec<IntValue<'ctx>>> {
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let field = self.load_field(v, first + i as u32)?;
            out.push(self.copy_value(item, field)?);
        }
        Ok(out)
    }

    /// At a function entry or a loop back-edge: counts down the reduction budget and yields to
    /// the scheduler when it runs out.
    pub(super) fn preemption_point(&mut self) -> Result<()> {
        let out = if cfg!(target_arch = "x86_64") {
            // One instruction: decrement in place and read the flags (see `tls_load`).
            let flag = self.cg.ctx.i8_type();
            let ty = flag.fn_type(&[], false);
            let asm = self.cg.ctx.create_inline_asm(
                ty,
                "decq %fs:mesh_budget@tpoff".to_string(),
                "={@ccle}".to_string(),
                true,
                false,
                None,
                false,
            );
            let le = self
                .b
                .build_indirect_call(ty, asm, &[], "budget_out")?
                .try_as_basic_value()
                .basic()
                .ok_or_else(|| CodegenError::internal("budget check returned nothing"))?
                .into_int_value();
            self.b
                .build_int_compare(IntPredicate::NE, le, flag.const_zero(), "preempt")?
        } else {
            let left = self.tls_load("mesh_budget")?;
            let left = self.b.build_int_sub(left, self.int(1), "budget")?;
            self.tls_store("mesh_budget", left)?;
            self.b
                .build_int_compare(IntPredicate::SLE, left, self.int(0), "preempt")?
        };
        let (yield_bb, go_on) = (self.block("yield"), self.block("go_on"));
        self.b.build_conditional_branch(out, yield_bb, go_on)?;
        self.b.position_at_end(yield_bb);
        self.rt(RuntimeFn::Yield, &[])?;
        self.b.build_unconditional_branch(go_on)?;
        self.b.position_at_end(go_on);
        Ok(())
    }

    /// Reads the runtime's thread-local word `name`.
    ///
    /// A process may resume on another worker thread after any call that can suspend it, so
    /// the address of a thread-local must never be computed once and reused across calls, as
    /// LLVM does with ordinary `thread_local` globals (it treats the thread pointer as constant
    /// within a function). On x86-64 every access is therefore an opaque `%fs`-relative
    /// instruction (the local-exec model: the variables are in the executable's own TLS block).
    fn tls_load(&mut self, name: &str) -> Result<IntValue<'ctx>> {
        if cfg!(target_arch = "x86_64") {
            let word = self.cg.word();
            let ty = word.fn_type(&[], false);
            let asm = self.cg.ctx.create_inline_asm(
                ty,
                format!("movq %fs:{name}@tpoff, $0"),
                "=r".to_string(),
                true,
                false,
                None,
                false,
            );
            let value = self.b.build_indirect_call(ty, asm, &[], name)?;
            return value
                .try_as_basic_value()
                .basic()
                .map(|v| v.into_int_value())
                .ok_or_else(|| CodegenError::internal("thread-local read returned nothing"));
        }
        let global = self.cg.tls_global(name).as_pointer_value();
        Ok(self
            .b
            .build_load(self.cg.word(), global, name)?
            .into_int_value())
    }

    /// Writes the runtime's thread-local word `name` (see [`Lower::tls_load`]).
    fn tls_store(&mut self, name: &str, value: IntValue<'ctx>) -> Result<()> {
        if cfg!(target_arch = "x86_64") {
            let ty = self
                .cg
                .ctx
                .void_type()
                .fn_type(&[self.cg.word().into()], false);
            let asm = self.cg.ctx.create_inline_asm(
                ty,
                format!("movq $0, %fs:{name}@tpoff"),
                "r".to_string(),
                true,
                false,
                None,
                false,
            );
            self.b.build_indirect_call(ty, asm, &[value.into()], "")?;
            return Ok(());
        }
        let global = self.cg.tls_global(name).as_pointer_value();
        self.b.build_store(global, value)?;
        Ok(())
    }

    /// At a function entry: crashes the process with `stack overflow` when the stack pointer is
    /// below the thread-local limit of the running process's stack.
    pub(super) fn stack_check(&mut self) -> Result<()> {
        let probe = self.entry_alloca(self.cg.ctx.i8_type(), "stack_probe")?;
        let sp = self.b.build_ptr_to_int(probe, self.cg.word(), "sp")?;
        let limit = self.tls_load("mesh_stack_limit")?;
        let low = self
            .b
            .build_int_compare(IntPredicate::ULT, sp, limit, "overflow")?;
        let (overflow, go_on) = (self.block("stack_overflow"), self.block("stack_ok"));
        self.b.build_conditional_branch(low, overflow, go_on)?;
        self.b.position_at_end(overflow);
        self.call_rt(RuntimeFn::StackOverflow, &[])?;
        self.b.build_unreachable()?;
        self.b.position_at_end(go_on);
        Ok(())
    }
}
