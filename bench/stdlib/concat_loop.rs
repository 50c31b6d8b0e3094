// concat_loop: see concat_loop.mpl. `acc + &piece` reuses acc's buffer (amortised O(1)).
fn main() {
    let mut acc = String::new();
    for i in 0..20_000i64 {
        acc = acc + &format!("{}", i * 3) + ";";
    }
    println!(
        "concat_loop len={} has_last={}",
        acc.chars().count(),
        acc.ends_with("59997;")
    );
}
