# `link(pid)` to an actor that is no longer alive behaves as if the linked actor had just
# terminated with reason `noproc` (LANGUAGE.md §6.12), so `main` crashes: stderr is exactly
# `[mesh] main crashed: noproc` and the status is 1 (§6.15). The actor ended normally (no crash
# line); `main` waits for its exit by polling the registry (STDLIB.md §5.16.1).
type Signal do
  Go
end

actor quick() do
  receive do
    Go -> println("quick: returning normally")
  end
end

fn wait_gone(name :: String) -> () do
  if not Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    wait_gone(name)
  end
end

fn main() do
  let q = spawn(quick)
  Process.register("quick", q)
  send(q, Go)
  wait_gone("quick")
  println("main: linking to a dead actor")
  link(q)
  Timer.sleep(20000)
  println("main: never printed")
end
