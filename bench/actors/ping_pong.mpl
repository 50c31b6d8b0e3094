# ping_pong: two actors exchange 1,000,000 round trips. `pinger` sends Ping(self(), count) and
# waits for Pong(count + 1); `ponger` answers every Ping and counts them. At the end the pinger
# sends Quit, the ponger replies with how many pings it served, and the pinger prints both
# counts. run.sh reports the time per round trip.
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
      Served(s) -> println("ping_pong round_trips=${count} served=${s}")
    end
  end
end

fn main() do
  let pong = spawn(ponger, 0)
  spawn(pinger, pong, 0, 1000000)
end
