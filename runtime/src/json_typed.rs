//! Table-driven conversion between typed Mesh values and JSON: `Json.encode(v)` for any
//! serialisable type (STDLIB.md §6.4) and `T.from_json(text)` (§5.30).
//!
//! Instead of generating an encoder and a decoder per type, the code generator emits one
//! constant *type descriptor* per type and calls the generic walkers here with it
//! (`mesh_rt_json_from_value`, `mesh_rt_json_encode_value`, `mesh_rt_json_to_value`,
//! `mesh_rt_json_decode_value` in `crate::abi::json`).
//!
//! # Descriptor format (the contract with the code generator)
//!
//! A descriptor is a read-only, 8-byte aligned array of 64-bit words that lives as long as the
//! program (a constant global). `*` marks a word holding the address of another descriptor;
//! names are Mesh strings ([`Str`] pointers, normally string literals). The first word is the
//! kind, one of the `KIND_*` constants:
//!
//! ```text
//! [KIND_INT] [KIND_FLOAT] [KIND_BOOL] [KIND_STRING] [KIND_UNIT] [KIND_JSON] [KIND_ATOM]
//! [KIND_OPTION, elem*]
//! [KIND_LIST, elem*]
//! [KIND_SET, elem*, eq_fn, hash_fn]
//! [KIND_MAP, value*]
//! [KIND_TUPLE, n, elem_1*, ..., elem_n*]
//! [KIND_STRUCT, name, n, field_name_1, field_1*, ..., field_name_n, field_n*]
//! [KIND_SUM, name, n, variant_1*, ..., variant_n*]
//!     where each variant is [variant_name, nfields, field_1*, ..., field_nfields*]
//! ```
//!
//! * `eq_fn` and `hash_fn` of a set are the element type's equality
//!   (`extern "C" fn(u64, u64) -> u64`, [`EqFn`]) and hash (`extern "C" fn(u64) -> i64`,
//!   [`HashFn`]); decoding builds the set with them.
//! * Map keys are always Strings (the JSON object keys); only the value type is described.
//! * A struct's fields are in declaration order (the member order of the encoding); a sum type's
//!   variants are in declaration order, so variant `i` has tag `i`.
//! * Descriptors may be cyclic (a recursive type points back to its own descriptor, e.g.
//!   `Tree { value: Int, children: List<Tree> }`). The walkers never recurse on a descriptor
//!   alone, only while walking a value or a Json value, so cycles are fine.
//!
//! # Value layouts
//!
//! Every value is one word: Int an `i64`, Float the `f64` bits, Bool 0/1, `()` 0, String and
//! Atom a [`Str`], Option a variant (`None` tag 0, `Some` tag 1 + payload), a tuple or struct a
//! pointer to its field words in order, a sum-type value a variant (tag = 0-based variant index,
//! then the payload words), List/Set/Map the runtime's handles, Json a Json value
//! (`crate::json`).
//!
//! # Depth
//!
//! Decoding recurses along the Json value, whose depth the parser limits to 128, so it cannot
//! overflow the stack when called on parsed text. Encoding recurses along the Mesh value: a
//! value nested deeply enough to exhaust the stack (hundreds of thousands of levels) crashes
//! the process with `stack overflow`, like any other deep recursion of Mesh code: the walkers
//! check the process's stack limit at every level (`crate::stack::check`).
//!
//! # Collector
//!
//! Results under construction are always heap objects referenced from locals (never only from
//! Rust collections): tuples, structs and variants are allocated first and filled field by
//! field, lists through `list::build`. Decoding errors are Rust `String`s until the top, where
//! they become the `Err` value.

use crate::gc;
use crate::json::{self, Json};
use crate::layout::{TAG_ERR, TAG_OK};
use crate::list::{self, EqFn, HashFn, List};
use crate::map::{self, Map};
use crate::set;
use crate::string::{self, Str};
use crate::value;

/// `Int`: one word.
pub const KIND_INT: u64 = 0;
/// `Float`: one word.
pub const KIND_FLOAT: u64 = 1;
/// `Bool`: one word.
pub const KIND_BOOL: u64 = 2;
/// `String`: one word.
pub const KIND_STRING: u64 = 3;
/// `()`: one word.
pub const KIND_UNIT: u64 = 4;
/// `Json` (the value is kept as is): one word.
pub const KIND_JSON: u64 = 5;
/// `Atom` (encoded as a string): one word.
pub const KIND_ATOM: u64 = 6;
/// `Option<T>`: `[KIND_OPTION, T*]`.
pub const KIND_OPTION: u64 = 7;
/// `List<T>`: `[KIND_LIST, T*]`.
pub const KIND_LIST: u64 = 8;
/// `Set<T>`: `[KIND_SET, T*, eq_fn, hash_fn]`.
pub const KIND_SET: u64 = 9;
/// `Map<String, V>`: `[KIND_MAP, V*]`.
pub const KIND_MAP: u64 = 10;
/// A tuple: `[KIND_TUPLE, n, T1*, …, Tn*]`.
pub const KIND_TUPLE: u64 = 11;
/// A struct: `[KIND_STRUCT, name, n, field_name1, T1*, …, field_namen, Tn*]`.
pub const KIND_STRUCT: u64 = 12;
/// A sum type: `[KIND_SUM, name, n, variant1*, …, variantn*]`, each variant
/// `[variant_name, nfields, T1*, …]`.
pub const KIND_SUM: u64 = 13;

// Kinds only the wire encoding between nodes uses (`crate::dist::wire`); JSON never sees them.

/// A pid: one word.
pub const KIND_PID: u64 = 14;
/// `Result<T, E>`: `[KIND_RESULT, T*, E*]`.
pub const KIND_RESULT: u64 = 15;
/// `Map<K, V>` with any key type: `[KIND_MAP_ANY, K*, V*, key_eq_fn, key_hash_fn]`.
pub const KIND_MAP_ANY: u64 = 16;
/// A function value (cannot cross nodes): one word.
pub const KIND_FUN: u64 = 17;
/// `Queue<T>`: `[KIND_QUEUE, T*]`.
pub const KIND_QUEUE: u64 = 18;
/// `Ordering`: one word.
pub const KIND_ORDERING: u64 = 19;

/// A string constant with the [`crate::layout::MeshString`] layout (outside every heap).
#[repr(C)]
struct Literal<const N: usize> {
    len: u64,
    bytes: [u8; N],
}

impl<const N: usize> Literal<N> {
    fn handle(&'static self) -> Str {
        // Safety: a `Literal` has the MeshString layout (length word, then that many bytes of
        // UTF-8, 8-byte aligned) and is a static, so it is alive forever.
        unsafe { Str::from_word(self as *const Literal<N> as u64) }
    }
}

/// The member name `tag` of an encoded sum-type value.
static TAG: Literal<3> = Literal {
    len: 3,
    bytes: *b"tag",
};

/// The member name `fields` of an encoded sum-type value.
static FIELDS: Literal<6> = Literal {
    len: 6,
    bytes: *b"fields",
};

// Reading descriptors

/// A pointer to a word array of a descriptor (a descriptor or a sum-type variant).
#[derive(Debug, Clone, Copy)]
struct Words(*const u64);

impl Words {
    /// Word `index`.
    fn at(self, index: usize) -> u64 {
        // Safety: `Words` are only made from the pointers of a well-formed descriptor (the
        // contract of `Desc::from_ptr`), and every caller reads an index the format says is
        // present (the counts are checked before the fields they cover are read).
        unsafe { self.0.add(index).read() }
    }

    /// The string at word `index`.
    fn str_at(self, index: usize) -> Str {
        // Safety: the format puts a Mesh string at this index; descriptor names live as long as
        // the program.
        unsafe { Str::from_word(self.at(index)) }
    }

    /// The descriptor whose address is at word `index`.
    fn desc_at(self, index: usize) -> Desc {
        Desc(Words(self.at(index) as *const u64))
    }

    /// The count at word `index`.
    fn count_at(self, index: usize) -> usize {
        self.at(index) as usize
    }
}

/// A type descriptor (see the module documentation for the format).
#[derive(Debug, Clone, Copy)]
pub struct Desc(Words);

/// A descriptor taken apart by [`Desc::view`].
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// `Int`.
    Int,
    /// `Float`.
    Float,
    /// `Bool`.
    Bool,
    /// `String`.
    String,
    /// `()`.
    Unit,
    /// `Json`.
    Json,
    /// `Atom`.
    Atom,
    /// `Option<elem>`.
    Option(Desc),
    /// `List<elem>`.
    List(Desc),
    /// `Set<elem>` with the element equality and hash.
    Set(Desc, EqFn, HashFn),
    /// `Map<String, value>`.
    Map(Desc),
    /// A tuple.
    Tuple(TupleDesc),
    /// A struct.
    Struct(StructDesc),
    /// A sum type.
    Sum(SumDesc),
    /// A pid (wire only).
    Pid,
    /// `Result<ok, err>` (wire only).
    Result(Desc, Desc),
    /// `Map<key, value>` with the key equality and hash (wire only).
    MapAny(Desc, Desc, EqFn, HashFn),
    /// A function value (wire only: refused).
    Fun,
    /// `Queue<elem>` (wire only).
    Queue(Desc),
    /// `Ordering` (wire only).
    Ordering,
}

impl Desc {
    /// The descriptor at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` must point to a well-formed descriptor (module documentation): readable words
    /// of the documented kinds and counts, names that are valid Mesh strings, descriptor
    /// pointers that are themselves well-formed descriptors, and set functions with the
    /// documented signatures; all of it must stay unchanged and alive for as long as the
    /// descriptor is used (generated descriptors are constant globals).
    pub unsafe fn from_ptr(ptr: *const u64) -> Desc {
        Desc(Words(ptr))
    }

    /// The address of the descriptor.
    pub fn as_ptr(self) -> *const u64 {
        self.0 .0
    }

    /// The kind of the descriptor and its parts. Panics (a crash) on an unknown kind code.
    pub fn view(self) -> Kind {
        let words = self.0;
        match words.at(0) {
            KIND_INT => Kind::Int,
            KIND_FLOAT => Kind::Float,
            KIND_BOOL => Kind::Bool,
            KIND_STRING => Kind::String,
            KIND_UNIT => Kind::Unit,
            KIND_JSON => Kind::Json,
            KIND_ATOM => Kind::Atom,
            KIND_OPTION => Kind::Option(words.desc_at(1)),
            KIND_LIST => Kind::List(words.desc_at(1)),
            KIND_SET => {
                // Safety: a set descriptor holds the element type's equality and hash
                // functions, with the signatures of `EqFn` and `HashFn`, at words 2 and 3.
                let (eq, hash) = unsafe {
                    (
                        std::mem::transmute::<usize, EqFn>(words.at(2) as usize),
                        std::mem::transmute::<usize, HashFn>(words.at(3) as usize),
                    )
                };
                Kind::Set(words.desc_at(1), eq, hash)
            }
            KIND_MAP => Kind::Map(words.desc_at(1)),
            KIND_PID => Kind::Pid,
            KIND_RESULT => Kind::Result(words.desc_at(1), words.desc_at(2)),
            KIND_MAP_ANY => {
                // Safety: as for a set, at words 3 and 4.
                let (eq, hash) = unsafe {
                    (
                        std::mem::transmute::<usize, EqFn>(words.at(3) as usize),
                        std::mem::transmute::<usize, HashFn>(words.at(4) as usize),
                    )
                };
                Kind::MapAny(words.desc_at(1), words.desc_at(2), eq, hash)
            }
            KIND_FUN => Kind::Fun,
            KIND_QUEUE => Kind::Queue(words.desc_at(1)),
            KIND_ORDERING => Kind::Ordering,
            KIND_TUPLE => Kind::Tuple(TupleDesc(words)),
            KIND_STRUCT => Kind::Struct(StructDesc(words)),
            KIND_SUM => Kind::Sum(SumDesc(words)),
            kind => panic!("invalid type descriptor kind {kind}"),
        }
    }

    /// Whether this is an `Option` descriptor (such struct fields may be missing).
    fn is_option(self) -> bool {
        self.0.at(0) == KIND_OPTION
    }
}

/// A tuple descriptor: `[KIND_TUPLE, n, T1*, …, Tn*]`.
#[derive(Debug, Clone, Copy)]
pub struct TupleDesc(Words);

impl TupleDesc {
    /// Number of elements.
    pub fn len(self) -> usize {
        self.0.count_at(1)
    }

    /// Whether the tuple has no elements.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The type of element `index` (`index < len`).
    pub fn elem(self, index: usize) -> Desc {
        assert!(index < self.len(), "tuple element {index} out of range");
        self.0.desc_at(2 + index)
    }
}

/// A struct descriptor: `[KIND_STRUCT, name, n, field_name1, T1*, …]`.
#[derive(Debug, Clone, Copy)]
pub struct StructDesc(Words);

impl StructDesc {
    /// The type name (for `expected <Name>`).
    pub fn name(self) -> Str {
        self.0.str_at(1)
    }

    /// Number of fields.
    pub fn len(self) -> usize {
        self.0.count_at(2)
    }

    /// Whether the struct has no fields.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The name and type of field `index` (`index < len`), in declaration order.
    pub fn field(self, index: usize) -> (Str, Desc) {
        assert!(index < self.len(), "struct field {index} out of range");
        (self.0.str_at(3 + 2 * index), self.0.desc_at(4 + 2 * index))
    }
}

/// A sum-type descriptor: `[KIND_SUM, name, n, variant1*, …]`.
#[derive(Debug, Clone, Copy)]
pub struct SumDesc(Words);

impl SumDesc {
    /// The type name (for `expected <Name>`).
    pub fn name(self) -> Str {
        self.0.str_at(1)
    }

    /// Number of variants.
    pub fn len(self) -> usize {
        self.0.count_at(2)
    }

    /// Whether the type has no variants.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Variant `tag` (`tag < len`).
    pub fn variant(self, tag: usize) -> VariantDesc {
        assert!(tag < self.len(), "variant {tag} out of range");
        VariantDesc(Words(self.0.at(3 + tag) as *const u64))
    }

    /// The tag and descriptor of the variant named `name`.
    pub fn find(self, name: &[u8]) -> Option<(usize, VariantDesc)> {
        (0..self.len())
            .map(|tag| (tag, self.variant(tag)))
            .find(|(_, variant)| variant.name().bytes() == name)
    }
}

/// One variant of a sum type: `[variant_name, nfields, T1*, …]`.
#[derive(Debug, Clone, Copy)]
pub struct VariantDesc(Words);

impl VariantDesc {
    /// The variant name (the `"tag"` member).
    pub fn name(self) -> Str {
        self.0.str_at(0)
    }

    /// Number of payload fields.
    pub fn len(self) -> usize {
        self.0.count_at(1)
    }

    /// Whether the variant has no payload.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The type of payload field `index` (`index < len`).
    pub fn field(self, index: usize) -> Desc {
        assert!(index < self.len(), "variant field {index} out of range");
        self.0.desc_at(2 + index)
    }
}

// Reading values

/// Word `index` of the tuple, struct or variant object `object`.
pub(crate) fn word(object: u64, index: usize) -> u64 {
    // Safety: callers pass a value of the type its descriptor describes (the type checker
    // guarantees it for generated code), and only indices the descriptor says exist: the fields
    // of a tuple or struct, the tag and payload of a variant.
    unsafe { (object as *const u64).add(index).read() }
}

/// The tag and descriptor of the sum-type value `v`.
pub(crate) fn variant_of(v: u64, sum: SumDesc) -> (usize, VariantDesc) {
    let tag = word(v, 0) as usize;
    (tag, sum.variant(tag))
}

/// The list value `v`.
pub(crate) fn list_of(v: u64) -> List {
    // Safety: `v` is a List (the value matches its descriptor).
    unsafe { List::from_word(v) }
}

/// The map (or set, as a map) value `v`.
pub(crate) fn map_of(v: u64) -> Map {
    // Safety: `v` is a Map, or a Set, which is a map (the value matches its descriptor).
    unsafe { Map::from_word(v) }
}

/// The string (or atom) value `v`.
pub(crate) fn str_of(v: u64) -> Str {
    // Safety: `v` is a String or Atom (the value matches its descriptor).
    unsafe { Str::from_word(v) }
}

// Typed value -> Json value

/// The Json value of `v`, a value of the type `desc` describes (STDLIB.md §6.4). Floats are
/// kept as they are (NaN and the infinities become `null` only when encoded).
pub fn from_value(v: u64, desc: Desc) -> u64 {
    crate::stack::check();
    match desc.view() {
        Kind::Int => json::int(v as i64),
        Kind::Float => json::float(f64::from_bits(v)),
        Kind::Bool => json::boolean(v != 0),
        Kind::String | Kind::Atom => json::string(str_of(v)),
        Kind::Unit => json::null(),
        Kind::Json => v,
        Kind::Option(elem) => match value::option_payload(v) {
            Some(payload) => from_value(payload, elem),
            None => json::null(),
        },
        Kind::List(elem) => {
            let xs = list_of(v);
            json::array(list::build(xs.len(), |index| {
                from_value(xs.items()[index], elem)
            }))
        }
        Kind::Set(elem, _, _) => {
            let s = map_of(v);
            let it = map::iter_new(s);
            json::array(list::build(s.len(), |_| {
                map::iter_next(it);
                from_value(map::iter_key(it), elem)
            }))
        }
        Kind::Map(elem) => {
            let mut object = map::empty();
            map::for_each(map_of(v), |entry| {
                let member = from_value(entry.value, elem);
                object = map::put(object, entry.key, member, json::key_eq, json::key_hash);
            });
            json::object(object)
        }
        Kind::Tuple(tuple) => json::array(list::build(tuple.len(), |index| {
            from_value(word(v, index), tuple.elem(index))
        })),
        Kind::Struct(record) => {
            let mut object = map::empty();
            for index in 0..record.len() {
                let (name, field) = record.field(index);
                let member = from_value(word(v, index), field);
                object = map::put(object, name.word(), member, json::key_eq, json::key_hash);
            }
            json::object(object)
        }
        Kind::Sum(sum) => {
            let (_, variant) = variant_of(v, sum);
            let fields = json::array(list::build(variant.len(), |index| {
                from_value(word(v, 1 + index), variant.field(index))
            }));
            let tag = json::string(variant.name());
            let object = map::put(
                map::empty(),
                TAG.handle().word(),
                tag,
                json::key_eq,
                json::key_hash,
            );
            let object = map::put(
                object,
                FIELDS.handle().word(),
                fields,
                json::key_eq,
                json::key_hash,
            );
            json::object(object)
        }
        wire => panic!("{}", not_json(wire)),
    }
}

/// The crash reason for a wire-only descriptor given to a JSON walker (the code generator never
/// emits one for JSON).
fn not_json(kind: Kind) -> String {
    format!("invalid JSON type descriptor: {kind:?}")
}

// Typed value -> JSON text

/// `Json.encode(v)`: the compact JSON text of `v`, a value of the type `desc` describes; the
/// same text as encoding [`from_value`]'s result, written directly.
pub fn encode_value(v: u64, desc: Desc) -> Str {
    let mut out = String::new();
    write_value(&mut out, v, desc);
    string::new(&out)
}

/// Appends the compact JSON text of `v` (STDLIB.md §6.4). Allocates nothing on the Mesh heap.
pub fn write_value(out: &mut String, v: u64, desc: Desc) {
    crate::stack::check();
    match desc.view() {
        Kind::Int => out.push_str(&(v as i64).to_string()),
        Kind::Float => json::write_float(out, f64::from_bits(v)),
        Kind::Bool => out.push_str(if v != 0 { "true" } else { "false" }),
        Kind::String | Kind::Atom => json::write_string(out, str_of(v).as_str()),
        Kind::Unit => out.push_str("null"),
        Kind::Json => json::write_value(out, v),
        Kind::Option(elem) => match value::option_payload(v) {
            Some(payload) => write_value(out, payload, elem),
            None => out.push_str("null"),
        },
        Kind::List(elem) => {
            out.push('[');
            for (index, &item) in list_of(v).items().iter().enumerate() {
                comma(out, index);
                write_value(out, item, elem);
            }
            out.push(']');
        }
        Kind::Set(elem, _, _) => {
            out.push('[');
            let mut index = 0;
            map::for_each(map_of(v), |entry| {
                comma(out, index);
                index += 1;
                write_value(out, entry.key, elem);
            });
            out.push(']');
        }
        Kind::Map(elem) => {
            out.push('{');
            let mut index = 0;
            map::for_each(map_of(v), |entry| {
                comma(out, index);
                index += 1;
                json::write_string(out, str_of(entry.key).as_str());
                out.push(':');
                write_value(out, entry.value, elem);
            });
            out.push('}');
        }
        Kind::Tuple(tuple) => {
            out.push('[');
            for index in 0..tuple.len() {
                comma(out, index);
                write_value(out, word(v, index), tuple.elem(index));
            }
            out.push(']');
        }
        Kind::Struct(record) => {
            out.push('{');
            for index in 0..record.len() {
                comma(out, index);
                let (name, field) = record.field(index);
                json::write_string(out, name.as_str());
                out.push(':');
                write_value(out, word(v, index), field);
            }
            out.push('}');
        }
        Kind::Sum(sum) => {
            let (_, variant) = variant_of(v, sum);
            out.push_str("{\"tag\":");
            json::write_string(out, variant.name().as_str());
            out.push_str(",\"fields\":[");
            for index in 0..variant.len() {
                comma(out, index);
                write_value(out, word(v, 1 + index), variant.field(index));
            }
            out.push_str("]}");
        }
        wire => panic!("{}", not_json(wire)),
    }
}

/// Appends the separator before item `index` of an array or object.
fn comma(out: &mut String, index: usize) {
    if index > 0 {
        out.push(',');
    }
}

// Json value -> typed value

/// `Result<T, String>` of decoding the Json value `j` as the type `desc` describes
/// (STDLIB.md §5.30).
pub fn to_value(j: u64, desc: Desc) -> u64 {
    match decode(j, desc) {
        Ok(v) => value::variant(TAG_OK, &[v]),
        Err(message) => value::variant(TAG_ERR, &[string::new(&message).word()]),
    }
}

/// `T.from_json(text)`: parses `text` (a parse error is `Err` of the `Json.parse` message),
/// then [`to_value`].
pub fn decode_value(text: Str, desc: Desc) -> u64 {
    let parsed = json::parse(text);
    if word(parsed, 0) == TAG_OK {
        to_value(word(parsed, 1), desc)
    } else {
        parsed
    }
}

/// Decodes the Json value `j` as the type `desc` describes: the value, or the first error (in
/// document and field order), with no path prefix.
pub fn decode(j: u64, desc: Desc) -> Result<u64, String> {
    match desc.view() {
        Kind::Int => match json::view(j) {
            Json::Int(i) => Ok(i as u64),
            // `as` truncates toward zero and saturates.
            Json::Float(x) => Ok(x as i64 as u64),
            _ => Err("expected Int".to_string()),
        },
        Kind::Float => match json::number(j) {
            Some(x) => Ok(x.to_bits()),
            None => Err("expected Float".to_string()),
        },
        Kind::Bool => match json::view(j) {
            Json::Bool(b) => Ok(u64::from(b)),
            _ => Err("expected Bool".to_string()),
        },
        Kind::String | Kind::Atom => match json::view(j) {
            Json::String(s) => Ok(s.word()),
            _ => Err("expected String".to_string()),
        },
        Kind::Unit => match json::view(j) {
            Json::Null => Ok(0),
            _ => Err("expected ()".to_string()),
        },
        Kind::Json => Ok(j),
        Kind::Option(elem) => match json::view(j) {
            Json::Null => Ok(value::none()),
            _ => decode(j, elem).map(value::some),
        },
        Kind::List(elem) => Ok(decode_items(array(j)?, elem)?.word()),
        Kind::Set(elem, eq, hash) => {
            let items = decode_items(array(j)?, elem)?;
            Ok(set::from_list(items, eq, hash).word())
        }
        Kind::Map(elem) => decode_map(j, elem),
        Kind::Tuple(tuple) => decode_tuple(j, tuple),
        Kind::Struct(record) => decode_struct(j, record),
        Kind::Sum(sum) => decode_sum(j, sum),
        wire => Err(not_json(wire)),
    }
}

/// The items of the array `j`, or `Err("expected List")`.
fn array(j: u64) -> Result<List, String> {
    match json::view(j) {
        Json::Array(xs) => Ok(xs),
        _ => Err("expected List".to_string()),
    }
}

/// A list of `xs`'s items decoded as `elem`, or the first error.
fn decode_items(xs: List, elem: Desc) -> Result<List, String> {
    let mut failure = None;
    let decoded = list::build(xs.len(), |index| {
        if failure.is_some() {
            return 0;
        }
        decode(xs.items()[index], elem).unwrap_or_else(|message| {
            failure = Some(message);
            0
        })
    });
    match failure {
        None => Ok(decoded),
        Some(message) => Err(message),
    }
}

/// `Map<String, V>` from an object, members in document order.
fn decode_map(j: u64, elem: Desc) -> Result<u64, String> {
    let Json::Object(members) = json::view(j) else {
        return Err("expected Map".to_string());
    };
    let mut decoded = map::empty();
    let mut failure = None;
    map::for_each(members, |entry| {
        if failure.is_some() {
            return;
        }
        match decode(entry.value, elem) {
            Ok(v) => decoded = map::put(decoded, entry.key, v, json::key_eq, json::key_hash),
            Err(message) => failure = Some(message),
        }
    });
    match failure {
        None => Ok(decoded.word()),
        Some(message) => Err(message),
    }
}

/// A new object of `n` words (at least one word is allocated), zeroed.
fn alloc_object(n: usize) -> *mut u64 {
    gc::alloc_words(n.max(1))
}

/// Writes `v` into word `index` of `object`, a fresh object of more than `index` words.
fn set_word(object: *mut u64, index: usize, v: u64) {
    // Safety: callers allocated `object` with room for `index`.
    unsafe { object.add(index).write(v) }
}

/// A tuple from an array of exactly its length.
fn decode_tuple(j: u64, tuple: TupleDesc) -> Result<u64, String> {
    let xs = array(j)?;
    let n = tuple.len();
    if xs.len() != n {
        return Err(format!("expected a list of {n} elements"));
    }
    let object = alloc_object(n);
    for index in 0..n {
        let v = decode(xs.items()[index], tuple.elem(index))?;
        set_word(object, index, v);
    }
    Ok(object as u64)
}

/// A struct from an object: fields in declaration order; unknown members ignored; a missing (or
/// `null`) `Option` field is `None`.
fn decode_struct(j: u64, record: StructDesc) -> Result<u64, String> {
    if !matches!(json::view(j), Json::Object(_)) {
        return Err(format!("expected {}", record.name().as_str()));
    }
    let n = record.len();
    let object = alloc_object(n);
    for index in 0..n {
        let (name, field) = record.field(index);
        let v = match json::member(j, name) {
            Some(member) => decode(member, field)?,
            None if field.is_option() => value::none(),
            None => return Err(format!("missing field: {}", name.as_str())),
        };
        set_word(object, index, v);
    }
    Ok(object as u64)
}

/// A sum-type value from `{"tag": "<Variant>", "fields": [...]}`.
fn decode_sum(j: u64, sum: SumDesc) -> Result<u64, String> {
    if !matches!(json::view(j), Json::Object(_)) {
        return Err(format!("expected {}", sum.name().as_str()));
    }
    let Some(tag) = json::member(j, TAG.handle()) else {
        return Err("missing field: tag".to_string());
    };
    let Json::String(tag) = json::view(tag) else {
        return Err("expected String".to_string());
    };
    let Some((index, variant)) = sum.find(tag.bytes()) else {
        return Err(format!("unknown variant: {}", tag.as_str()));
    };
    let n = variant.len();
    let fields = match json::member(j, FIELDS.handle()) {
        Some(fields) => array(fields)?,
        None if n == 0 => list::empty(),
        None => return Err("missing field: fields".to_string()),
    };
    if fields.len() != n {
        return Err(format!(
            "wrong number of fields for variant {}: expected {n}, found {}",
            variant.name().as_str(),
            fields.len()
        ));
    }
    let object = alloc_object(1 + n);
    set_word(object, 0, index as u64);
    for field in 0..n {
        let v = decode(fields.items()[field], variant.field(field))?;
        set_word(object, 1 + field, v);
    }
    Ok(object as u64)
}
