# error: E0016 actor `worker` cannot be called directly; use `spawn(worker, …)`
# An actor's name is not an ordinary function: outside `spawn` it may only be called in tail
# position of its own body (LANGUAGE.md §5.17).
actor worker(n :: Int) do
  println("worker ${n}")
end

fn main() do
  worker(1)
end
