# `terminate` also runs when an actor is terminated through a link, but not for `killed`
# (Process.exit with "kill") and not for actors discarded at quiescence (LANGUAGE.md §6.12, §1.5;
# STDLIB.md §5.16.1). A panic's reason propagates unchanged over the link. The driver prints only
# after both DOWN messages have arrived, so the terminate lines come first.
type Cmd do
  LinkTo(Pid<Cmd>, Pid<Int>)
  Crash
end

actor member(name :: String) do
  terminate do
    println("${name}: terminate")
  end
  receive do
    LinkTo(other, ack) ->
      link(other)
      send(ack, 1)
      member(name)
    Crash ->
      let zero = 0
      println("${name}: never printed ${1 / zero}")
  end
end

actor driver() do
  let a = spawn(member, "a")
  let b = spawn(member, "b")
  let c = spawn(member, "c")
  spawn(member, "d")
  let ra = Process.monitor(a)
  let rb = Process.monitor(b)
  let rc = Process.monitor(c)
  send(b, LinkTo(a, self()))
  receive do
    1 -> println("b is linked to a")
  end
  send(a, Crash)
  let reason_a = receive do
    (:down, r, _, reason) when r == ra -> reason
  end
  let reason_b = receive do
    (:down, r, _, reason) when r == rb -> reason
  end
  println("a down: ${reason_a}")
  println("b down: ${reason_b}")
  Process.exit(c, "kill")
  receive do
    (:down, r, _, reason) when r == rc -> println("c down: ${reason}")
  end
  println("driver done; d stays blocked and is discarded at quiescence")
end

fn main() do
  spawn(driver)
end
