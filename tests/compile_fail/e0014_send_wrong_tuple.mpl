# error: E0014 message type mismatch: expected (Int, String), found (String, Int)
# Tuple message types print in source syntax (LANGUAGE.md §8.1); the message argument is
# checked against the Pid's message type (§5.17).
actor pairs() do
  receive do
    (n, s) -> println("${n + 1} " <> s)
  end
end

fn main() do
  let p = spawn(pairs)
  send(p, ("one", 1))
end
