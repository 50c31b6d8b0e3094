//! The memory layout of Mesh values, shared by the runtime and the code generator.
//!
//! Every Mesh value is one 64-bit word: `Int` is an `i64`, `Float` the bit pattern of an `f64`,
//! `Bool` is 0/1, `()` is 0, and every other value is a pointer to one of the objects below (or
//! to a tuple/struct, which is just a sequence of words allocated with `mesh_rt_alloc`).
//!
//! These structs are the single definition of the layouts generated code touches. The code
//! generator builds string literals with exactly the [`MeshString`] layout, reads variant tags at
//! the offsets of [`MeshVariant`] and calls closures through [`MeshClosure::code`]; its tests
//! assert its field indices against `core::mem::offset_of!` on these types. Lists, maps and sets
//! are opaque to generated code (it only calls `mesh_rt_list_*`, `mesh_rt_map_*` and
//! `mesh_rt_set_*`), so [`MeshList`], [`MeshMap`] and their parts may change freely.

use core::ffi::c_void;
use core::mem::size_of;

/// A string: its byte length followed inline by that many bytes of UTF-8 (no terminator).
///
/// Heap strings are "raw" objects (never scanned by the collector). String literals are
/// read-only globals `{ i64 len, [N x i8] }`, 8-byte aligned, outside every heap.
#[repr(C)]
#[derive(Debug)]
pub struct MeshString {
    /// Number of bytes that follow.
    pub len: u64,
    /// The UTF-8 bytes (`len` of them), inline.
    pub bytes: [u8; 0],
}

/// A list header: a window of `len` words starting at `items`, inside `store`.
///
/// Several lists may share one [`MeshListStore`] (`tail`, `drop` and `take` make a new header over a
/// sub-window), so a list value never owns its items exclusively; see `crate::list`.
#[repr(C)]
#[derive(Debug)]
pub struct MeshList {
    /// Number of elements.
    pub len: u64,
    /// The first element; points into `store.data` (or is dangling when `len` is 0).
    pub items: *const u64,
    /// The backing store, or null for the static empty list.
    pub store: *mut MeshListStore,
}

// Safety: a `MeshList` is immutable once built (only the static empty list is ever shared between
// threads, and it has no items).
unsafe impl Sync for MeshList {}

/// The backing array of one or more lists.
///
/// Slots `[lo, hi)` of `data` are *claimed*: written once and never changed again. A list whose
/// window ends at `hi` may claim the next slot to append in place; one whose window starts at `lo`
/// may claim the previous slot to prepend in place.
#[repr(C)]
#[derive(Debug)]
pub struct MeshListStore {
    /// Number of slots in `data`.
    pub cap: u64,
    /// First claimed slot.
    pub lo: u64,
    /// One past the last claimed slot.
    pub hi: u64,
    /// `cap` words, inline.
    pub data: [u64; 0],
}

/// A closure: the code pointer followed inline by the captured words.
///
/// The code is called as `extern "C" fn(closure: *const MeshClosure, a1: u64, …, an: u64) -> u64`:
/// the closure itself is always the first argument, so the code reads its captures from `env`.
#[repr(C)]
#[derive(Debug)]
pub struct MeshClosure {
    /// The function implementing the closure body.
    pub code: *const c_void,
    /// Copies the closure and its captured values into the current heap (for sending it to
    /// another process): `extern "C" fn(closure: u64) -> u64`, generated for the capture types.
    /// Null when there is nothing to copy (no captures: the closure is a constant).
    pub copy: *const c_void,
    /// Captured values, inline.
    pub env: [u64; 0],
}

/// The header of every sum-type value (`Option`, `Result`, `Ordering`, user types): the 0-based
/// variant index followed inline by the payload words.
///
/// `Option`: `None` = 0, `Some` = 1. `Result`: `Ok` = 0, `Err` = 1. `Ordering`: `Less` = 0,
/// `Equal` = 1, `Greater` = 2.
#[repr(C)]
#[derive(Debug)]
pub struct MeshVariant {
    /// The variant index.
    pub tag: u64,
    /// The payload words, inline.
    pub fields: [u64; 0],
}

/// Variant tag of `None`.
pub const TAG_NONE: u64 = 0;
/// Variant tag of `Some`.
pub const TAG_SOME: u64 = 1;
/// Variant tag of `Ok`.
pub const TAG_OK: u64 = 0;
/// Variant tag of `Err`.
pub const TAG_ERR: u64 = 1;

/// A map (or set) header: the entry count and the roots of its two tries (see `crate::map` and
/// `docs/design/collections.md`). Opaque to generated code, like lists.
#[repr(C)]
#[derive(Debug)]
pub struct MeshMap {
    /// Number of entries.
    pub size: u64,
    /// The sequence number the next new key gets (insertion order).
    pub next_seq: u64,
    /// The bit shift of the order index's root level (a multiple of 5).
    pub order_shift: u64,
    /// The root of the key index (hash trie), or null when empty.
    pub keys: *const u64,
    /// The root of the order index (radix trie on `seq`), or null when empty.
    pub order: *const u64,
}

// Safety: a `MeshMap` is immutable once built (only the static empty map is ever shared between
// threads, and it points to nothing).
unsafe impl Sync for MeshMap {}

/// One entry of a map: immutable, shared by both tries and by every version of the map that
/// contains it.
#[repr(C)]
#[derive(Debug)]
pub struct MeshMapEntry {
    /// The key's hash after mixing (`crate::map::mix`).
    pub hash: u64,
    /// The insertion sequence number: the entry's position in insertion order.
    pub seq: u64,
    /// The key.
    pub key: u64,
    /// The value (Unit in a set).
    pub value: u64,
}

/// A map iterator: the map, the current entry, and one `(node, next index)` frame per level of
/// the order index (`levels` of them, inline). Mutable; only the iterator functions touch it.
#[repr(C)]
#[derive(Debug)]
pub struct MeshMapIter {
    /// The map being iterated (keeps it alive).
    pub map: *const MeshMap,
    /// The current entry, or null before the first `next` and after the end.
    pub entry: *const MeshMapEntry,
    /// Number of frames in use.
    pub depth: u64,
    /// Number of levels of the order index (the capacity of `frames`).
    pub levels: u64,
    /// The frames, inline.
    pub frames: [[u64; 2]; 0],
}

/// The size of one Mesh value.
pub const WORD: usize = size_of::<u64>();

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{align_of, offset_of};

    #[test]
    fn string_is_length_then_inline_bytes() {
        assert_eq!(offset_of!(MeshString, len), 0);
        assert_eq!(offset_of!(MeshString, bytes), 8);
        assert_eq!(size_of::<MeshString>(), 8);
        assert_eq!(align_of::<MeshString>(), 8);
    }

    #[test]
    fn list_header_and_store() {
        assert_eq!(offset_of!(MeshList, len), 0);
        assert_eq!(offset_of!(MeshList, items), 8);
        assert_eq!(offset_of!(MeshList, store), 16);
        assert_eq!(size_of::<MeshList>(), 24);
        assert_eq!(offset_of!(MeshListStore, data), 24);
    }

    #[test]
    fn closure_and_variant_headers() {
        assert_eq!(offset_of!(MeshClosure, code), 0);
        assert_eq!(offset_of!(MeshClosure, copy), 8);
        assert_eq!(offset_of!(MeshClosure, env), 16);
        assert_eq!(offset_of!(MeshVariant, tag), 0);
        assert_eq!(offset_of!(MeshVariant, fields), 8);
    }

    #[test]
    fn map_header_entry_and_iterator() {
        assert_eq!(size_of::<MeshMap>(), 40);
        assert_eq!(offset_of!(MeshMap, keys), 24);
        assert_eq!(offset_of!(MeshMap, order), 32);
        assert_eq!(size_of::<MeshMapEntry>(), 32);
        assert_eq!(offset_of!(MeshMapEntry, key), 16);
        assert_eq!(offset_of!(MeshMapEntry, value), 24);
        assert_eq!(offset_of!(MeshMapIter, frames), 32);
        assert_eq!(size_of::<MeshMapIter>(), 32);
    }
}
