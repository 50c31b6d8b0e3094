fn is_even(0) = true
fn is_even(n) = is_odd(n - 1)

fn is_odd(0) = false
fn is_odd(n) = is_even(n - 1)

fn main() do
  println("${is_even(10)} ${is_odd(10)} ${is_even(777)} ${is_odd(777)}")
  println("${collatz_steps(27)}")
end

fn collatz_steps(n :: Int) -> Int do
  if n == 1 do 0 else 1 + next_step(n) end
end

fn next_step(n :: Int) -> Int do
  if n % 2 == 0 do collatz_steps(n / 2) else collatz_steps(3 * n + 1) end
end
