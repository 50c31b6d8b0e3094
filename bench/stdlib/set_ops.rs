// set_ops: see set_ops.mpl. std HashSet (SipHash, mutable, unordered).
use std::collections::HashSet;

fn main() {
    let n: i64 = 100_000;
    let xs: Vec<i64> = (0..n).map(|i| (i * 7919) % 1_000_003).collect();
    let mut s: HashSet<i64> = HashSet::new();
    for &x in &xs {
        s.insert(x);
    }
    let mut again = s.clone();
    for &x in &xs {
        again.insert(x);
    }
    let hits: i64 = xs
        .iter()
        .map(|x| s.contains(x) as i64 + s.contains(&(x + 1_000_003)) as i64)
        .sum();
    let mut half = s.clone();
    for x in xs.iter().filter(|x| *x % 2 == 0) {
        half.remove(x);
    }
    let rest: i64 = half.iter().sum();
    println!(
        "set_ops size={} again={} hits={} after_remove={} rest={}",
        s.len(),
        again.len(),
        hits,
        half.len(),
        rest
    );
}
