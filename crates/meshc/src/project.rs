//! Finding a project's files (LANGUAGE.md §1.2) and loading them into a
//! source map.

use std::path::{Path, PathBuf};

use mesh_common::SourceMap;
use mesh_diagnostics::{Code, Diagnostic};

/// The files of a project: every `.mpl` under the root, skipping names that
/// start with `.`, in path order.
pub fn discover(root: &Path) -> Result<Vec<PathBuf>, Box<Diagnostic>> {
    if !root.join("main.mpl").is_file() {
        let message = format!("no main.mpl found in {}", root.display());
        return Err(Box::new(Diagnostic::error(Code::DRIVER, message)));
    }
    let mut files = Vec::new();
    walk(root, root, &mut files)?;
    files.sort();
    Ok(files)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Box<Diagnostic>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Diagnostic::error(Code::DRIVER, format!("cannot read {}: {e}", dir.display()))
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "mpl") {
            out.push(path.strip_prefix(root).unwrap_or(&path).to_path_buf());
        }
    }
    Ok(())
}

/// Reads every file into a source map (paths relative to the root, `/`-separated).
pub fn load(root: &Path, files: &[PathBuf]) -> Result<SourceMap, Vec<Diagnostic>> {
    let mut sources = SourceMap::new();
    let mut errors = Vec::new();
    for rel in files {
        let display = rel.to_string_lossy().replace('\\', "/");
        match std::fs::read(root.join(rel)) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => {
                    let text = text
                        .strip_prefix('\u{feff}')
                        .map(str::to_string)
                        .unwrap_or(text);
                    sources.add(display, text);
                }
                Err(_) => errors.push(Diagnostic::error(
                    Code::DRIVER,
                    format!("{display} is not valid UTF-8"),
                )),
            },
            Err(e) => errors.push(Diagnostic::error(
                Code::DRIVER,
                format!("cannot read {display}: {e}"),
            )),
        }
    }
    if errors.is_empty() {
        Ok(sources)
    } else {
        Err(errors)
    }
}
