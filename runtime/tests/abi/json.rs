//! `Json` through the C ABI: parsing (errors, numbers, duplicate keys, escapes, nesting), the
//! §6.4 encoder, `get`/`get_nested`, `field` and `as_*`, equality, the decoding helpers of
//! `T.from_json`, and the collector.

use std::hint::black_box;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::json::*;
use mesh_rt::abi::map::*;
use mesh_rt::json::{self, Json};
use mesh_rt::layout::{TAG_ERR, TAG_OK};
use mesh_rt::list::List;
use mesh_rt::map::Map;

use crate::support::*;

/// Reads a `Result`: `Ok(payload)` or `Err(payload)`.
fn result(word: u64) -> Result<u64, u64> {
    match field(word, 0) {
        TAG_OK => Ok(field(word, 1)),
        TAG_ERR => Err(field(word, 1)),
        tag => panic!("not a result tag: {tag}"),
    }
}

/// Parses `source`, which must be valid.
fn parse(source: &str) -> u64 {
    match result(mesh_rt_json_parse(s(source))) {
        Ok(j) => j,
        Err(message) => panic!("{source:?} does not parse: {}", text(str_at(message))),
    }
}

/// The error message of parsing `source`, which must be invalid.
fn parse_error(source: &str) -> String {
    match result(mesh_rt_json_parse(s(source))) {
        Ok(_) => panic!("{source:?} parses"),
        Err(message) => text(str_at(message)),
    }
}

fn encode(j: u64) -> String {
    text(mesh_rt_json_encode(j))
}

/// Parses and re-encodes.
fn canonical(source: &str) -> String {
    encode(parse(source))
}

fn get(source: &str, key: &str) -> String {
    text(mesh_rt_json_get(s(source), s(key)))
}

fn get_nested(source: &str, k1: &str, k2: &str) -> String {
    text(mesh_rt_json_get_nested(s(source), s(k1), s(k2)))
}

fn map_at(word: u64) -> Map {
    // Safety: the tests only call this on words produced as maps.
    unsafe { Map::from_word(word) }
}

fn json_strings(values: &[&str]) -> List {
    mesh_rt::list::build(values.len(), |i| mesh_rt_json_string(s(values[i])))
}

#[test]
fn parse_builds_every_kind_and_encode_gives_compact_text() {
    run(|| {
        let source = r#" { "n" : null, "b": [true, false], "i": -42, "f": 2.5,
            "s": "hi", "a": [1, [], {}], "o": {"x": {"y": "z"}} } "#;
        assert_eq!(
            canonical(source),
            r#"{"n":null,"b":[true,false],"i":-42,"f":2.5,"s":"hi","a":[1,[],{}],"o":{"x":{"y":"z"}}}"#
        );
        assert!(matches!(json::view(parse("null")), Json::Null));
        assert!(matches!(json::view(parse("true")), Json::Bool(true)));
        assert!(matches!(json::view(parse("7")), Json::Int(7)));
        assert!(matches!(json::view(parse("\"\"")), Json::String(_)));
        assert_eq!(
            canonical(" \t\r\n 1 \t\r\n "),
            "1",
            "surrounding white space"
        );
        assert_eq!(canonical("[ ]"), "[]");
        assert_eq!(canonical("{ }"), "{}");
    });
}

#[test]
fn numbers_are_ints_when_integral_and_within_range_else_floats() {
    run(|| {
        let kind = |source: &str| match json::view(parse(source)) {
            Json::Int(i) => format!("Int {i}"),
            Json::Float(x) => format!("Float {x:?}"),
            other => panic!("not a number: {other:?}"),
        };
        assert_eq!(kind("42"), "Int 42");
        assert_eq!(kind("-0"), "Float -0.0", "serde_json reads -0 as a float");
        assert_eq!(kind("0"), "Int 0");
        assert_eq!(kind("9223372036854775807"), "Int 9223372036854775807");
        assert_eq!(kind("-9223372036854775808"), "Int -9223372036854775808");
        assert_eq!(kind("9223372036854775808"), "Float 9.223372036854776e18");
        assert_eq!(kind("18446744073709551615"), "Float 1.8446744073709552e19");
        assert_eq!(kind("18446744073709551616"), "Float 1.8446744073709552e19");
        assert_eq!(kind("-9223372036854775809"), "Float -9.223372036854776e18");
        assert_eq!(kind("1.0"), "Float 1.0");
        assert_eq!(kind("1e2"), "Float 100.0");
        assert_eq!(kind("1E-2"), "Float 0.01");
        assert_eq!(kind("0.1"), "Float 0.1");
        assert_eq!(
            canonical("[1.0, 1e2, 2.50, -0.0, 1e21]"),
            "[1.0,100.0,2.5,-0.0,1000000000000000000000.0]"
        );
        assert_eq!(
            canonical("123456789012345678901234567890"),
            "123456789012345680000000000000.0"
        );
    });
}

#[test]
fn a_repeated_key_keeps_its_first_position_and_its_last_value() {
    run(|| {
        assert_eq!(
            canonical(r#"{"a":1,"b":2,"a":3,"c":{"x":1,"x":[2]}}"#),
            r#"{"a":3,"b":2,"c":{"x":[2]}}"#
        );
    });
}

#[test]
fn strings_decode_escapes_and_surrogate_pairs() {
    run(|| {
        let j = parse(r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20ac\ud83d\ude00 é😀""#);
        let Json::String(s) = json::view(j) else {
            panic!("not a string")
        };
        assert_eq!(s.as_str(), "\"\\/\u{8}\u{c}\n\r\tAé€😀 é😀");
        assert_eq!(encode(j), r#""\"\\/\b\f\n\r\tAé€😀 é😀""#);
        assert_eq!(
            parse_error(r#""\ud800""#),
            "unexpected end of hex escape at line 1 column 8",
            "a leading surrogate must be followed by an escape"
        );
        assert_eq!(
            parse_error(r#""\ud800\u0041""#),
            "lone leading surrogate in hex escape at line 1 column 13"
        );
        assert_eq!(
            parse_error(r#""\ude00x""#),
            "lone leading surrogate in hex escape at line 1 column 7",
            "a lone trailing surrogate (serde_json's wording)"
        );
        assert_eq!(
            parse_error("\"a\u{1}b\""),
            "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"
        );
        assert_eq!(parse_error(r#""\x""#), "invalid escape at line 1 column 3");
    });
}

#[test]
fn parse_errors_name_the_problem_and_its_position() {
    run(|| {
        assert_eq!(
            parse_error(""),
            "EOF while parsing a value at line 1 column 0"
        );
        assert_eq!(
            parse_error("   "),
            "EOF while parsing a value at line 1 column 3"
        );
        assert_eq!(parse_error("x"), "expected value at line 1 column 1");
        assert_eq!(
            parse_error("{"),
            "EOF while parsing an object at line 1 column 1"
        );
        assert_eq!(parse_error("[1,]"), "trailing comma at line 1 column 4");
        assert_eq!(parse_error(r#"{"a" 1}"#), "expected `:` at line 1 column 6");
        assert_eq!(parse_error("1 2"), "trailing characters at line 1 column 3");
        assert_eq!(
            parse_error("[1,\n  x]"),
            "expected value at line 2 column 3"
        );
        assert_eq!(
            parse_error("{1:2}"),
            "key must be a string at line 1 column 2"
        );
        assert_eq!(parse_error("01"), "invalid number at line 1 column 2");
        assert_eq!(
            parse_error("1e400"),
            "number out of range at line 1 column 5"
        );
        assert_eq!(
            parse_error("tru"),
            "EOF while parsing a value at line 1 column 3"
        );
        assert_eq!(parse_error("NaN"), "expected value at line 1 column 1");
        assert_eq!(parse_error("'a'"), "expected value at line 1 column 1");
    });
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    run(|| {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(canonical(&nested(100)), nested(100));
        let message = parse_error(&nested(100_000));
        assert_eq!(message, "recursion limit exceeded at line 1 column 128");
        let objects = format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
        assert!(parse_error(&objects).starts_with("recursion limit exceeded"));
        assert_eq!(get(&objects, "a"), "", "Json.get never fails");
    });
}

#[test]
fn builders_make_values_that_encode_per_section_6_4() {
    run(|| {
        let xs = mesh_rt::list::build(6, |i| match i {
            0 => mesh_rt_json_null(),
            1 => mesh_rt_json_bool(1),
            2 => mesh_rt_json_bool(0),
            3 => mesh_rt_json_int(-7),
            4 => mesh_rt_json_float(3.0f64.to_bits()),
            _ => mesh_rt_json_string(s("a\"b\u{1}")),
        });
        let empty = mesh_rt_json_object_new();
        let obj = mesh_rt_json_object_put(empty, s("z"), mesh_rt_json_array(xs));
        let obj = mesh_rt_json_object_put(obj, s("a"), mesh_rt_json_float(f64::NAN.to_bits()));
        let updated = mesh_rt_json_object_put(obj, s("z"), mesh_rt_json_int(1));
        assert_eq!(
            encode(obj),
            r#"{"z":[null,true,false,-7,3.0,"a\"b\u0001"],"a":null}"#
        );
        assert_eq!(
            encode(updated),
            r#"{"z":1,"a":null}"#,
            "a put key keeps its place"
        );
        assert_eq!(encode(empty), "{}", "objects are persistent");
        let floats = [
            0.5,
            -0.0,
            1e21,
            1e-7,
            95.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        let encoded: Vec<String> = floats
            .iter()
            .map(|x| encode(mesh_rt_json_float(x.to_bits())))
            .collect();
        assert_eq!(
            encoded,
            [
                "0.5",
                "-0.0",
                "1000000000000000000000.0",
                "0.0000001",
                "95.5",
                "null",
                "null"
            ]
        );
        assert_eq!(encode(mesh_rt_json_int(i64::MIN)), "-9223372036854775808");
        assert_eq!(encode(mesh_rt_json_array(mesh_rt::list::empty())), "[]");
    });
}

#[test]
fn encode_helpers_write_json_strings() {
    run(|| {
        let quoted = |x: &str| text(mesh_rt_json_encode_string(s(x)));
        assert_eq!(quoted("hi"), r#""hi""#);
        assert_eq!(quoted(""), r#""""#);
        assert_eq!(quoted("a/b é\n\u{1f}\u{7f}"), "\"a/b é\\n\\u001f\u{7f}\"");
        assert_eq!(text(mesh_rt_json_encode_int(-42)), "-42");
        assert_eq!(text(mesh_rt_json_encode_bool(1)), "true");
        assert_eq!(text(mesh_rt_json_encode_bool(0)), "false");
        let m = [("b", "1"), ("a", "x\"y"), ("b", "2")]
            .iter()
            .fold(mesh_rt_map_new(), |m, (k, v)| {
                mesh_rt_map_put(m, s(k).word(), s(v).word(), str_eq, str_hash)
            });
        assert_eq!(text(mesh_rt_json_encode_map(m)), r#"{"b":"2","a":"x\"y"}"#);
        assert_eq!(text(mesh_rt_json_encode_map(mesh_rt_map_new())), "{}");
        assert_eq!(
            text(mesh_rt_json_encode_list(strs(&["a", "\\"]))),
            r#"["a","\\"]"#
        );
        assert_eq!(text(mesh_rt_json_encode_list(strs(&[]))), "[]");
    });
}

#[test]
fn get_returns_member_text_or_empty() {
    run(|| {
        let source = r#"{"s":"a \"q\" é","i":42,"f":3.5,"w":3.0,"t":true,"n":null,
            "a":[1, "x", {"k": null}],"o":{"k" : [ ]}}"#;
        assert_eq!(
            get(source, "s"),
            "a \"q\" é",
            "a string without quotes, unescaped"
        );
        assert_eq!(get(source, "i"), "42");
        assert_eq!(get(source, "f"), "3.5");
        assert_eq!(get(source, "w"), "3.0");
        assert_eq!(get(source, "t"), "true");
        assert_eq!(get(source, "n"), "", "null");
        assert_eq!(get(source, "a"), r#"[1,"x",{"k":null}]"#);
        assert_eq!(get(source, "o"), r#"{"k":[]}"#);
        assert_eq!(get(source, "missing"), "");
        assert_eq!(get("[1,2]", "0"), "", "not an object");
        assert_eq!(get("\"s\"", "s"), "");
        assert_eq!(get("{\"a\":1", "a"), "", "invalid text");
        assert_eq!(get("", "a"), "");
        assert_eq!(get(r#"{"a":1,"a":2}"#, "a"), "2");
        let j = parse(source);
        let value = |key: &str| text(mesh_rt_json_get_value(j, s(key)));
        assert_eq!(value("s"), "a \"q\" é");
        assert_eq!(value("w"), "3.0");
        assert_eq!(value("o"), r#"{"k":[]}"#);
        assert_eq!(value("n"), "");
        assert_eq!(
            text(mesh_rt_json_get_value(mesh_rt_json_int(1), s("a"))),
            ""
        );
        let built = mesh_rt_json_object_put(
            mesh_rt_json_object_new(),
            s("x"),
            mesh_rt_json_float(2f64.to_bits()),
        );
        assert_eq!(text(mesh_rt_json_get_value(built, s("x"))), "2.0");
    });
}

#[test]
fn get_nested_follows_two_keys() {
    run(|| {
        let source = r#"{"user":{"name":"Ann","age":30,"tags":["a"],"none":null},"list":[{"name":"x"}],"s":"str"}"#;
        assert_eq!(get_nested(source, "user", "name"), "Ann");
        assert_eq!(get_nested(source, "user", "age"), "30");
        assert_eq!(get_nested(source, "user", "tags"), r#"["a"]"#);
        assert_eq!(get_nested(source, "user", "none"), "");
        assert_eq!(get_nested(source, "user", "missing"), "");
        assert_eq!(get_nested(source, "missing", "name"), "");
        assert_eq!(
            get_nested(source, "list", "name"),
            "",
            "source[k1] is not an object"
        );
        assert_eq!(get_nested(source, "s", "name"), "");
        assert_eq!(get_nested("{", "user", "name"), "");
        let j = parse(source);
        let nested = |k1: &str, k2: &str| text(mesh_rt_json_get_nested_value(j, s(k1), s(k2)));
        assert_eq!(nested("user", "name"), "Ann");
        assert_eq!(nested("list", "name"), "");
    });
}

#[test]
fn field_and_is_null() {
    run(|| {
        let j = parse(r#"{"a":null,"b":1}"#);
        let a = option(mesh_rt_json_field(j, s("a"))).expect("a is present");
        assert_eq!(mesh_rt_json_is_null(a), 1, "Some(null) for a null member");
        let b = option(mesh_rt_json_field(j, s("b"))).expect("b is present");
        assert_eq!(encode(b), "1");
        assert_eq!(mesh_rt_json_is_null(b), 0);
        assert_eq!(option(mesh_rt_json_field(j, s("c"))), None);
        assert_eq!(option(mesh_rt_json_field(parse("[1]"), s("a"))), None);
        assert_eq!(option(mesh_rt_json_field(parse("null"), s("a"))), None);
        assert_eq!(mesh_rt_json_is_null(parse("null")), 1);
        assert_eq!(mesh_rt_json_is_null(mesh_rt_json_null()), 1);
    });
}

#[test]
fn as_functions_accept_only_their_kind() {
    run(|| {
        let as_int = |source: &str| option(mesh_rt_json_as_int(parse(source))).map(|i| i as i64);
        assert_eq!(as_int("42"), Some(42));
        assert_eq!(as_int("3.0"), Some(3), "a whole Float counts");
        assert_eq!(as_int("-0.0"), Some(0));
        assert_eq!(as_int("3.5"), None);
        assert_eq!(as_int("1e300"), None, "outside the Int range");
        assert_eq!(as_int("9223372036854775808"), None, "2^63");
        assert_eq!(as_int("-9223372036854775808.0"), Some(i64::MIN));
        assert_eq!(as_int("-9.3e18"), None);
        assert_eq!(as_int("\"3\""), None);
        assert_eq!(as_int("true"), None);
        let infinity = mesh_rt_json_float(f64::INFINITY.to_bits());
        assert_eq!(option(mesh_rt_json_as_int(infinity)), None);
        assert_eq!(
            option(mesh_rt_json_as_int(mesh_rt_json_float(f64::NAN.to_bits()))),
            None
        );

        let as_float =
            |source: &str| option(mesh_rt_json_as_float(parse(source))).map(f64::from_bits);
        assert_eq!(as_float("2"), Some(2.0), "an Int converted");
        assert_eq!(as_float("2.5"), Some(2.5));
        assert_eq!(as_float("null"), None);

        assert_eq!(option(mesh_rt_json_as_bool(parse("true"))), Some(1));
        assert_eq!(option(mesh_rt_json_as_bool(parse("false"))), Some(0));
        assert_eq!(option(mesh_rt_json_as_bool(parse("1"))), None);

        let hi = option(mesh_rt_json_as_string(parse("\"hi\""))).expect("a string");
        assert_eq!(text(str_at(hi)), "hi");
        assert_eq!(option(mesh_rt_json_as_string(parse("1"))), None);

        let xs = option(mesh_rt_json_as_list(parse("[1, \"a\"]"))).expect("an array");
        let xs = list_at(xs);
        assert_eq!(xs.len(), 2);
        assert_eq!(encode(xs.items()[1]), "\"a\"");
        assert_eq!(option(mesh_rt_json_as_list(parse("{}"))), None);

        let m = option(mesh_rt_json_as_map(parse(r#"{"b":1,"a":[2]}"#))).expect("an object");
        let m = map_at(m);
        assert_eq!(strs_of(mesh_rt_map_keys(m)), ["b", "a"], "document order");
        let a = option(mesh_rt_map_fetch(m, s("a").word(), str_eq, str_hash))
            .expect("the map works with the String eq and hash generated code passes");
        assert_eq!(encode(a), "[2]");
        assert_eq!(option(mesh_rt_json_as_map(parse("[]"))), None);
    });
}

#[test]
fn equality_is_structural_and_kinds_differ() {
    run(|| {
        let eq = |a: &str, b: &str| mesh_rt_json_eq(parse(a), parse(b)) == 1;
        assert!(eq(
            r#"{"a":1,"b":[true,null]}"#,
            r#"{"b":[true,null],"a":1}"#
        ));
        assert!(eq(
            r#"{"a":{"x":"y","z":2.5}}"#,
            r#"{"a":{"z":2.5,"x":"y"}}"#
        ));
        assert!(!eq(r#"{"a":1}"#, r#"{"a":1,"b":1}"#));
        assert!(!eq(r#"{"a":1}"#, r#"{"b":1}"#));
        assert!(!eq("[1,2]", "[2,1]"), "arrays are ordered");
        assert!(!eq("[1]", "[1,1]"));
        assert!(!eq("1", "1.0"), "Int 1 and Float 1.0 are different kinds");
        assert!(eq("1.0", "1e0"));
        assert!(eq("0.0", "-0.0"), "Floats compare as Floats");
        assert!(eq("\"é\"", r#""\u00e9""#));
        assert!(!eq("\"a\"", "\"b\""));
        assert!(!eq("null", "false"));
        assert!(!eq("true", "false"));
        assert!(eq("null", "null"));
        assert!(!eq("[]", "{}"));
        let nan = mesh_rt_json_float(f64::NAN.to_bits());
        assert_eq!(mesh_rt_json_eq(nan, nan), 0, "NaN equals nothing");
    });
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

#[inline(never)]
fn big_document() -> u64 {
    let items: Vec<String> = (0..2000)
        .map(|i| format!(r#"{{"id":{i},"name":"user {i}","score":{i}.5,"tags":["t{i}"]}}"#))
        .collect();
    parse(&format!(
        r#"{{"users":[{}],"count":2000}}"#,
        items.join(",")
    ))
}

#[test]
fn parsed_and_built_values_survive_collections() {
    run(|| {
        let doc = big_document();
        let expected = encode(doc);
        let built = (0..500).fold(mesh_rt_json_object_new(), |obj, i| {
            let key = s(&format!("k{i}"));
            mesh_rt_json_object_put(obj, key, mesh_rt_json_array(json_strings(&["a", "b"])))
        });
        let built =
            mesh_rt_json_object_put(built, s("list"), mesh_rt_json_array(json_strings(&["x"])));
        collect_clean();
        assert_eq!(encode(doc), expected);
        assert_eq!(get_nested(&expected, "users", "id"), "");
        assert_eq!(text(mesh_rt_json_get_value(doc, s("count"))), "2000");
        assert_eq!(
            text(mesh_rt_json_get_value(built, s("k499"))),
            r#"["a","b"]"#
        );
        assert_eq!(text(mesh_rt_json_get_value(built, s("list"))), r#"["x"]"#);
        black_box((doc, built));
    });
}
