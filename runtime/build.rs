//! Compiles `src/tls.c`, which defines the two thread-locals generated code reads at every
//! function entry (`mesh_budget`, `mesh_stack_limit`). Rust cannot export a `#[thread_local]`
//! static on stable, so they live in C; `cc` bundles the object into `libmesh_rt.a`.

fn main() {
    println!("cargo:rerun-if-changed=src/tls.c");
    cc::Build::new().file("src/tls.c").compile("mesh_tls");
}
