//! `Json` (STDLIB.md §5.13): parsing, encoding, field access, the builders generated code uses
//! to turn typed values into Json, and the decoding steps of generated `T.from_json` (§5.30).
//!
//! A Json value is a variant with the tags of `crate::json` (`TAG_NULL` … `TAG_OBJECT`);
//! `Option` and `Result` results are ordinary variants. Json values are persistent: no function
//! changes its arguments. The `*_value` functions at the end convert typed values through a
//! constant type descriptor (`crate::json_typed`).

use super::flag;
use crate::crash::guard;
use crate::json;
use crate::json_typed::{self, Desc};
use crate::list::List;
use crate::map::{self, Map};
use crate::string::{self, Str};

/// `Json.parse(text)` -> `Result<Json, String>`: RFC 8259, one value with surrounding white space;
/// the error is `<description> at line <l> column <c>`. A repeated key keeps its first position
/// and its last value; an integral number within the Int range is an Int, any other a Float.
#[no_mangle]
pub extern "C" fn mesh_rt_json_parse(text: Str) -> u64 {
    guard(|| json::parse(text))
}

/// `Json.encode(j)` of a Json value (and its Display): compact JSON (STDLIB.md §6.4).
#[no_mangle]
pub extern "C" fn mesh_rt_json_encode(j: u64) -> Str {
    guard(|| json::encode(j))
}

/// The Json `null` (also what generated code encodes `()` and `None` as).
#[no_mangle]
pub extern "C" fn mesh_rt_json_null() -> u64 {
    guard(json::null)
}

/// A Json boolean from a Bool (0/1).
#[no_mangle]
pub extern "C" fn mesh_rt_json_bool(b: u64) -> u64 {
    guard(|| json::boolean(b != 0))
}

/// A Json Int.
#[no_mangle]
pub extern "C" fn mesh_rt_json_int(i: i64) -> u64 {
    guard(|| json::int(i))
}

/// A Json Float from its bit pattern (NaN and the infinities encode as `null`).
#[no_mangle]
pub extern "C" fn mesh_rt_json_float(bits: u64) -> u64 {
    guard(|| json::float(f64::from_bits(bits)))
}

/// A Json string.
#[no_mangle]
pub extern "C" fn mesh_rt_json_string(s: Str) -> u64 {
    guard(|| json::string(s))
}

/// A Json array of the Json values in `xs`.
#[no_mangle]
pub extern "C" fn mesh_rt_json_array(xs: List) -> u64 {
    guard(|| json::array(xs))
}

/// An empty Json object.
#[no_mangle]
pub extern "C" fn mesh_rt_json_object_new() -> u64 {
    guard(|| json::object(map::empty()))
}

/// A new object: `obj` (an object) with member `key` set to `value`; an existing key keeps its
/// position. `obj` is unchanged.
#[no_mangle]
pub extern "C" fn mesh_rt_json_object_put(obj: u64, key: Str, value: u64) -> u64 {
    guard(|| json::object_put(obj, key, value))
}

/// `Json.get(source, key)` on JSON text: a string member without quotes, a number, boolean,
/// array or object as its compact JSON text; `""` for a missing key, `null`, a non-object or
/// invalid text. Never fails.
#[no_mangle]
pub extern "C" fn mesh_rt_json_get(source: Str, key: Str) -> Str {
    guard(|| json::get(source, key))
}

/// `Json.get(source, key)` on a Json value, with the rules of `mesh_rt_json_get`.
#[no_mangle]
pub extern "C" fn mesh_rt_json_get_value(source: u64, key: Str) -> Str {
    guard(|| json::get_value(source, key))
}

/// `Json.get_nested(source, k1, k2)` on JSON text: `source[k1][k2]` with the rules of
/// `mesh_rt_json_get`; `""` when `source[k1]` is not an object.
#[no_mangle]
pub extern "C" fn mesh_rt_json_get_nested(source: Str, k1: Str, k2: Str) -> Str {
    guard(|| json::get_nested(source, k1, k2))
}

/// `Json.get_nested(source, k1, k2)` on a Json value.
#[no_mangle]
pub extern "C" fn mesh_rt_json_get_nested_value(source: u64, k1: Str, k2: Str) -> Str {
    guard(|| json::get_nested_value(source, k1, k2))
}

/// `Json.field(j, key)` -> `Option<Json>`: `Some` of the member (a JSON `null` included), `None`
/// when `j` is not an object or lacks `key`.
#[no_mangle]
pub extern "C" fn mesh_rt_json_field(j: u64, key: Str) -> u64 {
    guard(|| json::field(j, key))
}

/// `Json.as_string(j)` -> `Option<String>`.
#[no_mangle]
pub extern "C" fn mesh_rt_json_as_string(j: u64) -> u64 {
    guard(|| json::as_string(j))
}

/// `Json.as_int(j)` -> `Option<Int>`: an Int, or a Float with no fraction within the Int range
/// (`3.0` counts, `3.5` does not).
#[no_mangle]
pub extern "C" fn mesh_rt_json_as_int(j: u64) -> u64 {
    guard(|| json::as_int(j))
}

/// `Json.as_float(j)` -> `Option<Float>`: any number (an Int converted).
#[no_mangle]
pub extern "C" fn mesh_rt_json_as_float(j: u64) -> u64 {
    guard(|| json::as_float(j))
}

/// `Json.as_bool(j)` -> `Option<Bool>`.
#[no_mangle]
pub extern "C" fn mesh_rt_json_as_bool(j: u64) -> u64 {
    guard(|| json::as_bool(j))
}

/// `Json.as_list(j)` -> `Option<List<Json>>`.
#[no_mangle]
pub extern "C" fn mesh_rt_json_as_list(j: u64) -> u64 {
    guard(|| json::as_list(j))
}

/// `Json.as_map(j)` -> `Option<Map<String, Json>>`, keys in document order.
#[no_mangle]
pub extern "C" fn mesh_rt_json_as_map(j: u64) -> u64 {
    guard(|| json::as_map(j))
}

/// `Json.is_null(j)`: 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_json_is_null(j: u64) -> u64 {
    guard(|| flag(json::is_null(j)))
}

/// `a == b` on Json: structural, objects in any order; Int `1` and Float `1.0` differ. 0 or 1.
#[no_mangle]
pub extern "C" fn mesh_rt_json_eq(a: u64, b: u64) -> u64 {
    guard(|| flag(json::equal(a, b)))
}

/// `Json.encode_string(s)`: the JSON string literal, quotes included.
#[no_mangle]
pub extern "C" fn mesh_rt_json_encode_string(s: Str) -> Str {
    guard(|| json::encode_string(s))
}

/// `Json.encode_int(i)`: decimal text.
#[no_mangle]
pub extern "C" fn mesh_rt_json_encode_int(i: i64) -> Str {
    guard(|| string::from_int(i))
}

/// `Json.encode_bool(b)`: `true` / `false`.
#[no_mangle]
pub extern "C" fn mesh_rt_json_encode_bool(b: u64) -> Str {
    guard(|| string::from_bool(b))
}

/// `Json.encode_map(m)` of a `Map<String, String>`: an object of JSON strings, keys in insertion
/// order.
#[no_mangle]
pub extern "C" fn mesh_rt_json_encode_map(m: Map) -> Str {
    guard(|| json::encode_map(m))
}

/// `Json.encode_list(xs)` of a `List<String>`: an array of JSON strings.
#[no_mangle]
pub extern "C" fn mesh_rt_json_encode_list(xs: List) -> Str {
    guard(|| json::encode_list(xs))
}

/// `Json.encode`-side conversion of a typed value: the Json value of `value`, whose type the
/// descriptor `desc` describes (STDLIB.md §6.4; descriptor format in `crate::json_typed`).
///
/// # Safety
///
/// `desc` must point to a well-formed, constant type descriptor (see
/// `crate::json_typed::Desc::from_ptr`) and `value` must be a value of that type.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_json_from_value(value: u64, desc: *const u64) -> u64 {
    // Safety: the caller's contract.
    let desc = unsafe { Desc::from_ptr(desc) };
    guard(|| json_typed::from_value(value, desc))
}

/// `Json.encode(value)` for any serialisable type: compact JSON text (STDLIB.md §6.4), the
/// same as encoding `mesh_rt_json_from_value`'s result.
///
/// # Safety
///
/// As for `mesh_rt_json_from_value`.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_json_encode_value(value: u64, desc: *const u64) -> Str {
    // Safety: the caller's contract.
    let desc = unsafe { Desc::from_ptr(desc) };
    guard(|| json_typed::encode_value(value, desc))
}

/// `Result<T, String>`: the Json value `json` decoded as the type `desc` describes
/// (STDLIB.md §5.30): `Ok(value)` or `Err` of the first error.
///
/// # Safety
///
/// `desc` must point to a well-formed, constant type descriptor (see
/// `crate::json_typed::Desc::from_ptr`); `json` must be a Json value.
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_json_to_value(json: u64, desc: *const u64) -> u64 {
    // Safety: the caller's contract.
    let desc = unsafe { Desc::from_ptr(desc) };
    guard(|| json_typed::to_value(json, desc))
}

/// `T.from_json(text)` -> `Result<T, String>`: parses `text` (a parse error is `Err` of the
/// `Json.parse` message), then decodes as `mesh_rt_json_to_value` does.
///
/// # Safety
///
/// `desc` must point to a well-formed, constant type descriptor (see
/// `crate::json_typed::Desc::from_ptr`).
#[no_mangle]
pub unsafe extern "C" fn mesh_rt_json_decode_value(text: Str, desc: *const u64) -> u64 {
    // Safety: the caller's contract.
    let desc = unsafe { Desc::from_ptr(desc) };
    guard(|| json_typed::decode_value(text, desc))
}

/// A deep copy of the Json value `j` in the current heap (messages).
#[no_mangle]
pub extern "C" fn mesh_rt_json_copy(j: u64) -> u64 {
    guard(|| crate::copy::json(j))
}
