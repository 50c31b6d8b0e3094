# Fairness (LANGUAGE.md §6.10, RUNTIME.md §2): actors that never block are preempted at function
# calls, so they cannot starve a sleeping `main`. 64 spinners (more than most machines have worker
# threads) burn CPU for 3 seconds; `main` sleeps 20 ms and must wake long before the spinners
# stop. Only `main` prints.
fn burn(k :: Int, acc :: Int) -> Int do
  if k == 0 do acc else burn(k - 1, (acc * 31 + k) % 1000003) end
end

fn spin(deadline :: Int, rounds :: Int) -> Int do
  if Timer.now_ms() >= deadline do
    rounds
  else
    burn(10000, rounds)
    spin(deadline, rounds + 1)
  end
end

actor spinner(deadline :: Int) do
  spin(deadline, 0)
end

fn main() do
  let deadline = Timer.now_ms() + 3000
  for _ in 0..64 do
    spawn(spinner, deadline)
  end
  let before = Timer.now_ms()
  Timer.sleep(20)
  let woke = Timer.now_ms()
  println("main slept at least 20 ms: ${woke - before >= 20}")
  println("main woke while the spinners were still busy: ${woke < deadline}")
end
