//! Conservative root finding: the words of the process's stack and its callee-saved registers.
//!
//! When the collector runs, every pointer the program still needs is either in a stack slot of
//! some frame between here and the stack base, or in a callee-saved register that no frame has
//! saved yet (caller-saved registers are dead across the call into the runtime, by the C ABI).
//! So we copy the callee-saved registers into a local array with inline assembly and scan every
//! aligned word from the current stack pointer to the base. Nothing is asked of the code
//! generator, which is why this is correct at every LLVM optimisation level.

use std::hint::black_box;

#[cfg(target_arch = "x86_64")]
const SAVED_REGISTERS: usize = 6;
#[cfg(target_arch = "aarch64")]
const SAVED_REGISTERS: usize = 11;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("list the callee-saved registers of this architecture in gc/roots.rs");

/// Calls `visit` with every word of the current thread's stack between the stack pointer and
/// `base` (exclusive), after spilling the callee-saved registers onto the stack.
///
/// `base` must be the highest address of the stack region to scan and lie above this call's
/// frame on the current thread's stack.
#[inline(never)]
pub fn scan_stack(base: usize, mut visit: impl FnMut(usize)) {
    let mut registers = [0usize; SAVED_REGISTERS];
    let sp = spill_registers(&mut registers);
    let mut at = sp & !7;
    while at < base {
        // Safety: `[sp, base)` is the live part of this thread's own stack (the caller guarantees
        // `base` is above this frame), so every aligned word in it is mapped and readable. A
        // volatile read because the slots are not Rust objects we own.
        visit(unsafe { std::ptr::read_volatile(at as *const usize) });
        at += 8;
    }
    // The spilled registers must stay in memory until the scan above has read them.
    black_box(&registers);
}

/// Stores the callee-saved registers into `out` and returns the stack pointer.
#[inline(always)]
fn spill_registers(out: &mut [usize; SAVED_REGISTERS]) -> usize {
    let sp: usize;
    #[cfg(target_arch = "x86_64")]
    // Safety: the assembly only stores six registers into `out`, which is six words long and
    // writable, and reads the stack pointer; it changes no register, flag or stack slot.
    unsafe {
        std::arch::asm!(
            "mov [{out}], rbx",
            "mov [{out} + 8], rbp",
            "mov [{out} + 16], r12",
            "mov [{out} + 24], r13",
            "mov [{out} + 32], r14",
            "mov [{out} + 40], r15",
            "mov {sp}, rsp",
            out = in(reg) out.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    #[cfg(target_arch = "aarch64")]
    // Safety: the assembly only stores x19–x29 into `out`, which is eleven words long and
    // writable, and reads the stack pointer; it changes no other register, flag or stack slot.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{out}]",
            "stp x21, x22, [{out}, #16]",
            "stp x23, x24, [{out}, #32]",
            "stp x25, x26, [{out}, #48]",
            "stp x27, x28, [{out}, #64]",
            "str x29, [{out}, #80]",
            "mov {sp}, sp",
            out = in(reg) out.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    sp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[inline(never)]
    fn scan_with_secret_below(base: usize, secret: usize) -> bool {
        let slot = black_box([secret, !secret]);
        let mut found = false;
        scan_stack(base, |word| found |= word == secret);
        black_box(&slot);
        found
    }

    #[test]
    fn sees_values_in_deeper_frames_and_stops_at_the_base() {
        let marker = 0u64;
        let base = black_box(&marker) as *const u64 as usize;
        let secret = 0x5eed_f00d_dead_beef;
        assert!(scan_with_secret_below(base, secret));
        let mut words = 0;
        scan_stack(base, |_| words += 1);
        assert!(words > 0 && words < 100_000);
    }
}
