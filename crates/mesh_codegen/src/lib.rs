//! Code generation: the typed IR ([`mesh_typeck::tir`]) to native code through LLVM.
//!
//! The pipeline inside this crate is:
//!
//! 1. [`codegen`] owns one LLVM module and a worklist of function *instances*: every generic
//!    function is monomorphised per instantiation, starting from `Main.main`.
//! 2. [`lower`] turns one function body into LLVM IR: one `alloca` per local (promoted by
//!    `mem2reg`), sequential pattern tests, loops, closures and self tail calls as jumps.
//! 3. [`helpers`] generates per-type equality, ordering and formatting functions on demand.
//! 4. [`entry`] adds the C `main`, which hands control to the runtime (`mesh_rt_start`), and the
//!    Mesh entry that initialises constants and calls `main`.
//! 5. [`target`] verifies the module, runs the LLVM pass pipeline and writes an object file;
//!    [`link`] calls the system C compiler to link it with the runtime archive.
//!
//! Every Mesh value is one 64-bit word (see `docs/design/codegen.md`): the generated code never
//! needs type-specific layouts except the few the runtime defines in `runtime/src/layout.rs`.

mod codegen;
mod entry;
mod error;
mod helpers;
mod link;
mod lower;
mod runtime;
mod target;
mod visit;


use inkwell::context::Context;
use mesh_typeck::tir;

pub use error::CodegenError;
pub use link::link;
pub use runtime::RuntimeFn;

/// How to generate code.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// LLVM optimisation level, `0..=3` (larger values are treated as 3).
    pub opt_level: u8,
    /// The target triple; `None` means the host.
    pub target_triple: Option<String>,
}

/// Compiles `program` to the bytes of a native object file.
pub fn emit_object(program: &tir::Program, opts: &Options) -> Result<Vec<u8>, CodegenError> {
    let context = Context::create();
    let machine = target::machine(opts)?;
    let module = codegen::build_module(&context, program, &machine)?;
    target::optimise(&module, &machine, opts.opt_level)?;
    target::object_bytes(&module, &machine)
}

/// Compiles `program` to textual LLVM IR (after optimisation at `opts.opt_level`).
pub fn emit_llvm_ir(program: &tir::Program, opts: &Options) -> Result<String, CodegenError> {
    let context = Context::create();
    let machine = target::machine(opts)?;
    let module = codegen::build_module(&context, program, &machine)?;
    target::optimise(&module, &machine, opts.opt_level)?;
    Ok(module.print_to_string().to_string())
}
