# Messages sent to a service pid with `send` are discarded by the service (LANGUAGE.md §6.13;
# STDLIB.md §5.14): the service keeps working and its state is unchanged. The service pid is
# Pid<()>, so the stray messages go through an untyped `Pid` (§5.1).
service Counter do
  fn init() -> Int do
    0
  end

  call Add(n :: Int) :: Int do |total|
    (total + n, total + n)
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.add(c, 5)}")
  let untyped :: Pid = c
  send(untyped, 100)
  send(untyped, "text")
  send(untyped, (1, 2))
  println("${Counter.add(c, 1)}")
  println("service still answers: ${Counter.add(c, 0)}")
end
