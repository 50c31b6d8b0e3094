//! Property tests: random operation sequences on maps and sets agree with `indexmap`'s
//! `IndexMap`/`IndexSet` (insertion order, `insert` keeping an existing key's position,
//! `shift_remove` keeping the order of the rest), with a good hash and with a hash of three
//! values that forces collision nodes. Every version built along the way is kept (in a Mesh list,
//! so the collector sees it) and checked again at the end: persistence.

use indexmap::{IndexMap, IndexSet};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::list::*;
use mesh_rt::abi::map::*;
use mesh_rt::abi::set::*;
use mesh_rt::list::{HashFn, List};
use mesh_rt::map::Map;
use mesh_rt::set::Set;

use crate::support::*;

type Model = IndexMap<i64, i64>;

#[derive(Debug, Clone)]
enum MapOp {
    Put(i64, i64),
    Delete(i64),
    Merge(Vec<(i64, i64)>),
    Collect,
}

fn key() -> impl Strategy<Value = i64> {
    0i64..48
}

fn pairs() -> impl Strategy<Value = Vec<(i64, i64)>> {
    prop::collection::vec((key(), any::<i64>()), 0..12)
}

fn map_op() -> impl Strategy<Value = MapOp> {
    prop_oneof![
        6 => (key(), any::<i64>()).prop_map(|(k, v)| MapOp::Put(k, v)),
        3 => key().prop_map(MapOp::Delete),
        1 => pairs().prop_map(MapOp::Merge),
        1 => Just(MapOp::Collect),
    ]
}

fn hash_fn(colliding: bool) -> HashFn {
    if colliding {
        few_hash
    } else {
        int_hash
    }
}

fn map_at(word: u64) -> Map {
    // Safety: the tests only call this on words produced as maps.
    unsafe { Map::from_word(word) }
}

fn set_at(word: u64) -> Set {
    // Safety: the tests only call this on words produced as sets.
    unsafe { Set::from_word(word) }
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

/// Everything observable about `m` agrees with `model`.
fn check_map(m: Map, model: &Model, hash: HashFn) -> Result<(), TestCaseError> {
    let expected: Vec<(i64, i64)> = model.iter().map(|(&k, &v)| (k, v)).collect();
    prop_assert_eq!(mesh_rt_map_size(m), model.len() as i64);
    prop_assert_eq!(int_pairs(mesh_rt_map_to_list(m)), expected.clone());
    let keys: Vec<i64> = model.keys().copied().collect();
    prop_assert_eq!(ints_of(mesh_rt_map_keys(m)), keys);
    let values: Vec<i64> = model.values().copied().collect();
    prop_assert_eq!(ints_of(mesh_rt_map_values(m)), values);
    let it = mesh_rt_map_iter_new(m);
    let mut walked = Vec::new();
    while mesh_rt_map_iter_next(it) == 1 {
        walked.push((
            mesh_rt_map_iter_key(it) as i64,
            mesh_rt_map_iter_value(it) as i64,
        ));
    }
    prop_assert_eq!(walked, expected);
    for k in 0..48 {
        let found = option(mesh_rt_map_fetch(m, k as u64, int_eq, hash)).map(|v| v as i64);
        prop_assert_eq!(found, model.get(&k).copied());
        let has = mesh_rt_map_has_key(m, k as u64, int_eq, hash);
        prop_assert_eq!(has, u64::from(model.contains_key(&k)));
    }
    Ok(())
}

/// A map with the model's entries inserted in reverse order.
fn reversed(model: &Model, hash: HashFn) -> Map {
    model.iter().rev().fold(mesh_rt_map_new(), |m, (&k, &v)| {
        mesh_rt_map_put(m, k as u64, v as u64, int_eq, hash)
    })
}

fn run_map_ops(ops: &[MapOp], colliding: bool) -> Result<(), TestCaseError> {
    let hash = hash_fn(colliding);
    let mut m = mesh_rt_map_new();
    let mut model = Model::new();
    let mut versions: List = mesh_rt_list_empty();
    let mut models = Vec::new();
    for op in ops {
        match op {
            MapOp::Put(k, v) => {
                m = mesh_rt_map_put(m, *k as u64, *v as u64, int_eq, hash);
                model.insert(*k, *v);
            }
            MapOp::Delete(k) => {
                m = mesh_rt_map_delete(m, *k as u64, int_eq, hash);
                model.shift_remove(k);
            }
            MapOp::Merge(pairs) => {
                let b = mesh_rt_map_from_list(pair_list(pairs), int_eq, hash);
                let model_b: Model = pairs.iter().copied().collect();
                check_map(b, &model_b, hash)?;
                m = mesh_rt_map_merge(m, b, int_eq, hash);
                model.extend(model_b);
            }
            MapOp::Collect => collect_clean(),
        }
        check_map(m, &model, hash)?;
        let other = reversed(&model, hash);
        prop_assert_eq!(mesh_rt_map_eq(m, other, int_eq, hash, int_eq), 1);
        prop_assert_eq!(mesh_rt_map_cmp(m, other, int_cmp, int_cmp), 0);
        prop_assert_eq!(
            mesh_rt_map_hash(m, int_hash, int_hash),
            mesh_rt_map_hash(other, int_hash, int_hash)
        );
        versions = mesh_rt_list_append(versions, m.word());
        models.push(model.clone());
    }
    collect_clean();
    for (index, model) in models.iter().enumerate() {
        check_map(map_at(versions.items()[index]), model, hash)?;
    }
    Ok(())
}

/// The order of LANGUAGE.md §6.5 on the model: sorted entries, lexicographically.
fn model_cmp(a: &Model, b: &Model) -> i64 {
    let sorted = |m: &Model| {
        let mut entries: Vec<(i64, i64)> = m.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort();
        entries
    };
    sorted(a).cmp(&sorted(b)) as i64
}

#[derive(Debug, Clone)]
enum SetOp {
    Add(i64),
    Remove(i64),
    Union(Vec<i64>),
    Intersection(Vec<i64>),
    Difference(Vec<i64>),
    Collect,
}

fn elements() -> impl Strategy<Value = Vec<i64>> {
    prop::collection::vec(key(), 0..30)
}

fn set_op() -> impl Strategy<Value = SetOp> {
    prop_oneof![
        6 => key().prop_map(SetOp::Add),
        3 => key().prop_map(SetOp::Remove),
        1 => elements().prop_map(SetOp::Union),
        1 => elements().prop_map(SetOp::Intersection),
        1 => elements().prop_map(SetOp::Difference),
        1 => Just(SetOp::Collect),
    ]
}

fn check_set(s: Set, model: &IndexSet<i64>, hash: HashFn) -> Result<(), TestCaseError> {
    let expected: Vec<i64> = model.iter().copied().collect();
    prop_assert_eq!(mesh_rt_set_size(s), model.len() as i64);
    prop_assert_eq!(ints_of(mesh_rt_set_to_list(s)), expected.clone());
    let it = mesh_rt_set_iter_new(s);
    let mut walked = Vec::new();
    while mesh_rt_set_iter_next(it) == 1 {
        walked.push(mesh_rt_set_iter_element(it) as i64);
    }
    prop_assert_eq!(walked, expected);
    for x in 0..48 {
        let has = mesh_rt_set_contains(s, x as u64, int_eq, hash);
        prop_assert_eq!(has, u64::from(model.contains(&x)));
    }
    Ok(())
}

fn run_set_ops(ops: &[SetOp], colliding: bool) -> Result<(), TestCaseError> {
    let hash = hash_fn(colliding);
    let mut s = mesh_rt_set_new();
    let mut model = IndexSet::<i64>::new();
    let mut versions: List = mesh_rt_list_empty();
    let mut models = Vec::new();
    for op in ops {
        let other = |xs: &Vec<i64>| {
            let b = mesh_rt_set_from_list(ints(xs), int_eq, hash);
            let model_b: IndexSet<i64> = xs.iter().copied().collect();
            (b, model_b)
        };
        match op {
            SetOp::Add(x) => {
                s = mesh_rt_set_add(s, *x as u64, int_eq, hash);
                model.insert(*x);
            }
            SetOp::Remove(x) => {
                s = mesh_rt_set_remove(s, *x as u64, int_eq, hash);
                model.shift_remove(x);
            }
            SetOp::Union(xs) => {
                let (b, model_b) = other(xs);
                check_set(b, &model_b, hash)?;
                s = mesh_rt_set_union(s, b, int_eq, hash);
                model = model.union(&model_b).copied().collect();
            }
            SetOp::Intersection(xs) => {
                let (b, model_b) = other(xs);
                s = mesh_rt_set_intersection(s, b, int_eq, hash);
                model = model.intersection(&model_b).copied().collect();
            }
            SetOp::Difference(xs) => {
                let (b, model_b) = other(xs);
                s = mesh_rt_set_difference(s, b, int_eq, hash);
                model = model.difference(&model_b).copied().collect();
            }
            SetOp::Collect => collect_clean(),
        }
        check_set(s, &model, hash)?;
        let reversed: Vec<i64> = model.iter().rev().copied().collect();
        let other = mesh_rt_set_from_list(ints(&reversed), int_eq, hash);
        prop_assert_eq!(mesh_rt_set_eq(s, other, int_eq, hash), 1);
        prop_assert_eq!(mesh_rt_set_cmp(s, other, int_cmp), 0);
        prop_assert_eq!(
            mesh_rt_set_hash(s, int_hash),
            mesh_rt_set_hash(other, int_hash)
        );
        versions = mesh_rt_list_append(versions, s.word());
        models.push(model.clone());
    }
    collect_clean();
    for (index, model) in models.iter().enumerate() {
        check_set(set_at(versions.items()[index]), model, hash)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn maps_agree_with_indexmap(ops in prop::collection::vec(map_op(), 0..60)) {
        run(|| run_map_ops(&ops, false))?;
    }

    #[test]
    fn maps_with_colliding_hashes_agree_with_indexmap(
        ops in prop::collection::vec(map_op(), 0..60),
    ) {
        run(|| run_map_ops(&ops, true))?;
    }

    #[test]
    fn sets_agree_with_indexset(ops in prop::collection::vec(set_op(), 0..60)) {
        run(|| run_set_ops(&ops, false))?;
    }

    #[test]
    fn sets_with_colliding_hashes_agree_with_indexset(
        ops in prop::collection::vec(set_op(), 0..60),
    ) {
        run(|| run_set_ops(&ops, true))?;
    }

    #[test]
    fn map_order_and_equality_agree_with_sorted_entries(a in pairs(), b in pairs()) {
        run(|| {
            let (model_a, model_b): (Model, Model) =
                (a.iter().copied().collect(), b.iter().copied().collect());
            let ma = mesh_rt_map_from_list(pair_list(&a), int_eq, int_hash);
            let mb = mesh_rt_map_from_list(pair_list(&b), int_eq, int_hash);
            prop_assert_eq!(mesh_rt_map_cmp(ma, mb, int_cmp, int_cmp), model_cmp(&model_a, &model_b));
            let equal = u64::from(model_cmp(&model_a, &model_b) == 0);
            prop_assert_eq!(mesh_rt_map_eq(ma, mb, int_eq, int_hash, int_eq), equal);
            Ok(())
        })?;
    }

    #[test]
    fn set_order_agrees_with_sorted_elements(a in elements(), b in elements()) {
        run(|| {
            let sorted = |xs: &Vec<i64>| {
                let mut unique: Vec<i64> = xs.iter().copied().collect::<IndexSet<_>>().into_iter().collect();
                unique.sort();
                unique
            };
            let expected = sorted(&a).cmp(&sorted(&b)) as i64;
            let sa = mesh_rt_set_from_list(ints(&a), int_eq, int_hash);
            let sb = mesh_rt_set_from_list(ints(&b), int_eq, int_hash);
            prop_assert_eq!(mesh_rt_set_cmp(sa, sb, int_cmp), expected);
            Ok(())
        })?;
    }
}
