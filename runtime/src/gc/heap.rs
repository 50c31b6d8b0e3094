//! A process heap: size-classed pages, large objects, and the mark–sweep collector.
//!
//! See `docs/design/memory.md` for the design and the alternatives rejected. In short: objects
//! never move; roots are found conservatively (stack, callee-saved registers, registered root
//! slots); any address inside an allocated object keeps that object alive; objects are scanned
//! word by word unless they were allocated raw.
//!
//! A *message buffer* is a heap that never collects: a sender copies a message into one, and the
//! receiver [`Heap::adopt`]s its pages and large objects when it takes the message in.

use std::alloc::Layout;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use super::classes::{class_for, CLASS_SIZES, NUM_CLASSES};
use super::page::Page;
use super::pool::{self, PAGE_MASK, PAGE_SIZE};
use super::roots;

/// Collections never run before this many bytes were allocated since the previous one.
pub const MIN_THRESHOLD: usize = 1024 * 1024;

/// After a collection, the next one starts once `GROWTH` times the surviving bytes have been
/// allocated: the heap may grow to `GROWTH + 1` times its live size.
pub const GROWTH: usize = 2;

/// Alignment of large objects.
const LARGE_ALIGN: usize = 16;

/// Counters describing a heap, for tests and diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapStats {
    /// Bytes in allocated objects (slot sizes for small objects), live or not yet collected.
    pub bytes_in_use: usize,
    /// Pages owned by the heap.
    pub pages: usize,
    /// Large objects owned by the heap.
    pub large_objects: usize,
    /// Collections run so far.
    pub collections: usize,
}

/// Pages a recycled message buffer keeps (messages of two size classes are served without
/// taking a page from the pool).
const KEPT_BUFFER_PAGES: usize = 2;

/// The heap of one process.
pub struct Heap {
    /// Per size class, the page allocations are served from (null when none).
    current: [*mut Page; NUM_CLASSES],
    /// Per size class, pages with free slots to use once `current` is full; allocated at the
    /// first such page (most processes never have one: an idle process's heap stays small).
    partial: Option<Box<[Vec<*mut Page>; NUM_CLASSES]>>,
    pages: HashMap<usize, Box<Page>, BuildHasherDefault<PageHasher>>,
    large: BTreeMap<usize, Large>,
    /// Address range covering every page this heap ever owned.
    page_range: (usize, usize),
    /// Address range covering every large object this heap ever owned.
    large_range: (usize, usize),
    roots: Vec<*const u64>,
    external: Option<ExternalRoots>,
    stack_base: usize,
    /// False for message buffers, which never collect.
    collects: bool,
    bytes_in_use: usize,
    allocated_since_gc: usize,
    threshold: usize,
    collections: usize,
    mark_stack: Vec<(usize, usize)>,
}

/// Roots that live outside the heap and its stack, enumerated at every collection: the messages
/// a process has taken into its mailbox but not yet received.
#[derive(Debug, Clone, Copy)]
pub struct ExternalRoots {
    /// Passed to `visit`.
    pub context: *const (),
    /// Calls the function it is given with every root word.
    pub visit: unsafe fn(context: *const (), mark: &mut dyn FnMut(u64)),
}

#[derive(Debug)]
struct Large {
    size: usize,
    marked: bool,
    raw: bool,
}

impl Heap {
    /// An empty heap for a process whose stack ends (highest address, exclusive) at `stack_base`.
    pub fn new(stack_base: usize) -> Heap {
        Heap {
            current: [std::ptr::null_mut(); NUM_CLASSES],
            partial: None,
            pages: HashMap::default(),
            large: BTreeMap::new(),
            page_range: (usize::MAX, 0),
            large_range: (usize::MAX, 0),
            roots: Vec::new(),
            external: None,
            stack_base,
            collects: true,
            bytes_in_use: 0,
            allocated_since_gc: 0,
            threshold: MIN_THRESHOLD,
            collections: 0,
            mark_stack: Vec::new(),
        }
    }

    /// An empty message buffer: a heap that never collects (it has no stack and no roots; what
    /// it holds is reachable from the message being built). See [`Heap::adopt`].
    pub fn new_buffer() -> Heap {
        let mut heap = Heap::new(0);
        heap.collects = false;
        heap
    }

    /// Empties a message buffer whose message has been copied out, for reuse by another
    /// message: its large objects are freed and all but [`KEPT_BUFFER_PAGES`] of its pages go
    /// back to the pool; the pages kept are emptied and serve the next allocations.
    pub fn reset_buffer(&mut self) {
        debug_assert!(self.is_buffer());
        for (&addr, object) in &self.large {
            // Safety: as in `drop`: the buffer's objects are no longer used.
            unsafe { std::alloc::dealloc(addr as *mut u8, large_layout(object.size)) };
        }
        self.large.clear();
        self.large_range = (usize::MAX, 0);
        if self.pages.len() > KEPT_BUFFER_PAGES {
            let mut kept = 0;
            self.pages.retain(|&addr, _| {
                kept += 1;
                if kept > KEPT_BUFFER_PAGES {
                    pool::release(addr);
                }
                kept <= KEPT_BUFFER_PAGES
            });
        }
        self.forget_pages();
        for page in self.pages.values_mut() {
            page.reset();
            let current = &mut self.current[page.class];
            if current.is_null() {
                *current = &mut **page;
            } else {
                push_partial(&mut self.partial, page);
            }
        }
        self.bytes_in_use = 0;
        self.allocated_since_gc = 0;
    }

    /// Forgets which pages serve allocations (before they are sorted again).
    fn forget_pages(&mut self) {
        self.current = [std::ptr::null_mut(); NUM_CLASSES];
        if let Some(partial) = self.partial.as_mut() {
            partial.iter_mut().for_each(Vec::clear);
        }
    }

    /// Whether this heap is a message buffer.
    pub fn is_buffer(&self) -> bool {
        !self.collects
    }

    /// Takes over every page and large object of `buffer`, which is left empty: its objects now
    /// belong to this heap and are collected with it. Adopted memory counts towards the next
    /// collection by whole pages, so a process taking in many small messages (each on a page
    /// of its own) collects often enough to give the pages back.
    pub fn adopt(&mut self, buffer: &mut Heap) {
        for (addr, mut page) in buffer.pages.drain() {
            if !page.is_full() {
                push_partial(&mut self.partial, &mut page);
            }
            self.page_range = (
                self.page_range.0.min(addr),
                self.page_range.1.max(addr + PAGE_SIZE),
            );
            self.allocated_since_gc += PAGE_SIZE;
            self.pages.insert(addr, page);
        }
        for (addr, object) in std::mem::take(&mut buffer.large) {
            self.large_range = (
                self.large_range.0.min(addr),
                self.large_range.1.max(addr + object.size),
            );
            self.allocated_since_gc += object.size;
            self.large.insert(addr, object);
        }
        buffer.forget_pages();
        self.bytes_in_use += std::mem::take(&mut buffer.bytes_in_use);
    }

    /// Makes `roots` part of every collection's root set.
    ///
    /// # Safety
    ///
    /// `roots.visit(roots.context, …)` must be callable (and read only valid memory) at every
    /// collection for the rest of the heap's life.
    pub unsafe fn set_external_roots(&mut self, roots: ExternalRoots) {
        self.external = Some(roots);
    }

    /// Allocates `size` zeroed bytes, 8-byte aligned (16 in practice). Raw objects are never
    /// scanned for pointers. May run a collection first.
    pub fn alloc(&mut self, size: usize, raw: bool) -> *mut u8 {
        if self.allocated_since_gc >= self.threshold && self.collects {
            self.collect();
        }
        let addr = match class_for(size) {
            Some(class) => self.alloc_small(class, raw),
            None => self.alloc_large(size, raw),
        };
        addr as *mut u8
    }

    fn alloc_small(&mut self, class: usize, raw: bool) -> usize {
        let slot_size = CLASS_SIZES[class];
        loop {
            let current = self.current[class];
            if !current.is_null() {
                // Safety: `current` points into a `Box<Page>` owned by `self.pages`; class
                // pointers are reset whenever a page is dropped (see `sweep`), and `&mut self`
                // guarantees no other reference to the page exists.
                if let Some(addr) = unsafe { (*current).alloc(raw) } {
                    // Safety: `addr` is a slot of `slot_size` bytes inside a mapped page of ours
                    // that was just claimed for this object.
                    unsafe { std::ptr::write_bytes(addr as *mut u8, 0, slot_size) };
                    self.bytes_in_use += slot_size;
                    self.allocated_since_gc += slot_size;
                    return addr;
                }
            }
            let partial = self
                .partial
                .as_mut()
                .and_then(|partial| partial[class].pop());
            let next = match partial {
                Some(page) => page,
                None => self.new_page(class),
            };
            self.current[class] = next;
        }
    }

    fn new_page(&mut self, class: usize) -> *mut Page {
        let addr = pool::acquire();
        let mut page = Box::new(Page::new(addr, class));
        let ptr: *mut Page = &mut *page;
        self.pages.insert(addr, page);
        self.page_range = (
            self.page_range.0.min(addr),
            self.page_range.1.max(addr + PAGE_SIZE),
        );
        ptr
    }

    fn alloc_large(&mut self, size: usize, raw: bool) -> usize {
        let size = size.next_multiple_of(LARGE_ALIGN);
        let layout = large_layout(size);
        // Safety: `layout` has a non-zero size (larger than the biggest size class).
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            panic!("out of memory");
        }
        let addr = ptr as usize;
        let marked = false;
        self.large.insert(addr, Large { size, marked, raw });
        self.large_range = (
            self.large_range.0.min(addr),
            self.large_range.1.max(addr + size),
        );
        self.bytes_in_use += size;
        self.allocated_since_gc += size;
        addr
    }

    /// Adds `slot` (a word outside the heap) to the roots scanned by every collection.
    ///
    /// The slot must stay readable for the lifetime of the heap.
    pub fn register_root(&mut self, slot: *const u64) {
        self.roots.push(slot);
    }

    /// Runs a full collection now (nothing for a message buffer).
    #[inline(never)]
    pub fn collect(&mut self) {
        if !self.collects {
            return;
        }
        let base = self.stack_base;
        roots::scan_stack(base, |word| self.mark_word(word));
        for index in 0..self.roots.len() {
            // Safety: registered root slots stay readable while the heap lives (the contract of
            // `register_root`); the read is volatile because generated code writes them.
            let word = unsafe { std::ptr::read_volatile(self.roots[index]) };
            self.mark_word(word as usize);
        }
        if let Some(external) = self.external {
            // Safety: `set_external_roots` requires the visitor to stay callable.
            unsafe {
                (external.visit)(external.context, &mut |word| self.mark_word(word as usize))
            };
        }
        self.trace();
        self.sweep();
        self.collections += 1;
        self.allocated_since_gc = 0;
        self.threshold = MIN_THRESHOLD.max(GROWTH * self.bytes_in_use);
    }

    /// Marks the object containing `word`, if `word` is an address inside one, and queues it for
    /// scanning unless it is raw.
    #[inline]
    fn mark_word(&mut self, word: usize) {
        if word >= self.page_range.0 && word < self.page_range.1 {
            if let Some(page) = self.pages.get_mut(&(word & PAGE_MASK)) {
                if let Some(slot) = page.slot_of(word) {
                    if page.mark(slot) && !page.is_raw(slot) {
                        self.mark_stack.push((page.slot_addr(slot), page.slot_size));
                    }
                }
                return;
            }
        }
        if word >= self.large_range.0 && word < self.large_range.1 {
            if let Some((&start, object)) = self.large.range_mut(..=word).next_back() {
                if word < start + object.size && !object.marked {
                    object.marked = true;
                    if !object.raw {
                        self.mark_stack.push((start, object.size));
                    }
                }
            }
        }
    }

    /// Scans queued objects until none is left.
    fn trace(&mut self) {
        while let Some((start, size)) = self.mark_stack.pop() {
            for at in (start..start + size).step_by(8) {
                // Safety: `[start, start + size)` is an allocated object of this heap (it was
                // found through `mark_word`), so every aligned word in it is mapped and readable.
                let word = unsafe { std::ptr::read(at as *const usize) };
                self.mark_word(word);
            }
        }
    }

    fn sweep(&mut self) {
        self.forget_pages();
        let mut in_use = 0;
        let mut empty = Vec::new();
        for (&addr, page) in &mut self.pages {
            let live = page.sweep();
            in_use += live * page.slot_size;
            if live == 0 {
                empty.push(addr);
            } else if !page.is_full() {
                push_partial(&mut self.partial, page);
            }
        }
        for addr in empty {
            self.pages.remove(&addr);
            pool::release(addr);
        }
        self.large.retain(|&addr, object| {
            if std::mem::take(&mut object.marked) {
                in_use += object.size;
                return true;
            }
            // Safety: `addr` was returned by `alloc_zeroed` with this layout and is unreachable.
            unsafe { std::alloc::dealloc(addr as *mut u8, large_layout(object.size)) };
            false
        });
        self.bytes_in_use = in_use;
    }

    /// Bytes in allocated objects, live or not yet collected.
    pub fn bytes_in_use(&self) -> usize {
        self.bytes_in_use
    }

    /// Current counters.
    pub fn stats(&self) -> HeapStats {
        HeapStats {
            bytes_in_use: self.bytes_in_use,
            pages: self.pages.len(),
            large_objects: self.large.len(),
            collections: self.collections,
        }
    }

    /// Whether `addr` lies inside an object allocated in this heap (and not yet freed).
    pub fn contains(&self, addr: usize) -> bool {
        if let Some(page) = self.pages.get(&(addr & PAGE_MASK)) {
            return page.slot_of(addr).is_some();
        }
        self.large
            .range(..=addr)
            .next_back()
            .is_some_and(|(&start, object)| addr < start + object.size)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for (addr, _) in self.pages.drain() {
            pool::release(addr);
        }
        for (&addr, object) in &self.large {
            // Safety: every large object was allocated by `alloc_zeroed` with this layout, and
            // the heap (with every object in it) is going away.
            unsafe { std::alloc::dealloc(addr as *mut u8, large_layout(object.size)) };
        }
    }
}

fn large_layout(size: usize) -> Layout {
    match Layout::from_size_align(size, LARGE_ALIGN) {
        Ok(layout) => layout,
        Err(_) => panic!("out of memory"),
    }
}

/// Records `page` as one with free slots for its class.
fn push_partial(partial: &mut Option<Box<[Vec<*mut Page>; NUM_CLASSES]>>, page: &mut Page) {
    let lists = partial.get_or_insert_with(|| Box::new(std::array::from_fn(|_| Vec::new())));
    lists[page.class].push(page);
}

/// Hashes page addresses (multiples of the page size) for the page map.
#[derive(Default)]
struct PageHasher(u64);

impl Hasher for PageHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x100000001b3);
        }
    }

    fn write_usize(&mut self, addr: usize) {
        let hash = ((addr / PAGE_SIZE) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = hash ^ (hash >> 29);
    }
}
