# A service with an initialiser, calls and casts (LANGUAGE.md §5.18, §6.13): `S.start(args)` runs
# the initialiser, each `call Op` becomes the synchronous `S.op(pid, …)` (snake_case), each
# `cast Op` the asynchronous `S.op(pid, …)`. A call handler returns `(new_state, reply)`.
# Requests from one caller are handled in order, so a cast is applied before a later call.
service Counter do
  fn init(start :: Int) -> Int do
    start
  end

  call GetCount() :: Int do |count|
    (count, count)
  end

  call AddAndGetOld(n :: Int) :: Int do |count|
    (count + n, count)
  end

  cast Increment() do |count|
    count + 1
  end

  cast SetTo(n :: Int) do |_count|
    n
  end
end

fn main() do
  let c = Counter.start(5)
  println("initial: ${Counter.get_count(c)}")
  Counter.increment(c)
  Counter.increment(c)
  println("after two casts: ${Counter.get_count(c)}")
  println("old value returned: ${Counter.add_and_get_old(c, 10)}")
  println("new value: ${Counter.get_count(c)}")
  Counter.set_to(c, -1)
  println("after set_to: ${Counter.get_count(c)}")
  let other = Counter.start(100)
  Counter.increment(other)
  println("two instances: ${Counter.get_count(c)} ${Counter.get_count(other)}")
end
