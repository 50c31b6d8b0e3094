# idle_memory: main spawns 100,000 actors that block in `receive` (no message ever comes), then
# a reporter that sleeps 500 ms — while all of them are alive and idle — and prints. run.sh
# also builds this program with `let n = 0` and reports (peak RSS with 100,000 idle actors −
# peak RSS with none) / 100,000 = bytes per idle process. When the reporter has printed, the
# idle actors are blocked forever, so the program is quiescent and exits.
actor idle() do
  receive do
    v -> println("idle actor got ${v + 0}")
  end
end

actor reporter(n :: Int) do
  Timer.sleep(500)
  println("idle_memory actors=${n}")
end

fn spawn_idle(i :: Int, n :: Int) -> () do
  if i < n do
    spawn(idle)
    spawn_idle(i + 1, n)
  end
end

fn main() do
  let n = 100000
  spawn_idle(0, n)
  spawn(reporter, n)
end
