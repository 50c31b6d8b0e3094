# Crash isolation (LANGUAGE.md §6.9, §6.12, §6.15): an actor that divides by zero terminates alone;
# `main` keeps running, another actor keeps its state and its queued messages, and the exit status
# stays 0. `main` cannot receive, so it waits for the crash by polling the registry: a name is
# removed when its process exits (STDLIB.md §5.16.1). The crash line on stderr names the actor's
# pid, whose number the spec does not fix, so stderr is not checked.
type Signal do
  Go
end

type Acc do
  Add(Int)
  Report
end

actor crasher() do
  receive do
    Go ->
      let zero = 0
      println("crasher: never printed ${1 / zero}")
  end
end

actor accumulator(total :: Int) do
  receive do
    Add(n) -> accumulator(total + n)
    Report -> println("accumulator total: ${total}")
  end
end

fn wait_gone(name :: String) -> () do
  if not Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    wait_gone(name)
  end
end

fn main() do
  let acc = spawn(accumulator, 0)
  send(acc, Add(1))
  send(acc, Add(2))
  let c = spawn(crasher)
  println("registered: ${Process.register("crasher", c)}")
  send(c, Go)
  wait_gone("crasher")
  println("main: the crasher is gone, main keeps running")
  send(acc, Add(3))
  send(acc, Report)
end
