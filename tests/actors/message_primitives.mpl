# Messages of type Int, String and tuples (LANGUAGE.md §5.17, §6.11). Each actor's message type
# is inferred from its receive arms. Every actor keeps its state in its parameters (tail
# self-calls, §6.8), prints once its stop message arrives, and only then spawns and feeds the
# next actor, so exactly one actor prints at a time.
actor pairs(total :: Int) do
  receive do
    (n, "") -> println("pairs done: total ${total + n}")
    (n, word) ->
      println("pair ${n} ${word}")
      pairs(total + n)
  end
end

actor words(acc :: List<String>) do
  receive do
    "." ->
      println("words: ${acc}")
      let p = spawn(pairs, 0)
      send(p, (1, "one"))
      send(p, (2, "two"))
      send(p, (3, ""))
    w -> words(acc ++ [w])
  end
end

actor ints(sum :: Int, count :: Int) do
  receive do
    0 ->
      println("ints: ${count} messages, sum ${sum}")
      let w = spawn(words, [])
      send(w, "hello")
      send(w, "mesh")
      send(w, "world")
      send(w, ".")
    n -> ints(sum + n, count + 1)
  end
end

fn main() do
  let p = spawn(ints, 0, 0)
  send(p, 5)
  send(p, -2)
  send(p, 40)
  send(p, 0)
end
