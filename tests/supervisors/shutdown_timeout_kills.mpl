# Stopping a child (LANGUAGE.md §6.14): with `shutdown: N` the child gets a `shutdown` exit and is
# killed if it has not ended after N ms. Here one child traps exits and ignores the signal, so it
# is killed after 200 ms (no `terminate` for `killed`, §6.12); the other ends at once and runs
# its `terminate`. A `brutal_kill` child is killed at once. one_for_all stops the others, in
# reverse start order, when `trigger` crashes; all are restarted, and `main` waits for the new
# `trigger` (the last one started) through the registry.
type Cmd do
  Crash
end

actor stubborn() do
  Process.trap_exit(true)
  terminate do
    println("stubborn: terminate")
  end
  receive do
    (:exit, _, reason) -> println("stubborn: ignoring ${reason}")
  end
  receive do
    Crash -> ()
  end
end

actor polite() do
  terminate do
    println("polite: terminate")
  end
  receive do
    Crash -> ()
  end
end

actor trigger() do
  receive do
    Crash ->
      let zero = 0
      println("never printed ${1 / zero}")
  end
end

fn start(name :: String, pid :: Pid) -> Pid do
  println("start ${name}")
  Process.register(name, pid)
  pid
end

supervisor App do
  strategy: one_for_all
  child s do
    start: fn -> start("stubborn", spawn(stubborn)) end
    shutdown: 200
  end
  child p do
    start: fn -> start("polite", spawn(polite)) end
    shutdown: 200
  end
  child b do
    start: fn -> start("brutal", spawn(polite)) end
    shutdown: brutal_kill
  end
  child t do
    start: fn -> start("trigger", spawn(trigger)) end
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

fn main() do
  spawn(App)
  let t = await_new("trigger", Pid.none())
  let started = Timer.now_ms()
  send(t, Crash)
  # The last child to start again: the whole restart is over.
  await_new("trigger", t)
  println("restarted after at least 200 ms: ${Timer.now_ms() - started >= 200}")
end
