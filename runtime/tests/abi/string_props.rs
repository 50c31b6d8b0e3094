//! Property tests: the `String` functions agree with Rust's `str` and with small reference
//! implementations written from the text of STDLIB.md §5.1 (code-point `slice` and `index_of`,
//! `split` keeping empty pieces and its empty-separator rule, `replace` and its empty-`from`
//! rule, `to_int`), on arbitrary Unicode strings: multi-byte characters, white space of every
//! kind and empty strings included.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::string::*;

use crate::support::*;

/// Strings over a small alphabet (so that needles occur often), with one-, two-, three- and
/// four-byte characters, Unicode white space and characters whose case mapping changes length;
/// or any string at all.
fn text_in() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[ab,é ß\u{3000}\u{a0}\tΣİ🎉ﬀ]{0,12}",
        1 => any::<String>(),
        1 => prop::collection::vec(any::<char>(), 0..4).prop_map(String::from_iter),
    ]
}

/// A haystack and a needle: often a piece of the haystack, otherwise a short random string.
fn hay_and_needle() -> impl Strategy<Value = (String, String)> {
    (
        text_in(),
        any::<prop::sample::Index>(),
        0usize..4,
        text_in(),
        any::<bool>(),
    )
        .prop_map(|(hay, at, len, other, inside)| {
            let chars: Vec<char> = hay.chars().collect();
            let needle = if inside || chars.is_empty() {
                let start = if chars.is_empty() {
                    0
                } else {
                    at.index(chars.len() + 1)
                };
                let end = (start + len).min(chars.len());
                chars[start.min(end)..end].iter().collect()
            } else {
                other.chars().take(3).collect()
            };
            (hay, needle)
        })
}

fn index() -> impl Strategy<Value = i64> {
    prop_oneof![
        8 => -3i64..16,
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
    ]
}

/// `String.slice` from the spec: code points `[start, end)`, both clamped to `[0, length]`,
/// empty when `end <= start`.
fn slice_ref(s: &str, start: i64, end: i64) -> String {
    let chars: Vec<char> = s.chars().collect();
    let clamp = |i: i64| i.clamp(0, chars.len() as i64) as usize;
    let (start, end) = (clamp(start), clamp(end));
    if end <= start {
        String::new()
    } else {
        chars[start..end].iter().collect()
    }
}

/// `String.index_of` from the spec: the code-point index of the first occurrence.
fn index_of_ref(s: &str, sub: &str) -> Option<i64> {
    s.char_indices()
        .map(|(at, _)| at)
        .chain([s.len()])
        .position(|at| s[at..].starts_with(sub))
        .map(|i| i as i64)
}

/// `String.split` from the spec: every occurrence, left to right, empty pieces kept; an empty
/// separator splits between code points with an empty piece at each end.
fn split_ref(s: &str, sep: &str) -> Vec<String> {
    if sep.is_empty() {
        let mut pieces = vec![String::new()];
        pieces.extend(s.chars().map(String::from));
        pieces.push(String::new());
        return pieces;
    }
    let mut pieces = Vec::new();
    let mut rest = s;
    while let Some(at) = rest.find(sep) {
        pieces.push(rest[..at].to_string());
        rest = &rest[at + sep.len()..];
    }
    pieces.push(rest.to_string());
    pieces
}

/// `String.replace` from the spec: every non-overlapping occurrence, left to right; an empty
/// `from` inserts `to` before every code point and at the end.
fn replace_ref(s: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    if from.is_empty() {
        for c in s.chars() {
            out.push_str(to);
            out.push(c);
        }
        out.push_str(to);
        return out;
    }
    let mut rest = s;
    while let Some(at) = rest.find(from) {
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// `String.to_int` from the spec: trim Unicode white space, then an optional `+`/`-` followed by
/// ASCII decimal digits, whose value must fit in an Int.
fn to_int_ref(s: &str) -> Option<i64> {
    let t = s.trim_matches(char::is_whitespace);
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'+') => (false, &t[1..]),
        Some(b'-') => (true, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut magnitude: i128 = 0;
    for b in digits.bytes() {
        magnitude = magnitude * 10 + i128::from(b - b'0');
        if magnitude > 1 << 64 {
            return None;
        }
    }
    i64::try_from(if negative { -magnitude } else { magnitude }).ok()
}

/// Candidates for `to_int`: white space, signs, digits (short, long, leading zeros, at the Int
/// limits) and stray characters, in random combinations; or any string.
fn int_text() -> impl Strategy<Value = String> {
    let space = prop::sample::select(vec![
        "", "", " ", "\t", "\n", "\u{3000}", "\u{a0}", "\u{85}", "\u{2028}", "\u{200b}", "\u{feff}",
    ]);
    let sign = prop::sample::select(vec!["", "", "+", "-", "--", "+-", "\u{2212}"]);
    let digits = prop_oneof![
        "[0-9]{0,4}",
        "[0-9]{15,22}",
        "0{0,30}[0-9]{0,19}",
        prop::sample::select(vec![
            "9223372036854775807",
            "9223372036854775808",
            "9223372036854775809",
            "18446744073709551616",
            "18446744073709551615",
        ])
        .prop_map(String::from),
        any::<i64>().prop_map(|n| n.unsigned_abs().to_string()),
    ];
    let junk = prop::sample::select(vec![
        "", "", "", "_0", ".5", "٣", "e3", " 1", "x", "0x", "\u{0}", "½",
    ]);
    prop_oneof![
        6 => (space.clone(), sign, digits, junk, space).prop_map(|(a, b, c, d, e)| format!("{a}{b}{c}{d}{e}")),
        1 => any::<i64>().prop_map(|n| n.to_string()),
        1 => text_in(),
    ]
}

fn check_split(a: &str, sep: &str) -> Result<(), TestCaseError> {
    let pieces = mesh_rt_string_split(s(a), s(sep));
    collect_clean();
    let got = strs_of(pieces);
    prop_assert_eq!(&got, &split_ref(a, sep));
    if !sep.is_empty() {
        let std: Vec<&str> = a.split(sep).collect();
        prop_assert_eq!(&got, &std);
    }
    // Joining the pieces with the separator gives the string back (with an empty separator,
    // the pieces are the code points between two empty ends).
    prop_assert_eq!(text(mesh_rt_string_join(pieces, s(sep))), a);
    Ok(())
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn length_and_byte_size(a in text_in()) {
        run(|| {
            prop_assert_eq!(mesh_rt_string_length(s(&a)), a.chars().count() as i64);
            prop_assert_eq!(mesh_rt_string_byte_size(s(&a)), a.len() as i64);
            prop_assert_eq!(strs_of(mesh_rt_string_chars(s(&a))), a.chars().map(String::from).collect::<Vec<_>>());
            Ok(())
        })?;
    }

    #[test]
    fn slice_clamps_code_point_ranges(a in text_in(), start in index(), end in index()) {
        run(|| {
            prop_assert_eq!(text(mesh_rt_string_slice(s(&a), start, end)), slice_ref(&a, start, end));
            Ok(())
        })?;
    }

    #[test]
    fn substring_tests_agree_with_str((hay, needle) in hay_and_needle()) {
        run(|| {
            let (h, n) = (s(&hay), s(&needle));
            prop_assert_eq!(mesh_rt_string_contains(h, n), u64::from(hay.contains(needle.as_str())));
            prop_assert_eq!(mesh_rt_string_starts_with(h, n), u64::from(hay.starts_with(needle.as_str())));
            prop_assert_eq!(mesh_rt_string_ends_with(h, n), u64::from(hay.ends_with(needle.as_str())));
            let index = option(mesh_rt_string_index_of(h, n)).map(|w| w as i64);
            prop_assert_eq!(index, index_of_ref(&hay, &needle));
            if needle.is_empty() {
                prop_assert_eq!(index, Some(0));
            }
            Ok(())
        })?;
    }

    #[test]
    fn split_keeps_empty_pieces_and_joins_back((a, sep) in hay_and_needle()) {
        run(|| check_split(&a, &sep))?;
    }

    #[test]
    fn join_agrees_with_slice_join(parts in prop::collection::vec(text_in(), 0..6), sep in text_in()) {
        run(|| {
            let words: Vec<&str> = parts.iter().map(String::as_str).collect();
            prop_assert_eq!(text(mesh_rt_string_join(strs(&words), s(&sep))), parts.join(&sep));
            Ok(())
        })?;
    }

    #[test]
    fn replace_replaces_every_occurrence((a, from) in hay_and_needle(), to in text_in()) {
        run(|| {
            let got = text(mesh_rt_string_replace(s(&a), s(&from), s(&to)));
            prop_assert_eq!(&got, &replace_ref(&a, &from, &to));
            prop_assert_eq!(&got, &a.replace(from.as_str(), &to));
            Ok(())
        })?;
    }

    #[test]
    fn trim_and_case_mapping_agree_with_str(a in text_in()) {
        run(|| {
            let trimmed = text(mesh_rt_string_trim(s(&a)));
            prop_assert_eq!(&trimmed, a.trim());
            prop_assert_eq!(&trimmed, a.trim_matches(char::is_whitespace));
            prop_assert_eq!(text(mesh_rt_string_to_upper(s(&a))), a.to_uppercase());
            prop_assert_eq!(text(mesh_rt_string_to_lower(s(&a))), a.to_lowercase());
            Ok(())
        })?;
    }

    #[test]
    fn to_int_follows_the_spec(a in int_text()) {
        run(|| {
            let got = option(mesh_rt_string_to_int(s(&a))).map(|w| w as i64);
            prop_assert_eq!(got, to_int_ref(&a), "to_int({:?})", a);
            Ok(())
        })?;
    }

    #[test]
    fn concat_equality_order_and_hash_agree_with_str(a in text_in(), b in text_in()) {
        run(|| {
            let (x, y) = (s(&a), s(&b));
            prop_assert_eq!(text(mesh_rt_string_concat(x, y)), format!("{a}{b}"));
            prop_assert_eq!(mesh_rt_string_eq(x, y), u64::from(a == b));
            prop_assert_eq!(mesh_rt_string_cmp(x, y), a.as_bytes().cmp(b.as_bytes()) as i64);
            prop_assert_eq!(mesh_rt_string_eq(x, s(&a)), 1);
            prop_assert_eq!(mesh_rt_string_hash(x), mesh_rt_string_hash(s(&a)));
            Ok(())
        })?;
    }
}
