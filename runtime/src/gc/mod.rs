//! Garbage-collected memory for Mesh values.
//!
//! Each process owns a [`Heap`]; the functions here allocate from the heap of the process
//! running on the current thread (see `crate::process`). The collector is a non-moving
//! mark–sweep collector with conservative root scanning; `docs/design/memory.md` explains the
//! design and the alternatives rejected.

mod classes;
mod heap;
mod page;
mod pool;
mod roots;

pub use heap::{ExternalRoots, Heap, HeapStats, MIN_THRESHOLD};
pub use pool::{mapped_pages, PAGE_SIZE};

use crate::process::with_heap;

/// Allocates `bytes` zeroed bytes that the collector scans for pointers.
#[inline]
pub fn alloc(bytes: usize) -> *mut u8 {
    with_heap(|heap| heap.alloc(bytes, false))
}

/// Allocates `bytes` zeroed bytes that the collector never scans (strings, numbers).
#[inline]
pub fn alloc_raw(bytes: usize) -> *mut u8 {
    with_heap(|heap| heap.alloc(bytes, true))
}

/// Allocates an object of `words` words, scanned for pointers.
#[inline]
pub fn alloc_words(words: usize) -> *mut u64 {
    alloc(words * 8).cast()
}

/// Runs a full collection of the current process's heap.
#[inline(never)]
pub fn collect() {
    with_heap(|heap| heap.collect());
}

/// Bytes in allocated objects of the current heap, live or not yet collected.
pub fn heap_bytes() -> usize {
    with_heap(|heap| heap.bytes_in_use())
}

/// Counters of the current heap.
pub fn stats() -> HeapStats {
    with_heap(|heap| heap.stats())
}

/// Whether `addr` lies inside a live (not yet freed) object of the current heap.
pub fn is_allocated(addr: usize) -> bool {
    with_heap(|heap| heap.contains(addr))
}

/// Makes the word at `slot` a root of the current heap.
///
/// # Safety
///
/// `slot` must stay valid for reads for as long as the current process runs.
pub unsafe fn register_root(slot: *const u64) {
    with_heap(|heap| heap.register_root(slot));
}
