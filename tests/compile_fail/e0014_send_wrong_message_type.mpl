# error: E0014 message type mismatch: expected Int, found String
# The actor's message type is Int (inferred from `total + n`, LANGUAGE.md §5.17); sending a String
# to its Pid<Int> is E0014 (§8.4).
# Interpretation: the catalogue (§8.4) spells the message without backticks around the types.
actor adder(total :: Int) do
  receive do
    n -> adder(total + n)
  end
end

fn main() do
  let p = spawn(adder, 0)
  send(p, 5)
  send(p, "five")
end
