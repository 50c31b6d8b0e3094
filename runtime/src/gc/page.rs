//! One page of small objects of a single size class, and its side bitmaps.
//!
//! The metadata lives outside the page so that the page holds nothing but objects and so that a
//! cached page needs no initialisation. Three bitmaps, one bit per slot: `alloc` (the slot holds
//! an object), `mark` (reached in the current collection) and `raw` (never scan the contents).
//! Allocation searches `alloc` for a clear bit from a cursor; sweeping is `alloc &= mark`, so its
//! cost is a few dozen word operations per page, however many objects died.

use super::classes::CLASS_SIZES;
use super::pool::PAGE_SIZE;

/// Slots in a page of the smallest class.
const MAX_SLOTS: usize = PAGE_SIZE / CLASS_SIZES[0];

/// Words in each bitmap.
const BITMAP_WORDS: usize = MAX_SLOTS / 64;

type Bitmap = [u64; BITMAP_WORDS];

/// The metadata of one page.
#[derive(Debug)]
pub struct Page {
    /// First byte of the page.
    pub addr: usize,
    /// Index into `CLASS_SIZES`.
    pub class: usize,
    /// Size of every slot.
    pub slot_size: usize,
    /// Number of slots that fit in the page.
    slots: usize,
    /// Where the search for a free slot resumes.
    cursor: usize,
    /// Number of allocated slots.
    live: usize,
    alloc: Bitmap,
    mark: Bitmap,
    raw: Bitmap,
}

impl Page {
    /// Metadata for an empty page at `addr` serving `class`.
    pub fn new(addr: usize, class: usize) -> Page {
        let slot_size = CLASS_SIZES[class];
        Page {
            addr,
            class,
            slot_size,
            slots: PAGE_SIZE / slot_size,
            cursor: 0,
            live: 0,
            alloc: [0; BITMAP_WORDS],
            mark: [0; BITMAP_WORDS],
            raw: [0; BITMAP_WORDS],
        }
    }

    /// Claims a free slot and returns its address, or `None` when the page is full.
    ///
    /// The slot's memory is *not* zeroed here; the heap does that.
    pub fn alloc(&mut self, raw: bool) -> Option<usize> {
        let slot = self.next_free()?;
        set(&mut self.alloc, slot, true);
        set(&mut self.raw, slot, raw);
        self.cursor = slot + 1;
        self.live += 1;
        Some(self.slot_addr(slot))
    }

    fn next_free(&self) -> Option<usize> {
        let mut at = self.cursor;
        while at < self.slots {
            let word = at / 64;
            let free = !self.alloc[word] & (!0u64 << (at % 64));
            if free != 0 {
                let slot = word * 64 + free.trailing_zeros() as usize;
                return (slot < self.slots).then_some(slot);
            }
            at = (word + 1) * 64;
        }
        None
    }

    /// The allocated slot containing `addr`, if any. `addr` must lie inside this page.
    #[inline]
    pub fn slot_of(&self, addr: usize) -> Option<usize> {
        let slot = (addr - self.addr) / self.slot_size;
        (slot < self.slots && get(&self.alloc, slot)).then_some(slot)
    }

    /// The first byte of `slot`.
    #[inline]
    pub fn slot_addr(&self, slot: usize) -> usize {
        self.addr + slot * self.slot_size
    }

    /// Marks `slot`; returns `true` if it was not marked before.
    #[inline]
    pub fn mark(&mut self, slot: usize) -> bool {
        let was = get(&self.mark, slot);
        set(&mut self.mark, slot, true);
        !was
    }

    /// Whether `slot` holds a raw (never scanned) object.
    #[inline]
    pub fn is_raw(&self, slot: usize) -> bool {
        get(&self.raw, slot)
    }

    /// Frees every unmarked slot and clears the marks. Returns the number of live slots.
    pub fn sweep(&mut self) -> usize {
        let mut live = 0;
        for (alloc, mark) in self.alloc.iter_mut().zip(self.mark.iter_mut()) {
            *alloc &= *mark;
            *mark = 0;
            live += alloc.count_ones() as usize;
        }
        self.live = live;
        self.cursor = 0;
        live
    }

    /// Frees every slot of a message buffer's page, emptied for reuse.
    pub fn reset(&mut self) {
        // A buffer allocates its slots in order and never frees one: every allocated slot is
        // below the cursor.
        let used = self.cursor.div_ceil(64).min(BITMAP_WORDS);
        self.alloc[..used].fill(0);
        self.raw[..used].fill(0);
        self.cursor = 0;
        self.live = 0;
    }

    /// Number of allocated slots.
    #[cfg(test)]
    pub fn live(&self) -> usize {
        self.live
    }

    /// Whether every slot is allocated.
    pub fn is_full(&self) -> bool {
        self.live == self.slots
    }
}

#[inline]
fn get(bits: &Bitmap, index: usize) -> bool {
    bits[index / 64] & (1 << (index % 64)) != 0
}

#[inline]
fn set(bits: &mut Bitmap, index: usize, value: bool) {
    let bit = 1 << (index % 64);
    if value {
        bits[index / 64] |= bit;
    } else {
        bits[index / 64] &= !bit;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: usize = 0x10_0000 * PAGE_SIZE;

    #[test]
    fn allocates_every_slot_once_then_reports_full() {
        let mut page = Page::new(BASE, 2); // 48-byte slots: 682 of them, 32 bytes left over
        let mut addrs = Vec::new();
        while let Some(addr) = page.alloc(false) {
            addrs.push(addr);
        }
        assert_eq!(addrs.len(), PAGE_SIZE / 48);
        assert!(page.is_full());
        assert_eq!(addrs[1] - addrs[0], 48);
        assert!(addrs.iter().all(|&a| a + 48 <= BASE + PAGE_SIZE));
    }

    #[test]
    fn interior_addresses_find_their_slot_but_padding_and_free_slots_do_not() {
        let mut page = Page::new(BASE, 2);
        let first = page.alloc(false).expect("slot");
        assert_eq!(page.slot_of(first), Some(0));
        assert_eq!(page.slot_of(first + 47), Some(0));
        assert_eq!(page.slot_of(first + 48), None, "slot 1 is free");
        assert_eq!(page.slot_of(BASE + PAGE_SIZE - 1), None, "tail padding");
    }

    #[test]
    fn sweep_keeps_marked_slots_and_reuses_the_rest() {
        let mut page = Page::new(BASE, 0);
        let a = page.alloc(false).expect("slot");
        let b = page.alloc(true).expect("slot");
        let c = page.alloc(false).expect("slot");
        assert!(page.is_raw(1));
        let slot_b = page.slot_of(b).expect("allocated");
        assert!(page.mark(slot_b));
        assert!(!page.mark(slot_b), "second mark reports already marked");
        assert_eq!(page.sweep(), 1);
        assert_eq!(page.slot_of(a), None);
        assert_eq!(page.slot_of(c), None);
        assert_eq!(page.alloc(false), Some(a), "freed slot reused first");
        assert_eq!(page.alloc(false), Some(c), "allocated slot skipped");
        assert!(!page.is_raw(0));
        assert_eq!(page.live(), 3);
    }
}
