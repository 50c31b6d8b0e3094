//! The global pool of heap pages, shared by every process's heap and every message buffer.
//!
//! Pages are 32 KiB blocks aligned to their size, so the page holding any address is found by
//! masking. They are carved out of 2 MiB *chunks* mapped with `mmap` (the system allocator
//! cannot be told to align to 32 KiB without waste, nor to give memory back to the OS).
//!
//! A freed page goes to a *warm* cache ([`CACHE_PAGES`], 32 MiB) for the next heap that needs
//! one; beyond that its memory is returned to the OS with `madvise(MADV_DONTNEED)` and the
//! page joins the *cold* free list, still mapped. Pages are never unmapped: unmapping single
//! pages would split the chunk's mapping, and Linux caps a process at `vm.max_map_count`
//! (65,530) mappings — with one mapping per page (the first design), about 65,000 pages in all,
//! which 100,000 processes with a page each would exceed. Now there is one mapping per chunk.
//!
//! This is the only state shared between heaps, and it is touched only when a page changes
//! owner.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Size and alignment of a page.
pub const PAGE_SIZE: usize = 32 * 1024;

/// Mask that maps an address to the start of its page.
pub const PAGE_MASK: usize = !(PAGE_SIZE - 1);

/// How many free pages the pool keeps resident for reuse (32 MiB). Every message buffer takes
/// pages that its receiver frees at its next collection, so messaging processes churn pages
/// constantly: with a 1 MiB cache, most freed pages went back to the OS and were faulted in
/// again by the next message (`madvise` plus a page fault per message; ping-pong ran 7× slower).
/// Pages in the cache are only resident if they were touched, and only as many as were freed.
pub const CACHE_PAGES: usize = 1024;

/// Pages per mapped chunk (2 MiB).
const CHUNK_PAGES: usize = 64;

struct Pool {
    /// Free pages whose memory is still resident.
    warm: Vec<usize>,
    /// Free pages whose memory was given back to the OS.
    cold: Vec<usize>,
    /// The next never-used page of the current chunk, and the end of that chunk.
    fresh: usize,
    fresh_end: usize,
}

static POOL: Mutex<Pool> = Mutex::new(Pool {
    warm: Vec::new(),
    cold: Vec::new(),
    fresh: 0,
    fresh_end: 0,
});

/// Number of pages in heaps or in the warm cache (pages that may hold resident memory).
static MAPPED: AtomicUsize = AtomicUsize::new(0);

fn lock() -> std::sync::MutexGuard<'static, Pool> {
    POOL.lock().unwrap_or_else(|poison| poison.into_inner())
}

/// Takes a page: a warm one if there is any, then a cold one, then a fresh one.
///
/// The contents of a reused page are stale; heaps zero every slot they hand out.
pub fn acquire() -> usize {
    let mut pool = lock();
    if let Some(page) = pool.warm.pop() {
        return page;
    }
    MAPPED.fetch_add(1, Ordering::Relaxed);
    if let Some(page) = pool.cold.pop() {
        return page;
    }
    if pool.fresh == pool.fresh_end {
        let chunk = map_chunk();
        pool.fresh = chunk;
        pool.fresh_end = chunk + CHUNK_PAGES * PAGE_SIZE;
    }
    let page = pool.fresh;
    pool.fresh += PAGE_SIZE;
    page
}

/// Gives a page back to the pool.
pub fn release(page: usize) {
    debug_assert_eq!(page & !PAGE_MASK, 0);
    {
        let mut pool = lock();
        if pool.warm.len() < CACHE_PAGES {
            pool.warm.push(page);
            return;
        }
    }
    // Safety: the page lies in a chunk this module mapped, and its heap has released it, so
    // nothing uses its contents any more; DONTNEED only drops the (private, anonymous) memory.
    unsafe { libc::madvise(page as *mut libc::c_void, PAGE_SIZE, libc::MADV_DONTNEED) };
    MAPPED.fetch_sub(1, Ordering::Relaxed);
    lock().cold.push(page);
}

/// Number of pages in heaps or in the warm cache (whose memory may be resident).
pub fn mapped_pages() -> usize {
    MAPPED.load(Ordering::Relaxed)
}

/// Maps one chunk of [`CHUNK_PAGES`] aligned pages: map one page more, then unmap the
/// misaligned ends.
fn map_chunk() -> usize {
    let size = CHUNK_PAGES * PAGE_SIZE;
    let span = size + PAGE_SIZE;
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
    let chunk = (base + PAGE_SIZE - 1) & PAGE_MASK;
    if chunk > base {
        unmap(base, chunk - base);
    }
    let end = chunk + size;
    if base + span > end {
        unmap(end, base + span - end);
    }
    chunk
}

fn unmap(addr: usize, len: usize) {
    // Safety: `[addr, addr + len)` is a misaligned end of a mapping `map_chunk` just created and
    // never handed out.
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

    #[test]
    fn many_pages_stay_in_few_mappings() {
        let pages: Vec<usize> = (0..3 * CHUNK_PAGES).map(|_| acquire()).collect();
        let mut sorted = pages.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), pages.len(), "every page handed out once");
        for page in pages {
            release(page);
        }
        // Released beyond the warm cache: still mapped (cold) and reusable.
        let again = acquire();
        // Safety: a page of ours, mapped read-write.
        unsafe { std::ptr::write_bytes(again as *mut u8, 1, PAGE_SIZE) };
        release(again);
    }
}
