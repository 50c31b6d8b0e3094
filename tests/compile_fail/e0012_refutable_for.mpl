# error: E0012 refutable pattern in `for`: `Option<Int>` is not fully covered
# Interpretation: §8.4 gives the `let` message "also for `for`"; in a `for` it names `for`.
fn main() do
  let xs = for Some(n) in [Some(1), None] do n end
  println("${xs}")
end
