//! Allocation and the collector.

use crate::crash::guard;
use crate::gc;

/// Allocates `bytes` zeroed bytes, 8-byte aligned, that the collector scans for pointers
/// (tuples, structs, closures, variants).
#[no_mangle]
pub extern "C" fn mesh_rt_alloc(bytes: u64) -> *mut u8 {
    guard(|| gc::alloc(bytes as usize))
}

/// Allocates `bytes` zeroed bytes, 8-byte aligned, that the collector never scans.
#[no_mangle]
pub extern "C" fn mesh_rt_alloc_raw(bytes: u64) -> *mut u8 {
    guard(|| gc::alloc_raw(bytes as usize))
}

/// Makes the word at `slot` (a global holding a top-level constant) a root. Returns Unit.
///
/// # Safety
///
/// `slot` must be valid for reads for the rest of the program.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_gc_register_root(slot: *mut u64) -> u64 {
    // Safety: the caller guarantees `slot` stays readable.
    guard(|| unsafe { gc::register_root(slot) });
    0
}

/// Runs a full collection now (for tests). Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_gc_collect() -> u64 {
    guard(gc::collect);
    0
}

/// Bytes in allocated objects of the current heap, live or not yet collected (for tests).
#[no_mangle]
pub extern "C" fn mesh_rt_gc_heap_bytes() -> u64 {
    guard(|| gc::heap_bytes() as u64)
}
