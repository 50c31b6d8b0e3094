//! Panics of Mesh code: how a process crashes, and the barrier that keeps Rust panics from
//! unwinding into generated code.
//!
//! Library functions raise a crash with [`raise`], which unwinds (as a Rust panic carrying a
//! [`MeshPanic`]) to the [`guard`] wrapped around every exported function. The guard turns any
//! panic — a library crash or a bug in the runtime — into the crash of the current process
//! ([`crash`]): one line on stderr, then the process ends by switching back to its worker for
//! good, abandoning its stack without unwinding (`crate::process::crash_current`). Generated code
//! never sees an unwind: it has no landing pads, and unwinding out of an `extern "C"` function
//! aborts. Generated code's own panics (`mesh_rt_panic`) and stack overflows
//! (`mesh_rt_stack_overflow`) call [`crash`] directly.
//!
//! A crash of `main` prints `[mesh] main crashed: <reason>` after flushing stdout and ends the
//! program with status 1; a crash of another process prints `[mesh] actor #PID<0.N> crashed:
//! <reason>` and ends only that process. Outside the scheduler (a thread running
//! `process::run`), a crash prints the `main` line and exits with status 1 at once.
//!
//! Runtime frames abandoned by a crash (a library function that called back into Mesh code that
//! crashed) never run their destructors: memory they owned leaks, which is the price of never
//! unwinding through generated code.

use std::any::Any;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::{io, process};

/// The payload of a crash raised by library code: the exact reason text (STDLIB.md §7.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeshPanic(pub String);

/// Crashes the current process with `reason`, unwinding to the nearest [`guard`].
pub fn raise(reason: impl Into<String>) -> ! {
    std::panic::panic_any(MeshPanic(reason.into()))
}

/// Runs `f`; if it panics, crashes the current process with the panic's message.
#[inline]
pub fn guard<R>(f: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(value) => value,
        Err(payload) => {
            let reason = reason_of(payload.as_ref());
            drop(payload);
            crash(&reason)
        }
    }
}

/// The crash reason carried by a panic payload.
pub fn reason_of(payload: &(dyn Any + Send)) -> String {
    if let Some(MeshPanic(reason)) = payload.downcast_ref::<MeshPanic>() {
        reason.clone()
    } else if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_string()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "internal runtime error".to_string()
    }
}

/// Crashes the current process now: writes its crash line to stderr and ends it (see the module
/// documentation). Outside the scheduler: flushes stdout, writes the `main` line and exits with
/// status 1.
pub fn crash(reason: &str) -> ! {
    process::crash_current(reason);
    io::flush_stdout();
    let line = crash_line(reason);
    let mut stderr = std::io::stderr().lock();
    // Nothing useful can be done if stderr is gone; the exit status still tells.
    let _ = stderr.write_all(line.as_bytes());
    let _ = stderr.flush();
    std::process::exit(1)
}

/// The line printed when `main` crashes with `reason`, newline included.
pub fn crash_line(reason: &str) -> String {
    format!("[mesh] main crashed: {reason}\n")
}

/// The line printed when process `pid` (not `main`) crashes with `reason`, newline included.
pub fn actor_crash_line(pid: u64, reason: &str) -> String {
    format!("[mesh] actor #PID<0.{pid}> crashed: {reason}\n")
}

/// Replaces the default panic hook (which prints a backtrace note) with a silent one: the
/// [`guard`] prints the one crash line.
pub fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|_| {}));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_come_from_mesh_panics_and_plain_rust_panics() {
        let payload = catch_unwind(|| raise("empty list")).expect_err("raise unwinds");
        assert_eq!(reason_of(payload.as_ref()), "empty list");
        let payload = catch_unwind(|| panic!("index {} out of bounds", 3)).expect_err("unwinds");
        assert_eq!(reason_of(payload.as_ref()), "index 3 out of bounds");
        let payload = catch_unwind(|| panic!("static text")).expect_err("unwinds");
        assert_eq!(reason_of(payload.as_ref()), "static text");
        assert_eq!(crash_line("boom"), "[mesh] main crashed: boom\n");
        assert_eq!(
            actor_crash_line(7, "boom"),
            "[mesh] actor #PID<0.7> crashed: boom\n"
        );
    }
}
