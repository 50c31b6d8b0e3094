# Sleeping actors wake after their delays (STDLIB.md §5.14) and other actors keep running
# meanwhile (LANGUAGE.md §6.10). Three sleepers, spawned slowest first, report to a collector;
# their delays are 300 ms apart, so they report in order of their delays. Only the collector
# prints.
actor sleeper(parent :: Pid<String>, name :: String, ms :: Int) do
  Timer.sleep(ms)
  send(parent, name)
end

actor collector(got :: List<String>, started :: Bool) do
  if not started do
    let me = self()
    spawn(sleeper, me, "slow", 600)
    spawn(sleeper, me, "medium", 300)
    spawn(sleeper, me, "fast", 0)
    collector([], true)
  else if List.length(got) == 3 do
    println("woke in order: ${got}")
  else
    receive do
      name -> collector(got ++ [name], true)
    end
  end
end

fn main() do
  spawn(collector, [], false)
end
