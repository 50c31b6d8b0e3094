//! Maps: the [`Map`] handle and the operations of STDLIB.md §5.6 (and, through `crate::set`,
//! §5.7).
//!
//! A map is immutable, persistent and insertion-ordered: a [`MeshMap`] header over two tries that
//! share immutable entries `{hash, seq, key, value}` — the key index ([`keys`], a 16-way CHAMP
//! hash trie: lookup, `put` and `delete` in O(log₁₆ n)) and the order index ([`order`], an 8-way
//! radix trie on the insertion sequence number: iteration in insertion order). Updates copy one
//! path in each trie and share everything else with the old version. Keys are compared only
//! through the `eq`/`hash` functions the code generator passes for the key type.
//! `docs/design/collections.md` explains the choice and the rejected alternatives (association
//! lists, tombstoned vectors, sorting on demand, linked insertion lists, ordered trees).
//!
//! Heap pointers live in locals or heap objects only, never only in Rust collections: the
//! callbacks may allocate and so collect. Where entry pointers are sorted in a `Vec` ([`compare`])
//! the maps holding them are kept alive until the end.

mod keys;
mod node;
mod order;

use std::hint::black_box;

use crate::crash;
use crate::gc;
use crate::layout::{MeshMap, MeshMapEntry, MeshMapIter};
use crate::list::{self, CmpFn, EqFn, HashFn, List, ShowFn};
use crate::string::{self, Str};
use crate::value::{self, FNV_OFFSET};
use node::{entry, EntryRef, Node};

/// A handle to a map: a pointer to a valid [`MeshMap`] (a heap header or the static empty map).
///
/// Handles are made only by the runtime or by generated code (which got them from the runtime).
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct Map(*const MeshMap);

static EMPTY: MeshMap = MeshMap {
    size: 0,
    next_seq: 0,
    order_shift: 0,
    keys: std::ptr::null(),
    order: std::ptr::null(),
};

/// The empty map (a static, no allocation).
pub fn empty() -> Map {
    Map(&EMPTY)
}

impl Map {
    /// The handle of the map at `word`.
    ///
    /// # Safety
    ///
    /// `word` must be the address of a valid [`MeshMap`] that stays alive while the handle is
    /// used.
    pub unsafe fn from_word(word: u64) -> Map {
        Map(word as *const MeshMap)
    }

    /// The map as a Mesh value.
    pub fn word(self) -> u64 {
        self.0 as u64
    }

    fn header(&self) -> &MeshMap {
        // Safety: by the handle's invariant `self.0` points to a valid MeshMap.
        unsafe { &*self.0 }
    }

    /// Number of entries.
    pub fn len(self) -> usize {
        self.header().size as usize
    }

    /// Whether the map has no entries.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    fn keys(self) -> Node {
        Node::from_ptr(self.header().keys)
    }

    fn order(self) -> Node {
        Node::from_ptr(self.header().order)
    }

    fn order_shift(self) -> u32 {
        self.header().order_shift as u32
    }
}

/// A new header; the empty map when `size` is 0.
fn with_parts(size: usize, next_seq: u64, order_shift: u32, keys: Node, order: Node) -> Map {
    if size == 0 {
        return empty();
    }
    let header = gc::alloc_words(5).cast::<MeshMap>();
    // Safety: `header` is a fresh heap object of five words, the size of a MeshMap.
    unsafe {
        header.write(MeshMap {
            size: size as u64,
            next_seq,
            order_shift: u64::from(order_shift),
            keys: keys.ptr(),
            order: order.ptr(),
        })
    };
    Map(header)
}

/// The trie hash of a key hash: the MurmurHash3 64-bit finaliser, a bijection that spreads
/// FNV-1a's weak low bits over every trie level (equal hashes stay equal, distinct ones
/// distinct).
pub fn mix(hash: i64) -> u64 {
    let mut h = hash as u64;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The entry of `key`, if any.
fn lookup(m: Map, key: u64, eq: EqFn, hash: HashFn) -> Option<&'static MeshMapEntry> {
    if m.is_empty() {
        return None;
    }
    keys::find(m.keys(), mix(hash(key)), key, eq).map(entry)
}

/// `Map.put`: an existing key keeps its position (and its original key word) and takes `value`;
/// a new key goes at the end.
pub fn put(m: Map, key: u64, value: u64, eq: EqFn, hash: HashFn) -> Map {
    let mixed = mix(hash(key));
    let found = if m.is_empty() {
        None
    } else {
        keys::find(m.keys(), mixed, key, eq)
    };
    match found {
        Some(old) if entry(old).value == value => m,
        Some(old) => replace_value(m, old, value),
        None => insert_new(m, mixed, key, value),
    }
}

fn replace_value(m: Map, old: EntryRef, value: u64) -> Map {
    let current = entry(old);
    let new = node::new_entry(current.hash, current.seq, current.key, value);
    let keys = keys::replace(m.keys(), old, new);
    let order = order::replace(m.order(), m.order_shift(), new);
    let header = m.header();
    with_parts(m.len(), header.next_seq, m.order_shift(), keys, order)
}

fn insert_new(m: Map, mixed: u64, key: u64, value: u64) -> Map {
    let seq = m.header().next_seq;
    let new = node::new_entry(mixed, seq, key, value);
    let keys = keys::insert(m.keys(), new);
    let (order, shift) = order::append(m.order(), m.order_shift(), new);
    with_parts(m.len() + 1, seq + 1, shift, keys, order)
}

/// `Map.delete`: the map without `key` (the map itself when the key is missing).
pub fn delete(m: Map, key: u64, eq: EqFn, hash: HashFn) -> Map {
    let Some(found) = lookup(m, key, eq, hash) else {
        return m;
    };
    let old: EntryRef = found;
    let keys = keys::remove(m.keys(), old);
    let order = order::remove(m.order(), m.order_shift(), found.seq);
    let header = m.header();
    with_parts(m.len() - 1, header.next_seq, m.order_shift(), keys, order)
}

/// The value of `key`, if any.
pub fn get(m: Map, key: u64, eq: EqFn, hash: HashFn) -> Option<u64> {
    lookup(m, key, eq, hash).map(|found| found.value)
}

/// `Map.fetch`: `Some(value)` or `None`.
pub fn fetch(m: Map, key: u64, eq: EqFn, hash: HashFn) -> u64 {
    match get(m, key, eq, hash) {
        Some(value) => value::some(value),
        None => value::none(),
    }
}

/// `Map.has_key`.
pub fn has_key(m: Map, key: u64, eq: EqFn, hash: HashFn) -> bool {
    lookup(m, key, eq, hash).is_some()
}

/// `Map.get_or`: the value, or `fallback`.
pub fn get_or(m: Map, key: u64, fallback: u64, eq: EqFn, hash: HashFn) -> u64 {
    get(m, key, eq, hash).unwrap_or(fallback)
}

/// `Map.get` for a value type without `Default`: the value, or the panic
/// `key not found: <key in Debug form>`.
pub fn get_or_panic(m: Map, key: u64, eq: EqFn, hash: HashFn, debug_key: ShowFn) -> u64 {
    match get(m, key, eq, hash) {
        Some(value) => value,
        None => crash::raise(format!("key not found: {}", debug_key(key).as_str())),
    }
}

/// A handle to a map iterator (see [`MeshMapIter`]).
#[repr(transparent)]
#[derive(Debug, Clone, Copy)]
pub struct Iter(*mut MeshMapIter);

impl Iter {
    /// The handle of the cursor at `word`.
    ///
    /// # Safety
    ///
    /// `word` must be the address of a cursor made by [`iter_new`].
    pub unsafe fn from_word(word: u64) -> Iter {
        Iter(word as *mut MeshMapIter)
    }

    /// The cursor as a word (for storing it in another heap object).
    pub fn word(self) -> u64 {
        self.0 as u64
    }
}

/// A new iterator over `m`'s entries in insertion order, before the first entry.
pub fn iter_new(m: Map) -> Iter {
    Iter(order::cursor(m.0))
}

/// Moves to the next entry; false at the end (and after it).
pub fn iter_next(it: Iter) -> bool {
    // Safety: iterator handles come from `iter_new`; a Mesh process runs on one thread, so only
    // this call uses the iterator now.
    !unsafe { order::advance(it.0) }.is_null()
}

fn current(it: Iter) -> &'static MeshMapEntry {
    // Safety: as in `iter_next`; `entry` is null or an entry of the map the iterator keeps alive.
    let current = unsafe { (*it.0).entry };
    assert!(!current.is_null(), "map iterator has no current entry");
    entry(current)
}

/// The key of the current entry (after `iter_next` returned true).
pub fn iter_key(it: Iter) -> u64 {
    current(it).key
}

/// The value of the current entry (after `iter_next` returned true).
pub fn iter_value(it: Iter) -> u64 {
    current(it).value
}

/// A list of `f(entry)` for every entry in insertion order. `f` may allocate.
fn collect(m: Map, mut f: impl FnMut(&MeshMapEntry) -> u64) -> List {
    let it = iter_new(m);
    list::build(m.len(), |_| {
        iter_next(it);
        f(current(it))
    })
}

/// Calls `f` on every entry in insertion order. `f` may allocate.
pub(crate) fn for_each(m: Map, mut f: impl FnMut(&MeshMapEntry)) {
    let it = iter_new(m);
    while iter_next(it) {
        f(current(it));
    }
}

/// `Map.keys`, in insertion order.
pub fn keys(m: Map) -> List {
    collect(m, |found| found.key)
}

/// `Map.values`, in insertion order.
pub fn values(m: Map) -> List {
    collect(m, |found| found.value)
}

/// `Map.to_list`: `(key, value)` tuples in insertion order.
pub fn to_list(m: Map) -> List {
    collect(m, |found| list::pair(found.key, found.value))
}

/// `Map.from_list`: a repeated key keeps its first position and takes the last value.
pub fn from_list(pairs: List, eq: EqFn, hash: HashFn) -> Map {
    let mut m = empty();
    for index in 0..pairs.len() {
        let pair = pairs.items()[index];
        // Safety: `pairs` is a List<(K, V)>, so every element is a two-word tuple.
        let (key, value) = unsafe {
            (
                (pair as *const u64).read(),
                (pair as *const u64).add(1).read(),
            )
        };
        m = put(m, key, value, eq, hash);
    }
    m
}

/// `Map.merge`: `b` wins; keys of `a` keep their position, keys only in `b` follow in `b`'s
/// order.
pub fn merge(a: Map, b: Map, eq: EqFn, hash: HashFn) -> Map {
    if a.is_empty() {
        return b;
    }
    let mut merged = a;
    for_each(b, |found| {
        merged = put(merged, found.key, found.value, eq, hash)
    });
    merged
}

/// Map equality: the same key set with equal values, in any order.
pub fn equal(a: Map, b: Map, key_eq: EqFn, key_hash: HashFn, value_eq: EqFn) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let it = iter_new(a);
    while iter_next(it) {
        let found = current(it);
        match get(b, found.key, key_eq, key_hash) {
            Some(value) if value_eq(found.value, value) != 0 => {}
            _ => return false,
        }
    }
    true
}

/// The entries of `m` sorted by key with `key_cmp` (stable; never panics).
fn sorted_entries(m: Map, key_cmp: CmpFn) -> Vec<u64> {
    let mut entries = Vec::with_capacity(m.len());
    for_each(m, |found| entries.push(found as *const MeshMapEntry as u64));
    list::sort_words(&mut entries, |a, b| {
        key_cmp(entry(a as EntryRef).key, entry(b as EntryRef).key)
    });
    entries
}

/// Map order (LANGUAGE.md §6.5): both maps' entries sorted by key, then compared
/// lexicographically as `(key, value)` tuples, a proper prefix first: -1, 0 or 1.
pub fn compare(a: Map, b: Map, key_cmp: CmpFn, value_cmp: CmpFn) -> i64 {
    // The vectors hold entry pointers; `a` and `b` keep those entries alive (see the end).
    let (sorted_a, sorted_b) = (sorted_entries(a, key_cmp), sorted_entries(b, key_cmp));
    let mut order = sorted_a.len().cmp(&sorted_b.len()) as i64;
    for (&x, &y) in sorted_a.iter().zip(&sorted_b) {
        let (x, y) = (entry(x as EntryRef), entry(y as EntryRef));
        let step = match key_cmp(x.key, y.key) {
            0 => value_cmp(x.value, y.value),
            step => step,
        };
        if step != 0 {
            order = step.signum();
            break;
        }
    }
    black_box((a, b));
    order
}

/// The tuple hash of an entry: FNV-1a over the 8 LE bytes of the key's hash, then the value's.
pub fn entry_hash(key_hash: i64, value_hash: i64) -> i64 {
    let state = value::fnv1a(FNV_OFFSET, &key_hash.to_le_bytes());
    value::fnv1a(state, &value_hash.to_le_bytes()) as i64
}

/// Map hash (LANGUAGE.md §6.5): the wrapping sum of the entry hashes.
pub fn hash(m: Map, key_hash: HashFn, value_hash: HashFn) -> i64 {
    let mut sum = 0i64;
    for_each(m, |found| {
        sum = sum.wrapping_add(entry_hash(key_hash(found.key), value_hash(found.value)));
    });
    sum
}

/// Display/Debug: `%{k => v, …}` in insertion order, with keys and values rendered by the given
/// functions; `%{}` when empty.
pub fn to_string(m: Map, show_key: ShowFn, show_value: ShowFn) -> Str {
    let mut text = b"%{".to_vec();
    let mut first = true;
    for_each(m, |found| {
        if !first {
            text.extend_from_slice(b", ");
        }
        first = false;
        text.extend_from_slice(show_key(found.key).bytes());
        text.extend_from_slice(b" => ");
        text.extend_from_slice(show_value(found.value).bytes());
    });
    text.push(b'}');
    string::from_parts(&[&text])
}
