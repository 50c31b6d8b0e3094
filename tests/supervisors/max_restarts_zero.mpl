# With `max_restarts: 0` the first failure shuts the supervisor down (LANGUAGE.md §6.14): the
# crashed child is not restarted, the other child is stopped (its `terminate` runs), and the
# supervisor terminates with reason `shutdown`, seen by a monitor (STDLIB.md §5.16.3). stderr is
# not checked (crash line with a pid number the spec does not fix).
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

supervisor Strict do
  max_restarts: 0
  child first do
    start: fn -> start_worker("first") end
  end
  child second do
    start: fn -> start_worker("second") end
  end
end

fn await_registered(name :: String) -> Pid do
  let p = Process.whereis(name)
  if Pid.is_none(p) do
    Timer.sleep(5)
    await_registered(name)
  else
    p
  end
end

actor watcher() do
  let sup = spawn(Strict)
  let ref = Process.monitor(sup)
  await_registered("second")
  send(await_registered("first"), Crash)
  receive do
    (:down, r, _, reason) when r == ref -> println("supervisor down: ${reason}")
  end
end

fn main() do
  spawn(watcher)
end
