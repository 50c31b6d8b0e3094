//! The global pool of heap pages, shared by every process's heap.
//!
//! Pages are 32 KiB blocks aligned to their size, so the page holding any address is found by
//! masking. They are mapped directly with `mmap` (the system allocator cannot be told to align
//! to 32 KiB without waste, nor to give memory back to the OS). Freed pages are cached, up to
//! [`CACHE_PAGES`], for the next heap that needs one; beyond that they are unmapped, so a heap
//! that shrinks returns memory to the OS. This is the only state shared between heaps, and it is
//! touched only when a page changes owner.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Size and alignment of a page.
pub const PAGE_SIZE: usize = 32 * 1024;

/// Mask that maps an address to the start of its page.
pub const PAGE_MASK: usize = !(PAGE_SIZE - 1);

/// How many free pages the pool keeps mapped for reuse (1 MiB).
pub const CACHE_PAGES: usize = 32;

/// Free, still-mapped pages (addresses).
static CACHE: Mutex<Vec<usize>> = Mutex::new(Vec::new());

/// Number of pages currently mapped (in heaps or cached).
static MAPPED: AtomicUsize = AtomicUsize::new(0);

/// Takes a page: a cached one if there is any, a freshly mapped one otherwise.
///
/// The contents of a reused page are stale; heaps zero every slot they hand out.
pub fn acquire() -> usize {
    let cached = CACHE
        .lock()
        .unwrap_or_else(|poison| poison.into_inner())
        .pop();
    cached.unwrap_or_else(map_page)
}

/// Gives a page back to the pool.
pub fn release(page: usize) {
    debug_assert_eq!(page & !PAGE_MASK, 0);
    let mut cache = CACHE.lock().unwrap_or_else(|poison| poison.into_inner());
    if cache.len() < CACHE_PAGES {
        cache.push(page);
        return;
    }
    drop(cache);
    unmap(page, PAGE_SIZE);
    MAPPED.fetch_sub(1, Ordering::Relaxed);
}

/// Number of pages currently mapped by the pool, in heaps or cached.
pub fn mapped_pages() -> usize {
    MAPPED.load(Ordering::Relaxed)
}

/// Maps one aligned page: map twice the size, then unmap the misaligned ends.
fn map_page() -> usize {
    let span = 2 * PAGE_SIZE;
    // Safety: an anonymous private mapping at an address the kernel chooses touches no existing
    // memory; the result is checked for MAP_FAILED below.
    let base = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            span,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if base == libc::MAP_FAILED {
        panic!("out of memory");
    }
    let base = base as usize;
    let page = (base + PAGE_SIZE - 1) & PAGE_MASK;
    if page > base {
        unmap(base, page - base);
    }
    let end = page + PAGE_SIZE;
    if base + span > end {
        unmap(end, base + span - end);
    }
    MAPPED.fetch_add(1, Ordering::Relaxed);
    page
}

fn unmap(addr: usize, len: usize) {
    // Safety: `[addr, addr + len)` lies inside a mapping this module created and no longer hands
    // out: a misaligned end of a fresh mapping, or a page that its heap has released.
    let status = unsafe { libc::munmap(addr as *mut libc::c_void, len) };
    debug_assert_eq!(status, 0, "munmap failed");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_aligned_writable_and_reusable() {
        let pages: Vec<usize> = (0..3).map(|_| acquire()).collect();
        for &page in &pages {
            assert_eq!(page & !PAGE_MASK, 0);
            // Safety: the page is ours, mapped read-write, and PAGE_SIZE bytes long.
            unsafe {
                std::ptr::write_bytes(page as *mut u8, 0xab, PAGE_SIZE);
                assert_eq!(*((page + PAGE_SIZE - 1) as *const u8), 0xab);
            }
        }
        assert!(mapped_pages() >= 3);
        for page in pages {
            release(page);
        }
    }
}
