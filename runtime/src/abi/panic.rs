//! Panics and stack overflows raised by generated code.

use crate::crash;
use crate::string::Str;

/// Crashes the current process with `reason` (LANGUAGE.md §6.9): prints `[mesh] actor
/// #PID<0.N> crashed: <reason>` on stderr and ends the process; for `main`, flushes stdout,
/// prints `[mesh] main crashed: <reason>` and ends the program with status 1.
#[no_mangle]
pub extern "C" fn mesh_rt_panic(reason: Str) -> ! {
    crash::crash(reason.as_str())
}

/// Crashes the current process with `stack overflow`. Generated code calls it when the stack
/// pointer is below `mesh_stack_limit` at a function entry.
#[no_mangle]
pub extern "C" fn mesh_rt_stack_overflow() -> ! {
    crash::crash(crate::stack::OVERFLOW_REASON)
}
