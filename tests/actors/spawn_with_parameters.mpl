# spawn(a, e1, …, en) passes the arguments to the actor's parameters (LANGUAGE.md §5.17); the
# arguments are evaluated in the spawning actor before the actor is created (§6.2), and the new
# actor starts later (§6.10). Parameters may be unannotated (§3.13 simple_param), and an actor
# without parameters may omit the parentheses. Every actor prints before it spawns the next one,
# so the output order is causal.
fn note(label :: String, value :: Int) -> Int do
  println("evaluating ${label}")
  value
end

actor third do
  println("third: no parameters")
end

actor second(label :: String, items :: List<Int>, pair :: (Int, String), untyped) do
  println("second: ${label} ${items} ${pair} ${untyped + 1}")
  spawn(third)
end

actor first(name :: String, n :: Int, x :: Float, ok :: Bool) do
  println("first: ${name} ${n} ${x} ${ok}")
  spawn(second, name <> "!", [n, n + 1], (n * 2, "two"), 99)
end

fn main() do
  println("main: start")
  spawn(first, "alpha", note("n", 41), 2.5, note("ok", 1) == 1)
end
