# error: E0021 invalid shutdown value `soon` for child `w`
# A child's `shutdown:` is a positive number of milliseconds or `brutal_kill` (LANGUAGE.md
# §5.19, §8.4).
actor worker() do
  println("worker")
end

supervisor App do
  child fine do
    start: fn -> spawn(worker) end
    shutdown: brutal_kill
  end
  child w do
    start: fn -> spawn(worker) end
    shutdown: soon
  end
end

fn main() do
  spawn(App)
end
