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
    let status = lw.rt_with(RuntimeFn::Start, &[argc.into(), argv, lw.fn_ptr(entry)])?;
    let status = lw.b.build_int_truncate(status, i32_type, "")?;
    lw.b.build_return(Some(&status))?;
    Ok(())
}
