# Timer.sleep suspends the caller for at least `ms` milliseconds and works in `main`; `ms <= 0`
# just yields (STDLIB.md §5.14). Only comparisons of Timer.now_ms readings are printed.
fn nap(ms :: Int) -> Bool do
  let before = Timer.now_ms()
  Timer.sleep(ms)
  Timer.now_ms() - before >= ms
end

fn main() do
  println("slept at least 30 ms: ${nap(30)}")
  println("slept at least 1 ms: ${nap(1)}")
  Timer.sleep(0)
  Timer.sleep(-10)
  println("zero and negative sleeps return")
  let total = List.reduce([5, 10, 15], 0, fn acc, ms -> if nap(ms) do acc + ms else acc end end)
  println("three naps: ${total}")
end
