//! `Set` through the C ABI: the STDLIB.md §5.7 rules, equality/order/hash/Display, iteration and
//! persistence.

use mesh_rt::abi::gc::*;
use mesh_rt::abi::set::*;
use mesh_rt::set::Set;

use crate::support::*;

fn int_set(xs: &[i64]) -> Set {
    mesh_rt_set_from_list(ints(xs), int_eq, int_hash)
}

fn elements(s: Set) -> Vec<i64> {
    ints_of(mesh_rt_set_to_list(s))
}

fn show(s: Set) -> String {
    text(mesh_rt_set_to_string(s, int_show))
}

#[test]
fn add_remove_contains_and_size() {
    run(|| {
        let empty = mesh_rt_set_new();
        assert_eq!(mesh_rt_set_size(empty), 0);
        let s = [3, 1, 2]
            .iter()
            .fold(empty, |s, &x| mesh_rt_set_add(s, x, int_eq, int_hash));
        assert_eq!(elements(s), [3, 1, 2]);
        let again = mesh_rt_set_add(s, 1, int_eq, int_hash);
        assert_eq!(
            again.word(),
            s.word(),
            "adding a present element returns the set itself"
        );
        assert_eq!(mesh_rt_set_contains(s, 2, int_eq, int_hash), 1);
        assert_eq!(mesh_rt_set_contains(s, 5, int_eq, int_hash), 0);
        let removed = mesh_rt_set_remove(s, 3, int_eq, int_hash);
        assert_eq!(elements(removed), [1, 2]);
        assert_eq!(elements(s), [3, 1, 2], "the old set is unchanged");
        let re_added = mesh_rt_set_add(removed, 3, int_eq, int_hash);
        assert_eq!(elements(re_added), [1, 2, 3]);
        assert_eq!(mesh_rt_set_size(re_added), 3);
    });
}

#[test]
fn from_list_drops_duplicates_keeping_the_first_place() {
    run(|| {
        assert_eq!(elements(int_set(&[5, 1, 5, 2, 1, 7])), [5, 1, 2, 7]);
        assert_eq!(elements(int_set(&[])), Vec::<i64>::new());
    });
}

#[test]
fn algebra_keeps_the_documented_orders() {
    run(|| {
        let a = int_set(&[4, 1, 3, 2]);
        let b = int_set(&[5, 2, 6, 4]);
        assert_eq!(
            elements(mesh_rt_set_union(a, b, int_eq, int_hash)),
            [4, 1, 3, 2, 5, 6]
        );
        assert_eq!(
            elements(mesh_rt_set_intersection(a, b, int_eq, int_hash)),
            [4, 2]
        );
        assert_eq!(
            elements(mesh_rt_set_difference(a, b, int_eq, int_hash)),
            [1, 3]
        );
        let big = int_set(&(0..40).collect::<Vec<_>>());
        assert_eq!(
            elements(mesh_rt_set_difference(a, big, int_eq, int_hash)),
            Vec::<i64>::new()
        );
        assert_eq!(
            elements(mesh_rt_set_difference(b, a, int_eq, int_hash)),
            [5, 6],
            "difference walks either side and keeps a's order"
        );
        let empty = mesh_rt_set_new();
        assert_eq!(
            elements(mesh_rt_set_union(empty, b, int_eq, int_hash)),
            [5, 2, 6, 4]
        );
        assert_eq!(
            elements(mesh_rt_set_intersection(a, empty, int_eq, int_hash)),
            Vec::<i64>::new()
        );
        assert_eq!(elements(a), [4, 1, 3, 2]);
        assert_eq!(elements(b), [5, 2, 6, 4]);
    });
}

#[test]
fn display_and_debug_forms() {
    run(|| {
        assert_eq!(show(int_set(&[1, 2, 3])), "#{1, 2, 3}");
        assert_eq!(show(mesh_rt_set_new()), "#{}");
        let strings = mesh_rt_set_add(mesh_rt_set_new(), s("x").word(), str_eq, str_hash);
        assert_eq!(text(mesh_rt_set_to_string(strings, str_debug)), r#"#{"x"}"#);
        assert_eq!(text(mesh_rt_set_to_string(strings, str_show)), "#{x}");
        let blank = mesh_rt_set_add(strings, s("").word(), str_eq, str_hash);
        let blank = mesh_rt_set_add(blank, s("y").word(), str_eq, str_hash);
        assert_eq!(text(mesh_rt_set_to_string(blank, str_show)), "#{x, , y}");
    });
}

#[test]
fn equality_order_and_hash_ignore_insertion_order() {
    run(|| {
        let a = int_set(&[1, 2, 3]);
        let b = int_set(&[3, 1, 2]);
        assert_eq!(mesh_rt_set_eq(a, b, int_eq, int_hash), 1);
        assert_eq!(mesh_rt_set_eq(a, int_set(&[1, 2]), int_eq, int_hash), 0);
        assert_eq!(mesh_rt_set_eq(a, int_set(&[1, 2, 4]), int_eq, int_hash), 0);
        assert_eq!(mesh_rt_set_cmp(a, b, int_cmp), 0);
        assert_eq!(
            mesh_rt_set_cmp(int_set(&[3, 1]), int_set(&[2, 1]), int_cmp),
            1
        );
        assert_eq!(mesh_rt_set_cmp(int_set(&[2]), int_set(&[2, 1]), int_cmp), 1);
        assert_eq!(
            mesh_rt_set_cmp(int_set(&[1]), int_set(&[2, 1]), int_cmp),
            -1
        );
        assert_eq!(
            mesh_rt_set_cmp(mesh_rt_set_new(), int_set(&[0]), int_cmp),
            -1
        );
        let hash = |s: Set| mesh_rt_set_hash(s, int_hash);
        assert_eq!(hash(a), hash(b));
        assert_eq!(
            hash(a),
            int_hash(1)
                .wrapping_add(int_hash(2))
                .wrapping_add(int_hash(3))
        );
        assert_eq!(hash(mesh_rt_set_new()), 0);
    });
}

#[test]
fn iterator_visits_elements_in_insertion_order() {
    run(|| {
        let s = mesh_rt_set_remove(int_set(&[9, 4, 7, 1]), 7, int_eq, int_hash);
        let it = mesh_rt_set_iter_new(s);
        let mut seen = Vec::new();
        while mesh_rt_set_iter_next(it) == 1 {
            seen.push(mesh_rt_set_iter_element(it) as i64);
        }
        assert_eq!(seen, [9, 4, 1]);
    });
}

#[test]
fn sets_survive_collections() {
    run(|| {
        #[inline(never)]
        fn build() -> Set {
            (0..3000).fold(mesh_rt_set_new(), |s, i| {
                mesh_rt_set_add(s, s_word(i), str_eq, str_hash)
            })
        }
        fn s_word(i: u64) -> u64 {
            s(&format!("e{i}")).word()
        }
        let set = build();
        clear_stack();
        mesh_rt_gc_collect();
        assert_eq!(mesh_rt_set_size(set), 3000);
        for i in 0..3000 {
            assert_eq!(mesh_rt_set_contains(set, s_word(i), str_eq, str_hash), 1);
        }
        let listed = strs_of(mesh_rt_set_to_list(set));
        assert_eq!(
            listed,
            (0..3000).map(|i| format!("e{i}")).collect::<Vec<_>>()
        );
    });
}
