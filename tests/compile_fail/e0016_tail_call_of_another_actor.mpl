# error: E0016 actor `second` cannot be called directly; use `spawn(second, …)`
# Only an actor's own name may be called in tail position of its body (LANGUAGE.md §5.17);
# continuing as another actor is not allowed.
actor second(n :: Int) do
  println("second ${n}")
end

actor first(n :: Int) do
  println("first ${n}")
  second(n + 1)
end

fn main() do
  spawn(first, 0)
end
