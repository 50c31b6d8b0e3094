# spawn_1m: main spawns 1,000,000 actors and sends each one message, its index; each actor
# receives it and replies with the index to a collector actor, which sums the replies and prints
# the count and the sum once it has them all (main cannot `receive`, so the collector prints).
# Every worker ends after its reply; the collector ends after printing; then the program is
# quiescent and exits.
actor collector(expected :: Int, received :: Int, sum :: Int) do
  if received < expected do
    receive do
      v -> collector(expected, received + 1, sum + v)
    end
  else
    println("spawn_1m replies=${received} sum=${sum}")
  end
end

actor worker(parent :: Pid<Int>) do
  receive do
    i -> send(parent, i)
  end
end

fn spawn_all(c :: Pid<Int>, i :: Int, n :: Int) -> () do
  if i < n do
    let w = spawn(worker, c)
    send(w, i)
    spawn_all(c, i + 1, n)
  end
end

fn main() do
  let n = 1000000
  let c = spawn(collector, n, 0, 0)
  spawn_all(c, 0, n)
end
