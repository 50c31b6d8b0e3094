//! The Mesh runtime: the native library linked into every compiled Mesh program.
//!
//! Generated code calls the C ABI in [`abi`] (`mesh_rt_*` symbols); everything else is the
//! machinery behind it:
//!
//! * [`layout`] — the `#[repr(C)]` layouts of values that generated code touches;
//! * [`gc`] — per-process heaps with a conservative mark–sweep collector
//!   (`docs/design/memory.md`);
//! * [`process`], [`sched`], [`stack`] and [`tls`] — lightweight processes on their own stacks,
//!   mailboxes, the M:N scheduler and its timers (`docs/design/processes.md`);
//! * [`crash`] and [`overflow`] — panics of Mesh code, the barrier against Rust unwinding, and
//!   stack overflows;
//! * [`io`], [`string`], [`list`], [`map`], [`set`], [`json`], [`json_typed`], [`value`] — the
//!   library operations themselves.
//!
//! Links, monitors, exit signals, the local registry and `Timer.send_after` are in [`process`]
//! (`signals.rs`, `registry.rs`); services, supervisors, I/O and distribution (the rest of
//! RUNTIME.md) come later.

pub mod abi;
pub mod copy;
pub mod crash;
pub mod dist;
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
pub mod sched;
pub mod set;
pub mod stack;
pub mod string;
pub mod tls;
pub mod value;
