# Escalation (LANGUAGE.md §6.14): an inner supervisor that exceeds its restart intensity stops its
# children and terminates with `shutdown`; the outer supervisor sees that like any child's end
# and, the inner one being `permanent`, starts it again, which starts fresh children. `main`
# crashes the inner worker through the registry, one incarnation at a time. stderr (crash lines
# and the `exceeded max_restarts` line) is not checked.
type Cmd do
  Crash
end

actor worker() do
  terminate do
    println("worker: terminate")
  end
  receive do
    Crash ->
      let zero = 0
      println("never printed ${1 / zero}")
  end
end

fn start_worker() -> Pid<Cmd> do
  println("start worker")
  let pid = spawn(worker)
  Process.register("worker", pid)
  pid
end

supervisor Inner do
  max_restarts: 1
  max_seconds: 60
  child w do
    start: fn -> start_worker() end
  end
end

fn start_inner() -> Pid<()> do
  println("start inner")
  spawn(Inner)
end

supervisor Outer do
  max_restarts: 5
  max_seconds: 60
  child inner do
    start: fn -> start_inner() end
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

fn crash_times(old :: Pid, n :: Int) -> Pid do
  if n > 0 do
    let p = await_new("worker", old)
    send(p, Crash)
    crash_times(p, n - 1)
  else
    old
  end
end

fn main() do
  spawn(Outer)
  let last = crash_times(Pid.none(), 2)
  await_new("worker", last)
  println("main: done")
end
