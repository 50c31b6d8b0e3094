//! The process running on the current thread, and its heap.
//!
//! For now there is one process, `main`, run by `mesh_rt_start` on a thread of its own. The
//! scheduler will run many lightweight processes on a few worker threads; it will switch the
//! current heap (and stack) whenever it switches processes, which is why allocation goes through
//! a thread-local pointer rather than a global heap.

use std::cell::Cell;
use std::hint::black_box;

use crate::gc::Heap;

thread_local! {
    /// The heap of the process running on this thread (null when none runs).
    static CURRENT: Cell<*mut Heap> = const { Cell::new(std::ptr::null_mut()) };
}

/// Runs `f` as a process on the current thread: it gets a fresh heap whose stack roots are the
/// frames below this call. The heap is freed when `f` returns, so `f` must not return heap
/// pointers.
#[inline(never)]
pub fn run<R>(f: impl FnOnce() -> R) -> R {
    let marker = 0u64;
    // Everything `f` does happens in frames below this one (`enter` is never inlined), so the
    // address of a local of this frame bounds the stack to scan.
    let base = black_box(&marker) as *const u64 as usize;
    let mut heap = Box::new(Heap::new(base));
    let _restore = Restore(CURRENT.replace(&mut *heap));
    enter(f)
}

#[inline(never)]
fn enter<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// Puts back the previous current heap, also when `f` unwinds (in tests).
struct Restore(*mut Heap);

impl Drop for Restore {
    fn drop(&mut self) {
        CURRENT.set(self.0);
    }
}

/// Calls `f` with the current process's heap. `f` must not call back into code that uses the
/// heap (it never runs Mesh code).
///
/// Panics when no process runs on this thread.
#[inline]
pub fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    let heap = CURRENT.get();
    if heap.is_null() {
        panic!("no Mesh process is running on this thread");
    }
    // Safety: `heap` was set by `run`, whose frame (owning the heap) is still on this thread's
    // stack, since `CURRENT` is reset before it returns. Only one `&mut` exists at a time: the
    // heap is only reached through this function, and `f` never re-enters it.
    f(unsafe { &mut *heap })
}
