# error: P0001 duplicate `strategy` in supervisor
# A supervisor setting may appear at most once (LANGUAGE.md §3.13, §8.5).
actor worker() do
  println("worker")
end

supervisor App do
  strategy: one_for_one
  strategy: one_for_all
  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  spawn(App)
end
