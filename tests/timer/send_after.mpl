# Timer.send_after (STDLIB.md §5.14): the message is delivered after at least `ms` milliseconds
# as an ordinary message matched by ordinary receive arms; an immediate send overtakes it;
# several delayed messages arrive in deadline order (300 ms vs 150 ms); the message is delivered
# even when the actor that scheduled it has already exited.
type TimerMsg do
  Tick(Int)
  Now
end

actor scheduler(target :: Pid<TimerMsg>) do
  Timer.send_after(target, 50, Tick(99))
end

actor ticker() do
  let t0 = Timer.now_ms()
  Timer.send_after(self(), 100, Tick(1))
  send(self(), Now)
  receive do
    Tick(n) -> println("tick ${n} came first (wrong)")
    Now -> println("the immediate message comes first")
  end
  receive do
    Tick(n) -> println("tick ${n}, at least 100 ms later: ${Timer.now_ms() - t0 >= 100}")
  after 5000 ->
    println("tick never arrived")
  end
  Timer.send_after(self(), 300, Tick(3))
  Timer.send_after(self(), 150, Tick(2))
  receive do
    Tick(n) -> println("first delayed: ${n}")
  end
  receive do
    Tick(n) -> println("second delayed: ${n}")
  end
  spawn(scheduler, self())
  receive do
    Tick(n) -> println("delivered after its sender exited: ${n}")
  after 5000 ->
    println("never delivered")
  end
end

fn main() do
  spawn(ticker)
end
