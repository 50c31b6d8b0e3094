//! Typed values <-> JSON through constant type descriptors (`mesh_rt::json_typed`):
//! `mesh_rt_json_from_value`, `mesh_rt_json_encode_value`, `mesh_rt_json_to_value` and
//! `mesh_rt_json_decode_value` on every kind of descriptor, recursive (cyclic) descriptors, the
//! exact texts of §6.4, every error text of §5.30, and the collector.

use std::hint::black_box;
use std::sync::OnceLock;

use mesh_rt::abi::gc::mesh_rt_gc_collect;
use mesh_rt::abi::json::*;
use mesh_rt::abi::string::{mesh_rt_string_eq, mesh_rt_string_hash};
use mesh_rt::gc;
use mesh_rt::json_typed::*;
use mesh_rt::layout::{TAG_ERR, TAG_OK};
use mesh_rt::map::{self, Map};
use mesh_rt::set::{self, Set};
use mesh_rt::value;

use crate::support::*;

// Building descriptors

/// A leaked (static, outside every heap) copy of `words`; its address.
fn leak(words: Vec<u64>) -> u64 {
    Box::leak(words.into_boxed_slice()).as_ptr() as u64
}

/// A static string with the `MeshString` layout (like a literal of generated code).
fn lit(text: &str) -> u64 {
    let mut words = vec![text.len() as u64];
    for chunk in text.as_bytes().chunks(8) {
        let mut bytes = [0u8; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        words.push(u64::from_le_bytes(bytes));
    }
    leak(words)
}

/// The descriptors used by the tests (addresses of leaked word arrays).
struct Types {
    int: u64,
    float: u64,
    boolean: u64,
    string: u64,
    unit: u64,
    json: u64,
    atom: u64,
    option_int: u64,
    list_int: u64,
    set_string: u64,
    map_float: u64,
    pair: u64,
    point: u64,
    shape: u64,
    tree: u64,
    list_point: u64,
}

fn types() -> &'static Types {
    static TYPES: OnceLock<Types> = OnceLock::new();
    TYPES.get_or_init(|| {
        let int = leak(vec![KIND_INT]);
        let float = leak(vec![KIND_FLOAT]);
        let string = leak(vec![KIND_STRING]);
        let option_string = leak(vec![KIND_OPTION, string]);
        let point = leak(vec![
            KIND_STRUCT,
            lit("Point"),
            3,
            lit("x"),
            int,
            lit("y"),
            float,
            lit("label"),
            option_string,
        ]);
        let circle = leak(vec![lit("Circle"), 1, float]);
        let rect = leak(vec![lit("Rect"), 2, int, int]);
        let empty = leak(vec![lit("Empty"), 0]);
        // Tree { value: Int, children: List<Tree> }: the list descriptor points back.
        let tree: &'static mut [u64] = Box::leak(
            vec![
                KIND_STRUCT,
                lit("Tree"),
                2,
                lit("value"),
                int,
                lit("children"),
                0,
            ]
            .into_boxed_slice(),
        );
        let list_tree = leak(vec![KIND_LIST, tree.as_ptr() as u64]);
        tree[6] = list_tree;
        Types {
            int,
            float,
            boolean: leak(vec![KIND_BOOL]),
            string,
            unit: leak(vec![KIND_UNIT]),
            json: leak(vec![KIND_JSON]),
            atom: leak(vec![KIND_ATOM]),
            option_int: leak(vec![KIND_OPTION, int]),
            list_int: leak(vec![KIND_LIST, int]),
            set_string: leak(vec![
                KIND_SET,
                string,
                mesh_rt_string_eq as *const () as u64,
                mesh_rt_string_hash as *const () as u64,
            ]),
            map_float: leak(vec![KIND_MAP, float]),
            pair: leak(vec![KIND_TUPLE, 2, int, string]),
            point,
            shape: leak(vec![KIND_SUM, lit("Shape"), 3, circle, rect, empty]),
            tree: tree.as_ptr() as u64,
            list_point: leak(vec![KIND_LIST, point]),
        }
    })
}

// Calling the ABI

fn ptr(desc: u64) -> *const u64 {
    desc as *const u64
}

/// `mesh_rt_json_encode_value`, checked against encoding `mesh_rt_json_from_value`.
fn encode(v: u64, desc: u64) -> String {
    // Safety: the test descriptors are well-formed and `v` has the described type.
    let (direct, via_json) = unsafe {
        (
            text(mesh_rt_json_encode_value(v, ptr(desc))),
            text(mesh_rt_json_encode(mesh_rt_json_from_value(v, ptr(desc)))),
        )
    };
    assert_eq!(direct, via_json, "encode_value and from_value agree");
    direct
}

/// Reads a `Result<_, String>`.
fn result(word: u64) -> Result<u64, String> {
    match field(word, 0) {
        TAG_OK => Ok(field(word, 1)),
        TAG_ERR => Err(text(str_at(field(word, 1)))),
        tag => panic!("not a result tag: {tag}"),
    }
}

/// `mesh_rt_json_decode_value`, checked against parsing and `mesh_rt_json_to_value`.
fn decode(source: &str, desc: u64) -> Result<u64, String> {
    // Safety: the test descriptors are well-formed.
    let direct = result(unsafe { mesh_rt_json_decode_value(s(source), ptr(desc)) });
    if let Ok(j) = result(mesh_rt_json_parse(s(source))) {
        // Safety: as above; `j` is a Json value.
        let via_json = result(unsafe { mesh_rt_json_to_value(j, ptr(desc)) });
        assert_eq!(
            direct.as_ref().err(),
            via_json.as_ref().err(),
            "decode_value and to_value agree on {source:?}"
        );
    }
    direct
}

/// The decoded value of `source`, which must decode.
fn ok(source: &str, desc: u64) -> u64 {
    match decode(source, desc) {
        Ok(v) => v,
        Err(message) => panic!("{source:?} does not decode: {message}"),
    }
}

/// The error of decoding `source`, which must fail.
fn error(source: &str, desc: u64) -> String {
    match decode(source, desc) {
        Ok(_) => panic!("{source:?} decodes"),
        Err(message) => message,
    }
}

/// Decodes `source` and encodes the result again.
fn canonical(source: &str, desc: u64) -> String {
    encode(ok(source, desc), desc)
}

// Building and reading values

/// A new object of the given words (tuple or struct).
fn object(words: &[u64]) -> u64 {
    let object = gc::alloc_words(words.len().max(1));
    // Safety: a fresh object of at least `words.len()` words.
    unsafe { object.copy_from_nonoverlapping(words.as_ptr(), words.len()) };
    object as u64
}

fn point(x: i64, y: f64, label: Option<&str>) -> u64 {
    let label = match label {
        Some(label) => value::some(s(label).word()),
        None => value::none(),
    };
    object(&[x as u64, y.to_bits(), label])
}

fn tree(value: i64, children: &[u64]) -> u64 {
    object(&[value as u64, mesh_rt::list::from_words(children).word()])
}

fn float_at(word: u64) -> f64 {
    f64::from_bits(word)
}

fn set_at(word: u64) -> Set {
    // Safety: the tests only call this on words produced as sets.
    unsafe { Set::from_word(word) }
}

fn map_at(word: u64) -> Map {
    // Safety: the tests only call this on words produced as maps.
    unsafe { Map::from_word(word) }
}

fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

// Encoding

#[test]
fn primitives_encode_per_section_6_4() {
    run(|| {
        let t = types();
        assert_eq!(encode(-42i64 as u64, t.int), "-42");
        assert_eq!(encode(i64::MIN as u64, t.int), "-9223372036854775808");
        assert_eq!(encode(2.0f64.to_bits(), t.float), "2.0");
        assert_eq!(encode(95.5f64.to_bits(), t.float), "95.5");
        assert_eq!(
            encode(1e21f64.to_bits(), t.float),
            "1000000000000000000000.0"
        );
        assert_eq!(encode(f64::NAN.to_bits(), t.float), "null");
        assert_eq!(encode(f64::NEG_INFINITY.to_bits(), t.float), "null");
        assert_eq!(encode(1, t.boolean), "true");
        assert_eq!(encode(0, t.boolean), "false");
        assert_eq!(
            encode(s("a\"b\\\n\u{1}/é").word(), t.string),
            r#""a\"b\\\n\u0001/é""#
        );
        assert_eq!(encode(s("ok").word(), t.atom), r#""ok""#);
        assert_eq!(encode(0, t.unit), "null");
        let j = match result(mesh_rt_json_parse(s(r#"{"b":[1,2.5,null],"a":{}}"#))) {
            Ok(j) => j,
            Err(message) => panic!("{message}"),
        };
        assert_eq!(encode(j, t.json), r#"{"b":[1,2.5,null],"a":{}}"#);
        assert_eq!(encode(value::none(), t.option_int), "null");
        assert_eq!(encode(value::some(7), t.option_int), "7");
    });
}

#[test]
fn collections_and_tuples_encode_in_order() {
    run(|| {
        let t = types();
        assert_eq!(encode(ints(&[3, 1, 2]).word(), t.list_int), "[3,1,2]");
        assert_eq!(encode(ints(&[]).word(), t.list_int), "[]");
        let mut names = set::empty();
        for name in ["b", "a", "b", "c"] {
            names = set::add(names, s(name).word(), str_eq, str_hash);
        }
        assert_eq!(encode(names.word(), t.set_string), r#"["b","a","c"]"#);
        assert_eq!(encode(set::empty().word(), t.set_string), "[]");
        let mut scores = map::empty();
        for (key, x) in [("z", 1.0f64), ("a", 2.5), ("z", 3.0)] {
            scores = map::put(scores, s(key).word(), x.to_bits(), str_eq, str_hash);
        }
        assert_eq!(encode(scores.word(), t.map_float), r#"{"z":3.0,"a":2.5}"#);
        assert_eq!(encode(map::empty().word(), t.map_float), "{}");
        assert_eq!(
            encode(object(&[7, s("seven").word()]), t.pair),
            r#"[7,"seven"]"#
        );
    });
}

#[test]
fn structs_and_sum_types_encode_exactly() {
    run(|| {
        let t = types();
        assert_eq!(
            encode(point(1, 2.0, None), t.point),
            r#"{"x":1,"y":2.0,"label":null}"#
        );
        assert_eq!(
            encode(point(-3, 0.5, Some("origin")), t.point),
            r#"{"x":-3,"y":0.5,"label":"origin"}"#
        );
        assert_eq!(
            encode(value::variant(0, &[3.5f64.to_bits()]), t.shape),
            r#"{"tag":"Circle","fields":[3.5]}"#
        );
        assert_eq!(
            encode(value::variant(1, &[2, 5]), t.shape),
            r#"{"tag":"Rect","fields":[2,5]}"#
        );
        assert_eq!(
            encode(value::variant(2, &[]), t.shape),
            r#"{"tag":"Empty","fields":[]}"#
        );
        let leaf = tree(2, &[]);
        let root = tree(1, &[leaf, tree(3, &[tree(4, &[])])]);
        assert_eq!(
            encode(root, t.tree),
            r#"{"value":1,"children":[{"value":2,"children":[]},{"value":3,"children":[{"value":4,"children":[]}]}]}"#
        );
    });
}

// Decoding

#[test]
fn primitives_decode_per_section_5_30() {
    run(|| {
        let t = types();
        assert_eq!(ok("-42", t.int) as i64, -42);
        assert_eq!(ok("3.9", t.int) as i64, 3, "truncated toward zero");
        assert_eq!(ok("-2.7", t.int) as i64, -2);
        assert_eq!(ok("1e300", t.int) as i64, i64::MAX, "saturating");
        assert_eq!(ok("-1e300", t.int) as i64, i64::MIN);
        assert_eq!(float_at(ok("2", t.float)), 2.0);
        assert_eq!(encode(ok("2", t.float), t.float), "2.0");
        assert_eq!(float_at(ok("-0.25", t.float)), -0.25);
        assert_eq!(ok("true", t.boolean), 1);
        assert_eq!(ok("false", t.boolean), 0);
        assert_eq!(text(str_at(ok(r#""h\u00e9\n""#, t.string))), "hé\n");
        assert_eq!(text(str_at(ok(r#""ok""#, t.atom))), "ok");
        assert_eq!(ok("null", t.unit), 0);
        assert_eq!(
            canonical(r#" {"k": [1, 2.0, {}]} "#, t.json),
            r#"{"k":[1,2.0,{}]}"#
        );
        assert_eq!(option(ok("null", t.option_int)), None);
        assert_eq!(option(ok("5", t.option_int)), Some(5));
        assert_eq!(option(ok("5.5", t.option_int)), Some(5));
    });
}

#[test]
fn collections_and_tuples_decode() {
    run(|| {
        let t = types();
        assert_eq!(ints_of(list_at(ok("[3, 1, 2.9]", t.list_int))), [3, 1, 2]);
        assert!(list_at(ok("[]", t.list_int)).is_empty());
        let names = set_at(ok(r#"["b", "a", "b", "c", "a"]"#, t.set_string));
        assert_eq!(names.len(), 3, "duplicates dropped");
        assert_eq!(
            strs_of(set::to_list(names)),
            ["b", "a", "c"],
            "first occurrence kept"
        );
        assert!(set::contains(names, s("c").word(), str_eq, str_hash));
        let scores = map_at(ok(r#"{"z": 1, "a": 2.5, "m": -0.5}"#, t.map_float));
        assert_eq!(
            strs_of(map::keys(scores)),
            ["z", "a", "m"],
            "document order"
        );
        assert_eq!(
            map::get(scores, s("z").word(), str_eq, str_hash).map(float_at),
            Some(1.0)
        );
        assert_eq!(
            map::get(scores, s("m").word(), str_eq, str_hash).map(float_at),
            Some(-0.5)
        );
        assert!(map_at(ok("{}", t.map_float)).is_empty());
        let pair = ok(r#"[7, "seven"]"#, t.pair);
        assert_eq!(field(pair, 0), 7);
        assert_eq!(text(str_at(field(pair, 1))), "seven");
    });
}

#[test]
fn structs_decode_with_optional_and_unknown_members() {
    run(|| {
        let t = types();
        let p = ok(
            r#"{"extra": [1], "y": 2, "x": 3.9, "label": "here"}"#,
            t.point,
        );
        assert_eq!(field(p, 0) as i64, 3, "Int field from 3.9");
        assert_eq!(float_at(field(p, 1)), 2.0, "Float field from 2");
        assert_eq!(
            option(field(p, 2)).map(|w| text(str_at(w))),
            Some("here".into())
        );
        let p = ok(r#"{"x": -2.7, "y": 0.5}"#, t.point);
        assert_eq!(field(p, 0) as i64, -2);
        assert_eq!(option(field(p, 2)), None, "missing Option field");
        let p = ok(r#"{"x": 1, "y": 1, "label": null}"#, t.point);
        assert_eq!(option(field(p, 2)), None, "null Option field");
    });
}

#[test]
fn sum_types_decode_by_tag() {
    run(|| {
        let t = types();
        let circle = ok(r#"{"tag": "Circle", "fields": [3]}"#, t.shape);
        assert_eq!(field(circle, 0), 0);
        assert_eq!(float_at(field(circle, 1)), 3.0);
        let rect = ok(r#"{"fields": [2, 5.5], "tag": "Rect", "x": 0}"#, t.shape);
        assert_eq!((field(rect, 0), field(rect, 1), field(rect, 2)), (1, 2, 5));
        assert_eq!(
            field(ok(r#"{"tag": "Empty", "fields": []}"#, t.shape), 0),
            2
        );
        assert_eq!(
            field(ok(r#"{"tag": "Empty"}"#, t.shape), 0),
            2,
            "fields may be missing without payload"
        );
    });
}

#[test]
fn recursive_types_round_trip() {
    run(|| {
        let t = types();
        let source = r#"{"value":1,"children":[{"value":2,"children":[]},{"value":3,"children":[{"value":4,"children":[]}]}]}"#;
        let root = ok(source, t.tree);
        assert_eq!(field(root, 0), 1);
        let children = list_at(field(root, 1));
        assert_eq!(children.len(), 2);
        let third = children.items()[1];
        assert_eq!(field(third, 0), 3);
        assert_eq!(field(list_at(field(third, 1)).items()[0], 0), 4);
        assert_eq!(encode(root, t.tree), source);
        assert_eq!(
            error(r#"{"value":1,"children":[{"value":2}]}"#, t.tree),
            "missing field: children"
        );
        // 63 nested trees are 126 levels of JSON nesting, just within the parser's limit.
        let deep = format!(
            "{}{}",
            r#"{"value":0,"children":["#.repeat(63),
            "]}".repeat(63)
        );
        let mut node = ok(&deep, t.tree);
        for _ in 0..62 {
            node = list_at(field(node, 1)).items()[0];
        }
        assert!(list_at(field(node, 1)).is_empty());
        assert_eq!(encode(ok(&deep, t.tree), t.tree).len(), deep.len());
    });
}

#[test]
fn encoded_values_decode_back_to_equal_values() {
    run(|| {
        let t = types();
        let cases: Vec<(u64, u64)> = vec![
            (i64::MIN as u64, t.int),
            (0.1f64.to_bits(), t.float),
            ((-0.0f64).to_bits(), t.float),
            (1e-7f64.to_bits(), t.float),
            (1, t.boolean),
            (s("tab\there \u{1f} \"q\"").word(), t.string),
            (s("atom").word(), t.atom),
            (0, t.unit),
            (value::some(-1i64 as u64), t.option_int),
            (value::none(), t.option_int),
            (ints(&[1, -2, 3]).word(), t.list_int),
            (object(&[0, s("").word()]), t.pair),
            (point(5, 1e21, Some("far")), t.point),
            (point(5, -1.5, None), t.point),
            (value::variant(0, &[0.1f64.to_bits()]), t.shape),
            (value::variant(1, &[i64::MAX as u64, 0]), t.shape),
            (value::variant(2, &[]), t.shape),
            (tree(1, &[tree(2, &[tree(3, &[])])]), t.tree),
        ];
        for (v, desc) in cases {
            let encoded = encode(v, desc);
            let decoded = ok(&encoded, desc);
            assert_eq!(encode(decoded, desc), encoded, "round trip of {encoded}");
        }
        let p = ok(&encode(point(5, 0.1, Some("x")), t.point), t.point);
        assert_eq!(field(p, 0), 5);
        assert_eq!(float_at(field(p, 1)), 0.1, "Floats read back exactly");
        let c = ok(
            &encode(value::variant(0, &[0.1f64.to_bits()]), t.shape),
            t.shape,
        );
        assert_eq!((field(c, 0), float_at(field(c, 1))), (0, 0.1));
    });
}

// Errors

#[test]
fn primitive_type_errors() {
    run(|| {
        let t = types();
        assert_eq!(error(r#""1""#, t.int), "expected Int");
        assert_eq!(error("null", t.int), "expected Int");
        assert_eq!(error("true", t.float), "expected Float");
        assert_eq!(error("1", t.boolean), "expected Bool");
        assert_eq!(error("1", t.string), "expected String");
        assert_eq!(error("null", t.atom), "expected String");
        assert_eq!(error("0", t.unit), "expected ()");
        assert_eq!(error(r#""x""#, t.option_int), "expected Int");
    });
}

#[test]
fn collection_and_tuple_errors() {
    run(|| {
        let t = types();
        assert_eq!(error(r#"{"a":1}"#, t.list_int), "expected List");
        assert_eq!(
            error("[1, true, null]", t.list_int),
            "expected Int",
            "first error"
        );
        assert_eq!(error(r#""a""#, t.set_string), "expected List");
        assert_eq!(error(r#"["a", 1]"#, t.set_string), "expected String");
        assert_eq!(error("[1.5]", t.map_float), "expected Map");
        assert_eq!(
            error(r#"{"a": 1, "b": "x"}"#, t.map_float),
            "expected Float"
        );
        assert_eq!(error(r#"{"a": 1}"#, t.pair), "expected List");
        assert_eq!(error("[1]", t.pair), "expected a list of 2 elements");
        assert_eq!(
            error(r#"[1, "a", 2]"#, t.pair),
            "expected a list of 2 elements"
        );
        assert_eq!(
            error(r#"["a", 1]"#, t.pair),
            "expected Int",
            "element order"
        );
    });
}

#[test]
fn struct_errors() {
    run(|| {
        let t = types();
        assert_eq!(error("[1, 2.0]", t.point), "expected Point");
        assert_eq!(error("null", t.point), "expected Point");
        assert_eq!(error(r#"{"y": 1}"#, t.point), "missing field: x");
        assert_eq!(error(r#"{"x": 1}"#, t.point), "missing field: y");
        assert_eq!(error(r#"{"x": null, "y": 1}"#, t.point), "expected Int");
        assert_eq!(
            error(r#"{"y": "a", "x": "b"}"#, t.point),
            "expected Int",
            "fields in declaration order"
        );
        assert_eq!(
            error(r#"{"x": 1, "y": 1, "label": 5}"#, t.point),
            "expected String"
        );
        assert_eq!(
            error(r#"[{"x": 1, "y": 1}, 7]"#, t.list_point),
            "expected Point",
            "nested errors have no path prefix"
        );
    });
}

#[test]
fn sum_type_errors() {
    run(|| {
        let t = types();
        assert_eq!(error(r#""Circle""#, t.shape), "expected Shape");
        assert_eq!(error(r#"{"fields": []}"#, t.shape), "missing field: tag");
        assert_eq!(
            error(r#"{"tag": 1, "fields": []}"#, t.shape),
            "expected String"
        );
        assert_eq!(
            error(r#"{"tag": "Square", "fields": [1]}"#, t.shape),
            "unknown variant: Square"
        );
        assert_eq!(
            error(r#"{"tag": "Circle"}"#, t.shape),
            "missing field: fields"
        );
        assert_eq!(
            error(r#"{"tag": "Circle", "fields": 1.5}"#, t.shape),
            "expected List"
        );
        assert_eq!(
            error(r#"{"tag": "Empty", "fields": null}"#, t.shape),
            "expected List"
        );
        assert_eq!(
            error(r#"{"tag": "Rect", "fields": [1]}"#, t.shape),
            "wrong number of fields for variant Rect: expected 2, found 1"
        );
        assert_eq!(
            error(r#"{"tag": "Empty", "fields": [1]}"#, t.shape),
            "wrong number of fields for variant Empty: expected 0, found 1"
        );
        assert_eq!(
            error(r#"{"tag": "Rect", "fields": [1, "2"]}"#, t.shape),
            "expected Int"
        );
    });
}

#[test]
fn parse_errors_give_the_parse_message() {
    run(|| {
        let t = types();
        assert_eq!(
            error("", t.point),
            "EOF while parsing a value at line 1 column 0"
        );
        assert_eq!(
            error("{\"x\": 1,}", t.point),
            "trailing comma at line 1 column 9"
        );
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(
            error(&deep, t.list_int),
            "recursion limit exceeded at line 1 column 128"
        );
    });
}

// The collector

#[inline(never)]
fn points_document(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"x":{i},"y":{i}.5,"label":"p{i}"}}"#))
        .collect();
    format!("[{}]", items.join(","))
}

#[test]
fn decoded_values_survive_collections() {
    run(|| {
        let t = types();
        let source = points_document(20_000);
        let before = gc::stats().collections;
        let points = ok(&source, t.list_point);
        assert!(gc::stats().collections > before, "decoding collected");
        collect_clean();
        let xs = list_at(points);
        assert_eq!(xs.len(), 20_000);
        for (i, &p) in xs.items().iter().enumerate() {
            assert_eq!(field(p, 0), i as u64);
            assert_eq!(float_at(field(p, 1)), i as f64 + 0.5);
            assert_eq!(
                option(field(p, 2)).map(|w| text(str_at(w))),
                Some(format!("p{i}"))
            );
        }
        // Safety: the descriptor is well-formed and `points` is a List<Point>.
        let j = unsafe { mesh_rt_json_from_value(points, ptr(t.list_point)) };
        collect_clean();
        assert_eq!(text(mesh_rt_json_encode(j)), source);
        assert_eq!(encode(points, t.list_point), source);
        black_box((points, j));
    });
}
