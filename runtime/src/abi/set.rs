//! `Set` (STDLIB.md §5.7), set equality/order/hash/Display, and the iterator of `for x in s`.
//!
//! Every function that compares elements takes the element type's `eq` (0/1) and `hash`
//! (LANGUAGE.md §6.5 FNV-1a) from the code generator. Sets are persistent: no function changes
//! its arguments.

use super::flag;
use crate::crash::guard;
use crate::list::{CmpFn, EqFn, HashFn, List, ShowFn};
use crate::map::{self, Iter};
use crate::set::{self, Set};
use crate::string::Str;

/// `Set.new()`.
#[no_mangle]
pub extern "C" fn mesh_rt_set_new() -> Set {
    set::empty()
}

/// `Set.add(s, x)`: appended if absent, otherwise `s`.
#[no_mangle]
pub extern "C" fn mesh_rt_set_add(s: Set, x: u64, eq: EqFn, hash: HashFn) -> Set {
    guard(|| set::add(s, x, eq, hash))
}

/// `Set.remove(s, x)`: the rest keeps its order.
#[no_mangle]
pub extern "C" fn mesh_rt_set_remove(s: Set, x: u64, eq: EqFn, hash: HashFn) -> Set {
    guard(|| set::remove(s, x, eq, hash))
}

/// `Set.contains(s, x)`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_set_contains(s: Set, x: u64, eq: EqFn, hash: HashFn) -> u64 {
    guard(|| flag(set::contains(s, x, eq, hash)))
}

/// `Set.size(s)`.
#[no_mangle]
pub extern "C" fn mesh_rt_set_size(s: Set) -> i64 {
    guard(|| s.len() as i64)
}

/// `Set.union(a, b)`: `a`'s elements, then `b`'s new ones in `b`'s order.
#[no_mangle]
pub extern "C" fn mesh_rt_set_union(a: Set, b: Set, eq: EqFn, hash: HashFn) -> Set {
    guard(|| set::union(a, b, eq, hash))
}

/// `Set.intersection(a, b)`: `a`'s elements also in `b`, in `a`'s order.
#[no_mangle]
pub extern "C" fn mesh_rt_set_intersection(a: Set, b: Set, eq: EqFn, hash: HashFn) -> Set {
    guard(|| set::intersection(a, b, eq, hash))
}

/// `Set.difference(a, b)`: `a`'s elements not in `b`, in `a`'s order.
#[no_mangle]
pub extern "C" fn mesh_rt_set_difference(a: Set, b: Set, eq: EqFn, hash: HashFn) -> Set {
    guard(|| set::difference(a, b, eq, hash))
}

/// `Set.to_list(s)`, in insertion order.
#[no_mangle]
pub extern "C" fn mesh_rt_set_to_list(s: Set) -> List {
    guard(|| set::to_list(s))
}

/// `Set.from_list(xs)`: duplicates dropped, the first occurrence keeps its place.
#[no_mangle]
pub extern "C" fn mesh_rt_set_from_list(xs: List, eq: EqFn, hash: HashFn) -> Set {
    guard(|| set::from_list(xs, eq, hash))
}

/// `a == b`: the same elements in any order. 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_set_eq(a: Set, b: Set, eq: EqFn, hash: HashFn) -> u64 {
    guard(|| flag(set::equal(a, b, eq, hash)))
}

/// Set order: elements sorted, then compared lexicographically (LANGUAGE.md §6.5). -1, 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_set_cmp(a: Set, b: Set, cmp: CmpFn) -> i64 {
    guard(|| set::compare(a, b, cmp))
}

/// Set hash: the wrapping sum of the element hashes (LANGUAGE.md §6.5).
#[no_mangle]
pub extern "C" fn mesh_rt_set_hash(s: Set, hash: HashFn) -> i64 {
    guard(|| set::hash(s, hash))
}

/// Display/Debug of a set: `#{x, …}` with the given rendering; `#{}` when empty.
#[no_mangle]
pub extern "C" fn mesh_rt_set_to_string(s: Set, show: ShowFn) -> Str {
    guard(|| set::to_string(s, show))
}

/// A new iterator over `s` in insertion order, positioned before the first element.
#[no_mangle]
pub extern "C" fn mesh_rt_set_iter_new(s: Set) -> Iter {
    guard(|| map::iter_new(s.as_map()))
}

/// Advances the iterator: 1 when it is on an element, 0 at the end.
#[no_mangle]
pub extern "C" fn mesh_rt_set_iter_next(it: Iter) -> u64 {
    guard(|| flag(map::iter_next(it)))
}

/// The iterator's current element.
#[no_mangle]
pub extern "C" fn mesh_rt_set_iter_element(it: Iter) -> u64 {
    guard(|| map::iter_key(it))
}

/// A copy of `s` in the current heap, elements copied (messages).
#[no_mangle]
pub extern "C" fn mesh_rt_set_copy(
    s: Set,
    copy: crate::copy::CopyFn,
    eq: EqFn,
    hash: HashFn,
) -> Set {
    guard(|| crate::copy::set(s, copy, eq, hash))
}
