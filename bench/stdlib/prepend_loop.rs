// prepend_loop: see prepend_loop.mpl. VecDeque::push_front is the O(1) prepend.
use std::collections::VecDeque;

fn main() {
    let mut xs: VecDeque<i64> = VecDeque::new();
    for i in 0..20_000i64 {
        xs.push_front(i * 3);
    }
    let ys: Vec<i64> = xs.iter().rev().copied().collect();
    let sum = ys.iter().fold(0i64, |acc, &x| (acc * 31 + x) % 1_000_000_007);
    println!("prepend_loop len={} head={} checksum={}", ys.len(), xs[0], sum);
}
