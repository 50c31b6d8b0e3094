# Timer.now_ms reads a monotonic clock: successive readings never decrease (STDLIB.md §5.14,
# Beyond). Only comparisons are printed, never a time value.
fn decreases(previous :: Int, remaining :: Int, seen :: Int) -> Int do
  if remaining == 0 do
    seen
  else
    let now = Timer.now_ms()
    let bad = if now < previous do 1 else 0 end
    decreases(now, remaining - 1, seen + bad)
  end
end

fn main() do
  let start = Timer.now_ms()
  let work = List.reduce(Range.to_list(Range.new(0, 100000)), 0, fn acc, x -> acc + x % 7 end)
  let finish = Timer.now_ms()
  println("${finish >= start} ${work > 0}")
  println("${decreases(Timer.now_ms(), 10000, 0)}")
  let a = Timer.now_ms()
  let b = Timer.now_ms()
  println("${a <= b} ${finish - start >= 0}")
end
