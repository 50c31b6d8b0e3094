# An exit signal with a custom reason (Process.exit, STDLIB.md §5.16.1) terminates an actor that
# does not trap exits with that reason; the reason then travels over its link to `main`, which
# crashes with it (LANGUAGE.md §6.12): stderr is exactly `[mesh] main crashed: boom`, status 1.
# Interpretation: only panics write an `actor … crashed` line (§6.9); an actor terminated by an
# exit signal writes none, so main's line is the only one.
type Signal do
  Wake
end

actor idle() do
  receive do
    Wake -> println("idle: never printed")
  end
end

fn main() do
  let p = spawn(idle)
  link(p)
  println("main: linked, sending the exit signal")
  Process.exit(p, "boom")
  Timer.sleep(20000)
  println("main: never printed")
end
