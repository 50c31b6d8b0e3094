//! Printing diagnostics in the human or JSON format.

use std::io::{IsTerminal, Write};

use mesh_common::SourceMap;
use mesh_diagnostics::{render_human, render_json, Diagnostic};

pub struct Reporter {
    pub json: bool,
}

impl Reporter {
    pub fn emit(&self, diagnostics: &[Diagnostic], sources: &SourceMap) {
        let stderr = std::io::stderr();
        let color = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let mut out = stderr.lock();
        for d in diagnostics {
            let text = if self.json {
                format!("{}\n", render_json(d, sources))
            } else {
                render_human(d, sources, color)
            };
            let _ = out.write_all(text.as_bytes());
        }
    }
}
