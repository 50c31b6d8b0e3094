//! Trie nodes and entries: the building blocks shared by both indexes of a map.
//!
//! A node is a heap object of words: one header word (bitmaps or a count, never a pointer the
//! collector needs) followed by its slots (pointers to entries or to child nodes). Nodes are
//! immutable once built; every change builds a new node from an old one with [`build`], so the
//! copy helpers here are the only place that writes node memory.

use crate::gc;
use crate::layout::MeshMapEntry;

/// A pointer to an immutable entry.
pub type EntryRef = *const MeshMapEntry;

/// A new entry.
pub fn new_entry(hash: u64, seq: u64, key: u64, value: u64) -> EntryRef {
    let entry = gc::alloc_words(4).cast::<MeshMapEntry>();
    // Safety: `entry` is a fresh heap object of four words, the size of a MeshMapEntry.
    unsafe {
        entry.write(MeshMapEntry {
            hash,
            seq,
            key,
            value,
        })
    };
    entry
}

/// The entry behind `entry`.
pub fn entry<'a>(entry: EntryRef) -> &'a MeshMapEntry {
    // Safety: entry pointers are only made by `new_entry` and stored in nodes of live maps (or
    // held in locals while a map is built), so they point to valid, never-modified entries.
    unsafe { &*entry }
}

/// A trie node, or null (an empty trie).
#[repr(transparent)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node(*const u64);

impl Node {
    /// The empty trie.
    pub const NULL: Node = Node(std::ptr::null());

    /// The node at `ptr` (which must be null or come from [`build`]).
    pub fn from_ptr(ptr: *const u64) -> Node {
        Node(ptr)
    }

    /// The node as a pointer (to store in a parent slot or a header).
    pub fn ptr(self) -> *const u64 {
        self.0
    }

    /// The node as a slot word.
    pub fn word(self) -> u64 {
        self.0 as u64
    }

    /// The node stored in a slot word.
    pub fn from_word(word: u64) -> Node {
        Node(word as *const u64)
    }

    /// Whether this is the empty trie.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    /// The header word.
    pub fn header(self) -> u64 {
        // Safety: a non-null node comes from `build`, which writes the header; callers never ask
        // a null node for its header (the tries check `is_null` first).
        unsafe { self.0.read() }
    }

    /// Slot `index` (which the caller knows to be within the node's slots).
    pub fn slot(self, index: usize) -> u64 {
        // Safety: as in `header`; the tries only ask for slots below the count their header
        // gives, and `build` wrote all of them.
        unsafe { self.0.add(1 + index).read() }
    }
}

/// A new node with `header` and `len` slots, slot `i` being `slot(i)`. `slot` must not allocate
/// (it only reads older nodes, which the caller keeps alive).
pub fn build(header: u64, len: usize, slot: impl Fn(usize) -> u64) -> Node {
    let object = gc::alloc_words(1 + len);
    // Safety: `object` is a fresh heap object of `1 + len` words that nothing else references.
    unsafe {
        object.write(header);
        for index in 0..len {
            object.add(1 + index).write(slot(index));
        }
    }
    Node(object)
}

/// A copy of `node` (which has `len` slots) with slot `at` set to `word`.
pub fn with_replaced(node: Node, len: usize, at: usize, word: u64) -> Node {
    build(node.header(), len, |index| {
        if index == at {
            word
        } else {
            node.slot(index)
        }
    })
}

/// A copy of `node` (which has `len` slots) with `header` and `word` inserted at slot `at`.
pub fn with_inserted(node: Node, header: u64, len: usize, at: usize, word: u64) -> Node {
    build(header, len + 1, |index| match index.cmp(&at) {
        std::cmp::Ordering::Less => node.slot(index),
        std::cmp::Ordering::Equal => word,
        std::cmp::Ordering::Greater => node.slot(index - 1),
    })
}

/// A copy of `node` (which has `len` slots) with `header` and without slot `at`.
pub fn with_removed(node: Node, header: u64, len: usize, at: usize) -> Node {
    build(header, len - 1, |index| {
        node.slot(if index < at { index } else { index + 1 })
    })
}

/// A copy of `node` (which has `len` slots) with `header`, slot `from` removed and `word`
/// inserted so that it ends up at slot `to` of the result (same length).
pub fn with_moved(node: Node, header: u64, len: usize, from: usize, to: usize, word: u64) -> Node {
    build(header, len, |index| {
        if index == to {
            return word;
        }
        let without_new = if index < to { index } else { index - 1 };
        node.slot(if without_new < from {
            without_new
        } else {
            without_new + 1
        })
    })
}

/// Number of set bits of `bitmap` below `bit`: the slot of `bit` among the present ones.
pub fn rank(bitmap: u64, bit: u64) -> usize {
    (bitmap & (bit - 1)).count_ones() as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process;

    fn slots(node: Node, len: usize) -> Vec<u64> {
        (0..len).map(|index| node.slot(index)).collect()
    }

    #[test]
    fn copies_insert_remove_replace_and_move_slots() {
        process::run(|| {
            let node = build(7, 4, |index| 10 * index as u64);
            assert_eq!(node.header(), 7);
            assert_eq!(slots(node, 4), [0, 10, 20, 30]);
            assert_eq!(slots(with_replaced(node, 4, 2, 99), 4), [0, 10, 99, 30]);
            let inserted = with_inserted(node, 8, 4, 4, 99);
            assert_eq!(inserted.header(), 8);
            assert_eq!(slots(inserted, 5), [0, 10, 20, 30, 99]);
            assert_eq!(
                slots(with_inserted(node, 8, 4, 0, 99), 5),
                [99, 0, 10, 20, 30]
            );
            assert_eq!(slots(with_removed(node, 6, 4, 1), 3), [0, 20, 30]);
            assert_eq!(slots(with_moved(node, 7, 4, 0, 3, 99), 4), [10, 20, 30, 99]);
            assert_eq!(slots(with_moved(node, 7, 4, 3, 0, 99), 4), [99, 0, 10, 20]);
            assert_eq!(slots(with_moved(node, 7, 4, 1, 2, 99), 4), [0, 20, 99, 30]);
            assert_eq!(slots(node, 4), [0, 10, 20, 30], "the original is unchanged");
        });
    }

    #[test]
    fn rank_counts_lower_bits() {
        assert_eq!(rank(0b1011_0110, 1 << 0), 0);
        assert_eq!(rank(0b1011_0110, 1 << 4), 2);
        assert_eq!(rank(0b1011_0110, 1 << 7), 4);
        assert_eq!(rank(u64::from(u32::MAX), 1 << 31), 31);
    }
}
