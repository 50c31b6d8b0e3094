# `receive … after t` (LANGUAGE.md §5.17, §6.11): `after 0` scans the mailbox once and runs the
# after body if nothing matched; with a timeout and no message the after body runs after at least
# t ms; a message already waiting wins; a negative t behaves as 0; non-matching messages neither
# reset the timer nor get consumed. The arm bodies and the after body give the receive's value.
# Nobody else sends to the actor, so nothing depends on scheduling.
type Msg do
  Num(Int)
  Other(String)
end

actor waiter() do
  let a = receive do
    Num(n) -> n
  after 0 ->
    -1
  end
  println("after 0 on an empty mailbox: ${a}")
  let t1 = Timer.now_ms()
  let b = receive do
    Num(n) -> n
  after 50 ->
    -2
  end
  println("after 50 with no message: ${b}, waited 50 ms: ${Timer.now_ms() - t1 >= 50}")
  send(self(), Num(7))
  let c = receive do
    Num(n) -> n * 10
  after 5000 ->
    -3
  end
  println("message already waiting: ${c}")
  let d = receive do
    Num(n) -> n
  after -5 ->
    -4
  end
  println("negative timeout: ${d}")
  send(self(), Other("kept"))
  let t2 = Timer.now_ms()
  let e = receive do
    Num(n) -> n
  after 30 ->
    -5
  end
  println("non-matching message present: ${e}, waited 30 ms: ${Timer.now_ms() - t2 >= 30}")
  receive do
    Other(s) -> println("the other message was kept: ${s}")
  after 0 ->
    println("the other message was lost")
  end
end

fn main() do
  spawn(waiter)
end
