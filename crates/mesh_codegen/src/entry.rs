//! Program entry: the C `main` and the Mesh entry it hands to the runtime.
//!
//! `main(argc, argv)` only calls `mesh_rt_start(argc, argv, @mesh_entry)`, which sets up the
//! runtime (heap, the main process) and calls `mesh_entry` inside it; its result is the exit
//! status. `mesh_entry` registers every constant's global as a GC root, runs the constant
//! initialisers in order (counting initialised constants in `mesh.consts_ready`, which checked
//! constant reads compare against), then calls `Main.main`.

use inkwell::module::Linkage;
use inkwell::values::FunctionValue;
use mesh_typeck::tir::FnKind;
use mesh_typeck::ty::Ty;

use crate::codegen::Codegen;
use crate::error::{CodegenError, Result};
use crate::lower::{lower_constant, Lower};
use crate::runtime::RuntimeFn;

/// Adds `mesh_entry` and the C `main` that runs the program's `main` (the instance `main`).
pub(crate) fn emit<'ctx>(cg: &mut Codegen<'ctx>, main: FunctionValue<'ctx>) -> Result<()> {
    let def = cg.function(cg.program.entry)?;
    if def.kind != FnKind::TopLevel || !def.params.is_empty() {
        return Err(CodegenError::unsupported(format!(
            "an entry function `{}` with parameters",
            def.name
        )));
    }
    let inits = (0..cg.program.constants.len())
        .map(|i| lower_constant(cg, i))
        .collect::<Result<Vec<_>>>()?;
    let entry = mesh_entry(cg, main, &inits)?;
    c_main(cg, entry)
}

fn mesh_entry<'ctx>(
    cg: &mut Codegen<'ctx>,
    main: FunctionValue<'ctx>,
    inits: &[FunctionValue<'ctx>],
) -> Result<FunctionValue<'ctx>> {
    let function = cg.module.add_function(
        "mesh_entry",
        cg.fn_type(FnKind::TopLevel, 0),
        Some(Linkage::Internal),
    );
    let globals = cg.consts.clone();
    let ready = cg.consts_ready;
    let mut lw = Lower::new(cg, function, Vec::new(), &[])?;
    for global in &globals {
        lw.call_rt(
            RuntimeFn::GcRegisterRoot,
            &[global.as_pointer_value().into()],
        )?;
    }
    for (i, (global, init)) in globals.iter().zip(inits).enumerate() {
        let value = lw.call_fn(*init, &[])?;
        lw.b.build_store(global.as_pointer_value(), value)?;
        lw.b.build_store(ready.as_pointer_value(), lw.int(i as i64 + 1))?;
    }
    lw.call_fn(main, &[])?;
    lw.b.build_return(Some(&lw.unit()))?;
    Ok(function)
}

/// The function that registers the program's message types (`mesh_rt_register_message_types`),
/// called by the C `main` first; its body is made last ([`define_message_types`]).
const MESSAGE_TYPES: &str = "mesh.register_message_types";

/// Defines [`MESSAGE_TYPES`]: a constant table of (type id, wire descriptor) pairs for every
/// message type the program uses, handed to the runtime.
pub(crate) fn define_message_types(cg: &mut Codegen<'_>) -> Result<()> {
    let function = cg
        .module
        .get_function(MESSAGE_TYPES)
        .ok_or_else(|| CodegenError::internal("the message type registration is missing"))?;
    let types = cg.message_types.clone();
    let mut lw = Lower::new(cg, function, Vec::new(), &[])?;
    let mut words = Vec::with_capacity(2 * types.len());
    // A type that cannot cross nodes (an iterator inside) has no entry: sending a value of it
    // to another node crashes the sender with a clear reason.
    let sendable: Vec<&Ty> = types
        .iter()
        .filter(|t| lw.wire_describable(t, &mut Vec::new()))
        .collect();
    for ty in &sendable {
        let id = crate::lower::type_id(ty);
        words.push(lw.cg.word().const_int(id, false));
        let desc = lw.descriptor(ty, crate::lower::Flavor::Wire)?;
        words.push(desc.as_pointer_value().const_to_int(lw.cg.word()));
    }
    let array = lw.cg.word().array_type(words.len() as u32);
    let table = lw.cg.module.add_global(array, None, "mesh.message_types");
    table.set_linkage(Linkage::Private);
    table.set_constant(true);
    table.set_alignment(8);
    table.set_initializer(&lw.cg.word().const_array(&words));
    let n = lw.int(sendable.len() as i64);
    lw.rt_with(
        RuntimeFn::RegisterMessageTypes,
        &[table.as_pointer_value().into(), n.into()],
    )?;
    // The functions other nodes may spawn here: (name, entry, argument type id) triples.
    let spawnables = lw.cg.spawnables.clone();
    let mut words = Vec::with_capacity(3 * spawnables.len());
    for (name, entry, payload) in &spawnables {
        let name = lw.cg.string_global(name).as_pointer_value();
        words.push(name.const_to_int(lw.cg.word()));
        let entry = entry.as_global_value().as_pointer_value();
        words.push(entry.const_to_int(lw.cg.word()));
        words.push(
            lw.cg
                .word()
                .const_int(crate::lower::type_id(payload), false),
        );
    }
    let array = lw.cg.word().array_type(words.len() as u32);
    let table = lw.cg.module.add_global(array, None, "mesh.spawnables");
    table.set_linkage(Linkage::Private);
    table.set_constant(true);
    table.set_alignment(8);
    table.set_initializer(&lw.cg.word().const_array(&words));
    let n = lw.int(spawnables.len() as i64);
    lw.rt_with(
        RuntimeFn::RegisterSpawnables,
        &[table.as_pointer_value().into(), n.into()],
    )?;
    lw.b.build_return(Some(&lw.unit()))?;
    Ok(())
}

/// `i32 main(i32 argc, ptr argv)`: returns what `mesh_rt_start` returns.
fn c_main<'ctx>(cg: &mut Codegen<'ctx>, entry: FunctionValue<'ctx>) -> Result<()> {
    let i32_type = cg.ctx.i32_type();
    let ty = i32_type.fn_type(&[i32_type.into(), cg.ptr().into()], false);
    let function = cg.module.add_function("main", ty, Some(Linkage::External));
    let mut lw = Lower::new(cg, function, Vec::new(), &[])?;
    let argc = function
        .get_nth_param(0)
        .ok_or_else(|| CodegenError::internal("main has no argc"))?;
    let argv = function
        .get_nth_param(1)
        .ok_or_else(|| CodegenError::internal("main has no argv"))?;
    let argc =
        lw.b.build_int_s_extend(argc.into_int_value(), lw.cg.word(), "")?;
    let register = lw.cg.module.add_function(
        MESSAGE_TYPES,
        lw.cg.fn_type(FnKind::TopLevel, 0),
        Some(Linkage::Internal),
    );
    lw.call_fn(register, &[])?;
    let status = lw.rt_with(RuntimeFn::Start, &[argc.into(), argv, lw.fn_ptr(entry)])?;
    let status = lw.b.build_int_truncate(status, i32_type, "")?;
    lw.b.build_return(Some(&status))?;
    Ok(())
}
