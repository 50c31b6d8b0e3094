// empty: prints one line; its run time is the process start-up cost, which run.sh subtracts
// from the other Rust timings.
fn main() {
    println!("empty");
}
