//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "meshc", version, about = "The Mesh compiler")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Compile a project directory into a native executable.
    Build(BuildArgs),
    /// Build a project (or a single file) into a cache directory and run it.
    Run(RunArgs),
    /// Parse and type-check only (for CI): exit 0 without errors, 1 with errors.
    Check(CheckArgs),
}

#[derive(Args, Clone)]
pub struct CodegenFlags {
    /// LLVM optimisation level.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
    pub opt_level: u8,
    /// Target triple (only the host triple is supported).
    #[arg(long)]
    pub target: Option<String>,
    /// Print diagnostics as JSON lines on stderr.
    #[arg(long)]
    pub json: bool,
    /// Print the time spent in each phase.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Args)]
pub struct BuildArgs {
    /// The project directory (it contains main.mpl).
    pub dir: PathBuf,
    /// Where to write the executable (default: <dir>/<basename of dir>).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Also write the optimised LLVM IR to <dir>/<name>.ll.
    #[arg(long)]
    pub emit_llvm: bool,
    #[command(flatten)]
    pub flags: CodegenFlags,
}

#[derive(Args)]
pub struct RunArgs {
    /// A project directory or a single .mpl file.
    pub path: PathBuf,
    #[command(flatten)]
    pub flags: CodegenFlags,
    /// Arguments passed to the program (after `--`).
    #[arg(last = true)]
    pub args: Vec<String>,
}

#[derive(Args)]
pub struct CheckArgs {
    /// A project directory or a single .mpl file.
    pub path: PathBuf,
    /// Print diagnostics as JSON lines on stderr.
    #[arg(long)]
    pub json: bool,
}
