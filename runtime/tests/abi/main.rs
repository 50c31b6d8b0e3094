//! Tests of the exported C ABI, called directly from Rust as generated code would call it.
//!
//! Each test runs inside `process::run`, which gives the test thread a process heap whose stack
//! roots are the test's frames.

mod gc;
mod io;
mod iter_props;
mod json;
mod json_props;
mod json_typed;
mod list;
mod list_props;
mod map;
mod map_props;
mod queue_props;
mod set;
mod string;
mod string_props;
mod support;
mod wire;
