# Program exit (LANGUAGE.md §1.5, §6.15): after `main` returns, the program keeps running while an
# actor waits in a `receive` with `after`, sleeps, or has a pending Timer.send_after; once every
# remaining actor is blocked in a receive without timeout the program is quiescent, the actors are
# discarded without running their `terminate` clauses, and the exit status is 0.
actor blocked_forever(name :: String) do
  terminate do
    println("${name}: terminate must not run at quiescence")
  end
  receive do
    n -> println("${name} got ${n + 0}")
  end
end

actor late() do
  terminate do
    println("late: terminate must not run at quiescence")
  end
  receive do
    0 -> println("late: unexpected message")
  after 100 ->
    println("late: after 100 fired")
  end
  Timer.sleep(100)
  println("late: woke from sleep")
  Timer.send_after(self(), 100, 1)
  receive do
    1 -> println("late: delayed message arrived")
  end
  println("late: now blocking forever")
  receive do
    2 -> println("late: unexpected message")
  end
end

fn main() do
  spawn(blocked_forever, "a")
  spawn(blocked_forever, "b")
  println("main: returning")
  spawn(late)
end
