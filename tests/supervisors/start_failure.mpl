# If a child's start function panics, the children already started are stopped in reverse order
# and the supervisor terminates with reason `shutdown` (LANGUAGE.md §6.14). The failing start
# function first waits until the watcher has registered the name "go" — which it does right after
# monitoring the supervisor — so the monitor is in place before the supervisor can fail. stderr
# is not checked.
type Cmd do
  Crash
end

actor worker(name :: String) do
  terminate do
    println("${name}: terminate")
  end
  receive do
    Crash -> println("${name}: crash requested")
  end
end

fn start_worker(name :: String) -> Pid<Cmd> do
  println("start ${name}")
  spawn(worker, name)
end

fn await_registered(name :: String) -> () do
  if Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    await_registered(name)
  end
end

fn failing_start() -> Pid<Cmd> do
  await_registered("go")
  println("start broken: failing")
  let zero = 0
  let n = 1 / zero
  spawn(worker, "broken ${n}")
end

supervisor App do
  strategy: one_for_one
  child a do
    start: fn -> start_worker("a") end
  end
  child b do
    start: fn -> start_worker("b") end
  end
  child broken do
    start: fn -> failing_start() end
  end
  child c do
    start: fn -> start_worker("c") end
  end
end

actor watcher() do
  let sup = spawn(App)
  let ref = Process.monitor(sup)
  Process.register("go", self())
  receive do
    (:down, r, _, reason) when r == ref -> println("supervisor down: ${reason}")
  end
end

fn main() do
  spawn(watcher)
end
