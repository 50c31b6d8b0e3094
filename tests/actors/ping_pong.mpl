# Two actors exchange 1000 round trips (LANGUAGE.md §5.17, §6.11): `pinger` sends its own pid in
# every Ping, `ponger` answers each with a Pong carrying the next count, and both loop by tail
# self-calls. At the end `ponger` reports how many pings it served; only `pinger` prints.
type ToPong do
  Ping(Pid<ToPing>, Int)
  Quit(Pid<ToPing>)
end

type ToPing do
  Pong(Int)
  Served(Int)
end

actor ponger(served :: Int) do
  receive do
    Ping(from, n) ->
      send(from, Pong(n + 1))
      ponger(served + 1)
    Quit(from) -> send(from, Served(served))
  end
end

actor pinger(partner :: Pid<ToPong>, count :: Int, limit :: Int) do
  if count < limit do
    send(partner, Ping(self(), count))
    receive do
      Pong(n) -> pinger(partner, n, limit)
    end
  else
    send(partner, Quit(self()))
    receive do
      Served(s) -> println("round trips: ${count}, pings served: ${s}")
    end
  end
end

fn main() do
  let pong = spawn(ponger, 0)
  spawn(pinger, pong, 0, 1000)
end
