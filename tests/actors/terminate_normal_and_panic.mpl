# An actor's `terminate do … end` clause (LANGUAGE.md §3.13, §5.17, §6.12) runs in the terminating
# actor after its body returns and after a panic, and sees the current values of the actor's
# parameters (those of the latest tail self-call). The driver monitors each counter before
# talking to it and prints only after the DOWN message (STDLIB.md §5.16.3), which is sent when
# the counter has finished terminating.
type Cmd do
  Inc
  Stop
  Crash
end

actor counter(n :: Int) do
  terminate do
    println("counter terminate: n = ${n}")
  end
  receive do
    Inc -> counter(n + 1)
    Stop -> println("counter body returns at ${n}")
    Crash ->
      let zero = n - n
      println("never printed ${n / zero}")
  end
end

actor driver() do
  let a = spawn(counter, 0)
  let ra = Process.monitor(a)
  send(a, Inc)
  send(a, Inc)
  send(a, Inc)
  send(a, Stop)
  receive do
    (:down, r, _, reason) when r == ra -> println("first counter down: ${reason}")
  end
  let b = spawn(counter, 10)
  let rb = Process.monitor(b)
  send(b, Inc)
  send(b, Crash)
  receive do
    (:down, r, _, reason) when r == rb -> println("second counter down: ${reason}")
  end
end

fn main() do
  spawn(driver)
end
