//! Linking: the system C compiler turns the program's object file and the runtime archive into
//! one self-contained executable.
//!
//! `cc` knows the C library, the start files and the PIE defaults of the platform, which a
//! direct `ld` invocation would have to rediscover. The extra libraries are those the Rust
//! standard library inside the runtime staticlib needs (`rustc --print native-static-libs`).

use std::path::Path;
use std::process::Command;

use crate::error::CodegenError;

/// System libraries the runtime staticlib depends on.
#[cfg(target_os = "macos")]
const NATIVE_LIBS: &[&str] = &["-lSystem", "-lc", "-lm"];
#[cfg(not(target_os = "macos"))]
const NATIVE_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// Links `object` with `runtime_archive` into the executable `output` using `cc`.
pub fn link(object: &Path, runtime_archive: &Path, output: &Path) -> Result<(), CodegenError> {
    for (what, path) in [
        ("object file", object),
        ("runtime archive", runtime_archive),
    ] {
        if !path.is_file() {
            return Err(CodegenError::new(format!(
                "{what} `{}` does not exist",
                path.display()
            )));
        }
    }
    let result = Command::new("cc")
        .arg(object)
        .arg(runtime_archive)
        .arg("-o")
        .arg(output)
        .args(NATIVE_LIBS)
        .output()
        .map_err(|e| CodegenError::new(format!("cannot run the C compiler `cc` to link: {e}")))?;
    if result.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&result.stderr);
    Err(CodegenError::new(format!(
        "linking with `cc` failed ({}): {}",
        result.status,
        stderr.trim()
    )))
}
