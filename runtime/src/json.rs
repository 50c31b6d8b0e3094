//! `Json` (STDLIB.md §5.13): parsing, the compact encoder of §6.4, field access, and the
//! helpers behind the generated `T.from_json` (§5.30).
//!
//! A Json value is an ordinary sum-type value ([`MeshVariant`]) whose tag is one of the `TAG_*`
//! constants below, so generated code can build and match it like any other variant; [`view`]
//! takes one apart. Objects are the runtime's persistent insertion-ordered [`Map`] with string
//! keys ([`key_eq`], [`key_hash`]), so `Json.as_map` hands out the map itself.
//!
//! Parsing uses `serde_json` (with `preserve_order`, so a repeated key keeps its first position
//! and its last value, and `float_roundtrip`, so every encoded Float reads back exactly): it is
//! RFC 8259 conformant, its error messages already have the `<description> at line <l> column
//! <c>` form the spec asks for, and it stops at 128 levels of nesting with an error instead of
//! overflowing the stack. Its `Value` tree lives on the Rust heap and holds no Mesh pointers;
//! it is converted to Mesh values in one pass. Encoding is our own: serde's float text uses
//! exponents and drops nothing, while §6.4 wants the Display digits plus `.0`, and a Mesh value
//! would first have to be converted to a `Value` anyway.

use serde_json::Value;

use crate::layout::{MeshVariant, TAG_ERR, TAG_OK};
use crate::list::{self, List};
use crate::map::{self, Map};
use crate::string::{self, Str};
use crate::value;

/// Tag of `null` (no fields).
pub const TAG_NULL: u64 = 0;
/// Tag of a boolean; one field, 0 or 1.
pub const TAG_BOOL: u64 = 1;
/// Tag of an Int (an integral number that fits in an `i64`); one field, the Int.
pub const TAG_INT: u64 = 2;
/// Tag of a Float (every other number); one field, the `f64` bit pattern.
pub const TAG_FLOAT: u64 = 3;
/// Tag of a string; one field, the [`Str`].
pub const TAG_STRING: u64 = 4;
/// Tag of an array; one field, a [`List`] of Json values.
pub const TAG_ARRAY: u64 = 5;
/// Tag of an object; one field, a [`Map`] from [`Str`] keys to Json values, in document (or
/// insertion) order.
pub const TAG_OBJECT: u64 = 6;

/// A Json value taken apart by [`view`].
#[derive(Debug, Clone, Copy)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integral number within the Int range.
    Int(i64),
    /// Any other number.
    Float(f64),
    /// A string.
    String(Str),
    /// An array of Json values.
    Array(List),
    /// An object: string keys to Json values.
    Object(Map),
}

/// The shared `null` value (a static variant without fields, like `None`).
static NULL: MeshVariant = MeshVariant {
    tag: TAG_NULL,
    fields: [],
};

/// Takes the Json value `j` apart.
pub fn view(j: u64) -> Json {
    let object = j as *const u64;
    // Safety: `j` is a Json value (the type checker guarantees it for generated code, and the
    // runtime builds them only through the functions below): a variant whose first word is one
    // of the `TAG_*` constants.
    let tag = unsafe { object.read() };
    if tag == TAG_NULL {
        return Json::Null;
    }
    // Safety: every tag but `TAG_NULL` has exactly one field, of the kind its constant says.
    unsafe {
        let field = object.add(1).read();
        match tag {
            TAG_BOOL => Json::Bool(field != 0),
            TAG_INT => Json::Int(field as i64),
            TAG_FLOAT => Json::Float(f64::from_bits(field)),
            TAG_STRING => Json::String(Str::from_word(field)),
            TAG_ARRAY => Json::Array(List::from_word(field)),
            TAG_OBJECT => Json::Object(Map::from_word(field)),
            _ => panic!("not a Json value (tag {tag})"),
        }
    }
}

/// `null`.
pub fn null() -> u64 {
    &NULL as *const MeshVariant as u64
}

/// A boolean.
pub fn boolean(b: bool) -> u64 {
    value::variant(TAG_BOOL, &[u64::from(b)])
}

/// An Int.
pub fn int(i: i64) -> u64 {
    value::variant(TAG_INT, &[i as u64])
}

/// A Float (NaN and the infinities included; they encode as `null`).
pub fn float(x: f64) -> u64 {
    value::variant(TAG_FLOAT, &[x.to_bits()])
}

/// A string.
pub fn string(s: Str) -> u64 {
    value::variant(TAG_STRING, &[s.word()])
}

/// An array of the Json values in `xs`.
pub fn array(xs: List) -> u64 {
    value::variant(TAG_ARRAY, &[xs.word()])
}

/// An object with the members of `m` (string keys to Json values).
pub fn object(m: Map) -> u64 {
    value::variant(TAG_OBJECT, &[m.word()])
}

/// A new object: `obj` with member `key` set to `value` (an existing key keeps its position).
/// `obj` must be an object; the code generator only passes objects it built.
pub fn object_put(obj: u64, key: Str, value: u64) -> u64 {
    match view(obj) {
        Json::Object(m) => object(map::put(m, key.word(), value, key_eq, key_hash)),
        other => panic!("json object_put on a non-object: {other:?}"),
    }
}

/// String equality over words: the key equality of Json objects (the same as
/// `mesh_rt_string_eq`).
pub extern "C" fn key_eq(a: u64, b: u64) -> u64 {
    // Safety: object keys are strings.
    let (a, b) = unsafe { (Str::from_word(a), Str::from_word(b)) };
    u64::from(a.bytes() == b.bytes())
}

/// The String hash over words: the key hash of Json objects (the same as
/// `mesh_rt_string_hash`).
pub extern "C" fn key_hash(key: u64) -> i64 {
    // Safety: object keys are strings.
    string::hash(unsafe { Str::from_word(key) })
}

/// The member `key` of `j`, or `None` when `j` is not an object or has no such member.
pub fn member(j: u64, key: Str) -> Option<u64> {
    match view(j) {
        Json::Object(m) => map::get(m, key.word(), key_eq, key_hash),
        _ => None,
    }
}

// Parsing

/// `Json.parse`: `Ok(value)` or `Err(<description> at line <l> column <c>)`.
pub fn parse(text: Str) -> u64 {
    match parse_value(text) {
        Ok(j) => ok(j),
        Err(message) => err(&message),
    }
}

/// Parses `text` into a Json value, or returns serde_json's error message.
pub(crate) fn parse_value(text: Str) -> Result<u64, String> {
    let parsed: Value = serde_json::from_str(text.as_str()).map_err(|error| error.to_string())?;
    Ok(from_serde(&parsed))
}

/// The Mesh form of a parsed value. Recursion is bounded by serde_json's nesting limit.
fn from_serde(parsed: &Value) -> u64 {
    match parsed {
        Value::Null => null(),
        Value::Bool(b) => boolean(*b),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => int(i),
            (None, Some(x)) => float(x),
            (None, None) => panic!("json number {n} is neither i64 nor f64"),
        },
        Value::String(s) => string(string::new(s)),
        Value::Array(items) => array(list::build(items.len(), |index| from_serde(&items[index]))),
        Value::Object(members) => {
            let mut m = map::empty();
            for (key, member) in members {
                let value = from_serde(member);
                let key = string::new(key);
                m = map::put(m, key.word(), value, key_eq, key_hash);
            }
            object(m)
        }
    }
}

// Encoding (STDLIB.md §6.4)

/// `Json.encode` of a Json value: compact JSON text.
pub fn encode(j: u64) -> Str {
    let mut out = String::new();
    write_value(&mut out, j);
    string::new(&out)
}

/// Appends the compact JSON text of `j`.
pub fn write_value(out: &mut String, j: u64) {
    crate::stack::check();
    match view(j) {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Json::Int(i) => out.push_str(&i.to_string()),
        Json::Float(x) => write_float(out, x),
        Json::String(s) => write_string(out, s.as_str()),
        Json::Array(xs) => {
            out.push('[');
            for (index, &item) in xs.items().iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Json::Object(m) => write_object(out, m, write_value),
    }
}

/// Appends an object with the members of `m`, each value written by `write_member`.
fn write_object(out: &mut String, m: Map, write_member: fn(&mut String, u64)) {
    out.push('{');
    let mut first = true;
    map::for_each(m, |entry| {
        if !first {
            out.push(',');
        }
        first = false;
        // Safety: object keys are strings.
        write_string(out, unsafe { Str::from_word(entry.key) }.as_str());
        out.push(':');
        write_member(out, entry.value);
    });
    out.push('}');
}

/// Appends a Float: the Display digits (never an exponent), with `.0` appended when they have no
/// fraction (`3.0`, `-0.0`, `1000000000000000000000.0`); NaN and the infinities as `null`.
pub fn write_float(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    let digits = string::float_text(x);
    out.push_str(&digits);
    if !digits.contains('.') {
        out.push_str(".0");
    }
}

/// Appends the JSON string literal of `s`: quoted; `"`, `\`, backspace, form feed, newline,
/// carriage return and tab as two-character escapes, every other character below U+0020 as
/// `\u00xx` (lower-case hex), and everything else (`/` and non-ASCII included) as is.
pub fn write_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `Json.encode_string`: the JSON string literal, quotes included.
pub fn encode_string(s: Str) -> Str {
    let mut out = String::with_capacity(s.bytes().len() + 2);
    write_string(&mut out, s.as_str());
    string::new(&out)
}

/// `Json.encode_map`: an object whose values are the JSON strings of `m`'s (String) values, in
/// insertion order.
pub fn encode_map(m: Map) -> Str {
    let mut out = String::new();
    write_object(&mut out, m, write_string_word);
    string::new(&out)
}

/// `Json.encode_list`: an array of the JSON strings of `xs`.
pub fn encode_list(xs: List) -> Str {
    let mut out = String::from("[");
    for (index, &item) in xs.items().iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write_string_word(&mut out, item);
    }
    out.push(']');
    string::new(&out)
}

/// Appends the JSON string literal of the string value `word`.
fn write_string_word(out: &mut String, word: u64) {
    // Safety: callers pass elements of a `List<String>` or values of a `Map<String, String>`.
    write_string(out, unsafe { Str::from_word(word) }.as_str());
}

// Access (`Json.get`, `field`, `as_*`)

/// `Json.get` on JSON text: the text of member `key` (see [`get_value`]); `""` when `source` is
/// not valid JSON.
pub fn get(source: Str, key: Str) -> Str {
    match parse_value(source) {
        Ok(j) => get_value(j, key),
        Err(_) => string::empty(),
    }
}

/// `Json.get` on a Json value: a string member without quotes, `true`/`false`, a number, array
/// or object as its compact JSON text (`42`, `3.5`, `3.0`); `""` when the member is missing or
/// `null` or `source` is not an object.
pub fn get_value(source: u64, key: Str) -> Str {
    match member(source, key) {
        Some(found) => text_of(found),
        None => string::empty(),
    }
}

/// `Json.get_nested` on JSON text: `source[k1][k2]` with the rules of [`get_value`].
pub fn get_nested(source: Str, k1: Str, k2: Str) -> Str {
    match parse_value(source) {
        Ok(j) => get_nested_value(j, k1, k2),
        Err(_) => string::empty(),
    }
}

/// `Json.get_nested` on a Json value: `""` unless `source[k1]` is an object.
pub fn get_nested_value(source: u64, k1: Str, k2: Str) -> Str {
    match member(source, k1) {
        Some(inner) => get_value(inner, k2),
        None => string::empty(),
    }
}

/// The text `Json.get` gives for a member value.
fn text_of(j: u64) -> Str {
    match view(j) {
        Json::Null => string::empty(),
        Json::String(s) => s,
        _ => encode(j),
    }
}

/// `Json.field`: `Some(member)` (a JSON `null` member included), or `None`.
pub fn field(j: u64, key: Str) -> u64 {
    option(member(j, key))
}

/// `Json.as_string`.
pub fn as_string(j: u64) -> u64 {
    option(match view(j) {
        Json::String(s) => Some(s.word()),
        _ => None,
    })
}

/// The Int a number denotes exactly: an Int, or a Float with no fraction within the Int range
/// (`3.0` counts, `3.5` and `1e300` do not).
pub fn integral(j: u64) -> Option<i64> {
    // -2^63 is exactly representable; 2^63 is the first Float above the Int range.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    match view(j) {
        Json::Int(i) => Some(i),
        Json::Float(x) if x.fract() == 0.0 && (-LIMIT..LIMIT).contains(&x) => Some(x as i64),
        _ => None,
    }
}

/// Any number as a Float (an Int converted, rounding to nearest).
pub fn number(j: u64) -> Option<f64> {
    match view(j) {
        Json::Int(i) => Some(i as f64),
        Json::Float(x) => Some(x),
        _ => None,
    }
}

/// `Json.as_int`: see [`integral`].
pub fn as_int(j: u64) -> u64 {
    option(integral(j).map(|i| i as u64))
}

/// `Json.as_float`: `Some` for any number.
pub fn as_float(j: u64) -> u64 {
    option(number(j).map(f64::to_bits))
}

/// `Json.as_bool`.
pub fn as_bool(j: u64) -> u64 {
    option(match view(j) {
        Json::Bool(b) => Some(u64::from(b)),
        _ => None,
    })
}

/// `Json.as_list`: `Some(List<Json>)` for an array.
pub fn as_list(j: u64) -> u64 {
    option(match view(j) {
        Json::Array(xs) => Some(xs.word()),
        _ => None,
    })
}

/// `Json.as_map`: `Some(Map<String, Json>)` for an object, keys in document order.
pub fn as_map(j: u64) -> u64 {
    option(match view(j) {
        Json::Object(m) => Some(m.word()),
        _ => None,
    })
}

/// `Json.is_null`.
pub fn is_null(j: u64) -> bool {
    matches!(view(j), Json::Null)
}

// Equality

/// Structural equality. Objects are equal when they have the same keys with equal values, in
/// any order (like `Map` equality). Numbers compare only within their kind: Int `1` and Float
/// `1.0` are different values (they encode differently); Floats compare as Floats do (`0.0 ==
/// -0.0`, NaN equals nothing).
pub fn equal(a: u64, b: u64) -> bool {
    crate::stack::check();
    match (view(a), view(b)) {
        (Json::Null, Json::Null) => true,
        (Json::Bool(x), Json::Bool(y)) => x == y,
        (Json::Int(x), Json::Int(y)) => x == y,
        (Json::Float(x), Json::Float(y)) => x == y,
        (Json::String(x), Json::String(y)) => x.bytes() == y.bytes(),
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.items().iter().zip(y.items()).all(|(&p, &q)| equal(p, q))
        }
        (Json::Object(x), Json::Object(y)) => map::equal(x, y, key_eq, key_hash, equal_words),
        _ => false,
    }
}

/// [`equal`] as an element equality function (0 or 1).
extern "C" fn equal_words(a: u64, b: u64) -> u64 {
    u64::from(equal(a, b))
}

// Options and results

/// A Mesh `Option` from a Rust one.
fn option(found: Option<u64>) -> u64 {
    match found {
        Some(payload) => value::some(payload),
        None => value::none(),
    }
}

/// `Ok(payload)`.
fn ok(payload: u64) -> u64 {
    value::variant(TAG_OK, &[payload])
}

/// `Err(message)`.
fn err(message: &str) -> u64 {
    value::variant(TAG_ERR, &[string::new(message).word()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        write_string(&mut out, s);
        out
    }

    fn float_json(x: f64) -> String {
        let mut out = String::new();
        write_float(&mut out, x);
        out
    }

    #[test]
    fn strings_escape_exactly_the_spec_characters() {
        assert_eq!(escaped("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(
            escaped("\u{8}\u{c}\n\r\t"),
            r#""\b\f\n\r\t""#,
            "two-character escapes"
        );
        assert_eq!(
            escaped("\u{0}\u{1}\u{1b}\u{1f}"),
            r#""\u0000\u0001\u001b\u001f""#
        );
        assert_eq!(
            escaped("/ é 😀 \u{7f} \u{2028}"),
            "\"/ é 😀 \u{7f} \u{2028}\""
        );
        assert_eq!(escaped(""), r#""""#);
    }

    #[test]
    fn floats_carry_a_fraction_and_never_an_exponent() {
        assert_eq!(float_json(3.0), "3.0");
        assert_eq!(float_json(95.5), "95.5");
        assert_eq!(float_json(-0.0), "-0.0");
        assert_eq!(float_json(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_json(1e21), "1000000000000000000000.0");
        assert_eq!(float_json(1e-7), "0.0000001");
        assert_eq!(float_json(f64::NAN), "null");
        assert_eq!(float_json(f64::INFINITY), "null");
        assert_eq!(float_json(f64::NEG_INFINITY), "null");
    }
}
