//! Builds the runtime staticlib and embeds it into `meshc`, so an installed
//! compiler links programs from any directory (RUNTIME.md §1).
//!
//! The runtime is built by a nested cargo invocation into this build's
//! `OUT_DIR` (a separate target directory, so it does not wait on the outer
//! build's lock). `MESH_RUNTIME_LIB` may point at a prebuilt archive instead.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=MESH_RUNTIME_LIB");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let manifest_dir =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let runtime_dir = manifest_dir.join("../../runtime");
    let archive = match env::var("MESH_RUNTIME_LIB") {
        Ok(path) => PathBuf::from(path),
        Err(_) => build_runtime(&runtime_dir, &out),
    };
    watch(&runtime_dir.join("src"));
    println!(
        "cargo:rerun-if-changed={}",
        runtime_dir.join("Cargo.toml").display()
    );
    let embedded = out.join("libmesh_rt.a");
    std::fs::copy(&archive, &embedded).expect("copy the runtime archive");
    println!(
        "cargo:rustc-env=MESH_RUNTIME_ARCHIVE={}",
        embedded.display()
    );
}

fn build_runtime(runtime_dir: &Path, out: &Path) -> PathBuf {
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = out.join("runtime-target");
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--release", "--lib", "--manifest-path"])
        .arg(runtime_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir);
    // Do not leak the outer build's settings (profile, target dir, flags).
    for (key, _) in env::vars() {
        if key.starts_with("CARGO_") && key != "CARGO_HOME"
            || key == "RUSTFLAGS"
            || key == "RUSTC_WRAPPER"
        {
            cmd.env_remove(key);
        }
    }
    let status = cmd.status().expect("run cargo to build the runtime");
    assert!(status.success(), "building the runtime failed");
    target_dir.join("release/libmesh_rt.a")
}

fn watch(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            watch(&path);
        } else {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}
