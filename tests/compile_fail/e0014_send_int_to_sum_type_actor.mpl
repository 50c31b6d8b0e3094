# error: E0014 message type mismatch: expected Cmd, found Int
# The message type is the sum type used in the receive arms (LANGUAGE.md §5.17); user types of
# `Main` print bare (§8.1).
type Cmd do
  Add(Int)
  Stop
end

actor counter(n :: Int) do
  receive do
    Add(k) -> counter(n + k)
    Stop -> println("${n}")
  end
end

fn main() do
  let c = spawn(counter, 0)
  send(c, Add(1))
  send(c, 1)
end
