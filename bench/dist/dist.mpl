# Distribution benchmark (bench/dist/README.md): ROLE=pong starts node NODE with an echo actor
# and a sink registered globally; ROLE=ping starts node NODE, connects to PEER and measures the
# round-trip latency (TRIPS sequential round trips) and the one-way throughput (MESSAGES
# messages to the sink; messages from one sender arrive in order, so when the final Done
# arrives the sink has counted them all and answers).
type Msg do
  Ping(Pid<Int>, Int)
  Count(Int)
  Done(Pid<Int>)
end

actor echo() do
  receive do
    Ping(from, n) ->
      send(from, n)
      echo()
  end
end

actor sink(seen :: Int) do
  receive do
    Count(_) -> sink(seen + 1)
    Done(from) ->
      send(from, seen)
      sink(0)
  end
end

actor pinger(echo :: Pid<Msg>, sink :: Pid<Msg>, left :: Int, trips :: Int, t0 :: Int) do
  if left == 0 do
    let rtt_ms = Timer.now_ms() - t0
    let messages = 200000
    let t1 = Timer.now_ms()
    for i in 0..messages do
      send(sink, Count(i))
    end
    send(sink, Done(self()))
    receive do
      n -> report(rtt_ms, trips, Timer.now_ms() - t1, n)
    end
  else
    send(echo, Ping(self(), left))
    receive do
      _ -> pinger(echo, sink, left - 1, trips, t0)
    end
  end
end

fn report(rtt_ms :: Int, trips :: Int, flood_ms :: Int, messages :: Int) -> () do
  println("rtt_us=${rtt_ms * 1000 / trips} msgs_per_s=${messages * 1000 / Math.max(flood_ms, 1)} messages=${messages}")
end

fn env(name :: String) -> String do
  case Env.get(name) do
    Some(v) -> v
    None -> ""
  end
end

fn main() do
  Node.start(env("NODE"), "bench-cookie")
  if env("ROLE") == "pong" do
    Global.register("echo", spawn(echo))
    Global.register("sink", spawn(sink, 0))
    println("ready")
  else
    Node.connect(env("PEER"))
    let trips = 10000
    spawn(pinger, Global.whereis("echo"), Global.whereis("sink"), trips, trips, Timer.now_ms())
    ()
  end
end
