# Job.map runs f on every element in its own job, concurrently, and returns the outcomes in input
# order once all have finished: Ok(value), or Err(reason) for an element whose job crashed
# (STDLIB.md §5.15). Durations differ, the order of the results does not; 20 jobs sleeping 300 ms
# each finish in far less than 20 × 300 ms.
fn sleep_then(ms :: Int) -> Int do
  Timer.sleep(ms)
  ms
end

fn main() do
  println("${Job.map([1, 2, 3, 0, 5], fn x -> 60 / x end)}")
  println("${Job.map(["a", "bb", "ccc"], fn w -> String.length(w) end)}")
  let empty = Job.map([], fn x -> x + 1 end)
  println("empty: ${empty}")
  println("input order: ${Job.map([300, 10, 150], fn ms -> sleep_then(ms) end)}")
  let t0 = Timer.now_ms()
  let naps = Job.map(Range.to_list(Range.new(0, 20)), fn _ -> sleep_then(300) end)
  let elapsed = Timer.now_ms() - t0
  println("all ok: ${List.all(naps, fn r -> r == Ok(300) end)}, count: ${List.length(naps)}")
  println("ran concurrently: ${elapsed >= 300 and elapsed < 3000}")
end
