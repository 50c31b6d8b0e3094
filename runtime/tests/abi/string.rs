use mesh_rt::abi::string::*;
use mesh_rt::list::List;

use crate::support::*;

fn split(a: &str, sep: &str) -> Vec<String> {
    strs_of(mesh_rt_string_split(s(a), s(sep)))
}

fn to_int(a: &str) -> Option<i64> {
    option(mesh_rt_string_to_int(s(a))).map(|w| w as i64)
}

fn to_float(a: &str) -> Option<f64> {
    option(mesh_rt_string_to_float(s(a))).map(f64::from_bits)
}

fn float_text(x: f64) -> String {
    text(mesh_rt_string_from_float(x.to_bits()))
}

#[test]
fn concat_eq_cmp() {
    run(|| {
        assert_eq!(
            text(mesh_rt_string_concat(s("héllo, "), s("wörld"))),
            "héllo, wörld"
        );
        assert_eq!(text(mesh_rt_string_concat(s(""), s("x"))), "x");
        assert_eq!(text(mesh_rt_string_concat(s("x"), s(""))), "x");
        assert_eq!(mesh_rt_string_eq(s("abc"), s("abc")), 1);
        assert_eq!(mesh_rt_string_eq(s("abc"), s("abd")), 0);
        assert_eq!(mesh_rt_string_eq(s("a\0b"), s("a\0c")), 0);
        assert_eq!(mesh_rt_string_cmp(s("abc"), s("abd")), -1);
        assert_eq!(mesh_rt_string_cmp(s("abc"), s("ab")), 1);
        assert_eq!(
            mesh_rt_string_cmp(s("ab"), s("abc")),
            -1,
            "a proper prefix is smaller"
        );
        assert_eq!(mesh_rt_string_cmp(s("é"), s("z")), 1, "by UTF-8 bytes");
        assert_eq!(mesh_rt_string_cmp(s(""), s("")), 0);
    });
}

#[test]
fn lengths_count_code_points_and_bytes() {
    run(|| {
        assert_eq!(mesh_rt_string_length(s("héllo")), 5);
        assert_eq!(mesh_rt_string_byte_size(s("héllo")), 6);
        assert_eq!(mesh_rt_string_length(s("")), 0);
        assert_eq!(mesh_rt_string_length(s("日本語🎉")), 4);
    });
}

#[test]
fn case_mapping_is_full_unicode() {
    run(|| {
        assert_eq!(text(mesh_rt_string_to_upper(s("straße"))), "STRASSE");
        assert_eq!(text(mesh_rt_string_to_upper(s("héllo"))), "HÉLLO");
        assert_eq!(text(mesh_rt_string_to_lower(s("ÀÉÎ ΣΑΣ"))), "àéî σας");
    });
}

#[test]
fn split_keeps_empty_pieces() {
    run(|| {
        assert_eq!(split("a,,b", ","), ["a", "", "b"]);
        assert_eq!(split("/a/b", "/"), ["", "a", "b"]);
        assert_eq!(split("", ","), [""]);
        assert_eq!(split("a,b,", ","), ["a", "b", ""]);
        assert_eq!(split("a::b", "::"), ["a", "b"]);
        assert_eq!(split("abc", "x"), ["abc"]);
    });
}

#[test]
fn split_on_empty_separator_splits_code_points_with_empty_ends() {
    run(|| {
        assert_eq!(split("ab", ""), ["", "a", "b", ""]);
        assert_eq!(split("hé", ""), ["", "h", "é", ""]);
        assert_eq!(split("", ""), ["", ""]);
    });
}

#[test]
fn join() {
    run(|| {
        assert_eq!(
            text(mesh_rt_string_join(strs(&["a", "b", "c"]), s(", "))),
            "a, b, c"
        );
        assert_eq!(text(mesh_rt_string_join(strs(&[]), s(","))), "");
        assert_eq!(text(mesh_rt_string_join(strs(&["x"]), s(","))), "x");
    });
}

#[test]
fn contains_starts_ends() {
    run(|| {
        assert_eq!(mesh_rt_string_contains(s("hello"), s("ell")), 1);
        assert_eq!(mesh_rt_string_contains(s("hello"), s("")), 1);
        assert_eq!(mesh_rt_string_contains(s(""), s("")), 1);
        assert_eq!(mesh_rt_string_contains(s("hello"), s("olleh")), 0);
        assert_eq!(mesh_rt_string_starts_with(s("hello"), s("he")), 1);
        assert_eq!(mesh_rt_string_starts_with(s("hello"), s("")), 1);
        assert_eq!(mesh_rt_string_starts_with(s("hello"), s("lo")), 0);
        assert_eq!(mesh_rt_string_ends_with(s("hello"), s("lo")), 1);
        assert_eq!(mesh_rt_string_ends_with(s("hello"), s("")), 1);
        assert_eq!(mesh_rt_string_ends_with(s("lo"), s("hello")), 0);
    });
}

#[test]
fn to_int_follows_the_spec() {
    run(|| {
        assert_eq!(to_int(" 42 "), Some(42));
        assert_eq!(to_int("-100"), Some(-100));
        assert_eq!(to_int("+7"), Some(7));
        assert_eq!(
            to_int("\t\n0\u{3000}"),
            Some(0),
            "Unicode white space is trimmed"
        );
        assert_eq!(to_int("9223372036854775807"), Some(i64::MAX));
        assert_eq!(to_int("-9223372036854775808"), Some(i64::MIN));
        for bad in [
            "4.2",
            "",
            "   ",
            "+",
            "-",
            "1_000",
            "0x10",
            "12a",
            "9223372036854775808",
            "--1",
            "+-1",
            "1 2",
            "١٢",
        ] {
            assert_eq!(to_int(bad), None, "{bad:?}");
        }
    });
}

#[test]
fn to_float_follows_the_spec() {
    run(|| {
        assert_eq!(to_float("3.25"), Some(3.25));
        assert_eq!(to_float(" .5 "), Some(0.5));
        assert_eq!(to_float("5."), Some(5.0));
        assert_eq!(to_float("1e3"), Some(1000.0));
        assert_eq!(to_float("2.5E-4"), Some(0.00025));
        assert_eq!(to_float("-7"), Some(-7.0));
        assert_eq!(to_float("+1.5e+2"), Some(150.0));
        assert_eq!(to_float("inf"), Some(f64::INFINITY));
        assert_eq!(to_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(to_float("NaN").is_some_and(f64::is_nan));
        assert!(to_float("+nan").is_some_and(f64::is_nan));
        for bad in [
            "", ".", "e5", "1e", "1.2.3", "0x1p3", "1_0", "infinit", "abc", "1e+",
        ] {
            assert_eq!(to_float(bad), None, "{bad:?}");
        }
    });
}

#[test]
#[expect(clippy::approx_constant, reason = "3.14 is the spec's own example")]
fn float_text_matches_language_spec_table() {
    run(|| {
        let table: [(f64, &str); 15] = [
            (3.0, "3"),
            (3.14, "3.14"),
            (-3.5, "-3.5"),
            (42.0, "42"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0e21, "1000000000000000000000"),
            (1.0e-7, "0.0000001"),
            (12.0 * 0.5, "6"),
            (0.0, "0"),
            (-0.0, "-0"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (1.5, "1.5"),
            (123456789.125, "123456789.125"),
        ];
        for (x, expected) in table {
            assert_eq!(float_text(x), expected, "{x:?}");
        }
        assert_eq!(float_text(5e-324), format!("0.{}5", "0".repeat(323)));
        assert_eq!(float_text(-f64::NAN), "NaN");
        assert_eq!(float_text(f64::MAX).len(), 309);
    });
}

#[test]
fn int_and_bool_text() {
    run(|| {
        assert_eq!(text(mesh_rt_string_from_int(-42)), "-42");
        assert_eq!(
            text(mesh_rt_string_from_int(i64::MIN)),
            "-9223372036854775808"
        );
        assert_eq!(text(mesh_rt_string_from_int(0)), "0");
        assert_eq!(text(mesh_rt_string_from_bool(1)), "true");
        assert_eq!(text(mesh_rt_string_from_bool(0)), "false");
    });
}

#[test]
fn debug_quotes_and_escapes() {
    run(|| {
        let debug = |a: &str| text(mesh_rt_string_debug(s(a)));
        assert_eq!(debug("hi"), "\"hi\"");
        assert_eq!(debug("a\"b"), "\"a\\\"b\"");
        assert_eq!(debug("a\\b"), "\"a\\\\b\"");
        assert_eq!(debug("l1\nl2\r\t"), "\"l1\\nl2\\r\\t\"");
        assert_eq!(
            debug("\u{1b}[0m\u{0}\u{7f}"),
            "\"\\u{1b}[0m\\u{00}\\u{7f}\""
        );
        assert_eq!(debug("héllo 🎉"), "\"héllo 🎉\"");
        assert_eq!(debug(""), "\"\"");
    });
}

#[test]
fn hash_is_fnv1a_over_bytes_as_signed() {
    run(|| {
        assert_eq!(mesh_rt_string_hash(s("")), 0xcbf29ce484222325_u64 as i64);
        assert_eq!(mesh_rt_string_hash(s("a")), 0xaf63dc4c8601ec8c_u64 as i64);
        assert_eq!(
            mesh_rt_string_hash(s("foobar")),
            0x85944171f73967e8_u64 as i64
        );
    });
}

#[test]
fn slice_clamps_and_counts_code_points() {
    run(|| {
        let slice = |a: &str, start: i64, end: i64| text(mesh_rt_string_slice(s(a), start, end));
        assert_eq!(slice("hello", 1, 3), "el");
        assert_eq!(slice("hi", -5, 99), "hi");
        assert_eq!(slice("héllo", 1, 2), "é");
        assert_eq!(slice("hello", 3, 1), "");
        assert_eq!(slice("hello", 2, 2), "");
        assert_eq!(slice("hello", 9, 12), "");
        assert_eq!(slice("", 0, 1), "");
    });
}

#[test]
fn index_of_counts_code_points() {
    run(|| {
        let index_of =
            |a: &str, sub: &str| option(mesh_rt_string_index_of(s(a), s(sub))).map(|w| w as i64);
        assert_eq!(index_of("héllo", "l"), Some(2));
        assert_eq!(index_of("hello", ""), Some(0));
        assert_eq!(index_of("hello", "z"), None);
        assert_eq!(index_of("abab", "b"), Some(1));
    });
}

#[test]
fn trim_and_replace() {
    run(|| {
        assert_eq!(text(mesh_rt_string_trim(s(" \t a b \n\u{3000}"))), "a b");
        assert_eq!(text(mesh_rt_string_trim(s("ab"))), "ab");
        assert_eq!(text(mesh_rt_string_trim(s("   "))), "");
        let replace =
            |a: &str, from: &str, to: &str| text(mesh_rt_string_replace(s(a), s(from), s(to)));
        assert_eq!(replace("a-b-c", "-", "+"), "a+b+c");
        assert_eq!(
            replace("aaa", "aa", "b"),
            "ba",
            "non-overlapping, left to right"
        );
        assert_eq!(replace("ab", "", "-"), "-a-b-");
        assert_eq!(replace("héllo", "", "."), ".h.é.l.l.o.");
        assert_eq!(replace("abc", "x", "y"), "abc");
    });
}

#[test]
fn chars_gives_one_string_per_code_point() {
    run(|| {
        let chars: List = mesh_rt_string_chars(s("hé🎉"));
        assert_eq!(strs_of(chars), ["h", "é", "🎉"]);
        assert_eq!(strs_of(mesh_rt_string_chars(s(""))), Vec::<String>::new());
    });
}

#[test]
fn string_literals_outside_the_heap_work_everywhere() {
    #[repr(C)]
    struct Literal {
        len: u64,
        bytes: [u8; 5],
    }
    static HELLO: Literal = Literal {
        len: 5,
        bytes: *b"hello",
    };
    run(|| {
        // Safety: HELLO has the MeshString layout and holds UTF-8.
        let hello = unsafe { mesh_rt::string::Str::from_word(&HELLO as *const Literal as u64) };
        assert_eq!(mesh_rt_string_length(hello), 5);
        let joined = mesh_rt_string_concat(hello, s("!"));
        mesh_rt::gc::collect();
        assert_eq!(text(joined), "hello!");
        assert_eq!(text(mesh_rt_string_to_upper(hello)), "HELLO");
    });
}
