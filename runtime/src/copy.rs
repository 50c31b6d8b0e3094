//! Deep copies of library values into the current heap, for messages between processes
//! (docs/design/processes.md): the sender makes a message buffer the current heap and the code
//! generator's `mesh.copy<T>` helpers call these for strings, lists, maps, sets and JSON values,
//! passing the copy helpers of the element types.

use crate::json::{self, Json};
use crate::list::{self, EqFn, HashFn, List};
use crate::map::{self, Map};
use crate::set::{self, Set};
use crate::string::{self, Str};

/// A copy function of generated code: `mesh.copy<T>(x) -> T`.
pub type CopyFn = extern "C" fn(u64) -> u64;

/// A copy of the string `s`.
pub fn string(s: Str) -> Str {
    string::from_parts(&[s.bytes()])
}

/// A copy of `xs` whose elements are copied by `copy`.
pub fn list(xs: List, copy: CopyFn) -> List {
    list::build(xs.len(), |i| copy(xs.items()[i]))
}

/// A copy of `m` (same insertion order) with keys and values copied.
pub fn map(m: Map, copy_key: CopyFn, copy_value: CopyFn, eq: EqFn, hash: HashFn) -> Map {
    let mut out = map::empty();
    map::for_each(m, |entry| {
        out = map::put(out, copy_key(entry.key), copy_value(entry.value), eq, hash);
    });
    out
}

/// A copy of `s` (same order) with its elements copied.
pub fn set(s: Set, copy: CopyFn, eq: EqFn, hash: HashFn) -> Set {
    let mut out = set::empty();
    map::for_each(s.as_map(), |entry| {
        out = set::add(out, copy(entry.key), eq, hash);
    });
    out
}

/// A deep copy of the Json value `j`.
pub fn json(j: u64) -> u64 {
    match json::view(j) {
        Json::Null => json::null(),
        Json::Bool(b) => json::boolean(b),
        Json::Int(i) => json::int(i),
        Json::Float(x) => json::float(x),
        Json::String(s) => json::string(string(s)),
        Json::Array(xs) => json::array(list::build(xs.len(), |i| json(xs.items()[i]))),
        Json::Object(m) => {
            let mut out = map::empty();
            map::for_each(m, |entry| {
                // Safety: object keys are strings.
                let key = string(unsafe { Str::from_word(entry.key) });
                out = map::put(
                    out,
                    key.word(),
                    json(entry.value),
                    json::key_eq,
                    json::key_hash,
                );
            });
            json::object(out)
        }
    }
}
