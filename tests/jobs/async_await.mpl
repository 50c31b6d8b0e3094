# Job.async starts a process computing f(); Job.await waits for it and gives Ok(value), or
# Err(reason) when the job terminated without a value (its panic message); a crashing job does
# not affect the caller; a pid that is not an unawaited job of the caller gives Err("noproc")
# (STDLIB.md §5.15, §7.2). Jobs work in `main` and capture variables like closures.
fn slow_square(n :: Int) -> Int do
  Timer.sleep(20)
  n * n
end

fn main() do
  let j = Job.async(fn -> slow_square(12) end)
  println("await: ${Job.await(j)}")
  println("await again: ${Job.await(j)}")
  let base = "mesh"
  let s = Job.async(fn -> String.to_upper(base) <> "!" end)
  println("string job: ${Job.await(s)}")
  let zero = 0
  let bad = Job.async(fn -> 10 / zero end)
  println("crashed job: ${Job.await(bad)}")
  let jobs = List.map([1, 2, 3, 4], fn k -> Job.async(fn -> slow_square(k) end) end)
  let results = List.map(List.reverse(jobs), fn job -> Job.await(job) end)
  println("awaited in reverse order: ${results}")
  let never_started :: Pid<Int> = Pid.none()
  println("not a job: ${Job.await(never_started)}")
  println("main is unaffected")
end
