# The untyped `Pid` is compatible with every Pid<M> in both directions (LANGUAGE.md §5.1) and
# accepts messages of any type (§5.17). A message whose run-time type differs from the receiving
# actor's message type never matches any arm, not even a variable pattern (§6.11): it stays in
# the mailbox while the Int messages are taken. The second summer is started only after the
# first one has printed.
actor relay(target :: Pid, amount :: Int) do
  send(target, amount)
  send(target, "not an Int")
  send(target, 0)
end

actor summer(total :: Int, chain :: Bool) do
  receive do
    0 ->
      println("total ${total}")
      if chain do
        let second = spawn(summer, 100, false)
        spawn(relay, second, 23)
      end
    n -> summer(total + n, chain)
  end
end

fn poke(p :: Pid, n :: Int) -> () do
  send(p, n)
end

fn main() do
  let typed = spawn(summer, 0, true)
  let untyped :: Pid = typed
  send(untyped, "ignored text")
  send(untyped, (1, 2))
  poke(untyped, 10)
  poke(typed, 30)
  let back :: Pid<Int> = untyped
  send(back, 2)
  send(back, 0)
end
