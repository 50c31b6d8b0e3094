//! The collector seen through the ABI: what is kept, what is reclaimed, and that memory stays
//! bounded. Pointers that must *not* act as roots are hidden (bitwise complement) and the stack
//! is cleared, since the scanner treats any stale stack word as a possible pointer.

use std::hint::black_box;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::list::*;
use mesh_rt::abi::string::*;
use mesh_rt::gc::{self, is_allocated, stats, MIN_THRESHOLD};

use crate::support::*;

/// A chain of `n` two-word nodes `{value, next}`; returns the head.
#[inline(never)]
fn chain(n: u64) -> *mut u64 {
    let mut head = std::ptr::null_mut::<u64>();
    for value in 0..n {
        let node = mesh_rt_alloc(16).cast::<u64>();
        // Safety: a fresh two-word object.
        unsafe {
            node.write(value);
            node.add(1).write(head as u64);
        }
        head = node;
    }
    head
}

fn chain_values(mut node: *const u64) -> Vec<u64> {
    let mut values = Vec::new();
    while !node.is_null() {
        // Safety: nodes built by `chain` are kept alive by the caller's root.
        unsafe {
            values.push(node.read());
            node = node.add(1).read() as *const u64;
        }
    }
    values
}

/// Allocates `n` unreachable objects of `size` bytes.
#[inline(never)]
fn garbage(n: usize, size: u64) {
    for _ in 0..n {
        black_box(mesh_rt_alloc(size));
    }
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

#[test]
fn allocations_are_zeroed_aligned_and_counted() {
    run(|| {
        for size in [0, 1, 8, 17, 100, 2048, 2049, 100_000] {
            let p = mesh_rt_alloc(size);
            assert_eq!(p as usize % 8, 0);
            // Safety: `p` has `size` readable bytes.
            let bytes = unsafe { std::slice::from_raw_parts(p, size as usize) };
            assert!(bytes.iter().all(|&b| b == 0));
            let raw = mesh_rt_alloc_raw(size);
            assert_eq!(raw as usize % 8, 0);
            black_box((p, raw));
        }
        assert!(mesh_rt_gc_heap_bytes() >= 2 * (100_000 + 2049 + 2048));
    });
}

#[test]
fn garbage_is_reclaimed() {
    run(|| {
        garbage(10_000, 32);
        garbage(50, 10_000);
        assert!(mesh_rt_gc_heap_bytes() >= 10_000 * 32 + 50 * 10_000);
        assert_eq!(stats().collections, 0);
        collect_clean();
        let left = mesh_rt_gc_heap_bytes();
        assert!(left < 20_000, "{left} bytes survived");
        assert_eq!(stats().large_objects, 0);
        assert!(stats().pages <= 2, "empty pages go back to the pool");
    });
}

#[test]
fn stack_roots_keep_whole_structures_alive() {
    run(|| {
        let head = black_box(chain(10_000));
        garbage(20_000, 48);
        collect_clean();
        garbage(20_000, 16); // reuses freed slots: must not overwrite the chain
        collect_clean();
        let values = chain_values(head);
        assert_eq!(values.len(), 10_000);
        assert!(values.iter().rev().copied().eq(0..10_000));
        assert!(mesh_rt_gc_heap_bytes() >= 10_000 * 16);
        black_box(head);
    });
}

#[inline(never)]
fn object_reached_by_interior_pointer() -> (usize, usize) {
    let p = mesh_rt_alloc(64).cast::<u64>();
    // Safety: a fresh eight-word object.
    unsafe { p.add(5).write(0xfeed) };
    (p as usize + 40, hide(p as usize))
}

#[test]
fn interior_pointers_keep_objects_alive() {
    run(|| {
        let (interior, hidden_base) = object_reached_by_interior_pointer();
        let interior = black_box(interior);
        collect_clean();
        assert!(is_allocated(unhide(hidden_base)));
        // Safety: the object is still allocated, and `interior` points at its sixth word.
        assert_eq!(unsafe { (interior as *const u64).read() }, 0xfeed);
        black_box(interior);
    });
}

#[inline(never)]
fn big_object() -> (usize, usize) {
    let p = mesh_rt_alloc(100_000).cast::<u64>();
    // Safety: a fresh object of 12_500 words.
    unsafe { p.add(12_000).write(chain(3) as u64) };
    (p as usize + 96_000, hide(p as usize))
}

/// Keeps a large object alive through an interior pointer only, checks it, and returns the
/// hidden address of the object.
#[inline(never)]
fn keep_big_object_by_interior_pointer() -> usize {
    let (interior, hidden) = big_object();
    let interior = black_box(interior);
    collect_clean();
    assert_eq!(stats().large_objects, 1);
    // Safety: the large object is alive; `interior` is its word 12_000.
    let inner = unsafe { (interior as *const u64).read() } as *const u64;
    assert_eq!(
        chain_values(inner),
        [2, 1, 0],
        "contents of a large object are scanned"
    );
    black_box(interior);
    hidden
}

#[test]
fn large_objects_are_kept_by_interior_pointers_scanned_and_freed() {
    run(|| {
        let hidden = keep_big_object_by_interior_pointer();
        collect_clean();
        assert!(!is_allocated(unhide(hidden)));
        assert_eq!(stats().large_objects, 0);
    });
}

/// A raw object and a scanned object, each holding the only pointer to a chain.
#[inline(never)]
fn holders() -> (usize, usize, usize, usize) {
    let raw = mesh_rt_alloc_raw(16).cast::<u64>();
    let scanned = mesh_rt_alloc(16).cast::<u64>();
    let via_raw = chain(1);
    let via_scanned = chain(1);
    // Safety: fresh two-word objects.
    unsafe {
        raw.write(via_raw as u64);
        scanned.write(via_scanned as u64);
    }
    (
        raw as usize,
        scanned as usize,
        hide(via_raw as usize),
        hide(via_scanned as usize),
    )
}

#[test]
fn raw_objects_are_not_scanned() {
    run(|| {
        let (raw, scanned, via_raw, via_scanned) = holders();
        let (raw, scanned) = black_box((raw, scanned));
        collect_clean();
        assert!(is_allocated(raw) && is_allocated(scanned));
        assert!(is_allocated(unhide(via_scanned)));
        assert!(
            !is_allocated(unhide(via_raw)),
            "a pointer inside a raw object is not a root"
        );
        black_box((raw, scanned));
    });
}

#[inline(never)]
fn store_chain_in(slot: &mut u64) -> usize {
    let head = chain(100);
    *slot = head as u64;
    hide(head as usize)
}

/// Checks that the chain stored in `slot` survives a collection through the root alone.
#[inline(never)]
fn check_rooted_chain(slot: *mut u64) -> usize {
    // Safety: `slot` points to a leaked, registered slot.
    let hidden = store_chain_in(unsafe { &mut *slot });
    collect_clean();
    assert!(is_allocated(unhide(hidden)));
    // Safety: the slot is readable; the chain it holds is alive.
    let head = unsafe { slot.read() } as *const u64;
    assert_eq!(chain_values(head).len(), 100);
    hidden
}

#[test]
fn registered_roots_are_scanned() {
    run(|| {
        let slot: &'static mut u64 = Box::leak(Box::new(0));
        let slot: *mut u64 = slot;
        // Safety: the slot is leaked, so it stays readable forever.
        unsafe { mesh_rt_gc_register_root(slot) };
        let hidden = check_rooted_chain(slot);
        // Safety: as above; clearing the only root frees the chain.
        unsafe { slot.write(0) };
        collect_clean();
        assert!(!is_allocated(unhide(hidden)));
    });
}

#[test]
fn strings_stay_intact_across_collections() {
    run(|| {
        let mut kept = Vec::new();
        for i in 0..2000 {
            let s = mesh_rt_string_from_int(i);
            if i % 10 == 0 {
                kept.push(s);
            }
        }
        // `kept` lives in Rust's heap, which is not scanned: build a Mesh list of the strings.
        let words: Vec<u64> = kept.iter().map(|s| s.word()).collect();
        // Safety: `words` holds `len` readable words.
        let list = unsafe { mesh_rt_list_from_words(words.as_ptr(), words.len() as u64) };
        drop((kept, words));
        collect_clean();
        let texts = strs_of(list);
        assert!(texts
            .iter()
            .enumerate()
            .all(|(i, t)| *t == (i * 10).to_string()));
    });
}

#[test]
fn collections_start_automatically_after_the_threshold() {
    run(|| {
        assert_eq!(stats().collections, 0);
        garbage(MIN_THRESHOLD / 32 + 10, 32);
        assert!(stats().collections >= 1);
    });
}

/// One iteration of the bounded-memory loop: builds a string and a list and drops them.
#[inline(never)]
fn churn(i: i64, suffix: mesh_rt::string::Str) {
    let s = mesh_rt_string_concat(mesh_rt_string_from_int(i), suffix);
    let words = [s.word(), i as u64, s.word()];
    // Safety: three readable words.
    let xs = unsafe { mesh_rt_list_from_words(words.as_ptr(), 3) };
    let ys = mesh_rt_list_append(mesh_rt_list_tail(xs), 7);
    black_box(mesh_rt_string_length(s) + mesh_rt_list_length(ys));
}

#[test]
fn ten_million_iterations_of_garbage_stay_in_bounded_memory() {
    run(|| {
        let live_slot: &'static mut u64 = Box::leak(Box::new(0));
        let live_slot_ptr: *mut u64 = live_slot;
        // Safety: the slot is leaked, so it stays readable forever.
        unsafe { mesh_rt_gc_register_root(live_slot_ptr) };
        let live = strs(&["kept", "across", "ten", "million", "iterations"]);
        // Safety: `live_slot_ptr` points to the leaked slot.
        unsafe { live_slot_ptr.write(live.word()) };
        let suffix = s(" bottles of beer on the wall");
        let mut peak = 0;
        let mut peak_pages = 0;
        for i in 0..10_000_000 {
            churn(i, suffix);
            if i % 4096 == 0 {
                peak = peak.max(mesh_rt_gc_heap_bytes());
                peak_pages = peak_pages.max(stats().pages + stats().large_objects);
            }
        }
        let stats = stats();
        println!(
            "bounded loop: peak heap {peak} bytes, peak {peak_pages} pages, {} collections",
            stats.collections
        );
        assert!(
            peak < (2 * MIN_THRESHOLD + 256 * 1024) as u64,
            "peak heap {peak} bytes"
        );
        assert!(
            peak_pages * gc::PAGE_SIZE < 4 * MIN_THRESHOLD,
            "peak {peak_pages} pages"
        );
        assert!(stats.collections > 100);
        // Safety: the slot holds the live list.
        let live = list_at(unsafe { live_slot_ptr.read() });
        assert_eq!(
            strs_of(live),
            ["kept", "across", "ten", "million", "iterations"]
        );
        assert_eq!(text(suffix), " bottles of beer on the wall");
    });
}
