//! `List` (STDLIB.md §5.5), list equality/order/Display/hash, and the `for` list builder.

use super::flag;
use crate::crash::guard;
use crate::list::{self, Builder, CmpFn, EqFn, HashFn, List, ShowFn};
use crate::string::Str;
use crate::value::Closure;

/// A new list copying `words[0..n]` (list literals).
///
/// # Safety
///
/// `words` must point to `n` readable words (or `n` must be 0).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_list_from_words(words: *const u64, n: u64) -> List {
    guard(|| {
        if n == 0 {
            return list::empty();
        }
        // Safety: the caller guarantees `n` readable words at `words`.
        let words = unsafe { std::slice::from_raw_parts(words, n as usize) };
        list::from_words(words)
    })
}

/// `List.new()` / `[]`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_empty() -> List {
    list::empty()
}

/// `List.length`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_length(xs: List) -> i64 {
    guard(|| xs.len() as i64)
}

/// `List.is_empty`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_list_is_empty(xs: List) -> u64 {
    guard(|| flag(xs.is_empty()))
}

/// `List.get` / `List.nth`; panics `index <i> out of bounds (len <n>)`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_get(xs: List, index: i64) -> u64 {
    guard(|| list::get(xs, index))
}

/// Element `index`, which the caller has checked is in range (list patterns).
#[no_mangle]
pub extern "C" fn mesh_rt_list_get_unchecked(xs: List, index: i64) -> u64 {
    guard(|| xs.items()[index as usize])
}

/// `List.fetch` -> `Option<T>`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_fetch(xs: List, index: i64) -> u64 {
    guard(|| list::fetch(xs, index))
}

/// `List.head`; panics `empty list`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_head(xs: List) -> u64 {
    guard(|| list::head(xs))
}

/// `List.tail` (O(1), shares the items); panics `empty list`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_tail(xs: List) -> List {
    guard(|| list::tail(xs))
}

/// `List.last`; panics `empty list`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_last(xs: List) -> u64 {
    guard(|| list::last(xs))
}

/// `List.drop` (clamped, O(1)).
#[no_mangle]
pub extern "C" fn mesh_rt_list_drop(xs: List, n: i64) -> List {
    guard(|| list::drop_front(xs, n))
}

/// `List.take` (clamped, O(1)).
#[no_mangle]
pub extern "C" fn mesh_rt_list_take(xs: List, n: i64) -> List {
    guard(|| list::take(xs, n))
}

/// `List.append(xs, x)` (amortised O(1) when `xs` is the latest extension of its store).
#[no_mangle]
pub extern "C" fn mesh_rt_list_append(xs: List, x: u64) -> List {
    guard(|| list::append(xs, x))
}

/// `[x | xs]` (amortised O(1) when `xs` is the latest cons onto its store).
#[no_mangle]
pub extern "C" fn mesh_rt_list_prepend(x: u64, xs: List) -> List {
    guard(|| list::prepend(x, xs))
}

/// `a ++ b` / `List.concat`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_concat(a: List, b: List) -> List {
    guard(|| list::concat(a, b))
}

/// `List.reverse`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_reverse(xs: List) -> List {
    guard(|| list::reverse(xs))
}

/// `List.map(xs, f)`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_map(xs: List, f: Closure) -> List {
    guard(|| list::map(xs, f))
}

/// `List.filter(xs, p)`; `p` returns 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_list_filter(xs: List, p: Closure) -> List {
    guard(|| list::filter(xs, p))
}

/// `List.reduce(xs, init, f)` with `f(acc, x)`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_reduce(xs: List, init: u64, f: Closure) -> u64 {
    guard(|| list::reduce(xs, init, f))
}

/// `List.find(xs, p)` -> `Option<T>`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_find(xs: List, p: Closure) -> u64 {
    guard(|| list::find(xs, p))
}

/// `List.any(xs, p)`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_list_any(xs: List, p: Closure) -> u64 {
    guard(|| flag(list::any(xs, p)))
}

/// `List.all(xs, p)`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_list_all(xs: List, p: Closure) -> u64 {
    guard(|| flag(list::all(xs, p)))
}

/// Calls `f` on every element. Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_list_each(xs: List, f: Closure) -> u64 {
    guard(|| list::each(xs, f));
    0
}

/// `List.sort(xs, cmp)` with a closure returning an Int (negative: first argument goes first).
#[no_mangle]
pub extern "C" fn mesh_rt_list_sort(xs: List, cmp: Closure) -> List {
    guard(|| list::sort_by(xs, |a, b| cmp.call2(a, b) as i64))
}

/// `List.sort(xs)` by `Ord`, with the element order supplied by the code generator.
#[no_mangle]
pub extern "C" fn mesh_rt_list_sort_ord(xs: List, cmp: CmpFn) -> List {
    guard(|| list::sort_by(xs, |a, b| cmp(a, b)))
}

/// `List.zip(a, b)` -> list of 2-tuples.
#[no_mangle]
pub extern "C" fn mesh_rt_list_zip(a: List, b: List) -> List {
    guard(|| list::zip(a, b))
}

/// `List.enumerate(xs)` -> list of `(index, element)` tuples.
#[no_mangle]
pub extern "C" fn mesh_rt_list_enumerate(xs: List) -> List {
    guard(|| list::enumerate(xs))
}

/// `List.flatten(xss)`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_flatten(xss: List) -> List {
    guard(|| list::flatten(xss))
}

/// `List.flat_map(xs, f)`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_flat_map(xs: List, f: Closure) -> List {
    guard(|| list::flat_map(xs, f))
}

/// `a == b` with the element equality `eq`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_list_eq(a: List, b: List, eq: EqFn) -> u64 {
    guard(|| flag(list::equal(a, b, eq)))
}

/// Lexicographic order with the element order `cmp` (shorter first): -1, 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_list_cmp(a: List, b: List, cmp: CmpFn) -> i64 {
    guard(|| list::compare(a, b, cmp))
}

/// `List.contains(xs, x)` with the element equality `eq`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_list_contains(xs: List, x: u64, eq: EqFn) -> u64 {
    guard(|| flag(list::contains(xs, x, eq)))
}

/// Display/Debug of a list: `[` + `show(x)` joined by `, ` + `]`.
#[no_mangle]
pub extern "C" fn mesh_rt_list_to_string(xs: List, show: ShowFn) -> Str {
    guard(|| list::to_string(xs, show))
}

/// Hash of a list from its elements' hashes (LANGUAGE.md §6.5).
#[no_mangle]
pub extern "C" fn mesh_rt_list_hash(xs: List, hash: HashFn) -> i64 {
    guard(|| list::hash(xs, hash))
}

/// A new list builder for a `for` comprehension.
#[no_mangle]
pub extern "C" fn mesh_rt_list_builder_new() -> Builder {
    guard(list::builder_new)
}

/// Appends `x` to the builder (amortised O(1)). Returns Unit.
#[no_mangle]
pub extern "C" fn mesh_rt_list_builder_push(builder: Builder, x: u64) -> u64 {
    guard(|| list::builder_push(builder, x));
    0
}

/// The list built so far.
#[no_mangle]
pub extern "C" fn mesh_rt_list_builder_finish(builder: Builder) -> List {
    guard(|| list::builder_finish(builder))
}

/// `Tuple.nth(t, i)` with a computed index on a tuple of `size` words; panics
/// `tuple index <i> out of bounds (size <n>)`.
///
/// # Safety
///
/// `tuple` must point to `size` readable words.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_tuple_nth(tuple: *const u64, size: i64, index: i64) -> u64 {
    guard(|| {
        if index < 0 || index >= size {
            crate::crash::raise(format!("tuple index {index} out of bounds (size {size})"));
        }
        // Safety: `index` is within the tuple's `size` words (checked above; caller's contract).
        unsafe { tuple.add(index as usize).read() }
    })
}

/// A copy of `xs` in the current heap, each element copied by `copy` (messages).
#[no_mangle]
pub extern "C" fn mesh_rt_list_copy(xs: List, copy: crate::copy::CopyFn) -> List {
    guard(|| crate::copy::list(xs, copy))
}
