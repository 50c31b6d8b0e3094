# Pid.none() is the distinguished "no process" pid (STDLIB.md §5.16.2): it displays as
# `#PID<none>` (LANGUAGE.md §7.1), `Pid.is_none` recognises it, no real process equals it, sending
# to it drops the message (§6.11), and failed registry lookups return it (STDLIB.md §5.16.1).
actor sink(total :: Int) do
  receive do
    0 -> println("sink total: ${total}")
    n -> sink(total + n)
  end
end

fn main() do
  let none :: Pid<Int> = Pid.none()
  println("${none}")
  println("${none.inspect()}")
  println("is_none(none): ${Pid.is_none(none)}")
  send(none, 5)
  println("sending to none returned")
  let s = spawn(sink, 0)
  println("is_none(real): ${Pid.is_none(s)}")
  println("real == none: ${s == none}, none == none: ${none == Pid.none()}")
  println("whereis of an unknown name is none: ${Pid.is_none(Process.whereis("nobody"))}")
  println("lookup of an unknown name: ${Process.lookup("nobody")}")
  send(s, 40)
  send(s, 2)
  send(s, 0)
end
