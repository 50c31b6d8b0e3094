//! `Map` through the C ABI: the STDLIB.md §5.6 rules, equality/order/hash/Display, iteration,
//! persistence and the collector.

use std::hint::black_box;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::list::*;
use mesh_rt::abi::map::*;
use mesh_rt::map::{self, Map};

use crate::support::*;

/// A map of Ints built by `put` in order.
fn int_map(pairs: &[(i64, i64)]) -> Map {
    pairs.iter().fold(mesh_rt_map_new(), |m, &(k, v)| {
        mesh_rt_map_put(m, k as u64, v as u64, int_eq, int_hash)
    })
}

/// The entries of an Int map in order.
fn entries(m: Map) -> Vec<(i64, i64)> {
    int_pairs(mesh_rt_map_to_list(m))
}

fn get(m: Map, k: i64) -> Option<u64> {
    option(mesh_rt_map_fetch(m, k as u64, int_eq, int_hash))
}

fn show(m: Map) -> String {
    text(mesh_rt_map_to_string(m, int_show, int_show))
}

#[test]
fn put_fetch_has_key_size_and_get_or() {
    run(|| {
        let empty = mesh_rt_map_new();
        assert_eq!(mesh_rt_map_size(empty), 0);
        assert_eq!(get(empty, 1), None);
        assert_eq!(mesh_rt_map_has_key(empty, 1, int_eq, int_hash), 0);
        let m = int_map(&[(1, 10), (2, 20), (0, 0), (-5, 50)]);
        assert_eq!(mesh_rt_map_size(m), 4);
        assert_eq!(get(m, 2), Some(20));
        assert_eq!(get(m, 0), Some(0), "0 is a key like any other");
        assert_eq!(get(m, -5), Some(50));
        assert_eq!(get(m, 3), None);
        assert_eq!(mesh_rt_map_has_key(m, 1, int_eq, int_hash), 1);
        assert_eq!(mesh_rt_map_has_key(m, 3, int_eq, int_hash), 0);
        assert_eq!(mesh_rt_map_get_or(m, 1, 7, int_eq, int_hash), 10);
        assert_eq!(mesh_rt_map_get_or(m, 9, 7, int_eq, int_hash), 7);
    });
}

#[test]
fn put_keeps_the_position_of_an_existing_key() {
    run(|| {
        let m = int_map(&[(3, 30), (1, 10), (2, 20)]);
        let updated = mesh_rt_map_put(m, 1, 11, int_eq, int_hash);
        assert_eq!(entries(updated), [(3, 30), (1, 11), (2, 20)]);
        assert_eq!(
            entries(m),
            [(3, 30), (1, 10), (2, 20)],
            "the old map is unchanged"
        );
        let same = mesh_rt_map_put(m, 1, 10, int_eq, int_hash);
        assert_eq!(
            same.word(),
            m.word(),
            "putting the same value returns the map itself"
        );
        let longer = mesh_rt_map_put(updated, 4, 40, int_eq, int_hash);
        assert_eq!(entries(longer), [(3, 30), (1, 11), (2, 20), (4, 40)]);
    });
}

#[test]
fn delete_keeps_the_order_of_the_rest() {
    run(|| {
        let m = int_map(&[(1, 10), (2, 20), (3, 30), (4, 40)]);
        let without = mesh_rt_map_delete(m, 2, int_eq, int_hash);
        assert_eq!(entries(without), [(1, 10), (3, 30), (4, 40)]);
        assert_eq!(mesh_rt_map_size(without), 3);
        assert_eq!(get(without, 2), None);
        let missing = mesh_rt_map_delete(m, 9, int_eq, int_hash);
        assert_eq!(
            missing.word(),
            m.word(),
            "a missing key returns the map itself"
        );
        let back = mesh_rt_map_put(without, 2, 21, int_eq, int_hash);
        assert_eq!(
            entries(back),
            [(1, 10), (3, 30), (4, 40), (2, 21)],
            "re-added at the end"
        );
        let emptied = [1, 3, 4, 2]
            .iter()
            .fold(back, |m, &k| mesh_rt_map_delete(m, k, int_eq, int_hash));
        assert_eq!(mesh_rt_map_size(emptied), 0);
        assert_eq!(show(emptied), "%{}");
        assert_eq!(entries(m), [(1, 10), (2, 20), (3, 30), (4, 40)]);
    });
}

#[test]
fn keys_values_and_to_list_follow_insertion_order() {
    run(|| {
        let m = int_map(&[(5, 1), (3, 2), (9, 3)]);
        assert_eq!(ints_of(mesh_rt_map_keys(m)), [5, 3, 9]);
        assert_eq!(ints_of(mesh_rt_map_values(m)), [1, 2, 3]);
        assert_eq!(entries(m), [(5, 1), (3, 2), (9, 3)]);
        let empty = mesh_rt_map_new();
        assert_eq!(mesh_rt_list_length(mesh_rt_map_keys(empty)), 0);
        assert_eq!(mesh_rt_list_length(mesh_rt_map_to_list(empty)), 0);
    });
}

#[test]
fn from_list_keeps_the_first_position_and_the_last_value() {
    run(|| {
        let pairs = pair_list(&[(1, 10), (2, 20), (1, 11), (3, 30), (2, 22)]);
        let m = mesh_rt_map_from_list(pairs, int_eq, int_hash);
        assert_eq!(entries(m), [(1, 11), (2, 22), (3, 30)]);
        let empty = mesh_rt_map_from_list(mesh_rt_list_empty(), int_eq, int_hash);
        assert_eq!(mesh_rt_map_size(empty), 0);
    });
}

#[test]
fn merge_lets_b_win_and_appends_its_new_keys() {
    run(|| {
        // The example of STDLIB.md §5.6.
        let a = int_map(&[(1, 10), (2, 20)]);
        let b = int_map(&[(2, 200), (3, 30)]);
        let merged = mesh_rt_map_merge(a, b, int_eq, int_hash);
        assert_eq!(show(merged), "%{1 => 10, 2 => 200, 3 => 30}");
        let b = int_map(&[(7, 70), (1, 1), (6, 60)]);
        let merged = mesh_rt_map_merge(a, b, int_eq, int_hash);
        assert_eq!(entries(merged), [(1, 1), (2, 20), (7, 70), (6, 60)]);
        let empty = mesh_rt_map_new();
        assert_eq!(
            entries(mesh_rt_map_merge(empty, b, int_eq, int_hash)),
            entries(b)
        );
        assert_eq!(
            entries(mesh_rt_map_merge(a, empty, int_eq, int_hash)),
            entries(a)
        );
    });
}

#[test]
fn get_or_panic_reports_the_key_in_debug_form() {
    run(|| {
        let m = mesh_rt_map_put(mesh_rt_map_new(), s("a").word(), 1, str_eq, str_hash);
        let key = s("a").word();
        assert_eq!(
            mesh_rt_map_get_or_panic(m, key, str_eq, str_hash, str_debug),
            1
        );
        let missing = s("b\"c").word();
        assert_eq!(
            crash_reason(|| {
                map::get_or_panic(m, missing, str_eq, str_hash, str_debug);
            }),
            r#"key not found: "b\"c""#
        );
        let ints = int_map(&[(1, 1)]);
        assert_eq!(
            crash_reason(|| {
                map::get_or_panic(ints, 42, int_eq, int_hash, int_show);
            }),
            "key not found: 42"
        );
    });
}

#[test]
fn display_and_debug_forms() {
    run(|| {
        let m = [("a", 1), ("b", 2)]
            .iter()
            .fold(mesh_rt_map_new(), |m, &(k, v)| {
                mesh_rt_map_put(m, s(k).word(), v, str_eq, str_hash)
            });
        assert_eq!(
            text(mesh_rt_map_to_string(m, str_show, int_show)),
            "%{a => 1, b => 2}"
        );
        let debug = mesh_rt_map_to_string(m, str_debug, int_show);
        assert_eq!(text(debug), r#"%{"a" => 1, "b" => 2}"#);
        assert_eq!(
            show(int_map(&[(0, 100), (1, 200)])),
            "%{0 => 100, 1 => 200}"
        );
        assert_eq!(show(mesh_rt_map_new()), "%{}");
    });
}

#[test]
fn equality_ignores_insertion_order() {
    run(|| {
        let eq = |a: Map, b: Map| mesh_rt_map_eq(a, b, int_eq, int_hash, int_eq);
        let a = int_map(&[(1, 10), (2, 20), (3, 30)]);
        let b = int_map(&[(3, 30), (1, 10), (2, 20)]);
        assert_eq!(eq(a, b), 1);
        assert_eq!(eq(b, a), 1);
        assert_eq!(eq(a, int_map(&[(1, 10), (2, 20), (3, 31)])), 0);
        assert_eq!(eq(a, int_map(&[(1, 10), (2, 20), (4, 30)])), 0);
        assert_eq!(eq(a, int_map(&[(1, 10), (2, 20)])), 0);
        assert_eq!(eq(mesh_rt_map_new(), int_map(&[])), 1);
        let deleted = mesh_rt_map_delete(int_map(&[(9, 9), (1, 10)]), 9, int_eq, int_hash);
        assert_eq!(eq(deleted, int_map(&[(1, 10)])), 1);
    });
}

#[test]
fn order_sorts_entries_by_key_then_compares_lexicographically() {
    run(|| {
        let cmp = |a: &[(i64, i64)], b: &[(i64, i64)]| {
            mesh_rt_map_cmp(int_map(a), int_map(b), int_cmp, int_cmp)
        };
        assert_eq!(cmp(&[(2, 0), (1, 0)], &[(1, 0), (2, 0)]), 0);
        assert_eq!(cmp(&[(2, 0), (1, 0)], &[(1, 0), (3, 0)]), -1);
        assert_eq!(cmp(&[(1, 5)], &[(1, 4)]), 1);
        assert_eq!(
            cmp(&[(1, 0)], &[(1, 0), (0, 9)]),
            1,
            "sorted: [(0, 9), (1, 0)] first"
        );
        assert_eq!(
            cmp(&[(1, 0)], &[(1, 0), (2, 0)]),
            -1,
            "a proper prefix first"
        );
        assert_eq!(cmp(&[], &[]), 0);
        assert_eq!(cmp(&[], &[(1, 1)]), -1);
    });
}

#[test]
fn hash_is_the_sum_of_tuple_hashes_in_any_order() {
    run(|| {
        let hash = |m: Map| mesh_rt_map_hash(m, int_hash, int_hash);
        let a = int_map(&[(1, 10), (2, 20), (3, 30)]);
        let b = int_map(&[(3, 30), (2, 20), (1, 10)]);
        assert_eq!(hash(a), hash(b));
        assert_eq!(hash(mesh_rt_map_new()), 0);
        // An entry hashes like the tuple (k, v): FNV-1a over the bytes of hash(k) then hash(v).
        let tuple = |k: u64, v: u64| {
            let bytes: Vec<u8> = [int_hash(k), int_hash(v)]
                .iter()
                .flat_map(|h| h.to_le_bytes())
                .collect();
            mesh_rt::value::fnv1a(mesh_rt::value::FNV_OFFSET, &bytes) as i64
        };
        let expected = tuple(1, 10)
            .wrapping_add(tuple(2, 20))
            .wrapping_add(tuple(3, 30));
        assert_eq!(hash(a), expected);
        assert_ne!(hash(a), hash(int_map(&[(1, 10), (2, 20), (3, 31)])));
    });
}

#[test]
fn iterator_visits_entries_in_insertion_order() {
    run(|| {
        let m = int_map(&[(4, 40), (2, 20), (8, 80), (2, 21)]);
        let m = mesh_rt_map_delete(m, 4, int_eq, int_hash);
        let it = mesh_rt_map_iter_new(m);
        let mut seen = Vec::new();
        while mesh_rt_map_iter_next(it) == 1 {
            seen.push((mesh_rt_map_iter_key(it), mesh_rt_map_iter_value(it)));
        }
        assert_eq!(seen, [(2, 21), (8, 80)]);
        assert_eq!(mesh_rt_map_iter_next(it), 0, "stays at the end");
        let it = mesh_rt_map_iter_new(mesh_rt_map_new());
        assert_eq!(mesh_rt_map_iter_next(it), 0);
    });
}

#[test]
fn large_maps_and_colliding_hashes() {
    run(|| {
        let cases: [(extern "C" fn(u64) -> i64, u64); 2] = [(int_hash, 20_000), (few_hash, 300)];
        for (hash, n) in cases {
            let mut m = mesh_rt_map_new();
            for k in 0..n {
                m = mesh_rt_map_put(m, k, k * 2, int_eq, hash);
            }
            assert_eq!(mesh_rt_map_size(m), n as i64);
            for k in 0..n {
                assert_eq!(mesh_rt_map_get_or(m, k, u64::MAX, int_eq, hash), k * 2);
            }
            let mut odd = m;
            for k in (0..n).step_by(2) {
                odd = mesh_rt_map_delete(odd, k, int_eq, hash);
            }
            let expected: Vec<i64> = (0..n as i64).filter(|k| k % 2 == 1).collect();
            assert_eq!(ints_of(mesh_rt_map_keys(odd)), expected);
            assert_eq!(mesh_rt_map_has_key(odd, 4, int_eq, hash), 0);
            assert_eq!(mesh_rt_map_size(m), n as i64, "the old map is unchanged");
        }
    });
}

#[test]
fn string_keys_compare_by_value() {
    run(|| {
        let m = mesh_rt_map_put(mesh_rt_map_new(), s("key").word(), 1, str_eq, str_hash);
        let other_copy = s("key").word();
        let m2 = mesh_rt_map_put(m, other_copy, 2, str_eq, str_hash);
        assert_eq!(mesh_rt_map_size(m2), 1);
        assert_eq!(
            mesh_rt_map_get_or(m2, s("key").word(), 0, str_eq, str_hash),
            2
        );
        let keys = mesh_rt_map_keys(m2);
        assert_eq!(strs_of(keys), ["key"]);
        let other = mesh_rt_map_put(mesh_rt_map_new(), s("kez").word(), 0, str_eq, str_hash);
        assert_eq!(mesh_rt_map_cmp(m2, other, str_cmp, int_cmp), -1);
        assert_eq!(mesh_rt_map_cmp(m2, m, str_cmp, int_cmp), 1);
    });
}

/// A map of `n` string keys `"k<i>"` → `i`, with the intermediate versions left as garbage.
#[inline(never)]
fn string_map(n: u64) -> Map {
    let mut m = mesh_rt_map_new();
    for i in 0..n {
        let key = s(&format!("k{i}")).word();
        m = mesh_rt_map_put(m, key, i, str_eq, str_hash);
    }
    m
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

#[inline(never)]
fn check_string_map(m: Map, n: u64) {
    assert_eq!(mesh_rt_map_size(m), n as i64);
    for i in 0..n {
        let key = s(&format!("k{i}")).word();
        assert_eq!(mesh_rt_map_get_or(m, key, u64::MAX, str_eq, str_hash), i);
    }
    let keys = strs_of(mesh_rt_map_keys(m));
    assert_eq!(keys, (0..n).map(|i| format!("k{i}")).collect::<Vec<_>>());
}

#[test]
fn maps_survive_collections() {
    run(|| {
        let m = string_map(5000);
        collect_clean();
        check_string_map(m, 5000);
        let with_new = mesh_rt_map_put(m, s("extra").word(), 1, str_eq, str_hash);
        let without = mesh_rt_map_delete(m, s("k17").word(), str_eq, str_hash);
        let updated = mesh_rt_map_put(m, s("k3").word(), 99, str_eq, str_hash);
        collect_clean();
        check_string_map(m, 5000);
        assert_eq!(mesh_rt_map_size(with_new), 5001);
        assert_eq!(mesh_rt_map_size(without), 4999);
        assert_eq!(
            mesh_rt_map_has_key(without, s("k17").word(), str_eq, str_hash),
            0
        );
        assert_eq!(
            mesh_rt_map_get_or(updated, s("k3").word(), 0, str_eq, str_hash),
            99
        );
        assert_eq!(
            mesh_rt_map_get_or(m, s("k3").word(), 0, str_eq, str_hash),
            3
        );
        black_box((with_new, without, updated));
    });
}

#[test]
fn an_iterator_keeps_its_map_alive() {
    run(|| {
        let it = mesh_rt_map_iter_new(string_map(300));
        collect_clean();
        let mut count = 0;
        while mesh_rt_map_iter_next(it) == 1 {
            let key = str_at(mesh_rt_map_iter_key(it));
            assert_eq!(text(key), format!("k{count}"));
            assert_eq!(mesh_rt_map_iter_value(it), count);
            count += 1;
        }
        assert_eq!(count, 300);
    });
}

#[test]
fn replaced_versions_are_reclaimed() {
    run(|| {
        // 200 rounds of a 1,000-key counter map: each round leaves a whole map of garbage.
        #[inline(never)]
        fn rounds() -> Map {
            let mut m = mesh_rt_map_new();
            for round in 0..200u64 {
                for k in 0..1000u64 {
                    m = mesh_rt_map_put(m, k, round, int_eq, int_hash);
                }
            }
            m
        }
        let m = rounds();
        collect_clean();
        let live = mesh_rt_gc_heap_bytes();
        assert!(live < 1 << 20, "{live} bytes live for a 1,000-entry map");
        assert_eq!(mesh_rt_map_get_or(m, 999, 0, int_eq, int_hash), 199);
    });
}
