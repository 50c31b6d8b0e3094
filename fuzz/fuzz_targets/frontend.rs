//! Feeds arbitrary text through the front end — lex, parse and, when the
//! parse is clean, check as the single module `Main` — the way `meshc check`
//! does. Any panic is a bug (the compiler must diagnose every input).

#![no_main]

use libfuzzer_sys::fuzz_target;
use mesh_common::FileId;
use mesh_typeck::ModuleSource;

fuzz_target!(|data: &[u8]| {
    // The driver only ever sees UTF-8 text; invalid bytes are rejected at load.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The parser lexes again; lexing alone first pins a panic to the lexer.
    let _ = mesh_lexer::lex(text);
    let parsed = mesh_parser::parse(text);
    if !parsed.diagnostics.is_empty() {
        return;
    }
    let module = ModuleSource {
        file: FileId(0),
        name: "Main".to_string(),
        ast: &parsed.module,
    };
    let _ = mesh_typeck::check(&[module]);
});
