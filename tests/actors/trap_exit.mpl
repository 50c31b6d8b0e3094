# Process.trap_exit (STDLIB.md §5.16.1, §5.16.3; LANGUAGE.md §6.11–§6.12): an actor that traps
# exits is not terminated through its links; it receives `(:exit, pid, reason)` instead, for every
# reason including `normal`, and also for Process.exit signals (with the sender's pid). trap_exit
# returns the previous setting. The actor's own message type (Int) is independent of the exit
# arms. Only the trapper prints.
type Cmd do
  Finish
  Crash
end

actor worker() do
  receive do
    Finish -> ()
    Crash ->
      let zero = 0
      println("never printed ${1 / zero}")
  end
end

actor signaller(target :: Pid<Int>, reason :: String) do
  Process.exit(target, reason)
end

actor trapper() do
  println("previous setting: ${Process.trap_exit(true)}")
  let a = spawn(worker)
  link(a)
  send(a, Crash)
  receive do
    (:exit, pid, reason) ->
      let same_pid = "${pid}" == "${a}"
      println("exit from a: ${reason}, pid ok: ${same_pid}")
  end
  let b = spawn(worker)
  link(b)
  send(b, Finish)
  receive do
    (:exit, _, reason) -> println("exit from b: ${reason}")
  end
  let s = spawn(signaller, self(), "please stop")
  receive do
    (:exit, pid, reason) ->
      let same_pid = "${pid}" == "${s}"
      println("exit signal: ${reason}, from the signaller: ${same_pid}")
  end
  send(self(), 42)
  receive do
    n -> println("still alive, ordinary message ${n + 0}")
  end
  println("setting now: ${Process.trap_exit(false)}, then: ${Process.trap_exit(false)}")
end

fn main() do
  spawn(trapper)
end
