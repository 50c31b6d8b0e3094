# While an actor sleeps, its mailbox is untouched: messages that arrive meanwhile wait and are
# received afterwards in order (STDLIB.md §5.14, LANGUAGE.md §6.11). The feeder normally sends
# while the sleeper sleeps (200 ms); the sleeper's own messages come first because it sent them
# before starting the feeder, and each sender's messages keep their order, so the result does not
# depend on timing.
actor feeder(target :: Pid<Int>) do
  send(target, 4)
  send(target, 5)
  send(target, 6)
end

actor sleeper(got :: List<Int>, phase :: Int) do
  if phase == 0 do
    send(self(), 1)
    send(self(), 2)
    send(self(), 3)
    spawn(feeder, self())
    Timer.sleep(200)
    sleeper([], 1)
  else if List.length(got) < 6 do
    receive do
      n -> sleeper(got ++ [n], 1)
    end
  else
    println("received after waking: ${got}")
  end
end

fn main() do
  spawn(sleeper, [], 0)
end
