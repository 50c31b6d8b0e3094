// string_build: see string_build.mpl. Same work with std String/Vec.
fn main() {
    let n: i64 = 1_000_000;
    let pieces: Vec<String> = (0..n).map(|i| format!("{}", i * 7)).collect();
    let joined = pieces.join(",");
    let parts: Vec<&str> = joined.split(',').collect();
    let numbers: Vec<i64> = parts
        .iter()
        .map(|p| p.trim().parse::<i64>().unwrap_or(0))
        .collect();
    let sum: i64 = numbers.iter().sum();
    let rejoined = parts.join(",");
    println!(
        "string_build len={} parts={} sum={} same={}",
        joined.chars().count(),
        parts.len(),
        sum,
        rejoined == joined
    );
}
