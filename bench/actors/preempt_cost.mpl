# preempt_cost: call- and loop-bound code, to measure what the preemption and stack checks cost
# (docs/design/processes.md). Build it with a compiler before commit 3de0f7f (no checks) and one
# after, and compare (see README.md, "Cost of the preemption checks").
fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn count(i :: Int, acc :: Int) -> Int do
  if i == 0 do
    acc
  else
    count(i - 1, acc + i % 7)
  end
end

fn main() do
  println("${fib(30)}")
  println("${count(100000000, 0)}")
end
