//! `Iter` (STDLIB.md §5.11), the `collect` functions, and `mesh_rt_iter_pull`, which `for`
//! loops over iterators call for each element.
//!
//! Callbacks are closures taking one argument (two for `reduce`); predicates return 0 or 1.

use super::flag;
use crate::crash::guard;
use crate::iter::{self, Iter};
use crate::list::{EqFn, HashFn, List};
use crate::map::{self, Map};
use crate::set::{self, Set};
use crate::string::Str;
use crate::value::Closure;

/// `Iter.from(list)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_from_list(xs: List) -> Iter {
    guard(|| iter::from_list(xs))
}

/// `Iter.from(map)`: `(key, value)` tuples in insertion order.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_from_map(m: Map) -> Iter {
    guard(|| iter::from_map(m))
}

/// `Iter.from(set)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_from_set(s: Set) -> Iter {
    guard(|| iter::from_set(s))
}

/// `Iter.from(range)`; `range` points to the two words `{first, last}`.
///
/// # Safety
///
/// `range` must point to two readable words.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_iter_from_range(range: *const i64) -> Iter {
    // Safety: a range value is two words (caller's contract).
    let (first, last) = unsafe { (range.read(), range.add(1).read()) };
    guard(|| iter::from_range(first, last))
}

/// An iterator over a value of a user type implementing `Iterator`: `next(state)` returns an
/// `Option`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_from_next(state: u64, next: Closure) -> Iter {
    guard(|| iter::from_next(state, next))
}

/// `Iter.map(it, f)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_map(it: Iter, f: Closure) -> Iter {
    guard(|| iter::map(it, f))
}

/// `Iter.filter(it, p)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_filter(it: Iter, p: Closure) -> Iter {
    guard(|| iter::filter(it, p))
}

/// `Iter.take(it, n)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_take(it: Iter, n: i64) -> Iter {
    guard(|| iter::take(it, n))
}

/// `Iter.skip(it, n)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_skip(it: Iter, n: i64) -> Iter {
    guard(|| iter::skip(it, n))
}

/// `Iter.enumerate(it)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_enumerate(it: Iter) -> Iter {
    guard(|| iter::enumerate(it))
}

/// `Iter.zip(a, b)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_zip(a: Iter, b: Iter) -> Iter {
    guard(|| iter::zip(a, b))
}

/// `Iter.count(it)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_count(it: Iter) -> i64 {
    guard(|| iter::count(it))
}

/// `Iter.sum(it)` over Ints.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_sum_int(it: Iter) -> i64 {
    guard(|| iter::sum_int(it))
}

/// `Iter.sum(it)` over Floats (bit patterns).
#[no_mangle]
pub extern "C" fn mesh_rt_iter_sum_float(it: Iter) -> u64 {
    guard(|| iter::sum_float(it))
}

/// `Iter.any(it, p)`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_any(it: Iter, p: Closure) -> u64 {
    guard(|| flag(iter::any(it, p)))
}

/// `Iter.all(it, p)`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_all(it: Iter, p: Closure) -> u64 {
    guard(|| flag(iter::all(it, p)))
}

/// `Iter.find(it, p)` -> `Option<T>`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_find(it: Iter, p: Closure) -> u64 {
    guard(|| iter::find(it, p))
}

/// `Iter.reduce(it, init, f)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_reduce(it: Iter, init: u64, f: Closure) -> u64 {
    guard(|| iter::reduce(it, init, f))
}

/// `it.next()` -> `Option<T>`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_next(it: Iter) -> u64 {
    guard(|| iter::next_option(it))
}

/// Advances a `for` loop's iterator: writes the next element to `slot` and returns 1, or
/// returns 0 at the end.
///
/// # Safety
///
/// `slot` must be writable (generated code passes a stack slot).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_iter_pull(it: Iter, slot: *mut u64) -> u64 {
    guard(|| match iter::pull(it) {
        Some(x) => {
            // Safety: `slot` is writable (caller's contract).
            unsafe { slot.write(x) };
            1
        }
        None => 0,
    })
}

/// Leaves the iterator exhausted (a `for` loop over it has ended, perhaps by `break`).
/// Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_close(it: Iter) -> u64 {
    guard(|| iter::close(it));
    0
}

/// `List.collect(it)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_collect_list(it: Iter) -> List {
    guard(|| iter::collect_list(it))
}

/// `String.collect(it)`.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_collect_string(it: Iter) -> Str {
    guard(|| iter::collect_string(it))
}

/// `Map.collect(it)` over `(key, value)` tuples: a repeated key keeps its first position and
/// the last value.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_collect_map(it: Iter, eq: EqFn, hash: HashFn) -> Map {
    guard(|| map::from_list(iter::collect_list(it), eq, hash))
}

/// `Set.collect(it)`: duplicates dropped, first occurrence kept.
#[no_mangle]
pub extern "C" fn mesh_rt_iter_collect_set(it: Iter, eq: EqFn, hash: HashFn) -> Set {
    guard(|| set::from_list(iter::collect_list(it), eq, hash))
}
