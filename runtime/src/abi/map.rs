//! `Map` (STDLIB.md §5.6), map equality/order/hash/Display, and the iterator of `for {k, v} in m`.
//!
//! Every function that compares keys takes the key type's `eq` (0/1) and `hash` (LANGUAGE.md
//! §6.5 FNV-1a) from the code generator. Maps are persistent: no function changes its arguments.

use super::flag;
use crate::crash::guard;
use crate::list::{CmpFn, EqFn, HashFn, List, ShowFn};
use crate::map::{self, Iter, Map};
use crate::string::Str;

/// `Map.new()` / `%{}`.
#[no_mangle]
pub extern "C" fn mesh_rt_map_new() -> Map {
    map::empty()
}

/// `Map.put(m, k, v)`: an existing key keeps its position; a new key goes at the end.
#[no_mangle]
pub extern "C" fn mesh_rt_map_put(m: Map, k: u64, v: u64, eq: EqFn, hash: HashFn) -> Map {
    guard(|| map::put(m, k, v, eq, hash))
}

/// `Map.fetch(m, k)` -> `Option<V>`.
#[no_mangle]
pub extern "C" fn mesh_rt_map_fetch(m: Map, k: u64, eq: EqFn, hash: HashFn) -> u64 {
    guard(|| map::fetch(m, k, eq, hash))
}

/// `Map.has_key(m, k)`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_map_has_key(m: Map, k: u64, eq: EqFn, hash: HashFn) -> u64 {
    guard(|| flag(map::has_key(m, k, eq, hash)))
}

/// `Map.delete(m, k)`: the rest keeps its order; a missing key returns `m`.
#[no_mangle]
pub extern "C" fn mesh_rt_map_delete(m: Map, k: u64, eq: EqFn, hash: HashFn) -> Map {
    guard(|| map::delete(m, k, eq, hash))
}

/// `Map.size(m)`.
#[no_mangle]
pub extern "C" fn mesh_rt_map_size(m: Map) -> i64 {
    guard(|| m.len() as i64)
}

/// `Map.keys(m)`, in insertion order.
#[no_mangle]
pub extern "C" fn mesh_rt_map_keys(m: Map) -> List {
    guard(|| map::keys(m))
}

/// `Map.values(m)`, in insertion order.
#[no_mangle]
pub extern "C" fn mesh_rt_map_values(m: Map) -> List {
    guard(|| map::values(m))
}

/// `Map.to_list(m)`: two-word `(k, v)` tuples in insertion order.
#[no_mangle]
pub extern "C" fn mesh_rt_map_to_list(m: Map) -> List {
    guard(|| map::to_list(m))
}

/// `Map.from_list(pairs)` from two-word `(k, v)` tuples: a repeated key keeps its first position
/// and takes the last value.
#[no_mangle]
pub extern "C" fn mesh_rt_map_from_list(pairs: List, eq: EqFn, hash: HashFn) -> Map {
    guard(|| map::from_list(pairs, eq, hash))
}

/// `Map.merge(a, b)`: `b` wins; keys only in `b` are appended in `b`'s order.
#[no_mangle]
pub extern "C" fn mesh_rt_map_merge(a: Map, b: Map, eq: EqFn, hash: HashFn) -> Map {
    guard(|| map::merge(a, b, eq, hash))
}

/// `Map.get_or(m, k, fallback)`.
#[no_mangle]
pub extern "C" fn mesh_rt_map_get_or(m: Map, k: u64, fallback: u64, eq: EqFn, hash: HashFn) -> u64 {
    guard(|| map::get_or(m, k, fallback, eq, hash))
}

/// `Map.get(m, k)` when `V` has no `Default`; panics `key not found: <debug_key(k)>`. (When `V`
/// has a `Default`, generated code calls `mesh_rt_map_fetch` and supplies the default.)
#[no_mangle]
pub extern "C" fn mesh_rt_map_get_or_panic(
    m: Map,
    k: u64,
    eq: EqFn,
    hash: HashFn,
    debug_key: ShowFn,
) -> u64 {
    guard(|| map::get_or_panic(m, k, eq, hash, debug_key))
}

/// `a == b`: the same keys with equal values, in any order. 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_map_eq(
    a: Map,
    b: Map,
    key_eq: EqFn,
    key_hash: HashFn,
    value_eq: EqFn,
) -> u64 {
    guard(|| flag(map::equal(a, b, key_eq, key_hash, value_eq)))
}

/// Map order: entries sorted by key, then compared lexicographically (LANGUAGE.md §6.5).
/// -1, 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_map_cmp(a: Map, b: Map, key_cmp: CmpFn, value_cmp: CmpFn) -> i64 {
    guard(|| map::compare(a, b, key_cmp, value_cmp))
}

/// Map hash: the wrapping sum of the `(k, v)` tuple hashes (LANGUAGE.md §6.5).
#[no_mangle]
pub extern "C" fn mesh_rt_map_hash(m: Map, key_hash: HashFn, value_hash: HashFn) -> i64 {
    guard(|| map::hash(m, key_hash, value_hash))
}

/// Display/Debug of a map: `%{k => v, …}` with the given renderings; `%{}` when empty.
#[no_mangle]
pub extern "C" fn mesh_rt_map_to_string(m: Map, show_key: ShowFn, show_value: ShowFn) -> Str {
    guard(|| map::to_string(m, show_key, show_value))
}

/// A new iterator over `m` in insertion order, positioned before the first entry.
#[no_mangle]
pub extern "C" fn mesh_rt_map_iter_new(m: Map) -> Iter {
    guard(|| map::iter_new(m))
}

/// Advances the iterator: 1 when it is on an entry, 0 at the end.
#[no_mangle]
pub extern "C" fn mesh_rt_map_iter_next(it: Iter) -> u64 {
    guard(|| flag(map::iter_next(it)))
}

/// The key of the iterator's current entry.
#[no_mangle]
pub extern "C" fn mesh_rt_map_iter_key(it: Iter) -> u64 {
    guard(|| map::iter_key(it))
}

/// The value of the iterator's current entry.
#[no_mangle]
pub extern "C" fn mesh_rt_map_iter_value(it: Iter) -> u64 {
    guard(|| map::iter_value(it))
}

/// A copy of `m` in the current heap, keys and values copied (messages).
#[no_mangle]
pub extern "C" fn mesh_rt_map_copy(
    m: Map,
    copy_key: crate::copy::CopyFn,
    copy_value: crate::copy::CopyFn,
    eq: EqFn,
    hash: HashFn,
) -> Map {
    guard(|| crate::copy::map(m, copy_key, copy_value, eq, hash))
}
