//! Turning a stack overflow of `main` into a crash with the reason `stack overflow`
//! (LANGUAGE.md §6.8) instead of a bare `SIGSEGV`.
//!
//! The main process's stack (`crate::stack::Stack::main`) has a guard page below it. Touching it
//! raises `SIGSEGV` on whichever worker thread runs `main` at that moment; the handler, running
//! on that thread's alternate signal stack (every worker gets one, [`prepare_thread`]), checks
//! that the faulting address lies in the guard zone around `main`'s guard page and then prints
//! the crash line and exits with status 1. Any other fault restores the default action and
//! returns, so the faulting instruction re-runs and the process dies as it would have without us.
//!
//! Other processes' stacks have no guard pages (see `crate::stack`): generated code and
//! recursive runtime code check the stack limit instead and crash only that process.
//!
//! The handler only uses async-signal-safe operations: atomics, `write`, `_exit`, and a
//! non-blocking attempt to flush buffered stdout (a `try_lock`, then `write`s).
//!
//! Generated code must touch every page of a large frame in order (LLVM's
//! `"probe-stack"="inline-asm"`), as Rust code does, so that no frame can skip the guard page.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

use crate::io;

/// Faults within this distance of the bottom of the protected stack count as overflows.
const GUARD_ZONE: usize = 1024 * 1024;

/// Size of the alternate stack the handler runs on.
const ALT_STACK_SIZE: usize = 64 * 1024;

/// The bottom (lowest address) of the protected stack, 0 when none.
static STACK_BOTTOM: AtomicUsize = AtomicUsize::new(0);

const CRASH_LINE: &[u8] = b"[mesh] main crashed: stack overflow\n";

/// Protects `main`'s stack, whose guard page is at `guard`: an overflow crashes the program with
/// `stack overflow`.
pub fn protect_main_stack(guard: usize) {
    STACK_BOTTOM.store(guard, Ordering::SeqCst);
    static HANDLER: Once = Once::new();
    HANDLER.call_once(install_handler);
}

/// Prepares a thread that may run `main`: gives it an alternate signal stack.
pub fn prepare_thread() {
    install_alt_stack();
}

/// Gives this thread an alternate signal stack (the overflowed stack cannot run the handler).
fn install_alt_stack() {
    // Safety: an anonymous private mapping at an address the kernel chooses touches no existing
    // memory; the result is checked below. The mapping is never unmapped: the thread may need it
    // until it exits.
    let stack = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            ALT_STACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if stack == libc::MAP_FAILED {
        return;
    }
    let alt = libc::stack_t {
        ss_sp: stack,
        ss_flags: 0,
        ss_size: ALT_STACK_SIZE,
    };
    // Safety: `alt` describes a mapped, writable region of ALT_STACK_SIZE bytes that stays
    // mapped for the life of the thread.
    unsafe { libc::sigaltstack(&alt, std::ptr::null_mut()) };
}

fn install_handler() {
    // Safety: `sigaction` is a plain C struct for which all-zero is a valid (empty) value; the
    // handler has the three-argument signature that SA_SIGINFO requires.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_fault as *const () as usize;
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGSEGV, &action, std::ptr::null_mut());
        libc::sigaction(libc::SIGBUS, &action, std::ptr::null_mut());
    }
}

extern "C" fn on_fault(signal: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // Safety: the kernel passes a valid siginfo for SIGSEGV/SIGBUS handlers installed with
    // SA_SIGINFO; `si_addr` is the faulting address.
    let addr = unsafe { (*info).si_addr() } as usize;
    let bottom = STACK_BOTTOM.load(Ordering::SeqCst);
    if bottom != 0 && addr.abs_diff(bottom) < GUARD_ZONE {
        io::flush_stdout();
        // Safety: `write` and `_exit` are async-signal-safe; the buffer is a static.
        unsafe {
            libc::write(2, CRASH_LINE.as_ptr().cast(), CRASH_LINE.len());
            libc::_exit(1);
        }
    }
    // Safety: restoring the default action is async-signal-safe; returning re-runs the faulting
    // instruction, which now terminates the process with the signal.
    unsafe { libc::signal(signal, libc::SIG_DFL) };
}
