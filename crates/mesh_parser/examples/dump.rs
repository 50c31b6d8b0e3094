//! Prints the syntax tree and diagnostics of a Mesh file read from stdin:
//! `cargo run -p mesh_parser --example dump < main.mpl`.

use std::io::Read;

use mesh_common::SourceMap;
use mesh_diagnostics::render_human;

fn main() {
    let mut text = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("cannot read stdin: {error}");
        std::process::exit(1);
    }
    let parsed = mesh_parser::parse(&text);
    println!("{}", mesh_parser::dump(&parsed.module));
    let mut sources = SourceMap::new();
    let file = sources.add("main.mpl", text.clone());
    for diagnostic in parsed.diagnostics {
        println!(
            "{}",
            render_human(&diagnostic.in_file(file), &sources, false)
        );
    }
}
