# error: P0001 unexpected `priority` in supervisor body
# Only `strategy`, `max_restarts`, `max_seconds` and `child` may appear in a supervisor body
# (LANGUAGE.md §3.13, §8.5). The offending member is a single token, so any recovery reports it
# once.
actor worker() do
  println("worker")
end

supervisor App do
  child w do
    start: fn -> spawn(worker) end
  end
  priority
end

fn main() do
  spawn(App)
end
