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
mod decision;
mod entry;
mod error;
mod hash;
mod helpers;
mod impls;
pub mod layout;
mod link;
mod lower;
mod runtime;
mod target;
mod visit;

use inkwell::context::Context;
use mesh_typeck::tir;

pub use error::CodegenError;
pub use link::link;
pub use runtime::{Kind as RuntimeKind, RuntimeFn};

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

#[cfg(test)]
mod tests {
    use mesh_common::{FileId, Span};
    use mesh_typeck::tir::{
        ArithOp, Builtin, Callee, Expr, ExprKind, FnId, FnKind, Function, Program,
    };
    use mesh_typeck::ty::Ty;

    use super::*;

    fn expr(kind: ExprKind, ty: Ty) -> Expr {
        Expr {
            kind,
            ty,
            span: Span::default(),
        }
    }

    /// `fn main() do println("${6 * 7}") end`
    fn hello() -> Program {
        let six = Box::new(expr(ExprKind::Int(6), Ty::INT));
        let seven = Box::new(expr(ExprKind::Int(7), Ty::INT));
        let product = expr(
            ExprKind::Arith {
                op: ArithOp::Mul,
                lhs: six,
                rhs: seven,
            },
            Ty::INT,
        );
        let text = expr(ExprKind::Show(Box::new(product)), Ty::STRING);
        let callee = Callee::Builtin(Builtin::Println);
        let body = expr(
            ExprKind::Call {
                callee,
                args: vec![text],
            },
            Ty::UNIT,
        );
        let main = Function {
            name: "main".into(),
            symbol: "Main.main/0".into(),
            file: FileId(0),
            span: Span::default(),
            n_generics: 0,
            params: vec![],
            ret: Ty::UNIT,
            locals: vec![],
            captures: vec![],
            kind: FnKind::TopLevel,
            body,
        };
        Program {
            functions: vec![main],
            constants: vec![],
            entry: FnId(0),
            adts: vec![],
            impls: vec![],
        }
    }

    #[test]
    fn small_program_verifies_at_o0_and_o2() {
        for opt_level in [0, 2] {
            let opts = Options {
                opt_level,
                target_triple: None,
            };
            let ir = emit_llvm_ir(&hello(), &opts).expect("IR");
            assert!(ir.contains("@mesh_rt_io_println"), "{ir}");
            assert!(ir.contains("define i32 @main(i32"), "{ir}");
            let object = emit_object(&hello(), &opts).expect("object");
            assert!(!object.is_empty());
        }
    }
}
