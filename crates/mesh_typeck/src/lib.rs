//! The type checker: name resolution, Hindley–Milner inference,
//! exhaustiveness, and the lowering of the syntax tree into the typed IR
//! ([`tir`]) that code generation consumes.
//!
//! The core does no I/O: the driver hands in parsed modules and receives a
//! program plus diagnostics.

mod actors;
mod annot;
mod builtins;
mod call;
mod check;
mod conversions;
mod data;
mod deferred;
mod exhaust;
mod expr;
mod frame;
mod func;
mod infer;
mod interfaces;
mod iters;
mod json;
mod letpoly;
mod methods;
mod modules;
mod names;
mod pattern;
mod ranges;
mod scc;
mod services;
mod supervisors;
mod synth;
pub mod tir;
mod traits;
mod tuples;
pub mod ty;
mod types;
mod walk;

use mesh_common::FileId;
use mesh_diagnostics::Diagnostic;
use mesh_parser::ast;

pub use modules::module_name_for_path;

/// One parsed module handed to the checker.
pub struct ModuleSource<'a> {
    pub file: FileId,
    /// The module name derived from the path (`Main`, `Geometry.Shapes`).
    pub name: String,
    pub ast: &'a ast::Module,
}

/// The checker's result: a program when there were no errors, and every
/// diagnostic (errors and warnings) in reporting order.
pub struct Checked {
    pub program: Option<tir::Program>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a whole project.
pub fn check(modules: &[ModuleSource]) -> Checked {
    let order = match modules::dependency_order(modules) {
        Ok(order) => order,
        Err(diagnostics) => {
            return Checked {
                program: None,
                diagnostics,
            }
        }
    };
    // Services become ordinary items (`services.rs`), then actors functions (`actors.rs`),
    // before checking.
    let mut service_diags = Vec::new();
    let mut service_decls = Vec::new();
    let desugared: Vec<(ast::Module, Vec<actors::ActorDecl>)> = modules
        .iter()
        .map(|m| {
            let (ast, services, diags) = services::desugar(m.ast);
            service_diags.extend(diags.into_iter().map(|d| d.in_file(m.file)));
            service_decls.push(services);
            let (ast, diags) = supervisors::desugar(&ast);
            service_diags.extend(diags.into_iter().map(|d| d.in_file(m.file)));
            actors::desugar(&ast)
        })
        .collect();
    let sources: Vec<ModuleSource> = modules
        .iter()
        .zip(&desugared)
        .map(|(m, (ast, _))| ModuleSource {
            file: m.file,
            name: m.name.clone(),
            ast,
        })
        .collect();
    let mut checker = check::Checker::new();
    checker.actor_decls = desugared.iter().map(|(_, a)| a.clone()).collect();
    checker.service_decls = service_decls;
    let program = checker.run(&sources, &order);
    let mut diagnostics = checker.diags;
    diagnostics.extend(service_diags);
    // Files in checking order, then by position (§8.1).
    let rank = |d: &Diagnostic| {
        let file_rank = d
            .file
            .and_then(|f| order.iter().position(|&i| modules[i].file == f))
            .unwrap_or(usize::MAX);
        (file_rank, d.primary_span().map_or(0, |s| s.start))
    };
    diagnostics.sort_by_key(rank);
    Checked {
        program,
        diagnostics,
    }
}
