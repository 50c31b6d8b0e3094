// list_ops: see list_ops.mpl. Vec with iterator map/filter/fold, stable sort, push, reverse.
fn checksum(xs: &[i64]) -> i64 {
    xs.iter().fold(0i64, |acc, &x| (acc * 31 + x) % 1_000_000_007)
}

fn main() {
    let n: i64 = 1_000_000;
    let xs: Vec<i64> = (0..n).map(|i| (i * 7919) % 1_000_003).collect();
    let mapped: Vec<i64> = xs.iter().map(|x| x * 3 + 1).collect();
    let evens: Vec<i64> = mapped.iter().copied().filter(|x| x % 2 == 0).collect();
    let total: i64 = evens.iter().fold(0, |acc, x| acc + x);
    let mut sorted = xs.clone();
    sorted.sort();
    let mut appended: Vec<i64> = Vec::new();
    for i in 0..n {
        appended.push(i * 2);
    }
    let reversed: Vec<i64> = appended.iter().rev().copied().collect();
    println!(
        "list_ops evens={} total={} sorted={} appended={} reversed={} min={} max={}",
        evens.len(),
        total,
        checksum(&sorted),
        checksum(&appended),
        checksum(&reversed),
        sorted[0],
        sorted[sorted.len() - 1]
    );
}
