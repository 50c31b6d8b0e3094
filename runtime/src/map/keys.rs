//! The key index: a persistent hash trie in the CHAMP layout, from a key's mixed hash to its
//! entry.
//!
//! Nodes are 16-way: level `d` uses the hash digit `(hash >> 4d) & 15`. A node at level `d < 16`
//! has the header `datamap | nodemap << 16`: bit `i` of `datamap` says digit `i` holds an entry,
//! bit `i` of `nodemap` that it holds a child node. The entries come first, then the children,
//! each group in digit order. Below the last level (shift ≥ 64, every hash bit used) a *collision
//! node* has the header `count` and `count ≥ 2` entries with the same hash, in insertion order of
//! this trie. Headers stay below 2³², so the conservative collector never mistakes one for a heap
//! address.
//!
//! 16 rather than the classic 32 ways: every update copies the whole path, and the copies (then
//! marking them) dominate the cost of `put`. At 100,000 keys a 32-way path is three full 33-word
//! nodes, a 16-way one four 17-word nodes — about 40 % fewer bytes for one more level on lookups
//! (`docs/design/collections.md`).
//!
//! The trie is canonical: a child node always holds at least two entries, because `remove` pulls a
//! lone remaining entry up into the parent. Updates copy the path from the root and share the
//! rest. Callers find entries with [`find`] first and then pass the exact entry pointer to
//! [`replace`] and [`remove`], so only lookups call `eq`.

use super::node::{self, build, entry, rank, EntryRef, Node};
use crate::list::EqFn;

/// Hash bits consumed per level: 16-way nodes.
const BITS: u32 = 4;

/// Mask of one level's digit.
const DIGIT_MASK: u64 = (1 << BITS) - 1;

/// Number of hash bits, i.e. the shift at which nodes become collision nodes.
const HASH_BITS: u32 = 64;

fn is_collision(shift: u32) -> bool {
    shift >= HASH_BITS
}

/// The slot bit of `hash` at the level with `shift`.
fn bit(hash: u64, shift: u32) -> u64 {
    1 << ((hash >> shift) & DIGIT_MASK)
}

/// Bits of the header per bitmap.
const MAP_BITS: u32 = 1 << BITS;

fn header(datamap: u64, nodemap: u64) -> u64 {
    datamap | nodemap << MAP_BITS
}

/// `(datamap, nodemap)` of a bitmap node.
fn maps(node: Node) -> (u64, u64) {
    let header = node.header();
    (header & ((1 << MAP_BITS) - 1), header >> MAP_BITS)
}

/// Number of slots of a bitmap node (entries and children).
fn len(node: Node) -> usize {
    node.header().count_ones() as usize
}

/// Whether entry `candidate` has the key `key` with mixed hash `hash`.
fn matches(candidate: EntryRef, hash: u64, key: u64, eq: EqFn) -> bool {
    let candidate = entry(candidate);
    candidate.hash == hash && eq(candidate.key, key) != 0
}

/// The entry whose key equals `key` (mixed hash `hash`), if any.
pub fn find(root: Node, hash: u64, key: u64, eq: EqFn) -> Option<EntryRef> {
    let mut node = root;
    let mut shift = 0;
    if node.is_null() {
        return None;
    }
    loop {
        if is_collision(shift) {
            let count = node.header() as usize;
            return (0..count)
                .map(|index| node.slot(index) as EntryRef)
                .find(|&candidate| matches(candidate, hash, key, eq));
        }
        let bit = bit(hash, shift);
        let (datamap, nodemap) = maps(node);
        if datamap & bit != 0 {
            let candidate = node.slot(rank(datamap, bit)) as EntryRef;
            return matches(candidate, hash, key, eq).then_some(candidate);
        }
        if nodemap & bit == 0 {
            return None;
        }
        node = Node::from_word(node.slot(datamap.count_ones() as usize + rank(nodemap, bit)));
        shift += BITS;
    }
}

/// The trie with `new` added; its key must not be in the trie.
pub fn insert(root: Node, new: EntryRef) -> Node {
    if root.is_null() {
        return build(header(bit(entry(new).hash, 0), 0), 1, |_| new as u64);
    }
    insert_at(root, 0, new)
}

fn insert_at(node: Node, shift: u32, new: EntryRef) -> Node {
    if is_collision(shift) {
        let count = node.header() as usize;
        return node::with_inserted(node, count as u64 + 1, count, count, new as u64);
    }
    let bit = bit(entry(new).hash, shift);
    let (datamap, nodemap) = maps(node);
    if datamap & bit != 0 {
        // The digit holds another entry: both go one level down.
        let from = rank(datamap, bit);
        let existing = node.slot(from) as EntryRef;
        let child = pair(existing, new, shift + BITS);
        let (datamap, nodemap) = (datamap & !bit, nodemap | bit);
        let to = datamap.count_ones() as usize + rank(nodemap, bit);
        return node::with_moved(
            node,
            header(datamap, nodemap),
            len(node),
            from,
            to,
            child.word(),
        );
    }
    if nodemap & bit != 0 {
        let at = datamap.count_ones() as usize + rank(nodemap, bit);
        let child = insert_at(Node::from_word(node.slot(at)), shift + BITS, new);
        return node::with_replaced(node, len(node), at, child.word());
    }
    let datamap = datamap | bit;
    let at = rank(datamap, bit);
    node::with_inserted(node, header(datamap, nodemap), len(node), at, new as u64)
}

/// A node at `shift` holding the two entries `a` and `b` (`a` first when they collide).
fn pair(a: EntryRef, b: EntryRef, shift: u32) -> Node {
    if is_collision(shift) {
        return build(2, 2, |index| [a, b][index] as u64);
    }
    let (bit_a, bit_b) = (bit(entry(a).hash, shift), bit(entry(b).hash, shift));
    if bit_a == bit_b {
        let child = pair(a, b, shift + BITS);
        return build(header(0, bit_a), 1, |_| child.word());
    }
    let ordered = if bit_a < bit_b { [a, b] } else { [b, a] };
    build(header(bit_a | bit_b, 0), 2, |index| ordered[index] as u64)
}

/// The trie with the entry `old` (which is in it) replaced by `new` (same key and hash).
pub fn replace(root: Node, old: EntryRef, new: EntryRef) -> Node {
    replace_at(root, 0, old, new)
}

fn replace_at(node: Node, shift: u32, old: EntryRef, new: EntryRef) -> Node {
    if is_collision(shift) {
        let count = node.header() as usize;
        let at = position(node, count, old);
        return node::with_replaced(node, count, at, new as u64);
    }
    let bit = bit(entry(old).hash, shift);
    let (datamap, nodemap) = maps(node);
    if datamap & bit != 0 {
        return node::with_replaced(node, len(node), rank(datamap, bit), new as u64);
    }
    let at = datamap.count_ones() as usize + rank(nodemap, bit);
    let child = replace_at(Node::from_word(node.slot(at)), shift + BITS, old, new);
    node::with_replaced(node, len(node), at, child.word())
}

/// The slot of entry `old` in a collision node with `count` entries.
fn position(node: Node, count: usize, old: EntryRef) -> usize {
    (0..count)
        .position(|index| node.slot(index) == old as u64)
        .expect("the entry is in the collision node")
}

/// What is left of a subtree after a removal.
enum Removed {
    /// A node (at least two entries, or the root).
    Node(Node),
    /// A single entry, to be pulled up into the parent.
    Single(EntryRef),
    /// Nothing (only ever the root).
    Empty,
}

/// The trie without the entry `old` (which is in it); null when it becomes empty.
pub fn remove(root: Node, old: EntryRef) -> Node {
    match remove_at(root, 0, old) {
        Removed::Node(node) => node,
        Removed::Single(single) => insert(Node::NULL, single),
        Removed::Empty => Node::NULL,
    }
}

fn remove_at(node: Node, shift: u32, old: EntryRef) -> Removed {
    if is_collision(shift) {
        let count = node.header() as usize;
        let at = position(node, count, old);
        if count == 2 {
            return Removed::Single(node.slot(1 - at) as EntryRef);
        }
        return Removed::Node(node::with_removed(node, count as u64 - 1, count, at));
    }
    let bit = bit(entry(old).hash, shift);
    let (datamap, nodemap) = maps(node);
    if datamap & bit != 0 {
        return remove_entry(node, shift, bit);
    }
    let at = datamap.count_ones() as usize + rank(nodemap, bit);
    match remove_at(Node::from_word(node.slot(at)), shift + BITS, old) {
        Removed::Node(child) => {
            Removed::Node(node::with_replaced(node, len(node), at, child.word()))
        }
        Removed::Single(single) if shift > 0 && datamap == 0 && nodemap == bit => {
            Removed::Single(single)
        }
        Removed::Single(single) => {
            // The child shrank to one entry: it becomes an entry slot of this node.
            let (datamap, nodemap) = (datamap | bit, nodemap & !bit);
            let to = rank(datamap, bit);
            let header = header(datamap, nodemap);
            Removed::Node(node::with_moved(
                node,
                header,
                len(node),
                at,
                to,
                single as u64,
            ))
        }
        Removed::Empty => {
            // Unreachable while the trie is canonical; kept total for robustness.
            let header = header(datamap, nodemap & !bit);
            Removed::Node(node::with_removed(node, header, len(node), at))
        }
    }
}

/// Removes the entry slot `bit` from the bitmap node `node` at `shift`.
fn remove_entry(node: Node, shift: u32, bit: u64) -> Removed {
    let (datamap, nodemap) = maps(node);
    let at = rank(datamap, bit);
    let rest = datamap & !bit;
    if rest == 0 && nodemap == 0 {
        return Removed::Empty;
    }
    if shift > 0 && nodemap == 0 && rest.count_ones() == 1 {
        return Removed::Single(node.slot(1 - at) as EntryRef);
    }
    Removed::Node(node::with_removed(
        node,
        header(rest, nodemap),
        len(node),
        at,
    ))
}

/// Every entry of the trie, in trie order (for tests of its shape).
#[cfg(test)]
pub fn entries(root: Node) -> Vec<EntryRef> {
    let mut found = Vec::new();
    if !root.is_null() {
        collect(root, 0, &mut found);
    }
    found
}

#[cfg(test)]
fn collect(node: Node, shift: u32, found: &mut Vec<EntryRef>) {
    if is_collision(shift) {
        found.extend((0..node.header() as usize).map(|index| node.slot(index) as EntryRef));
        return;
    }
    let (datamap, nodemap) = maps(node);
    let entries = datamap.count_ones() as usize;
    found.extend((0..entries).map(|index| node.slot(index) as EntryRef));
    for index in entries..entries + nodemap.count_ones() as usize {
        let child = Node::from_word(node.slot(index));
        let size_before = found.len();
        collect(child, shift + BITS, found);
        assert!(
            found.len() - size_before >= 2,
            "a child holds at least two entries"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process;

    extern "C" fn word_eq(a: u64, b: u64) -> u64 {
        u64::from(a == b)
    }

    fn keys_of(root: Node) -> Vec<u64> {
        let mut keys: Vec<u64> = entries(root).iter().map(|&e| entry(e).key).collect();
        keys.sort_unstable();
        keys
    }

    /// Builds a trie of keys `0..n` whose hash is `hash_of(key)`; checks it after each step.
    fn build_trie(n: u64, hash_of: impl Fn(u64) -> u64) -> Node {
        let mut root = Node::NULL;
        for key in 0..n {
            assert!(find(root, hash_of(key), key, word_eq).is_none());
            root = insert(root, node::new_entry(hash_of(key), key, key, key * 10));
            assert_eq!(keys_of(root), (0..=key).collect::<Vec<_>>());
        }
        root
    }

    fn check_removals(mut root: Node, n: u64, hash_of: impl Fn(u64) -> u64) {
        for key in (0..n).rev().step_by(2).chain((0..n).step_by(2)) {
            let found = find(root, hash_of(key), key, word_eq).expect("present");
            assert_eq!(entry(found).value, key * 10);
            root = remove(root, found);
            assert!(find(root, hash_of(key), key, word_eq).is_none());
            // `entries` asserts the canonical shape.
            assert!(!entries(root).iter().any(|&e| entry(e).key == key));
        }
        assert!(root.is_null());
    }

    #[test]
    fn hashes_sharing_every_digit_but_the_last_go_down_to_the_last_level() {
        process::run(|| {
            // The low 60 bits are equal: the keys part only at the 16th and last level.
            let hash_of = |key: u64| 0x0abc_def0_1234_5678 | key << 60;
            let root = build_trie(16, hash_of);
            for key in 0..16 {
                let found = find(root, hash_of(key), key, word_eq).expect("present");
                assert_eq!(entry(found).key, key);
            }
            check_removals(root, 16, hash_of);
        });
    }

    #[test]
    fn equal_hashes_share_a_collision_node() {
        process::run(|| {
            let hash_of = |key: u64| [42, 42 | 1 << 63, 7][key as usize % 3];
            let root = build_trie(40, hash_of);
            let replaced = {
                let old = find(root, hash_of(7), 7, word_eq).expect("present");
                let new = node::new_entry(hash_of(7), 7, 7, 1);
                replace(root, old, new)
            };
            let found = find(replaced, hash_of(7), 7, word_eq).expect("present");
            assert_eq!(entry(found).value, 1);
            let found = find(root, hash_of(7), 7, word_eq).expect("present");
            assert_eq!(entry(found).value, 70, "the old version is unchanged");
            check_removals(root, 40, hash_of);
        });
    }

    #[test]
    fn removal_keeps_the_trie_canonical() {
        process::run(|| {
            let hash_of = |key: u64| key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let root = build_trie(700, hash_of);
            check_removals(root, 700, hash_of);
        });
    }
}
