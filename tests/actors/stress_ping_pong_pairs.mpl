# Stress (issue: actors): 5 pairs of actors each make 200,000 ping-pong round trips — 1,000,000
# round trips in all, every one a fresh selective receive on both sides — and report to a
# collector, which prints once all five are done. It must never hang or lose a wake-up.
type Msg do
  Ping(Pid<Msg>, Int)
  Pong(Int)
end

actor ponger() do
  receive do
    Ping(from, n) ->
      send(from, Pong(n))
      ponger()
  end
end

actor pinger(partner :: Pid<Msg>, left :: Int, done :: Pid<Int>) do
  if left == 0 do
    send(done, 1)
  else
    send(partner, Ping(self(), left))
    receive do
      Pong(n) when n == left -> pinger(partner, left - 1, done)
    end
  end
end

actor collector(expected :: Int, seen :: Int) do
  if seen == expected do
    println("pairs done: ${seen}")
  else
    receive do
      k -> collector(expected, seen + k)
    end
  end
end

fn main() do
  let c = spawn(collector, 5, 0)
  for _ in 0..5 do
    let p = spawn(ponger)
    spawn(pinger, p, 200000, c)
  end
end
