//! `meshc`: the command-line front end. The only crate that touches the
//! terminal and exits the process.

mod cli;
mod driver;
mod project;
mod report;
mod runtime_archive;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    ExitCode::from(driver::run(cli))
}
