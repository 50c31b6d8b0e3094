//! The target machine, the optimisation pipeline and object emission.
//!
//! Objects are position independent (`RelocMode::PIC`) so that `cc` can link a PIE, the default
//! on current distributions. The CPU is `generic` for the triple: executables built on one
//! machine run on any machine of the same architecture, and output does not depend on the host
//! CPU. Optimisation uses LLVM's new pass manager with the standard `default<On>` pipelines.

use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;

use crate::error::{CodegenError, Result};
use crate::Options;

/// A target machine for `opts.target_triple` (default: the host).
pub(crate) fn machine(opts: &Options) -> Result<TargetMachine> {
    Target::initialize_native(&InitializationConfig::default())
        .map_err(|e| CodegenError::new(format!("cannot initialise the native LLVM target: {e}")))?;
    let triple = match &opts.target_triple {
        Some(t) => TargetTriple::create(t),
        None => TargetMachine::get_default_triple(),
    };
    let target = Target::from_triple(&triple).map_err(|e| {
        CodegenError::new(format!(
            "unknown target `{}`: {}",
            triple_text(&triple),
            e.to_string().trim()
        ))
    })?;
    target
        .create_target_machine(
            &triple,
            "generic",
            "",
            level(opts.opt_level),
            RelocMode::PIC,
            CodeModel::Default,
        )
        .ok_or_else(|| {
            CodegenError::new(format!(
                "cannot create a target machine for `{}`",
                triple_text(&triple)
            ))
        })
}

fn triple_text(triple: &TargetTriple) -> String {
    triple.as_str().to_string_lossy().into_owned()
}

fn level(opt_level: u8) -> OptimizationLevel {
    match opt_level {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    }
}

/// Runs `default<O{opt_level}>` over the module.
pub(crate) fn optimise(module: &Module, machine: &TargetMachine, opt_level: u8) -> Result<()> {
    let passes = format!("default<O{}>", opt_level.min(3));
    module
        .run_passes(&passes, machine, PassBuilderOptions::create())
        .map_err(|e| {
            CodegenError::internal(format!("LLVM passes failed: {}", e.to_string().trim()))
        })?;
    module.verify().map_err(|e| {
        let reason = e.to_string();
        CodegenError::internal(format!(
            "the optimised module does not verify: {}",
            reason.trim()
        ))
    })
}

/// The object file for `module`.
pub(crate) fn object_bytes(module: &Module, machine: &TargetMachine) -> Result<Vec<u8>> {
    let buffer = machine
        .write_to_memory_buffer(module, FileType::Object)
        .map_err(|e| {
            CodegenError::new(format!(
                "cannot emit an object file: {}",
                e.to_string().trim()
            ))
        })?;
    Ok(buffer.as_slice().to_vec())
}
