//! `String` (STDLIB.md §5.1), string equality/order/hash, and Display/Debug of primitives.

use super::flag;
use crate::crash::guard;
use crate::list::List;
use crate::string::{self, Str};

/// `a <> b`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_concat(a: Str, b: Str) -> Str {
    guard(|| string::concat(a, b))
}

/// `a == b` (by bytes): 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_string_eq(a: Str, b: Str) -> u64 {
    guard(|| flag(a.bytes() == b.bytes()))
}

/// Byte-wise order: -1, 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_string_cmp(a: Str, b: Str) -> i64 {
    guard(|| string::compare(a, b))
}

/// `String.length`: code points.
#[no_mangle]
pub extern "C" fn mesh_rt_string_length(s: Str) -> i64 {
    guard(|| string::length(s))
}

/// `String.byte_size`: UTF-8 bytes.
#[no_mangle]
pub extern "C" fn mesh_rt_string_byte_size(s: Str) -> i64 {
    guard(|| s.bytes().len() as i64)
}

/// `String.to_upper` (full Unicode).
#[no_mangle]
pub extern "C" fn mesh_rt_string_to_upper(s: Str) -> Str {
    guard(|| string::to_upper(s))
}

/// `String.to_lower` (full Unicode).
#[no_mangle]
pub extern "C" fn mesh_rt_string_to_lower(s: Str) -> Str {
    guard(|| string::to_lower(s))
}

/// `String.split` -> `List<String>`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_split(s: Str, sep: Str) -> List {
    guard(|| string::split(s, sep))
}

/// `String.join(parts, sep)`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_join(parts: List, sep: Str) -> Str {
    guard(|| string::join(parts, sep))
}

/// `String.contains`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_string_contains(s: Str, sub: Str) -> u64 {
    guard(|| flag(s.as_str().contains(sub.as_str())))
}

/// `String.starts_with`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_string_starts_with(s: Str, prefix: Str) -> u64 {
    guard(|| flag(s.bytes().starts_with(prefix.bytes())))
}

/// `String.ends_with`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_string_ends_with(s: Str, suffix: Str) -> u64 {
    guard(|| flag(s.bytes().ends_with(suffix.bytes())))
}

/// `String.slice(s, start, end)` by code points, clamped.
#[no_mangle]
pub extern "C" fn mesh_rt_string_slice(s: Str, start: i64, end: i64) -> Str {
    guard(|| string::slice(s, start, end))
}

/// `String.index_of` -> `Option<Int>`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_index_of(s: Str, sub: Str) -> u64 {
    guard(|| string::index_of(s, sub))
}

/// `String.trim`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_trim(s: Str) -> Str {
    guard(|| string::trim(s))
}

/// `String.replace(s, from, to)`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_replace(s: Str, from: Str, to: Str) -> Str {
    guard(|| string::replace(s, from, to))
}

/// `String.chars` -> `List<String>`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_chars(s: Str) -> List {
    guard(|| string::chars(s))
}

/// `String.to_int` -> `Option<Int>`.
#[no_mangle]
pub extern "C" fn mesh_rt_string_to_int(s: Str) -> u64 {
    guard(|| string::to_int(s))
}

/// `String.to_float` -> `Option<Float>` (payload: the f64 bits).
#[no_mangle]
pub extern "C" fn mesh_rt_string_to_float(s: Str) -> u64 {
    guard(|| string::to_float(s))
}

/// Display of an Int.
#[no_mangle]
pub extern "C" fn mesh_rt_string_from_int(n: i64) -> Str {
    guard(|| string::from_int(n))
}

/// Display of a Float given as its bit pattern (LANGUAGE.md §7.2).
#[no_mangle]
pub extern "C" fn mesh_rt_string_from_float(bits: u64) -> Str {
    guard(|| string::from_float(bits))
}

/// Display of a Bool (0 or 1).
#[no_mangle]
pub extern "C" fn mesh_rt_string_from_bool(b: u64) -> Str {
    guard(|| string::from_bool(b))
}

/// Debug of a String: quoted and escaped (STDLIB.md §6.2).
#[no_mangle]
pub extern "C" fn mesh_rt_string_debug(s: Str) -> Str {
    guard(|| string::debug(s))
}

/// Hash of a String: FNV-1a 64 over its bytes (LANGUAGE.md §6.5).
#[no_mangle]
pub extern "C" fn mesh_rt_string_hash(s: Str) -> i64 {
    guard(|| string::hash(s))
}

/// A copy of `s` in the current heap (messages).
#[no_mangle]
pub extern "C" fn mesh_rt_string_copy(s: Str) -> Str {
    guard(|| crate::copy::string(s))
}

/// Display of a pid (STDLIB.md §6.1): `#PID<0.N>` for local process `N`, `#PID<none>` for 0.
#[no_mangle]
pub extern "C" fn mesh_rt_pid_to_string(pid: u64) -> Str {
    guard(|| {
        if pid == 0 {
            crate::string::new("#PID<none>")
        } else if crate::dist::pids::is_remote(pid) {
            crate::string::new(&crate::dist::pids::display(pid))
        } else {
            crate::string::new(&format!("#PID<0.{pid}>"))
        }
    })
}
