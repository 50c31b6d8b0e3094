//! Property tests: random operation sequences on lists agree with a `Vec<i64>` model.
//!
//! Every operation takes its input(s) from a pool of all versions built so far (most often the
//! newest one, so that appends and conses extend a store in place, but also older ones, whose
//! stores a newer version has already extended) and adds its result to the pool. The pool is a
//! Mesh list, so the collector sees every version. After each step the new version is checked in
//! full (length, indexing, `fetch` in and out of range, head/last, equality, order, hash,
//! `contains`, Display, `enumerate`/`zip`, `map`/`filter`/`reduce`/`find`/`any`/`all`), and
//! *every* older version is checked to hold exactly what it held when it was made: persistence,
//! the invariant of lists sharing one store. Forced collections happen at random points.

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::list::*;
use mesh_rt::layout::MeshClosure;
use mesh_rt::list::{self, List};

use crate::support::*;

type Model = Vec<i64>;

/// Which version an operation reads: the newest, or any (by index into the pool).
#[derive(Debug, Clone)]
enum Src {
    Newest,
    Any(Index),
}

#[derive(Debug, Clone)]
enum ListOp {
    FromWords(Vec<i64>),
    Append(Src, i64),
    Prepend(Src, i64),
    Concat(Src, Src),
    Tail(Src),
    Drop(Src, i64),
    Take(Src, i64),
    Reverse(Src),
    SortOrd(Src),
    /// A stable sort by tens with a comparator closure.
    SortByTens(Src),
    /// `List.map` with a closure adding the value.
    MapAdd(Src, i64),
    /// `List.filter` keeping the multiples of the value (1..=4).
    FilterMultiples(Src, i64),
    Collect,
}

/// Longest list a `Concat` may build (longer ones are replaced by `Take` of half), so that
/// repeated self-concatenation cannot grow the lists exponentially.
const MAX_CONCAT: usize = 256;

fn element() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => -20i64..20,
        1 => any::<i64>(),
    ]
}

fn src() -> impl Strategy<Value = Src> {
    prop_oneof![Just(Src::Newest), any::<Index>().prop_map(Src::Any),]
}

fn count() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => -3i64..40,
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
    ]
}

fn list_op() -> impl Strategy<Value = ListOp> {
    prop_oneof![
        1 => prop::collection::vec(element(), 0..20).prop_map(ListOp::FromWords),
        8 => (src(), element()).prop_map(|(s, x)| ListOp::Append(s, x)),
        6 => (src(), element()).prop_map(|(s, x)| ListOp::Prepend(s, x)),
        2 => (src(), src()).prop_map(|(a, b)| ListOp::Concat(a, b)),
        2 => src().prop_map(ListOp::Tail),
        2 => (src(), count()).prop_map(|(s, n)| ListOp::Drop(s, n)),
        2 => (src(), count()).prop_map(|(s, n)| ListOp::Take(s, n)),
        1 => src().prop_map(ListOp::Reverse),
        1 => src().prop_map(ListOp::SortOrd),
        1 => src().prop_map(ListOp::SortByTens),
        1 => (src(), element()).prop_map(|(s, k)| ListOp::MapAdd(s, k)),
        1 => (src(), 1i64..5).prop_map(|(s, m)| ListOp::FilterMultiples(s, m)),
        1 => Just(ListOp::Collect),
    ]
}

extern "C" fn add_env(c: *const MeshClosure, x: u64) -> u64 {
    x.wrapping_add(env(c, 0))
}

extern "C" fn multiple_of_env(c: *const MeshClosure, x: u64) -> u64 {
    u64::from((x as i64).rem_euclid(env(c, 0) as i64) == 0)
}

extern "C" fn greater_than_env(c: *const MeshClosure, x: u64) -> u64 {
    u64::from(x as i64 > env(c, 0) as i64)
}

/// An order-sensitive fold step: `acc * 31 + x` (wrapping).
extern "C" fn mix(_: *const MeshClosure, acc: u64, x: u64) -> u64 {
    acc.wrapping_mul(31).wrapping_add(x)
}

/// Orders by `x.div_euclid(10)` only, so that a stable sort keeps the order within each ten.
extern "C" fn by_tens(_: *const MeshClosure, a: u64, b: u64) -> u64 {
    ((a as i64).div_euclid(10)).cmp(&(b as i64).div_euclid(10)) as i64 as u64
}

fn code1(f: extern "C" fn(*const MeshClosure, u64) -> u64) -> *const std::ffi::c_void {
    f as *const std::ffi::c_void
}

fn code2(f: extern "C" fn(*const MeshClosure, u64, u64) -> u64) -> *const std::ffi::c_void {
    f as *const std::ffi::c_void
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

fn version(versions: List, index: usize) -> List {
    list_at(versions.items()[index])
}

fn pick(s: &Src, pool: usize) -> usize {
    match s {
        Src::Newest => pool - 1,
        Src::Any(index) => index.index(pool),
    }
}

/// Everything observable about `xs` agrees with `model`.
fn check_list(xs: List, model: &Model) -> Result<(), TestCaseError> {
    let n = model.len() as i64;
    prop_assert_eq!(&ints_of(xs), model);
    prop_assert_eq!(mesh_rt_list_length(xs), n);
    prop_assert_eq!(mesh_rt_list_is_empty(xs), u64::from(model.is_empty()));
    for i in -2..n + 2 {
        let expected = usize::try_from(i).ok().and_then(|i| model.get(i)).copied();
        prop_assert_eq!(
            option(mesh_rt_list_fetch(xs, i)).map(|w| w as i64),
            expected
        );
        match expected {
            Some(x) => prop_assert_eq!(mesh_rt_list_get(xs, i) as i64, x),
            None if i == -1 || i == n => prop_assert_eq!(
                crash_reason(|| {
                    let _ = list::get(xs, i);
                }),
                format!("index {i} out of bounds (len {n})")
            ),
            None => {}
        }
    }
    match (model.first(), model.last()) {
        (Some(&first), Some(&last)) => {
            prop_assert_eq!(mesh_rt_list_head(xs) as i64, first);
            prop_assert_eq!(mesh_rt_list_last(xs) as i64, last);
            prop_assert_eq!(&ints_of(mesh_rt_list_tail(xs)), &model[1..].to_vec());
        }
        _ => {
            for reason in [
                crash_reason(|| {
                    let _ = list::head(xs);
                }),
                crash_reason(|| {
                    let _ = list::last(xs);
                }),
                crash_reason(|| {
                    let _ = list::tail(xs);
                }),
            ] {
                prop_assert_eq!(reason, "empty list");
            }
        }
    }
    let fresh = ints(model);
    prop_assert_eq!(mesh_rt_list_eq(xs, fresh, int_eq), 1);
    prop_assert_eq!(mesh_rt_list_cmp(xs, fresh, int_cmp), 0);
    prop_assert_eq!(
        mesh_rt_list_hash(xs, int_hash),
        mesh_rt_list_hash(fresh, int_hash)
    );
    for x in model.iter().take(3).chain([-21, 20].iter()) {
        prop_assert_eq!(
            mesh_rt_list_contains(xs, *x as u64, int_eq),
            u64::from(model.contains(x))
        );
    }
    let shown: Vec<String> = model.iter().map(i64::to_string).collect();
    prop_assert_eq!(
        text(mesh_rt_list_to_string(xs, int_show)),
        format!("[{}]", shown.join(", "))
    );
    let numbered: Vec<(i64, i64)> = model
        .iter()
        .enumerate()
        .map(|(i, &x)| (i as i64, x))
        .collect();
    prop_assert_eq!(int_pairs(mesh_rt_list_enumerate(xs)), numbered);
    let threshold = model.get(model.len() / 2).copied().unwrap_or(0);
    let above = closure(code1(greater_than_env), &[threshold as u64]);
    prop_assert_eq!(
        option(mesh_rt_list_find(xs, above)).map(|w| w as i64),
        model.iter().copied().find(|&x| x > threshold)
    );
    prop_assert_eq!(
        mesh_rt_list_any(xs, above),
        u64::from(model.iter().any(|&x| x > threshold))
    );
    prop_assert_eq!(
        mesh_rt_list_all(xs, above),
        u64::from(model.iter().all(|&x| x > threshold))
    );
    let folded = model
        .iter()
        .fold(7u64, |acc, &x| acc.wrapping_mul(31).wrapping_add(x as u64));
    prop_assert_eq!(mesh_rt_list_reduce(xs, 7, closure(code2(mix), &[])), folded);
    Ok(())
}

/// Checks two versions against each other: order, equality and `zip`.
fn check_pair(a: List, b: List, model_a: &Model, model_b: &Model) -> Result<(), TestCaseError> {
    prop_assert_eq!(mesh_rt_list_cmp(a, b, int_cmp), model_a.cmp(model_b) as i64);
    prop_assert_eq!(mesh_rt_list_eq(a, b, int_eq), u64::from(model_a == model_b));
    let zipped: Vec<(i64, i64)> = model_a
        .iter()
        .copied()
        .zip(model_b.iter().copied())
        .collect();
    prop_assert_eq!(int_pairs(mesh_rt_list_zip(a, b)), zipped);
    Ok(())
}

fn run_list_ops(ops: &[ListOp]) -> Result<(), TestCaseError> {
    let mut versions: List = mesh_rt_list_append(mesh_rt_list_empty(), ints(&[]).word());
    let mut models: Vec<Model> = vec![Vec::new()];
    for op in ops {
        let pool = models.len();
        let at = |s: &Src| (version(versions, pick(s, pool)), &models[pick(s, pool)]);
        let (xs, model): (List, Model) = match op {
            ListOp::FromWords(words) => (ints(words), words.clone()),
            ListOp::Append(s, x) => {
                let (xs, m) = at(s);
                let mut m = m.clone();
                m.push(*x);
                (mesh_rt_list_append(xs, *x as u64), m)
            }
            ListOp::Prepend(s, x) => {
                let (xs, m) = at(s);
                let mut m = m.clone();
                m.insert(0, *x);
                (mesh_rt_list_prepend(*x as u64, xs), m)
            }
            ListOp::Concat(a, b) => {
                let ((xa, ma), (xb, mb)) = (at(a), at(b));
                if ma.len() + mb.len() > MAX_CONCAT {
                    let half = ma.len() / 2;
                    (mesh_rt_list_take(xa, half as i64), ma[..half].to_vec())
                } else {
                    (mesh_rt_list_concat(xa, xb), [&ma[..], &mb[..]].concat())
                }
            }
            ListOp::Tail(s) => {
                let (xs, m) = at(s);
                if m.is_empty() {
                    // The empty-list panic is checked by `check_list`; keep the list.
                    (xs, m.clone())
                } else {
                    (mesh_rt_list_tail(xs), m[1..].to_vec())
                }
            }
            ListOp::Drop(s, n) => {
                let (xs, m) = at(s);
                let k = (*n).clamp(0, m.len() as i64) as usize;
                (mesh_rt_list_drop(xs, *n), m[k..].to_vec())
            }
            ListOp::Take(s, n) => {
                let (xs, m) = at(s);
                let k = (*n).clamp(0, m.len() as i64) as usize;
                (mesh_rt_list_take(xs, *n), m[..k].to_vec())
            }
            ListOp::Reverse(s) => {
                let (xs, m) = at(s);
                (mesh_rt_list_reverse(xs), m.iter().rev().copied().collect())
            }
            ListOp::SortOrd(s) => {
                let (xs, m) = at(s);
                let mut m = m.clone();
                m.sort();
                (mesh_rt_list_sort_ord(xs, int_cmp), m)
            }
            ListOp::SortByTens(s) => {
                let (xs, m) = at(s);
                let mut m = m.clone();
                m.sort_by_key(|x| x.div_euclid(10));
                let cmp = closure(code2(by_tens), &[]);
                (mesh_rt_list_sort(xs, cmp), m)
            }
            ListOp::MapAdd(s, k) => {
                let (xs, m) = at(s);
                let f = closure(code1(add_env), &[*k as u64]);
                (
                    mesh_rt_list_map(xs, f),
                    m.iter().map(|x| x.wrapping_add(*k)).collect(),
                )
            }
            ListOp::FilterMultiples(s, d) => {
                let (xs, m) = at(s);
                let p = closure(code1(multiple_of_env), &[*d as u64]);
                (
                    mesh_rt_list_filter(xs, p),
                    m.iter()
                        .copied()
                        .filter(|x| x.rem_euclid(*d) == 0)
                        .collect(),
                )
            }
            ListOp::Collect => {
                collect_clean();
                let newest = version(versions, pool - 1);
                (newest, models[pool - 1].clone())
            }
        };
        check_list(xs, &model)?;
        let other = pool / 2;
        check_pair(xs, version(versions, other), &model, &models[other])?;
        versions = mesh_rt_list_append(versions, xs.word());
        models.push(model);
        // Persistence: no version changed, whatever was appended or consed since.
        for (index, model) in models.iter().enumerate() {
            prop_assert_eq!(
                &ints_of(version(versions, index)),
                model,
                "version {}",
                index
            );
        }
    }
    collect_clean();
    for (index, model) in models.iter().enumerate() {
        check_list(version(versions, index), model)?;
    }
    Ok(())
}

/// Branching from one list many times: every branch keeps its own elements.
fn run_branches(base: &[i64], branches: &[(bool, Vec<i64>)]) -> Result<(), TestCaseError> {
    let start = ints(base);
    let mut versions = mesh_rt_list_empty();
    let mut models = Vec::new();
    for (front, extra) in branches {
        let mut xs = start;
        let mut model = base.to_vec();
        for &x in extra {
            if *front {
                xs = mesh_rt_list_prepend(x as u64, xs);
                model.insert(0, x);
            } else {
                xs = mesh_rt_list_append(xs, x as u64);
                model.push(x);
            }
        }
        versions = mesh_rt_list_append(versions, xs.word());
        models.push(model);
    }
    collect_clean();
    prop_assert_eq!(ints_of(start), base.to_vec());
    for (index, model) in models.iter().enumerate() {
        prop_assert_eq!(&ints_of(version(versions, index)), model);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn lists_agree_with_vec_and_every_version_persists(
        ops in prop::collection::vec(list_op(), 0..80),
    ) {
        run(|| run_list_ops(&ops))?;
    }

    #[test]
    fn branches_from_one_list_never_see_each_other(
        base in prop::collection::vec(element(), 0..8),
        branches in prop::collection::vec(
            (any::<bool>(), prop::collection::vec(element(), 0..10)),
            1..8,
        ),
    ) {
        run(|| run_branches(&base, &branches))?;
    }

    #[test]
    fn sort_ord_agrees_with_vec_sort(xs in prop::collection::vec(any::<i64>(), 0..200)) {
        run(|| {
            let mut sorted = xs.clone();
            sorted.sort();
            prop_assert_eq!(ints_of(mesh_rt_list_sort_ord(ints(&xs), int_cmp)), sorted);
            Ok(())
        })?;
    }
}
