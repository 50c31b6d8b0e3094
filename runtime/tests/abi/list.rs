use mesh_rt::abi::list::*;
use mesh_rt::layout::MeshClosure;
use mesh_rt::list::{self, List};
use mesh_rt::string::Str;
use mesh_rt::value::Closure;

use crate::support::*;

extern "C" fn add_env(c: *const MeshClosure, x: u64) -> u64 {
    x.wrapping_add(env(c, 0))
}

extern "C" fn is_even(_: *const MeshClosure, x: u64) -> u64 {
    u64::from(x.is_multiple_of(2))
}

extern "C" fn greater_than_env(c: *const MeshClosure, x: u64) -> u64 {
    u64::from(x as i64 > env(c, 0) as i64)
}

extern "C" fn minus(_: *const MeshClosure, acc: u64, x: u64) -> u64 {
    acc.wrapping_sub(x)
}

/// Counts calls in the Int cell its environment points to.
extern "C" fn count_calls(c: *const MeshClosure, x: u64) -> u64 {
    // Safety: the test passes the address of a live u64 as the captured word.
    unsafe { *(env(c, 0) as *mut u64) += 1 };
    x
}

/// Maps an Int to a fresh string (allocates, so collections happen during `map`).
extern "C" fn int_to_string(_: *const MeshClosure, x: u64) -> u64 {
    mesh_rt::abi::string::mesh_rt_string_from_int(x as i64).word()
}

extern "C" fn int_eq(a: u64, b: u64) -> u64 {
    u64::from(a == b)
}

extern "C" fn int_cmp(a: u64, b: u64) -> i64 {
    (a as i64).cmp(&(b as i64)) as i64
}

extern "C" fn int_show(x: u64) -> Str {
    mesh_rt::abi::string::mesh_rt_string_from_int(x as i64)
}

extern "C" fn str_debug(x: u64) -> Str {
    mesh_rt::abi::string::mesh_rt_string_debug(str_at(x))
}

extern "C" fn int_hash(x: u64) -> i64 {
    mesh_rt::value::fnv1a(mesh_rt::value::FNV_OFFSET, &x.to_le_bytes()) as i64
}

extern "C" fn int_cmp_closure(_: *const MeshClosure, a: u64, b: u64) -> u64 {
    (a as i64).wrapping_sub(b as i64) as u64
}

extern "C" fn by_tens(_: *const MeshClosure, a: u64, b: u64) -> u64 {
    ((a as i64) / 10 - (b as i64) / 10) as u64
}

extern "C" fn inconsistent(_: *const MeshClosure, a: u64, b: u64) -> u64 {
    ((a ^ b) % 3).wrapping_sub(1)
}

extern "C" fn range_to(_: *const MeshClosure, n: u64) -> u64 {
    ints(&(0..n as i64).collect::<Vec<_>>()).word()
}

fn code1(f: extern "C" fn(*const MeshClosure, u64) -> u64) -> *const std::ffi::c_void {
    f as *const std::ffi::c_void
}

fn code2(f: extern "C" fn(*const MeshClosure, u64, u64) -> u64) -> *const std::ffi::c_void {
    f as *const std::ffi::c_void
}

fn counter(cell: &mut u64) -> Closure {
    closure(code1(count_calls), &[cell as *mut u64 as u64])
}

#[test]
fn literals_length_and_indexing() {
    run(|| {
        let xs = ints(&[10, 20, 30]);
        assert_eq!(mesh_rt_list_length(xs), 3);
        assert_eq!(mesh_rt_list_is_empty(xs), 0);
        assert_eq!(mesh_rt_list_length(mesh_rt_list_empty()), 0);
        assert_eq!(mesh_rt_list_is_empty(mesh_rt_list_empty()), 1);
        assert_eq!(mesh_rt_list_get(xs, 1), 20);
        assert_eq!(mesh_rt_list_get_unchecked(xs, 2), 30);
        assert_eq!(mesh_rt_list_head(xs), 10);
        assert_eq!(mesh_rt_list_last(xs), 30);
        assert_eq!(option(mesh_rt_list_fetch(xs, 0)), Some(10));
        assert_eq!(option(mesh_rt_list_fetch(xs, 3)), None);
        assert_eq!(option(mesh_rt_list_fetch(xs, -1)), None);
        // Safety: zero words at a null pointer.
        let none = unsafe { mesh_rt_list_from_words(std::ptr::null(), 0) };
        assert_eq!(mesh_rt_list_length(none), 0);
    });
}

#[test]
fn library_panics_use_the_exact_reasons() {
    run(|| {
        let xs = ints(&[1, 2, 3]);
        let empty = mesh_rt_list_empty();
        assert_eq!(
            crash_reason(|| {
                let _ = list::get(xs, 5);
            }),
            "index 5 out of bounds (len 3)"
        );
        assert_eq!(
            crash_reason(|| {
                let _ = list::get(xs, -1);
            }),
            "index -1 out of bounds (len 3)"
        );
        assert_eq!(
            crash_reason(|| {
                let _ = list::get(empty, 0);
            }),
            "index 0 out of bounds (len 0)"
        );
        assert_eq!(
            crash_reason(|| {
                let _ = list::head(empty);
            }),
            "empty list"
        );
        assert_eq!(
            crash_reason(|| {
                let _ = list::tail(empty);
            }),
            "empty list"
        );
        assert_eq!(
            crash_reason(|| {
                let _ = list::last(empty);
            }),
            "empty list"
        );
    });
}

#[test]
fn tail_drop_take_share_and_clamp() {
    run(|| {
        let xs = ints(&[1, 2, 3, 4]);
        let t = mesh_rt_list_tail(xs);
        assert_eq!(ints_of(t), [2, 3, 4]);
        assert_eq!(
            t.items().as_ptr(),
            xs.items()[1..].as_ptr(),
            "tail shares the items"
        );
        assert_eq!(ints_of(mesh_rt_list_tail(ints(&[1]))), [0i64; 0]);
        assert_eq!(ints_of(mesh_rt_list_drop(xs, 2)), [3, 4]);
        assert_eq!(ints_of(mesh_rt_list_drop(xs, -3)), [1, 2, 3, 4]);
        assert_eq!(ints_of(mesh_rt_list_drop(xs, 99)), [0i64; 0]);
        assert_eq!(ints_of(mesh_rt_list_take(xs, 2)), [1, 2]);
        assert_eq!(ints_of(mesh_rt_list_take(xs, -1)), [0i64; 0]);
        assert_eq!(ints_of(mesh_rt_list_take(xs, 99)), [1, 2, 3, 4]);
        assert_eq!(ints_of(xs), [1, 2, 3, 4], "the original is unchanged");
    });
}

#[test]
fn append_prepend_concat_never_change_shared_lists() {
    run(|| {
        let xs = ints(&[1, 2]);
        let a = mesh_rt_list_append(xs, 3);
        let b = mesh_rt_list_append(xs, 4);
        let a2 = mesh_rt_list_append(a, 5);
        let c = mesh_rt_list_prepend(0, a);
        let d = mesh_rt_list_prepend(9, a);
        let t = mesh_rt_list_take(a2, 2);
        let e = mesh_rt_list_append(t, 7);
        assert_eq!(ints_of(xs), [1, 2]);
        assert_eq!(ints_of(a), [1, 2, 3]);
        assert_eq!(ints_of(b), [1, 2, 4]);
        assert_eq!(ints_of(a2), [1, 2, 3, 5]);
        assert_eq!(ints_of(c), [0, 1, 2, 3]);
        assert_eq!(ints_of(d), [9, 1, 2, 3]);
        assert_eq!(ints_of(e), [1, 2, 7]);
        let ab = mesh_rt_list_concat(a, b);
        let ab2 = mesh_rt_list_concat(a, xs);
        assert_eq!(ints_of(ab), [1, 2, 3, 1, 2, 4]);
        assert_eq!(ints_of(ab2), [1, 2, 3, 1, 2]);
        assert_eq!(
            ints_of(mesh_rt_list_concat(ab, ab)),
            [1, 2, 3, 1, 2, 4, 1, 2, 3, 1, 2, 4]
        );
        assert_eq!(
            ints_of(mesh_rt_list_concat(mesh_rt_list_empty(), xs)),
            [1, 2]
        );
        assert_eq!(
            ints_of(mesh_rt_list_concat(xs, mesh_rt_list_empty())),
            [1, 2]
        );
        assert_eq!(ints_of(mesh_rt_list_prepend(5, mesh_rt_list_empty())), [5]);
        assert_eq!(ints_of(mesh_rt_list_append(mesh_rt_list_empty(), 5)), [5]);
    });
}

#[test]
fn accumulating_by_cons_or_append_is_linear() {
    run(|| {
        let n = 100_000;
        let mut by_cons = mesh_rt_list_empty();
        let mut by_append = mesh_rt_list_empty();
        let mut by_concat = mesh_rt_list_empty();
        for i in 0..n {
            by_cons = mesh_rt_list_prepend(i, by_cons);
            by_append = mesh_rt_list_append(by_append, i);
            by_concat = mesh_rt_list_concat(by_concat, ints(&[i as i64]));
        }
        let expected: Vec<i64> = (0..n as i64).collect();
        assert_eq!(ints_of(mesh_rt_list_reverse(by_cons)), expected);
        assert_eq!(ints_of(by_append), expected);
        assert_eq!(ints_of(by_concat), expected);
        // Amortised O(1): at most a few stores were ever allocated, so the heap stays near the
        // size of the final lists rather than O(n²) words of copies.
        assert!(mesh_rt::gc::stats().collections < 20);
    });
}

#[test]
fn reverse_map_filter_reduce() {
    run(|| {
        let xs = ints(&[1, 2, 3, 4, 5]);
        assert_eq!(ints_of(mesh_rt_list_reverse(xs)), [5, 4, 3, 2, 1]);
        assert_eq!(
            ints_of(mesh_rt_list_reverse(mesh_rt_list_empty())),
            [0i64; 0]
        );
        let add10 = closure(code1(add_env), &[10]);
        assert_eq!(ints_of(mesh_rt_list_map(xs, add10)), [11, 12, 13, 14, 15]);
        let even = closure(code1(is_even), &[]);
        assert_eq!(ints_of(mesh_rt_list_filter(xs, even)), [2, 4]);
        assert_eq!(
            ints_of(mesh_rt_list_filter(mesh_rt_list_empty(), even)),
            [0i64; 0]
        );
        let sub = closure(code2(minus), &[]);
        assert_eq!(
            mesh_rt_list_reduce(xs, 100, sub),
            85,
            "left fold: (((100-1)-2)-3)..."
        );
        assert_eq!(mesh_rt_list_reduce(mesh_rt_list_empty(), 7, sub), 7);
    });
}

#[test]
fn map_survives_collections_inside_the_callback() {
    run(|| {
        let n = 50_000;
        let xs = ints(&(0..n).collect::<Vec<_>>());
        let show = closure(code1(int_to_string), &[]);
        let texts = mesh_rt_list_map(xs, show);
        for _ in 0..3 {
            mesh_rt::gc::collect();
        }
        let got = strs_of(texts);
        assert_eq!(got.len(), n as usize);
        assert!(got.iter().enumerate().all(|(i, t)| *t == i.to_string()));
    });
}

#[test]
fn find_any_all_each_stop_where_the_spec_says() {
    run(|| {
        let xs = ints(&[1, 5, 2, 8]);
        let above3 = closure(code1(greater_than_env), &[3]);
        let above9 = closure(code1(greater_than_env), &[9]);
        assert_eq!(option(mesh_rt_list_find(xs, above3)), Some(5));
        assert_eq!(option(mesh_rt_list_find(xs, above9)), None);
        assert_eq!(mesh_rt_list_any(xs, above3), 1);
        assert_eq!(mesh_rt_list_any(xs, above9), 0);
        assert_eq!(mesh_rt_list_any(mesh_rt_list_empty(), above3), 0);
        assert_eq!(mesh_rt_list_all(xs, above9), 0);
        assert_eq!(mesh_rt_list_all(mesh_rt_list_empty(), above9), 1);
        let above0 = closure(code1(greater_than_env), &[0]);
        assert_eq!(mesh_rt_list_all(xs, above0), 1);
        let mut calls = 0u64;
        assert_eq!(mesh_rt_list_each(xs, counter(&mut calls)), 0);
        assert_eq!(calls, 4);
    });
}

#[test]
fn eq_cmp_contains_with_element_functions() {
    run(|| {
        let a = ints(&[1, 2, 3]);
        assert_eq!(mesh_rt_list_eq(a, ints(&[1, 2, 3]), int_eq), 1);
        assert_eq!(mesh_rt_list_eq(a, ints(&[1, 2]), int_eq), 0);
        assert_eq!(mesh_rt_list_eq(a, ints(&[1, 2, 4]), int_eq), 0);
        assert_eq!(mesh_rt_list_eq(mesh_rt_list_empty(), ints(&[]), int_eq), 1);
        assert_eq!(mesh_rt_list_cmp(a, ints(&[1, 2, 4]), int_cmp), -1);
        assert_eq!(
            mesh_rt_list_cmp(a, ints(&[1, 2]), int_cmp),
            1,
            "shorter first"
        );
        assert_eq!(mesh_rt_list_cmp(ints(&[1, 2]), a, int_cmp), -1);
        assert_eq!(mesh_rt_list_cmp(a, ints(&[0, 9, 9, 9]), int_cmp), 1);
        assert_eq!(mesh_rt_list_cmp(a, ints(&[1, 2, 3]), int_cmp), 0);
        assert_eq!(mesh_rt_list_contains(a, 2, int_eq), 1);
        assert_eq!(mesh_rt_list_contains(a, 7, int_eq), 0);
    });
}

#[test]
fn to_string_and_hash() {
    run(|| {
        assert_eq!(
            text(mesh_rt_list_to_string(ints(&[1, -2, 3]), int_show)),
            "[1, -2, 3]"
        );
        assert_eq!(text(mesh_rt_list_to_string(ints(&[]), int_show)), "[]");
        let words = strs(&["a", "b\"c"]);
        assert_eq!(
            text(mesh_rt_list_to_string(words, str_debug)),
            r#"["a", "b\"c"]"#
        );
        let offset = 0xcbf29ce484222325_u64 as i64;
        assert_eq!(mesh_rt_list_hash(ints(&[]), int_hash), offset);
        let xs = ints(&[1, 2]);
        let mut expected_bytes = Vec::new();
        expected_bytes.extend_from_slice(&int_hash(1).to_le_bytes());
        expected_bytes.extend_from_slice(&int_hash(2).to_le_bytes());
        let expected = mesh_rt::value::fnv1a(mesh_rt::value::FNV_OFFSET, &expected_bytes);
        assert_eq!(mesh_rt_list_hash(xs, int_hash), expected as i64);
        assert_ne!(
            mesh_rt_list_hash(xs, int_hash),
            mesh_rt_list_hash(ints(&[2, 1]), int_hash)
        );
    });
}

#[test]
fn builder_collects_in_order_and_finished_lists_stay_fixed() {
    run(|| {
        let b = mesh_rt_list_builder_new();
        assert_eq!(ints_of(mesh_rt_list_builder_finish(b)), [0i64; 0]);
        for i in 0..1000 {
            assert_eq!(mesh_rt_list_builder_push(b, i), 0);
            if i % 100 == 0 {
                mesh_rt::gc::collect();
            }
        }
        let first = mesh_rt_list_builder_finish(b);
        let extended = mesh_rt_list_append(first, 5000);
        mesh_rt_list_builder_push(b, 1000);
        let second = mesh_rt_list_builder_finish(b);
        assert_eq!(ints_of(first), (0..1000).collect::<Vec<_>>());
        assert_eq!(ints_of(extended).last(), Some(&5000));
        assert_eq!(ints_of(second), (0..1001).collect::<Vec<_>>());
    });
}

#[test]
fn sort_is_stable_and_never_panics() {
    run(|| {
        let by_value = closure(code2(int_cmp_closure), &[]);
        let xs = ints(&[5, -1, 3, 3, 0, 12]);
        assert_eq!(
            ints_of(mesh_rt_list_sort(xs, by_value)),
            [-1, 0, 3, 3, 5, 12]
        );
        assert_eq!(
            ints_of(mesh_rt_list_sort_ord(xs, int_cmp)),
            [-1, 0, 3, 3, 5, 12]
        );
        let tens = closure(code2(by_tens), &[]);
        let ys = ints(&[25, 11, 21, 15, 3]);
        assert_eq!(
            ints_of(mesh_rt_list_sort(ys, tens)),
            [3, 11, 15, 25, 21],
            "stable"
        );
        let chaos = closure(code2(inconsistent), &[]);
        let zs = ints(&(0..200).collect::<Vec<_>>());
        let mut sorted = ints_of(mesh_rt_list_sort(zs, chaos));
        sorted.sort();
        assert_eq!(
            sorted,
            (0..200).collect::<Vec<_>>(),
            "a permutation, whatever the order"
        );
    });
}

#[test]
fn zip_enumerate_flatten_flat_map() {
    run(|| {
        let pairs = mesh_rt_list_zip(ints(&[1, 2, 3]), strs(&["a", "b"]));
        assert_eq!(mesh_rt_list_length(pairs), 2);
        let second = mesh_rt_list_get(pairs, 1);
        assert_eq!(field(second, 0), 2);
        assert_eq!(text(str_at(field(second, 1))), "b");
        let numbered = mesh_rt_list_enumerate(ints(&[7, 8]));
        assert_eq!(field(mesh_rt_list_get(numbered, 1), 0), 1);
        assert_eq!(field(mesh_rt_list_get(numbered, 1), 1), 8);
        let nested = mesh_rt::list::build(4, |i| match i {
            0 => ints(&[1, 2]).word(),
            1 => ints(&[]).word(),
            2 => ints(&[3]).word(),
            _ => ints(&[]).word(),
        });
        assert_eq!(ints_of(mesh_rt_list_flatten(nested)), [1, 2, 3]);
        let ranges = closure(code1(range_to), &[]);
        assert_eq!(
            ints_of(mesh_rt_list_flat_map(ints(&[2, 0, 3]), ranges)),
            [0, 1, 0, 1, 2]
        );
    });
}

#[test]
fn lists_of_lists_survive_collection() {
    run(|| {
        let rows: List = mesh_rt::list::build(100, |i| ints(&[i as i64; 10]).word());
        mesh_rt::gc::collect();
        for (i, &row) in rows.items().iter().enumerate() {
            assert_eq!(ints_of(list_at(row)), [i as i64; 10]);
        }
    });
}
