# Actors: a counter that keeps its state in its loop's arguments, workers that report back, and a
# coordinator that waits for all of them with a timeout. Run with `meshc run examples/actors`.
type CounterMsg do
  Add(Int)
  Report(Pid<String>)
end

actor counter(total :: Int) do
  receive do
    Add(n) -> counter(total + n)
    Report(to) ->
      send(to, "total: ${total}")
      counter(total)
  end
end

actor worker(id :: Int, tally :: Pid<CounterMsg>, done :: Pid<Int>) do
  let work = List.reduce(Range.to_list(Range.new(1, id * 1000 + 1)), 0, fn acc, x -> acc + x % 7 end)
  send(tally, Add(work))
  send(done, id)
end

actor coordinator(waiting :: Int, tally :: Pid<CounterMsg>) do
  if waiting == 0 do
    send(tally, Report(spawn(printer)))
  else
    receive do
      id -> coordinator(waiting - 1, tally)
    after 5000 ->
      println("timed out with ${waiting} workers left")
    end
  end
end

actor printer() do
  receive do
    line -> println(line)
  end
end

fn main() do
  let tally = spawn(counter, 0)
  let boss = spawn(coordinator, 8, tally)
  for id in 1..9 do
    spawn(worker, id, tally, boss)
  end
  println("8 workers started")
end
