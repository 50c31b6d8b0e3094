# Process.monitor (STDLIB.md §5.16.1, §5.16.3): the monitoring actor receives
# `(:down, ref, pid, reason)` exactly once when the monitored actor exits — reason `normal` for a
# returning body, the panic message for a crash, `noproc` at once for a dead pid or Pid.none().
# References are positive and distinct. After Process.demonitor no DOWN arrives. The DOWN arm is
# a system-message arm: it binds Int, Pid<()>, String and does not constrain the message type
# (LANGUAGE.md §5.17). Pids are compared through their Display text.
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

actor driver() do
  let a = spawn(worker)
  let ra = Process.monitor(a)
  send(a, Finish)
  receive do
    (:down, r, pid, reason) ->
      let same_pid = "${pid}" == "${a}"
      println("a: ${reason}, ref ok: ${r == ra and r > 0}, pid ok: ${same_pid}")
  end
  let b = spawn(worker)
  let rb = Process.monitor(b)
  send(b, Crash)
  receive do
    (:down, r, _, reason) when r == rb -> println("b: ${reason}, new ref: ${rb != ra}")
  end
  let ra2 = Process.monitor(a)
  receive do
    (:down, r, _, reason) when r == ra2 -> println("a again: ${reason}")
  end
  let rn = Process.monitor(Pid.none())
  receive do
    (:down, r, _, reason) when r == rn -> println("none: ${reason}")
  end
  let c = spawn(worker)
  let rc = Process.monitor(c)
  println("demonitor: ${Process.demonitor(rc)}")
  println("demonitor again: ${Process.demonitor(rc)}")
  send(c, Finish)
  receive do
    (:down, _, _, reason) -> println("unexpected DOWN: ${reason}")
  after 200 ->
    println("no DOWN after demonitor")
  end
end

fn main() do
  spawn(driver)
end
