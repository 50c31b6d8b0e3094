# `main` linked to an actor that panics is terminated with the same reason (LANGUAGE.md §6.12):
# the process exits at once with status 1 (§1.5, §6.15), even though `main` is sleeping, after
# flushing stdout. The actor waits for `Go` so that the link exists before it crashes. stderr
# holds the actor's crash line (pid number not fixed by the spec) and then
# `[mesh] main crashed: division by zero`; it is not checked.
type Signal do
  Go
end

actor doomed() do
  receive do
    Go ->
      println("doomed: about to divide by zero")
      let zero = 0
      println("doomed: never printed ${1 / zero}")
  end
end

fn main() do
  let d = spawn(doomed)
  link(d)
  println("main: linked")
  send(d, Go)
  Timer.sleep(20000)
  println("main: never printed")
end
