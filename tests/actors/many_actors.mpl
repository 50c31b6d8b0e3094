# 1000 actors, each spawned with its own parameters, reply exactly once to a coordinator
# (LANGUAGE.md §5.17, §6.10). Replies arrive in any order; only their count and sum are printed.
actor square(parent :: Pid<Int>, n :: Int) do
  send(parent, n * n)
end

actor coordinator(spawned :: Bool, received :: Int, sum :: Int) do
  if not spawned do
    let me = self()
    for i in 1..1001 do
      spawn(square, me, i)
    end
    coordinator(true, 0, 0)
  else if received < 1000 do
    receive do
      v -> coordinator(true, received + 1, sum + v)
    end
  else
    println("replies: ${received}, sum of squares: ${sum}")
    receive do
      v -> println("unexpected extra reply ${v}")
    after 100 ->
      println("no extra replies")
    end
  end
end

fn main() do
  spawn(coordinator, false, 0, 0)
end
