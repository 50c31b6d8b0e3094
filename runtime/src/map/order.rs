//! The order index: a persistent, bitmap-compressed radix trie from an entry's sequence number to
//! the entry, and the cursor that walks it in insertion order.
//!
//! A node at shift `s` has the header `bitmap` (bit `i`: digit `(seq >> s) & 7 == i` is present)
//! followed by the present slots in digit order; at shift 0 the slots are entries, above it child
//! nodes. The root's shift is kept in the map header and grows by one level whenever a new
//! sequence number does not fit. Since digits are taken from the most significant end, a
//! left-to-right walk visits entries by increasing `seq`, i.e. in insertion order. Removal deletes
//! the slot and every node it leaves empty, so the trie only holds live entries.

use super::node::{self, build, entry, rank, EntryRef, Node};
use crate::gc;
use crate::layout::{MeshMap, MeshMapEntry, MeshMapIter};

/// Sequence-number bits consumed per level: 8-way nodes. The trie is dense (sequence numbers
/// are handed out consecutively), so every update copies full nodes all the way down; 8-way
/// nodes (9 words) copy about half the bytes of 32-way ones (33 words) per path, for two more
/// levels at 100,000 entries. `docs/design/collections.md` has the measurements.
const BITS: u32 = 3;

/// Mask of one level's digit.
const DIGIT_MASK: u64 = (1 << BITS) - 1;

/// The largest root shift: 22 levels cover every 64-bit sequence number.
const MAX_SHIFT: u32 = 63;

fn bit(seq: u64, shift: u32) -> u64 {
    1 << ((seq >> shift) & DIGIT_MASK)
}

fn len(node: Node) -> usize {
    node.header().count_ones() as usize
}

/// The trie with `new` added after every other entry (its `seq` is larger than theirs), and the
/// root shift, grown if `seq` needs more levels.
pub fn append(root: Node, shift: u32, new: EntryRef) -> (Node, u32) {
    let seq = entry(new).seq;
    let (mut root, mut shift) = (root, shift);
    while shift < MAX_SHIFT && seq >> (shift + BITS) != 0 {
        if !root.is_null() {
            root = build(1, 1, |_| root.word());
        }
        shift += BITS;
    }
    (insert_at(root, shift, seq, new), shift)
}

fn insert_at(node: Node, shift: u32, seq: u64, new: EntryRef) -> Node {
    let bit = bit(seq, shift);
    if node.is_null() {
        let slot = if shift == 0 {
            new as u64
        } else {
            insert_at(Node::NULL, shift - BITS, seq, new).word()
        };
        return build(bit, 1, |_| slot);
    }
    let bitmap = node.header();
    let at = rank(bitmap, bit);
    if bitmap & bit != 0 && shift > 0 {
        let child = insert_at(Node::from_word(node.slot(at)), shift - BITS, seq, new);
        return node::with_replaced(node, len(node), at, child.word());
    }
    let slot = if shift == 0 {
        new as u64
    } else {
        insert_at(Node::NULL, shift - BITS, seq, new).word()
    };
    node::with_inserted(node, bitmap | bit, len(node), at, slot)
}

/// The trie with the entry of `new.seq` replaced by `new`.
pub fn replace(node: Node, shift: u32, new: EntryRef) -> Node {
    let seq = entry(new).seq;
    let at = rank(node.header(), bit(seq, shift));
    let slot = if shift == 0 {
        new as u64
    } else {
        replace(Node::from_word(node.slot(at)), shift - BITS, new).word()
    };
    node::with_replaced(node, len(node), at, slot)
}

/// The trie without the entry of sequence number `seq` (which is in it); null when empty.
pub fn remove(node: Node, shift: u32, seq: u64) -> Node {
    let bit = bit(seq, shift);
    let bitmap = node.header();
    let at = rank(bitmap, bit);
    if shift > 0 {
        let child = remove(Node::from_word(node.slot(at)), shift - BITS, seq);
        if !child.is_null() {
            return node::with_replaced(node, len(node), at, child.word());
        }
    }
    if bitmap == bit {
        return Node::NULL;
    }
    node::with_removed(node, bitmap & !bit, len(node), at)
}

/// Number of levels of a trie whose root has `shift`.
fn levels(shift: u64) -> usize {
    shift as usize / BITS as usize + 1
}

/// A cursor over the entries of `map` in insertion order, before the first entry.
pub fn cursor(map: *const MeshMap) -> *mut MeshMapIter {
    // Safety: the caller passes a valid map header.
    let (shift, root) = unsafe { ((*map).order_shift, (*map).order) };
    let levels = levels(shift);
    let it = gc::alloc_words(4 + 2 * levels).cast::<MeshMapIter>();
    // Safety: `it` is a fresh heap object with room for the header and `levels` frames.
    unsafe {
        (*it).map = map;
        (*it).levels = levels as u64;
        if !root.is_null() {
            (*it).depth = 1;
            frame(it, 0).write([root as u64, 0]);
        }
    }
    it
}

/// Frame `index` of a cursor.
///
/// # Safety
///
/// `it` must be a cursor from [`cursor`] and `index < levels`.
unsafe fn frame(it: *mut MeshMapIter, index: usize) -> *mut [u64; 2] {
    // Safety: the frames follow the header inline, `levels` of them (caller's contract).
    unsafe {
        std::ptr::addr_of_mut!((*it).frames)
            .cast::<[u64; 2]>()
            .add(index)
    }
}

/// Moves the cursor to the next entry and returns it, or null (and stays at the end).
///
/// # Safety
///
/// `it` must be a cursor from [`cursor`] that only this call is using.
pub unsafe fn advance(it: *mut MeshMapIter) -> *const MeshMapEntry {
    // Safety: frames below `depth` were written by `cursor` or here and hold nodes of the map
    // the cursor keeps alive; `depth <= levels` always holds.
    unsafe {
        let levels = (*it).levels as usize;
        while (*it).depth > 0 {
            let top = frame(it, (*it).depth as usize - 1);
            let [node, next] = *top;
            let node = Node::from_word(node);
            if next as usize == len(node) {
                (*it).depth -= 1;
                continue;
            }
            (*top)[1] = next + 1;
            let slot = node.slot(next as usize);
            if (*it).depth as usize == levels {
                (*it).entry = slot as *const MeshMapEntry;
                return (*it).entry;
            }
            frame(it, (*it).depth as usize).write([slot, 0]);
            (*it).depth += 1;
        }
        (*it).entry = std::ptr::null();
        std::ptr::null()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process;

    fn walk(root: Node, shift: u32) -> Vec<u64> {
        let map = gc::alloc_words(5).cast::<MeshMap>();
        // Safety: a fresh five-word object is a MeshMap; the cursor only reads the order fields.
        unsafe {
            (*map).order_shift = u64::from(shift);
            (*map).order = root.ptr();
        }
        let it = cursor(map);
        let mut seqs = Vec::new();
        // Safety: `it` is a fresh cursor used only here.
        while let Some(found) = unsafe { advance(it).as_ref() } {
            seqs.push(found.seq);
        }
        seqs
    }

    #[test]
    fn appends_grow_levels_and_walk_in_order() {
        process::run(|| {
            let (mut root, mut shift) = (Node::NULL, 0);
            for seq in 0..1100 {
                (root, shift) = append(root, shift, node::new_entry(0, seq, seq, 0));
            }
            assert_eq!(shift, 9, "1100 sequence numbers need four levels");
            assert_eq!(walk(root, shift), (0..1100).collect::<Vec<_>>());
        });
    }

    #[test]
    fn removal_prunes_empty_nodes_and_keeps_the_rest_in_order() {
        process::run(|| {
            let (mut root, mut shift) = (Node::NULL, 0);
            for seq in 0..200 {
                (root, shift) = append(root, shift, node::new_entry(0, seq, seq, 0));
            }
            let full = root;
            for seq in (0..200).filter(|seq| seq % 3 != 1) {
                root = remove(root, shift, seq);
            }
            let expected: Vec<u64> = (0..200).filter(|seq| seq % 3 == 1).collect();
            assert_eq!(walk(root, shift), expected);
            assert_eq!(walk(full, shift), (0..200).collect::<Vec<_>>());
            root = replace(root, shift, node::new_entry(0, 100, 100, 7));
            assert_eq!(walk(root, shift), expected);
            for seq in expected {
                root = remove(root, shift, seq);
            }
            assert!(root.is_null());
            assert_eq!(walk(root, shift), Vec::<u64>::new());
            let far = u64::MAX - 3;
            let (root, shift) = append(Node::NULL, 0, node::new_entry(0, far, far, 0));
            assert_eq!(shift, MAX_SHIFT);
            assert_eq!(walk(root, shift), [far]);
        });
    }
}
