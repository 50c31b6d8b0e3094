# A call to a service that is not alive terminates the caller with reason `noproc`; a failed call
# from `main` ends the program with status 1 and `[mesh] main crashed: noproc` (LANGUAGE.md §6.13,
# §6.15). The service is killed with Process.exit(pid, "kill") (STDLIB.md §5.16.1), and `main`
# waits until its registered name disappears, so it is dead when the call is made.
# Interpretation: a process killed by an exit signal writes no `actor … crashed` line (§6.9 writes
# one for panics), so main's line is the only stderr output.
service Box do
  fn init(v :: Int) -> Int do
    v
  end

  call Get() :: Int do |v|
    (v, v)
  end
end

fn wait_gone(name :: String) -> () do
  if not Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    wait_gone(name)
  end
end

fn main() do
  let b = Box.start(7)
  println("registered: ${Process.register("box", b)}")
  println("value: ${Box.get(b)}")
  Process.exit(b, "kill")
  wait_gone("box")
  println("the box is gone")
  println("never printed: ${Box.get(b)}")
end
