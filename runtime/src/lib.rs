//! The Mesh runtime: the native library linked into every compiled Mesh program.
//!
//! Generated code calls the C ABI in [`abi`] (`mesh_rt_*` symbols); everything else is the
//! machinery behind it:
//!
//! * [`layout`] — the `#[repr(C)]` layouts of values that generated code touches;
//! * [`gc`] and [`process`] — per-process heaps with a conservative mark–sweep collector
//!   (`docs/design/memory.md`);
//! * [`crash`] and [`overflow`] — panics of Mesh code, the barrier against Rust unwinding, and
//!   stack overflows;
//! * [`io`], [`string`], [`list`], [`map`], [`set`], [`json`], [`json_typed`], [`value`] — the
//!   library operations themselves.
//!
//! This first slice runs a single process (`main`); scheduling, messages and the rest of
//! RUNTIME.md come later.

pub mod abi;
pub mod crash;
pub mod gc;
pub mod io;
pub mod iter;
pub mod json;
pub mod json_typed;
pub mod layout;
pub mod list;
pub mod map;
pub mod overflow;
pub mod process;
pub mod set;
pub mod string;
pub mod value;
