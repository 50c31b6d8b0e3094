# timer_starve (sanity check, not a speed benchmark): four actors spin for 1 s without ever
# blocking (pure computation that only reads the clock every 100,000 iterations), on 2
# schedulers, and a ticker actor spawned after them sleeps 5 × 20 ms. With preemption the ticker
# finishes after about 100 ms, long before the busy actors; a scheduler that let busy loops run
# to completion would hold it back for at least 1 s. The coordinator prints whether the ticker
# reported first and took under 400 ms; the ticker's actual time goes to stderr
# (ticker_elapsed_ms=N), which run.sh reports.
type Report do
  Ticked(Int)
  Busy(Int)
end

fn spin(deadline :: Int, count :: Int) -> Int do
  if count % 100000 == 0 and Timer.now_ms() >= deadline do
    count
  else
    spin(deadline, count + 1)
  end
end

actor busy(parent :: Pid<Report>, ms :: Int) do
  send(parent, Busy(spin(Timer.now_ms() + ms, 1)))
end

fn tick(left :: Int) -> () do
  if left > 0 do
    Timer.sleep(20)
    tick(left - 1)
  end
end

actor ticker(parent :: Pid<Report>) do
  let t0 = Timer.now_ms()
  tick(5)
  send(parent, Ticked(Timer.now_ms() - t0))
end

actor coordinator(started :: Bool, left :: Int, busy_done :: Int, first :: Bool, on_time :: Bool) do
  if not started do
    let me = self()
    spawn(busy, me, 1000)
    spawn(busy, me, 1000)
    spawn(busy, me, 1000)
    spawn(busy, me, 1000)
    spawn(ticker, me)
    coordinator(true, 5, 0, false, false)
  else if left > 0 do
    receive do
      Ticked(ms) ->
        IO.eprintln("ticker_elapsed_ms=${ms}")
        coordinator(true, left - 1, busy_done, busy_done == 0, ms < 400)
      Busy(_) -> coordinator(true, left - 1, busy_done + 1, first, on_time)
    end
  else
    println("timer_starve busy=${busy_done} ticker_first=${first} ticker_on_time=${on_time}")
  end
end

fn main() do
  spawn(coordinator, false, 0, 0, false, false)
end
