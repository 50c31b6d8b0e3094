//! Helpers: building Mesh strings, lists and closures from Rust, and reading them back.

use std::hint::black_box;

use mesh_rt::crash::{reason_of, MeshPanic};
use mesh_rt::gc;
use mesh_rt::layout::{MeshClosure, TAG_NONE, TAG_SOME};
use mesh_rt::list::List;
use mesh_rt::string::{self, Str};
use mesh_rt::value::Closure;

pub use mesh_rt::process::run;

/// A new heap string.
pub fn s(text: &str) -> Str {
    string::new(text)
}

/// The text of a string value.
pub fn text(s: Str) -> String {
    s.as_str().to_string()
}

/// The string value held in a word.
pub fn str_at(word: u64) -> Str {
    // Safety: the tests only call this on words produced as strings.
    unsafe { Str::from_word(word) }
}

/// The list value held in a word.
pub fn list_at(word: u64) -> List {
    // Safety: the tests only call this on words produced as lists.
    unsafe { List::from_word(word) }
}

/// A list of Ints.
pub fn ints(values: &[i64]) -> List {
    let words: Vec<u64> = values.iter().map(|&v| v as u64).collect();
    // Safety: `words` holds `len` readable words.
    unsafe { mesh_rt::abi::list::mesh_rt_list_from_words(words.as_ptr(), words.len() as u64) }
}

/// The Ints of a list.
pub fn ints_of(xs: List) -> Vec<i64> {
    xs.items().iter().map(|&w| w as i64).collect()
}

/// A list of strings.
pub fn strs(values: &[&str]) -> List {
    mesh_rt::list::build(values.len(), |i| s(values[i]).word())
}

/// The texts of a list of strings.
pub fn strs_of(xs: List) -> Vec<String> {
    xs.items().iter().map(|&w| text(str_at(w))).collect()
}

/// A closure value whose code is `code` and whose environment is `env` (it has no copy
/// function: the tests never send one to another process).
pub fn closure(code: *const std::ffi::c_void, env: &[u64]) -> Closure {
    let object = gc::alloc_words(2 + env.len());
    // Safety: `object` is a fresh heap object of `2 + env.len()` words.
    unsafe {
        object.write(code as u64);
        object.add(1).write(0);
        object
            .add(2)
            .copy_from_nonoverlapping(env.as_ptr(), env.len());
        Closure::from_ptr(object.cast::<MeshClosure>())
    }
}

/// The `i`-th captured word of a closure.
pub fn env(closure: *const MeshClosure, i: usize) -> u64 {
    // Safety: test closures are built by `closure` with enough captured words.
    unsafe {
        std::ptr::addr_of!((*closure).env)
            .cast::<u64>()
            .add(i)
            .read()
    }
}

/// Reads an `Option`: `None` or `Some(payload)`.
pub fn option(word: u64) -> Option<u64> {
    // Safety: the tests only call this on words produced as options.
    unsafe {
        let object = word as *const u64;
        match object.read() {
            TAG_NONE => None,
            TAG_SOME => Some(object.add(1).read()),
            tag => panic!("not an option tag: {tag}"),
        }
    }
}

/// Word `i` of a tuple/struct object.
pub fn field(word: u64, i: usize) -> u64 {
    // Safety: the tests only call this on objects with more than `i` words.
    unsafe { (word as *const u64).add(i).read() }
}

/// The crash reason raised by `f`.
pub fn crash_reason(f: impl FnOnce()) -> String {
    let payload =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("expected a crash");
    assert!(
        payload.downcast_ref::<MeshPanic>().is_some(),
        "a library crash, not a Rust bug"
    );
    reason_of(payload.as_ref())
}

/// Overwrites a large area of the stack below the caller, so that stale copies of pointers
/// left by earlier calls do not act as roots.
#[inline(never)]
pub fn clear_stack() {
    let mut junk = [0u64; 16 * 1024];
    black_box(&mut junk);
}

/// Hides an address from the conservative scanner.
pub fn hide(addr: usize) -> usize {
    !addr
}

/// Undoes [`hide`].
pub fn unhide(hidden: usize) -> usize {
    !hidden
}

/// Int equality, as the code generator supplies it.
pub extern "C" fn int_eq(a: u64, b: u64) -> u64 {
    u64::from(a == b)
}

/// Int order.
pub extern "C" fn int_cmp(a: u64, b: u64) -> i64 {
    (a as i64).cmp(&(b as i64)) as i64
}

/// The Int hash of LANGUAGE.md §6.5: FNV-1a over the 8 little-endian bytes.
pub extern "C" fn int_hash(x: u64) -> i64 {
    mesh_rt::value::fnv1a(mesh_rt::value::FNV_OFFSET, &x.to_le_bytes()) as i64
}

/// A terrible hash with three values, so that keys share collision nodes.
pub extern "C" fn few_hash(x: u64) -> i64 {
    (x % 3) as i64
}

/// Display of an Int.
pub extern "C" fn int_show(x: u64) -> Str {
    mesh_rt::abi::string::mesh_rt_string_from_int(x as i64)
}

/// String equality.
pub extern "C" fn str_eq(a: u64, b: u64) -> u64 {
    mesh_rt::abi::string::mesh_rt_string_eq(str_at(a), str_at(b))
}

/// String order.
pub extern "C" fn str_cmp(a: u64, b: u64) -> i64 {
    mesh_rt::abi::string::mesh_rt_string_cmp(str_at(a), str_at(b))
}

/// The String hash of LANGUAGE.md §6.5.
pub extern "C" fn str_hash(x: u64) -> i64 {
    mesh_rt::abi::string::mesh_rt_string_hash(str_at(x))
}

/// Display of a String: the text itself.
pub extern "C" fn str_show(x: u64) -> Str {
    str_at(x)
}

/// Debug of a String: quoted.
pub extern "C" fn str_debug(x: u64) -> Str {
    mesh_rt::abi::string::mesh_rt_string_debug(str_at(x))
}

/// The `(key, value)` pairs of a list of two-word tuples, as Ints.
pub fn int_pairs(xs: List) -> Vec<(i64, i64)> {
    xs.items()
        .iter()
        .map(|&tuple| (field(tuple, 0) as i64, field(tuple, 1) as i64))
        .collect()
}

/// A list of two-word `(key, value)` tuples of Ints.
pub fn pair_list(pairs: &[(i64, i64)]) -> List {
    mesh_rt::list::build(pairs.len(), |i| {
        let tuple = gc::alloc_words(2);
        // Safety: a fresh two-word object.
        unsafe {
            tuple.write(pairs[i].0 as u64);
            tuple.add(1).write(pairs[i].1 as u64);
        }
        tuple as u64
    })
}
