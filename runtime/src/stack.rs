//! Process stacks: 8 MiB slots carved out of large lazily committed arenas, and the 256 MiB
//! stack of `main`.
//!
//! An arena is one anonymous `MAP_NORESERVE` mapping of [`ARENA_SLOTS`] slots, so address space
//! costs nothing until a page is touched, and a hundred thousand stacks need only a few hundred
//! mappings. Slots have **no guard page**: a `PROT_NONE` page per slot would split the arena
//! into two mappings per slot, and Linux's default `vm.max_map_count` (65,530) would cap a
//! program at about 32,000 processes. Instead every slot has a *limit* 64 KiB above its bottom
//! ([`MARGIN`]); generated code compares the stack pointer with it at every function entry
//! (through the thread-local `mesh_stack_limit`, see [`crate::tls`]) and runtime functions that
//! recurse on data call [`check`]. The margin is what runtime code called at the limit may use.
//! Each arena's lowest page is a real guard page, so an overflow of the lowest slot faults
//! instead of writing below the arena.
//!
//! A released slot goes onto a LIFO free list. Its memory is returned with
//! `madvise(MADV_DONTNEED)`: all of it, except that the first [`HOT_SLOTS`] free slots keep
//! their top [`KEEP_RESIDENT`] bytes, so that a program spawning and ending short processes
//! reuses warm pages instead of faulting in fresh ones.
//!
//! `main` gets a separate mapping of [`MAIN_STACK_SIZE`] with a real guard page below it: deep
//! recursion in `main` is common in scripts, and the guard (with `overflow.rs`) also catches
//! runtime code that recurses past the limit.

use std::sync::Mutex;

use crate::crash;
use crate::tls;

/// Address space of one process stack.
pub const SLOT_SIZE: usize = 8 * 1024 * 1024;

/// Address space of `main`'s stack (committed only as it is used).
pub const MAIN_STACK_SIZE: usize = 256 * 1024 * 1024;

/// Bytes above the bottom of a stack that are reserved for runtime code: the stack limit is
/// the bottom plus this margin.
pub const MARGIN: usize = 64 * 1024;

/// Slots per arena (2 GiB of address space).
pub const ARENA_SLOTS: usize = 256;

/// How much of the top of a released slot stays resident, for the first [`HOT_SLOTS`].
pub const KEEP_RESIDENT: usize = 16 * 1024;

/// How many free slots keep their top pages resident.
pub const HOT_SLOTS: usize = 4096;

/// Free slots (their bottom addresses), most recently freed last.
static FREE: Mutex<Vec<usize>> = Mutex::new(Vec::new());

fn page_size() -> usize {
    // Safety: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).unwrap_or(4096).max(4096)
}

/// The stack of one process; returned to its arena (or unmapped, for `main`) when dropped.
#[derive(Debug)]
pub struct Stack {
    bottom: usize,
    top: usize,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A slot of an arena.
    Slot,
    /// `main`'s own mapping `[start, top)`, whose first page is the guard.
    Main { start: usize },
}

impl Stack {
    /// A free slot of an arena, mapping a new arena when none is free.
    ///
    /// Panics (`out of memory`) when the address space is exhausted.
    pub fn slot() -> Stack {
        let mut free = FREE.lock().unwrap_or_else(|poison| poison.into_inner());
        let bottom = match free.pop() {
            Some(bottom) => bottom,
            None => {
                let first = map_arena();
                free.extend((1..ARENA_SLOTS).rev().map(|i| first + i * SLOT_SIZE));
                first
            }
        };
        Stack {
            bottom,
            top: bottom + SLOT_SIZE,
            kind: Kind::Slot,
        }
    }

    /// A fresh stack for `main`: [`MAIN_STACK_SIZE`] bytes above a guard page.
    pub fn main() -> Result<Stack, String> {
        let guard = page_size();
        let len = MAIN_STACK_SIZE + guard;
        let start = reserve(len).ok_or_else(|| std::io::Error::last_os_error().to_string())?;
        // Safety: `[start, start + guard)` is the first page of the mapping just created.
        let status = unsafe { libc::mprotect(start as *mut libc::c_void, guard, libc::PROT_NONE) };
        if status != 0 {
            return Err(std::io::Error::last_os_error().to_string());
        }
        Ok(Stack {
            bottom: start + guard,
            top: start + len,
            kind: Kind::Main { start },
        })
    }

    /// The lowest usable address.
    pub fn bottom(&self) -> usize {
        self.bottom
    }

    /// The highest address (exclusive): where the stack starts.
    pub fn top(&self) -> usize {
        self.top
    }

    /// The stack limit for generated code: the bottom plus [`MARGIN`].
    pub fn limit(&self) -> usize {
        self.bottom + MARGIN
    }

    /// The guard page's address, for `main`'s stack.
    pub fn guard(&self) -> Option<usize> {
        match self.kind {
            Kind::Main { start } => Some(start),
            Kind::Slot => None,
        }
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        match self.kind {
            Kind::Main { start } => {
                // Safety: `[start, top)` is the mapping `Stack::main` created; the process that
                // ran on it is gone.
                unsafe { libc::munmap(start as *mut libc::c_void, self.top - start) };
            }
            Kind::Slot => release(self.bottom),
        }
    }
}

/// Returns a slot's memory to the OS (mostly) and the slot to the free list.
fn release(bottom: usize) {
    let hot = FREE.lock().map_or(0, |free| free.len()) < HOT_SLOTS;
    let len = if hot {
        SLOT_SIZE - KEEP_RESIDENT
    } else {
        SLOT_SIZE
    };
    // Most processes never touch their stack below the top few pages: then there is nothing to
    // drop, and `madvise` would only cost a system call and, with several workers, a TLB
    // shootdown on every other core (the main cost of spawning short processes). `mincore` of
    // one page (read-only, no shootdown) tells whether anything below is resident.
    if !hot || resident_below(bottom, len) {
        // Safety: the slot belongs to an arena we mapped, and the process that used it has
        // ended, so nothing lives in it; DONTNEED only drops private anonymous memory.
        unsafe { libc::madvise(bottom as *mut libc::c_void, len, libc::MADV_DONTNEED) };
    }
    FREE.lock()
        .unwrap_or_else(|poison| poison.into_inner())
        .push(bottom);
}

/// Whether any page of `[start, start + len)` (page-aligned, the part of a slot below its kept
/// top) is resident. A stack grows down from the top one page after the other (Rust and
/// generated code probe large frames page by page), so it is enough to look at the highest page
/// of the range: if the process never reached it, it touched nothing below it either.
fn resident_below(start: usize, len: usize) -> bool {
    let page = 4096;
    let mut residency = [0u8; 1];
    let highest = start + len - page;
    // Safety: the page lies in a mapping of ours and `residency` has one byte for it.
    let status =
        unsafe { libc::mincore(highest as *mut libc::c_void, page, residency.as_mut_ptr()) };
    status != 0 || residency[0] & 1 != 0
}

/// Reserves `len` bytes of lazily committed, read-write address space.
fn reserve(len: usize) -> Option<usize> {
    // Safety: an anonymous private mapping at an address the kernel chooses touches no existing
    // memory; the result is checked below.
    let addr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (addr != libc::MAP_FAILED).then_some(addr as usize)
}

/// Maps an arena and returns the bottom of its first slot.
fn map_arena() -> usize {
    let guard = page_size();
    let Some(start) = reserve(ARENA_SLOTS * SLOT_SIZE + guard) else {
        panic!("out of memory (cannot reserve process stacks)");
    };
    // Safety: the first page of the mapping just created becomes the arena's guard page.
    unsafe { libc::mprotect(start as *mut libc::c_void, guard, libc::PROT_NONE) };
    start + guard
}

// Safety: `base` is the top of a mapped, writable region of at least 8 MiB (or 256 MiB), aligned
// to a page, and `limit` its bottom. Slots have no guard page of their own, which the trait asks
// for: instead generated code and recursive runtime code check `mesh_stack_limit` (the module
// documentation explains why), and the arena's lowest slot sits above a guard page.
unsafe impl corosensei::stack::Stack for Stack {
    fn base(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.top)
            .unwrap_or(corosensei::stack::StackPointer::MIN)
    }

    fn limit(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.bottom)
            .unwrap_or(corosensei::stack::StackPointer::MIN)
    }
}

/// The exit reason of a process that ran out of stack.
pub const OVERFLOW_REASON: &str = "stack overflow";

/// Crashes the current process with `stack overflow` when its stack pointer is below the
/// limit. For runtime functions that recurse on data (JSON encoding, …).
#[inline]
pub fn check() {
    let marker = 0u8;
    let sp = std::hint::black_box(&marker) as *const u8 as u64;
    if sp < tls::stack_limit() {
        crash::raise(OVERFLOW_REASON);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_distinct_writable_and_reused_after_release() {
        let a = Stack::slot();
        let b = Stack::slot();
        assert_ne!(a.bottom(), b.bottom());
        assert_eq!(a.top() - a.bottom(), SLOT_SIZE);
        assert_eq!(a.limit(), a.bottom() + MARGIN);
        // A stack is used from the top down, page after page (frames are probed): touch every
        // page down to the bottom, as a deep recursion would.
        let mut at = a.top() - 8;
        while at >= a.bottom() {
            // Safety: every word of a slot is mapped and writable.
            unsafe { (at as *mut u64).write(7) };
            at -= 4096;
        }
        // Safety: as above.
        unsafe { (a.bottom() as *mut u64).write(9) };
        let freed = a.bottom();
        drop(a);
        let c = Stack::slot();
        assert_eq!(c.bottom(), freed, "the free list is LIFO");
        // Safety: as above; released memory reads back as zero or as it was (kept pages).
        let bottom_word = unsafe { (c.bottom() as *const u64).read() };
        assert_eq!(bottom_word, 0, "released memory was given back");
        drop((b, c));
    }

    #[test]
    fn main_stack_has_a_guard_page() {
        let stack = Stack::main().expect("main stack");
        let guard = stack.guard().expect("guard");
        assert_eq!(stack.bottom() - guard, page_size());
        assert_eq!(stack.top() - stack.bottom(), MAIN_STACK_SIZE);
    }
}
