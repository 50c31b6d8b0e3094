//! Timings of the persistent `Map` and `Set` at 100,000 Int keys, next to
//! `std::collections::HashMap`/`HashSet` (SipHash) in the same run. Prints a table; asserts only
//! correctness, never timings. Run with `cargo bench -p mesh_rt --bench map`.
//!
//! Mesh keys are hashed by the FNV-1a callback the code generator supplies for `Int` (LANGUAGE.md
//! §6.5) and compared by an `eq` callback, as in compiled programs. Lookups visit the keys in a
//! scrambled order so that neither side benefits from insertion-order locality. Mesh times include
//! the collections that the garbage of replaced versions triggers.

use std::collections::{HashMap, HashSet};
use std::hint::black_box;
use std::time::Duration;

use mesh_rt::abi::gc::{mesh_rt_gc_collect, mesh_rt_gc_heap_bytes};
use mesh_rt::abi::map::*;
use mesh_rt::abi::set::*;
use mesh_rt::map::Map;
use mesh_rt::set::Set;

const N: u64 = 100_000;
const ROUNDS: usize = 5;

extern "C" fn int_eq(a: u64, b: u64) -> u64 {
    u64::from(a == b)
}

extern "C" fn int_hash(x: u64) -> i64 {
    mesh_rt::value::fnv1a(mesh_rt::value::FNV_OFFSET, &x.to_le_bytes()) as i64
}

/// Key number `i` of a scrambled visit of `0..N` (7919 is prime, so this is a permutation).
fn scrambled(i: u64) -> u64 {
    i * 7919 % N
}

/// CPU time used by this thread so far (not wall time: the machine may be shared).
fn thread_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // Safety: `now` is a valid timespec to write to.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "clock_gettime");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// The fastest of `ROUNDS` runs of `op` on a fresh `setup()` (not timed), in nanoseconds of CPU
/// time per operation.
fn best_with<S, T>(mut setup: impl FnMut() -> S, mut op: impl FnMut(S) -> T) -> f64 {
    let mut fastest = Duration::MAX;
    for _ in 0..ROUNDS {
        let input = setup();
        let start = thread_time();
        black_box(op(input));
        fastest = fastest.min(thread_time() - start);
    }
    fastest.as_nanos() as f64 / N as f64
}

/// The fastest of `ROUNDS` runs of `f`, in nanoseconds of CPU time per operation.
fn best<T>(mut f: impl FnMut() -> T) -> f64 {
    best_with(|| (), |()| f())
}

#[inline(never)]
fn mesh_put() -> Map {
    (0..N).fold(mesh_rt_map_new(), |m, k| {
        mesh_rt_map_put(m, k, k, int_eq, int_hash)
    })
}

fn mesh_get(m: Map) -> u64 {
    (0..N).fold(0, |sum, i| {
        sum + mesh_rt_map_get_or(m, scrambled(i), 0, int_eq, int_hash)
    })
}

fn mesh_fetch(m: Map) -> u64 {
    (0..N).fold(0, |sum, i| {
        sum ^ mesh_rt_map_fetch(m, scrambled(i), int_eq, int_hash)
    })
}

fn mesh_has_key(m: Map) -> u64 {
    (0..N).fold(0, |sum, i| {
        sum + mesh_rt_map_has_key(m, scrambled(i), int_eq, int_hash)
    })
}

fn mesh_update(m: Map) -> Map {
    (0..N).fold(m, |m, i| {
        mesh_rt_map_put(m, scrambled(i), i + 1, int_eq, int_hash)
    })
}

fn mesh_delete(m: Map) -> Map {
    (0..N).fold(m, |m, i| {
        mesh_rt_map_delete(m, scrambled(i), int_eq, int_hash)
    })
}

fn mesh_iterate(m: Map) -> u64 {
    let it = mesh_rt_map_iter_new(m);
    let mut sum = 0;
    while mesh_rt_map_iter_next(it) == 1 {
        sum += mesh_rt_map_iter_value(it);
    }
    sum
}

fn mesh_set_add() -> Set {
    (0..N).fold(mesh_rt_set_new(), |s, k| {
        mesh_rt_set_add(s, k, int_eq, int_hash)
    })
}

fn mesh_set_contains(s: Set) -> u64 {
    (0..N).fold(0, |sum, i| {
        sum + mesh_rt_set_contains(s, scrambled(i), int_eq, int_hash)
    })
}

fn std_put() -> HashMap<u64, u64> {
    let mut m = HashMap::new();
    for k in 0..N {
        m.insert(k, k);
    }
    m
}

fn std_get(m: &HashMap<u64, u64>) -> u64 {
    (0..N)
        .map(|i| m.get(&scrambled(i)).copied().unwrap_or(0))
        .sum()
}

fn std_contains(m: &HashMap<u64, u64>) -> u64 {
    (0..N)
        .map(|i| u64::from(m.contains_key(&scrambled(i))))
        .sum()
}

fn std_update(m: &mut HashMap<u64, u64>) {
    for i in 0..N {
        m.insert(scrambled(i), i + 1);
    }
}

fn std_delete(mut m: HashMap<u64, u64>) -> HashMap<u64, u64> {
    for i in 0..N {
        m.remove(&scrambled(i));
    }
    m
}

fn std_set_add() -> HashSet<u64> {
    (0..N).collect()
}

/// Bytes allocated per operation by `SAMPLE` runs of `op` (the heap's byte count grows by each
/// object's slot size; a sample during which a collection ran is retried).
fn allocated<T>(mut op: impl FnMut(u64) -> T) -> f64 {
    const SAMPLE: u64 = 1000;
    loop {
        let (before, collections) = (mesh_rt::gc::heap_bytes(), mesh_rt::gc::stats().collections);
        for i in 0..SAMPLE {
            black_box(op(scrambled(i)));
        }
        if mesh_rt::gc::stats().collections == collections {
            return (mesh_rt::gc::heap_bytes() - before) as f64 / SAMPLE as f64;
        }
    }
}

fn row(name: &str, mesh: f64, std: f64) {
    println!("{name:<28} {mesh:>10.1} {std:>10.1} {:>8.1}x", mesh / std);
}

fn main() {
    mesh_rt::process::run(|| {
        let m = mesh_put();
        let s = mesh_set_add();
        let reference = std_put();
        let total = N * (N - 1) / 2;
        assert_eq!(mesh_get(m), total);
        assert_eq!(mesh_has_key(m), N);
        assert_eq!(mesh_set_contains(s), N);
        assert_eq!(mesh_iterate(m), total);
        assert_eq!(mesh_rt_map_size(mesh_delete(m)), 0);
        assert_eq!(std_get(&reference), total);

        let mut updated = reference.clone();
        println!("{N} Int keys, ns of CPU time per operation (best of {ROUNDS})");
        println!(
            "{:<28} {:>10} {:>10} {:>9}",
            "operation", "Mesh Map", "std", "ratio"
        );
        row("put (new keys, in order)", best(mesh_put), best(std_put));
        row(
            "put (existing, new value)",
            best(|| mesh_update(m)),
            best(|| std_update(&mut updated)),
        );
        row(
            "get (get_or)",
            best(|| mesh_get(m)),
            best(|| std_get(&reference)),
        );
        row(
            "fetch (allocates Some)",
            best(|| mesh_fetch(m)),
            best(|| std_get(&reference)),
        );
        row(
            "has_key / contains_key",
            best(|| mesh_has_key(m)),
            best(|| std_contains(&reference)),
        );
        row(
            "delete (all, one by one)",
            best(|| mesh_delete(m)),
            best_with(|| reference.clone(), std_delete),
        );
        row(
            "iterate (for)",
            best(|| mesh_iterate(m)),
            best(|| reference.values().sum::<u64>()),
        );
        row("Set add", best(mesh_set_add), best(std_set_add));
        let std_set = std_set_add();
        let std_set_contains = || (0..N).filter(|&i| std_set.contains(&scrambled(i))).count();
        row(
            "Set contains",
            best(|| mesh_set_contains(s)),
            best(std_set_contains),
        );

        println!("bytes allocated per operation on the {N}-entry map:");
        let grown = allocated(|k| mesh_rt_map_put(m, N + k, 0, int_eq, int_hash));
        println!("  put (new key)       {grown:>6.0}");
        let updated = allocated(|k| mesh_rt_map_put(m, k, 1, int_eq, int_hash));
        println!("  put (existing key)  {updated:>6.0}");
        let deleted = allocated(|k| mesh_rt_map_delete(m, k, int_eq, int_hash));
        println!("  delete              {deleted:>6.0}");

        black_box((m, s));
        mesh_rt_gc_collect();
        let with_maps = mesh_rt_gc_heap_bytes();
        println!(
            "heap after a collection, map and set of {N} live: {:.1} MiB ({:.0} bytes per entry)",
            with_maps as f64 / (1 << 20) as f64,
            with_maps as f64 / (2 * N) as f64
        );
        black_box((m, s));
    });
}
