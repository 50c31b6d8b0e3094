//! The pipeline, spelled out in one place:
//!
//! discover → load → parse (every file; stop if any has a parse error, §1.5)
//! → check (imports, inference, exhaustiveness → typed IR) → codegen (LLVM)
//! → link (`cc` with the embedded runtime archive).
//!
//! Parse errors stop the build before checking because the checker needs
//! whole modules; checker errors stop it before codegen because codegen
//! needs a fully typed program.

use std::path::{Path, PathBuf};
use std::time::Instant;

use mesh_common::SourceMap;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;
use mesh_typeck::{tir, ModuleSource};

use crate::cli::{BuildArgs, CheckArgs, Cli, CodegenFlags, Command, RunArgs};
use crate::report::Reporter;
use crate::{project, runtime_archive};

/// Exit statuses: 0 success, 1 compile errors, 2 usage or I/O errors.
const COMPILE_ERROR: u8 = 1;
const IO_ERROR: u8 = 2;

pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Build(args) => build(&args),
        Command::Run(args) => run_program(&args),
        Command::Check(args) => check(&args),
    }
}

/// Per-phase timings for `--timings`.
struct Timings {
    enabled: bool,
    last: Instant,
}

impl Timings {
    fn new(enabled: bool) -> Timings {
        Timings {
            enabled,
            last: Instant::now(),
        }
    }

    fn phase(&mut self, name: &str) {
        if self.enabled {
            eprintln!(
                "[timings] {name:<8} {:>8.2} ms",
                self.last.elapsed().as_secs_f64() * 1000.0
            );
        }
        self.last = Instant::now();
    }
}

/// The result of the front end: a typed program, or the status to exit with.
struct FrontEnd {
    sources: SourceMap,
    program: Option<tir::Program>,
}

fn front_end(root: &Path, reporter: &Reporter, timings: &mut Timings) -> Result<FrontEnd, u8> {
    let empty = SourceMap::new();
    let files = project::discover(root).map_err(|d| {
        reporter.emit(&[*d], &empty);
        IO_ERROR
    })?;
    let sources = project::load(root, &files).map_err(|ds| {
        reporter.emit(&ds, &empty);
        IO_ERROR
    })?;
    timings.phase("load");
    let mut modules: Vec<(mesh_common::FileId, String, ast::Module)> = Vec::new();
    let mut parse_errors = Vec::new();
    for id in sources.ids() {
        let file = sources.get(id);
        let parsed = mesh_parser::parse(&file.text);
        parse_errors.extend(parsed.diagnostics.into_iter().map(|d| d.in_file(id)));
        modules.push((
            id,
            mesh_typeck::module_name_for_path(&file.path),
            parsed.module,
        ));
    }
    timings.phase("parse");
    if !parse_errors.is_empty() {
        reporter.emit(&parse_errors, &sources);
        return Err(COMPILE_ERROR);
    }
    if let Some(d) = duplicate_module_names(&modules, &sources) {
        reporter.emit(&[d], &sources);
        return Err(COMPILE_ERROR);
    }
    let inputs: Vec<ModuleSource> = modules
        .iter()
        .map(|(file, name, ast)| ModuleSource {
            file: *file,
            name: name.clone(),
            ast,
        })
        .collect();
    let checked = mesh_typeck::check(&inputs);
    timings.phase("check");
    reporter.emit(&checked.diagnostics, &sources);
    if checked.diagnostics.iter().any(Diagnostic::is_error) {
        return Err(COMPILE_ERROR);
    }
    Ok(FrontEnd {
        sources,
        program: checked.program,
    })
}

fn duplicate_module_names(
    modules: &[(mesh_common::FileId, String, ast::Module)],
    sources: &SourceMap,
) -> Option<Diagnostic> {
    for (i, (fa, a, _)) in modules.iter().enumerate() {
        if let Some((fb, _, _)) = modules[i + 1..].iter().find(|(_, b, _)| b == a) {
            let (pa, pb) = (&sources.get(*fa).path, &sources.get(*fb).path);
            return Some(Diagnostic::error(
                Code::DRIVER,
                format!("{pa} and {pb} both map to module {a}"),
            ));
        }
    }
    None
}

fn check(args: &CheckArgs) -> u8 {
    let reporter = Reporter { json: args.json };
    let (root, _tmp) = match project_root(&args.path) {
        Ok(r) => r,
        Err(status) => return status,
    };
    match front_end(&root, &reporter, &mut Timings::new(false)) {
        Ok(_) => 0,
        Err(status) => status,
    }
}

fn build(args: &BuildArgs) -> u8 {
    let name = args
        .dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "main".into());
    let output = args.output.clone().unwrap_or_else(|| args.dir.join(&name));
    let ll = args.emit_llvm.then(|| args.dir.join(format!("{name}.ll")));
    compile(&args.dir, &output, ll.as_deref(), &args.flags)
}

fn compile(root: &Path, output: &Path, emit_llvm: Option<&Path>, flags: &CodegenFlags) -> u8 {
    let reporter = Reporter { json: flags.json };
    let mut timings = Timings::new(flags.timings);
    let front = match front_end(root, &reporter, &mut timings) {
        Ok(f) => f,
        Err(status) => return status,
    };
    let Some(program) = front.program else {
        return COMPILE_ERROR;
    };
    let opts = mesh_codegen::Options {
        opt_level: flags.opt_level,
        target_triple: flags.target.clone(),
    };
    match backend(&program, &opts, output, emit_llvm, &mut timings) {
        Ok(()) => 0,
        Err(reason) => {
            let d = Diagnostic::error(Code::DRIVER, format!("build failed: {reason}"));
            reporter.emit(&[d], &front.sources);
            COMPILE_ERROR
        }
    }
}

fn backend(
    program: &tir::Program,
    opts: &mesh_codegen::Options,
    output: &Path,
    emit_llvm: Option<&Path>,
    timings: &mut Timings,
) -> Result<(), String> {
    if let Some(path) = emit_llvm {
        let ir = mesh_codegen::emit_llvm_ir(program, opts).map_err(|e| e.to_string())?;
        std::fs::write(path, ir).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let object = mesh_codegen::emit_object(program, opts).map_err(|e| e.to_string())?;
    timings.phase("codegen");
    let object_path = output.with_extension("o");
    std::fs::write(&object_path, object)
        .map_err(|e| format!("cannot write {}: {e}", object_path.display()))?;
    let archive = runtime_archive::path()?;
    let linked = mesh_codegen::link(&object_path, &archive, output).map_err(|e| e.to_string());
    let _ = std::fs::remove_file(&object_path);
    timings.phase("link");
    linked
}

/// A directory is a project; a single file is copied into a temporary
/// project as its `main.mpl`.
fn project_root(path: &Path) -> Result<(PathBuf, Option<TempProject>), u8> {
    if path.is_dir() {
        return Ok((path.to_path_buf(), None));
    }
    let text = std::fs::read(path).map_err(|e| {
        eprintln!("meshc: cannot read {}: {e}", path.display());
        IO_ERROR
    })?;
    let tmp = TempProject::new().map_err(|e| {
        eprintln!("meshc: {e}");
        IO_ERROR
    })?;
    std::fs::write(tmp.0.join("main.mpl"), text).map_err(|e| {
        eprintln!("meshc: {e}");
        IO_ERROR
    })?;
    Ok((tmp.0.clone(), Some(tmp)))
}

/// A temporary project directory, removed on drop.
struct TempProject(PathBuf);

impl TempProject {
    fn new() -> std::io::Result<TempProject> {
        let dir = std::env::temp_dir().join(format!("meshc-{}-{}", std::process::id(), unique()));
        std::fs::create_dir_all(&dir)?;
        Ok(TempProject(dir))
    }
}

impl Drop for TempProject {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn unique() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

fn run_program(args: &RunArgs) -> u8 {
    let (root, _tmp) = match project_root(&args.path) {
        Ok(r) => r,
        Err(status) => return status,
    };
    let out_dir = match TempProject::new() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("meshc: {e}");
            return IO_ERROR;
        }
    };
    let exe = out_dir.0.join("program");
    let status = compile(&root, &exe, None, &args.flags);
    if status != 0 {
        return status;
    }
    match std::process::Command::new(&exe).args(&args.args).status() {
        Ok(s) => s.code().map_or(1, |c| c as u8),
        Err(e) => {
            eprintln!("meshc: cannot run {}: {e}", exe.display());
            IO_ERROR
        }
    }
}
