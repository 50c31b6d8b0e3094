# Restart intensity (LANGUAGE.md §6.14): with `max_restarts: 2` the first two crashes are
# restarted; the third would make 3 restarts within `max_seconds`, so the supervisor instead stops
# its remaining children (their `terminate` runs), writes its `exceeded max_restarts` line to
# stderr and terminates with reason `shutdown`. A watcher monitors the supervisor and prints the
# DOWN reason (STDLIB.md §5.16.3); it crashes the `flaky` child through the registry, one
# incarnation at a time. stderr (crash lines with pid numbers the spec does not fix) is not
# checked.
type Cmd do
  Crash
end

actor worker(name :: String) do
  terminate do
    println("${name}: terminate")
  end
  receive do
    Crash ->
      let zero = 0
      println("${name}: never printed ${1 / zero}")
  end
end

fn start_worker(name :: String) -> Pid<Cmd> do
  println("start ${name}")
  let pid = spawn(worker, name)
  Process.register(name, pid)
  pid
end

supervisor Fragile do
  strategy: one_for_one
  max_restarts: 2
  max_seconds: 60
  child steady do
    start: fn -> start_worker("steady") end
  end
  child flaky do
    start: fn -> start_worker("flaky") end
  end
end

fn await_new(name :: String, old :: Pid) -> Pid do
  let p = Process.whereis(name)
  if Pid.is_none(p) or p == old do
    Timer.sleep(5)
    await_new(name, old)
  else
    p
  end
end

fn crash_times(name :: String, old :: Pid, n :: Int) -> () do
  if n > 0 do
    let p = await_new(name, old)
    send(p, Crash)
    crash_times(name, p, n - 1)
  end
end

actor watcher() do
  let sup = spawn(Fragile)
  let ref = Process.monitor(sup)
  crash_times("flaky", Pid.none(), 3)
  receive do
    (:down, r, _, reason) when r == ref -> println("supervisor down: ${reason}")
  end
end

fn main() do
  spawn(watcher)
end
