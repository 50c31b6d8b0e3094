# error: E0019 unknown supervision strategy `all_for_one`
# error: E0020 invalid restart type `forever` for child `a`
# error: E0021 invalid shutdown value `later` for child `a`
# error: E0018 child `b` start function must return Pid, found `String`
# Every supervisor error is reported, ordered by primary span start (LANGUAGE.md §8.1, §8.4).
# Interpretation: `{T}` in E0018 is the start function's return type.
actor worker() do
  println("worker")
end

supervisor App do
  strategy: all_for_one
  child a do
    start: fn -> spawn(worker) end
    restart: forever
    shutdown: later
  end
  child b do
    start: fn -> "not a pid" end
  end
end

fn main() do
  spawn(App)
end
