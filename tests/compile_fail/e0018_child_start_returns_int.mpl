# error: E0018 child `w` start function must return Pid, found `Int`
# A child's `start:` must be a `Fun() -> Pid<M>` (LANGUAGE.md §5.19, §8.4).
# Interpretation: `{T}` is the start function's return type (here `Int`), not the type of the
# whole `start:` expression.
actor worker() do
  println("worker")
end

supervisor App do
  strategy: one_for_one
  child ok do
    start: fn -> spawn(worker) end
  end
  child w do
    start: fn -> 42 end
  end
end

fn main() do
  spawn(App)
end
