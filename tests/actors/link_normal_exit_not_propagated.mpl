# A `normal` termination is not propagated over a link (LANGUAGE.md §6.12): `main` is linked to an
# actor whose body returns, and keeps running afterwards; the exit status is 0. `main` waits for
# the actor's exit by polling the registry (a name is removed when its process exits, STDLIB.md
# §5.16.1).
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
  link(q)
  link(q)
  Process.register("quick", q)
  println("main: linked twice (idempotent)")
  send(q, Go)
  wait_gone("quick")
  println("main: still running after the linked actor ended")
end
