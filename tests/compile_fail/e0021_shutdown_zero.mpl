# error: E0021 invalid shutdown value `0` for child `w`
# `shutdown:` must be a *positive* Int (LANGUAGE.md §5.19), so 0 is rejected.
actor worker() do
  println("worker")
end

supervisor App do
  child w do
    start: fn -> spawn(worker) end
    shutdown: 0
  end
end

fn main() do
  spawn(App)
end
