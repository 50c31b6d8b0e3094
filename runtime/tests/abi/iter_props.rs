//! Property tests: random `Iter` pipelines agree with the same pipelines of Rust iterators.
//!
//! A pipeline starts from a list or a range, goes through random stages (`take`, `skip`,
//! `enumerate`, `zip` with a second source, `map` and `filter` with closures, partial pulls with
//! `next`, forced collections) and ends in a terminal function (`collect`, `count`, `sum`, `any`,
//! `all`, `find`, `reduce`, or pulling with `next` until `None`). The Rust side is the same chain
//! of `std` adapters over a boxed iterator. Besides the elements, the tests check single-pass
//! semantics (an iterator that a combinator or a terminal function has consumed yields `None`)
//! and that callbacks run exactly as often as in Rust's lazy adapters (once per pulled element),
//! fused: an iterator that has ended is not pulled again.

use std::cell::Cell;
use std::rc::Rc;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use mesh_rt::abi::gc::*;
use mesh_rt::abi::iter::*;
use mesh_rt::iter::Iter;
use mesh_rt::layout::MeshClosure;

use crate::support::*;

/// An element: an Int or a two-word tuple (from `enumerate` and `zip`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum V {
    Int(i64),
    Pair(Box<V>, Box<V>),
}

/// The type of the elements, to read Mesh words back as [`V`]s.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ty {
    Int,
    Pair(Box<Ty>, Box<Ty>),
}

#[derive(Debug, Clone)]
enum Source {
    List(Vec<i64>),
    /// `first..last` (half-open).
    Range(i64, i64),
}

#[derive(Debug, Clone)]
enum Stage {
    Take(i64),
    Skip(i64),
    Enumerate,
    Zip(Source),
    /// `map` adding the value (Int elements only).
    MapAdd(i64),
    /// `filter` keeping multiples of the value (Int elements only).
    FilterMultiples(i64),
    /// Pulls up to this many elements with `next`.
    Pull(usize),
    Collect,
}

#[derive(Debug, Clone)]
enum Terminal {
    CollectList,
    Count,
    /// `next` until `None`.
    Drain,
    /// The terminals below need Int elements; otherwise `CollectList` runs instead.
    Sum,
    Any(i64),
    All(i64),
    Find(i64),
    Reduce(i64),
}

fn element() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => -20i64..20,
        1 => any::<i64>(),
    ]
}

fn source() -> impl Strategy<Value = Source> {
    let length = -3i64..40;
    prop_oneof![
        prop::collection::vec(element(), 0..40).prop_map(Source::List),
        (-30i64..30, length.clone()).prop_map(|(first, n)| Source::Range(first, first + n)),
        (0i64..50, length.clone()).prop_map(|(back, n)| Source::Range(
            i64::MAX - back,
            (i64::MAX - back).saturating_add(n)
        )),
        (0i64..50, length)
            .prop_map(|(up, n)| Source::Range(i64::MIN + up, i64::MIN + up + n.max(0))),
    ]
}

fn count() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => -3i64..45,
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
    ]
}

fn stage() -> impl Strategy<Value = Stage> {
    prop_oneof![
        3 => count().prop_map(Stage::Take),
        3 => count().prop_map(Stage::Skip),
        2 => Just(Stage::Enumerate),
        2 => source().prop_map(Stage::Zip),
        2 => element().prop_map(Stage::MapAdd),
        2 => (1i64..5).prop_map(Stage::FilterMultiples),
        2 => (0usize..6).prop_map(Stage::Pull),
        1 => Just(Stage::Collect),
    ]
}

fn terminal() -> impl Strategy<Value = Terminal> {
    prop_oneof![
        Just(Terminal::CollectList),
        Just(Terminal::Count),
        Just(Terminal::Drain),
        Just(Terminal::Sum),
        element().prop_map(Terminal::Any),
        element().prop_map(Terminal::All),
        element().prop_map(Terminal::Find),
        element().prop_map(Terminal::Reduce),
    ]
}

/// Callback counters: the Mesh closures bump the cell whose address they capture.
type Counter = Rc<Cell<u64>>;

fn counter_word(counter: &Counter) -> u64 {
    counter.as_ptr() as u64
}

fn bump(c: *const MeshClosure, slot: usize) {
    let cell = env(c, slot) as *const Cell<u64>;
    // Safety: the tests capture the address of a `Cell<u64>` kept alive for the whole case.
    let cell = unsafe { &*cell };
    cell.set(cell.get() + 1);
}

/// `x + env[0]`, counting calls in `env[1]`.
extern "C" fn add_env(c: *const MeshClosure, x: u64) -> u64 {
    bump(c, 1);
    x.wrapping_add(env(c, 0))
}

/// Whether `x` is a multiple of `env[0]`, counting calls in `env[1]`.
extern "C" fn multiple_of_env(c: *const MeshClosure, x: u64) -> u64 {
    bump(c, 1);
    u64::from((x as i64).rem_euclid(env(c, 0) as i64) == 0)
}

/// Whether `x > env[0]`, counting calls in `env[1]`.
extern "C" fn greater_than_env(c: *const MeshClosure, x: u64) -> u64 {
    bump(c, 1);
    u64::from(x as i64 > env(c, 0) as i64)
}

/// `acc * 31 + x` (wrapping), counting calls in `env[0]`.
extern "C" fn mix(c: *const MeshClosure, acc: u64, x: u64) -> u64 {
    bump(c, 0);
    acc.wrapping_mul(31).wrapping_add(x)
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

/// The Mesh iterator of a source.
fn mesh_source(source: &Source) -> Iter {
    match source {
        Source::List(xs) => mesh_rt_iter_from_list(ints(xs)),
        Source::Range(first, last) => {
            let range = [*first, *last];
            // Safety: `range` is two readable words.
            unsafe { mesh_rt_iter_from_range(range.as_ptr()) }
        }
    }
}

type RustIter = Box<dyn Iterator<Item = V>>;

/// The Rust iterator of a source.
fn rust_source(source: &Source) -> RustIter {
    match source {
        Source::List(xs) => Box::new(xs.clone().into_iter().map(V::Int)),
        Source::Range(first, last) => Box::new((*first..*last).map(V::Int)),
    }
}

/// Reads the Mesh element `word` of type `ty`.
fn decode(word: u64, ty: &Ty) -> V {
    match ty {
        Ty::Int => V::Int(word as i64),
        Ty::Pair(a, b) => V::Pair(
            Box::new(decode(field(word, 0), a)),
            Box::new(decode(field(word, 1), b)),
        ),
    }
}

fn int_of(v: V) -> i64 {
    match v {
        V::Int(x) => x,
        V::Pair(..) => panic!("an Int element was expected"),
    }
}

/// `it.next()`, read back.
fn next(it: Iter, ty: &Ty) -> Option<V> {
    option(mesh_rt_iter_next(it)).map(|w| decode(w, ty))
}

/// The iterator is exhausted: `next` yields `None` (twice, to be sure it stays so).
fn check_consumed(it: Iter, what: &str) -> Result<(), TestCaseError> {
    for _ in 0..2 {
        prop_assert_eq!(option(mesh_rt_iter_next(it)), None, "{} yields again", what);
    }
    Ok(())
}

fn is_int(ty: &Ty) -> bool {
    *ty == Ty::Int
}

fn run_pipeline(
    start: &Source,
    stages: &[Stage],
    terminal: &Terminal,
) -> Result<(), TestCaseError> {
    let mesh_calls: Counter = Rc::new(Cell::new(0));
    let rust_calls: Counter = Rc::new(Cell::new(0));
    let mut it = mesh_source(start);
    let mut rust = rust_source(start);
    let mut ty = Ty::Int;
    for stage in stages {
        let before = it;
        match stage {
            Stage::Take(n) => {
                it = mesh_rt_iter_take(it, *n);
                rust = Box::new(rust.take((*n).max(0) as usize));
            }
            Stage::Skip(n) => {
                it = mesh_rt_iter_skip(it, *n);
                rust = Box::new(rust.skip((*n).max(0) as usize));
            }
            Stage::Enumerate => {
                it = mesh_rt_iter_enumerate(it);
                rust = Box::new(
                    rust.enumerate()
                        .map(|(i, v)| V::Pair(Box::new(V::Int(i as i64)), Box::new(v))),
                );
                ty = Ty::Pair(Box::new(Ty::Int), Box::new(ty));
            }
            Stage::Zip(other) => {
                let second = mesh_source(other);
                it = mesh_rt_iter_zip(it, second);
                check_consumed(second, "the second input of zip")?;
                rust = Box::new(
                    rust.zip(rust_source(other))
                        .map(|(a, b)| V::Pair(Box::new(a), Box::new(b))),
                );
                ty = Ty::Pair(Box::new(ty), Box::new(Ty::Int));
            }
            Stage::MapAdd(k) if is_int(&ty) => {
                let f = closure(code1(add_env), &[*k as u64, counter_word(&mesh_calls)]);
                it = mesh_rt_iter_map(it, f);
                let (k, calls) = (*k, rust_calls.clone());
                rust = Box::new(rust.map(move |v| {
                    calls.set(calls.get() + 1);
                    V::Int(int_of(v).wrapping_add(k))
                }));
            }
            Stage::FilterMultiples(d) if is_int(&ty) => {
                let p = closure(
                    code1(multiple_of_env),
                    &[*d as u64, counter_word(&mesh_calls)],
                );
                it = mesh_rt_iter_filter(it, p);
                let (d, calls) = (*d, rust_calls.clone());
                rust = Box::new(rust.filter(move |v| {
                    calls.set(calls.get() + 1);
                    matches!(v, V::Int(x) if x.rem_euclid(d) == 0)
                }));
            }
            Stage::MapAdd(_) | Stage::FilterMultiples(_) => continue,
            Stage::Pull(k) => {
                for _ in 0..*k {
                    prop_assert_eq!(next(it, &ty), rust.next());
                }
                continue;
            }
            Stage::Collect => {
                collect_clean();
                continue;
            }
        }
        // A Mesh iterator that has ended stays ended (it is never pulled again), whereas a Rust
        // adapter such as `zip` may pull its inputs again after returning `None`: fuse it.
        rust = Box::new(rust.fuse());
        check_consumed(before, "the input of a combinator")?;
    }
    let int_elements = is_int(&ty);
    match terminal {
        Terminal::Count => {
            prop_assert_eq!(mesh_rt_iter_count(it), rust.count() as i64);
        }
        Terminal::Drain => {
            let mut pulled = Vec::new();
            while let Some(v) = next(it, &ty) {
                pulled.push(v);
            }
            prop_assert_eq!(pulled, rust.collect::<Vec<_>>());
        }
        Terminal::Sum if int_elements => {
            let sum = rust.map(int_of).fold(0i64, i64::wrapping_add);
            prop_assert_eq!(mesh_rt_iter_sum_int(it), sum);
        }
        Terminal::Any(t) if int_elements => {
            let p = closure(
                code1(greater_than_env),
                &[*t as u64, counter_word(&mesh_calls)],
            );
            let calls = rust_calls.clone();
            let expected = rust.map(int_of).any(|x| {
                calls.set(calls.get() + 1);
                x > *t
            });
            prop_assert_eq!(mesh_rt_iter_any(it, p), u64::from(expected));
        }
        Terminal::All(t) if int_elements => {
            let p = closure(
                code1(greater_than_env),
                &[*t as u64, counter_word(&mesh_calls)],
            );
            let calls = rust_calls.clone();
            let expected = rust.map(int_of).all(|x| {
                calls.set(calls.get() + 1);
                x > *t
            });
            prop_assert_eq!(mesh_rt_iter_all(it, p), u64::from(expected));
        }
        Terminal::Find(t) if int_elements => {
            let p = closure(
                code1(greater_than_env),
                &[*t as u64, counter_word(&mesh_calls)],
            );
            let calls = rust_calls.clone();
            let expected = rust.map(int_of).find(|&x| {
                calls.set(calls.get() + 1);
                x > *t
            });
            prop_assert_eq!(option(mesh_rt_iter_find(it, p)).map(|w| w as i64), expected);
        }
        Terminal::Reduce(init) if int_elements => {
            let f = closure(code2(mix), &[counter_word(&mesh_calls)]);
            let calls = rust_calls.clone();
            let expected = rust.map(int_of).fold(*init as u64, |acc, x| {
                calls.set(calls.get() + 1);
                acc.wrapping_mul(31).wrapping_add(x as u64)
            });
            prop_assert_eq!(mesh_rt_iter_reduce(it, *init as u64, f), expected);
        }
        _ => {
            let list = mesh_rt_iter_collect_list(it);
            let got: Vec<V> = list.items().iter().map(|&w| decode(w, &ty)).collect();
            prop_assert_eq!(got, rust.collect::<Vec<_>>());
        }
    }
    check_consumed(it, "an iterator after a terminal function")?;
    prop_assert_eq!(
        mesh_calls.get(),
        rust_calls.get(),
        "callbacks ran as often as Rust's"
    );
    Ok(())
}

/// Iterators built and partly pulled, then collected after a collection: the iterator objects
/// keep their sources (and each other) alive.
fn run_survives_collection(xs: &[i64], take: i64, pulls: usize) -> Result<(), TestCaseError> {
    let it = mesh_rt_iter_take(
        mesh_rt_iter_enumerate(mesh_rt_iter_from_list(ints(xs))),
        take,
    );
    let ty = Ty::Pair(Box::new(Ty::Int), Box::new(Ty::Int));
    let mut rust = xs
        .iter()
        .enumerate()
        .map(|(i, &x)| V::Pair(Box::new(V::Int(i as i64)), Box::new(V::Int(x))))
        .take(take.max(0) as usize);
    for _ in 0..pulls {
        prop_assert_eq!(next(it, &ty), rust.next());
    }
    // The source list is reachable only through the iterators; after the collection, fresh
    // objects of the same sizes would reuse its memory had it been freed.
    collect_clean();
    for _ in 0..4 {
        let _ = ints(&vec![-1; xs.len()]);
        let _ = ints(&[-1, -1, -1]);
    }
    let words = mesh_rt_iter_collect_list(it);
    let got: Vec<V> = words.items().iter().map(|&w| decode(w, &ty)).collect();
    prop_assert_eq!(got, rust.collect::<Vec<_>>());
    Ok(())
}

/// A list iterator yields the list it was built from, even when that list's store is extended
/// in place (by appends and concatenations) while the iterator is half-way through it.
fn run_list_extended_meanwhile(
    xs: &[i64],
    pulls: usize,
    extra: &[i64],
) -> Result<(), TestCaseError> {
    let list = ints(xs);
    let it = mesh_rt_iter_from_list(list);
    let mut rust = xs.iter().map(|&x| V::Int(x));
    for _ in 0..pulls {
        prop_assert_eq!(next(it, &Ty::Int), rust.next());
    }
    let mut longer = list;
    for &x in extra {
        longer = mesh_rt::abi::list::mesh_rt_list_append(longer, x as u64);
    }
    let longer = mesh_rt::abi::list::mesh_rt_list_concat(longer, ints(extra));
    let words = mesh_rt_iter_collect_list(it);
    let got: Vec<V> = words.items().iter().map(|&w| decode(w, &Ty::Int)).collect();
    prop_assert_eq!(got, rust.collect::<Vec<_>>());
    let all: Vec<i64> = [xs, extra, extra].concat();
    prop_assert_eq!(ints_of(longer), all);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn iter_pipelines_agree_with_std_iterators(
        start in source(),
        stages in prop::collection::vec(stage(), 0..8),
        terminal in terminal(),
    ) {
        run(|| run_pipeline(&start, &stages, &terminal))?;
    }

    #[test]
    fn iterators_keep_their_sources_alive(
        xs in prop::collection::vec(element(), 0..300),
        take in count(),
        pulls in 0usize..10,
    ) {
        run(|| run_survives_collection(&xs, take, pulls))?;
    }

    #[test]
    fn list_iterators_ignore_later_extensions_of_the_store(
        xs in prop::collection::vec(element(), 0..20),
        pulls in 0usize..25,
        extra in prop::collection::vec(element(), 0..20),
    ) {
        run(|| run_list_extended_meanwhile(&xs, pulls, &extra))?;
    }
}
