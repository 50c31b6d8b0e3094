# Stress (issue: actors): 100,000 actors are alive at once, each blocked in `receive`; then every
# one gets a message and replies to a collector, which checks the count and the sum.
actor sleeper(collector :: Pid<Int>) do
  receive do
    n -> send(collector, n)
  end
end

actor collector(expected :: Int, count :: Int, sum :: Int) do
  if count == expected do
    println("replies: ${count}, sum: ${sum}")
  else
    receive do
      n -> collector(expected, count + 1, sum + n)
    end
  end
end

fn spawn_all(c :: Pid<Int>, i :: Int, n :: Int, acc :: List<Pid<Int>>) -> List<Pid<Int>> do
  if i == n do
    acc
  else
    spawn_all(c, i + 1, n, [spawn(sleeper, c)] ++ acc)
  end
end

fn main() do
  let n = 100000
  let c = spawn(collector, n, 0, 0)
  let pids = spawn_all(c, 0, n, [])
  println("spawned: ${List.length(pids)}")
  for p in pids do
    send(p, 2)
  end
end
