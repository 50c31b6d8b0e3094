# A function value can be sent to another process on the same node: the closure is copied with
# everything it captures (LANGUAGE.md §6.11). The receiver calls it and sends the text back.
actor runner() do
  receive do
    (f, reply) ->
      send(reply, f(10))
      runner()
  end
end

actor client(r :: Pid<(Fun(Int) -> String, Pid<String>)>) do
  let offset = 5
  let names = ["x", "y"]
  send(r, (fn n -> "${n + offset} ${names}" end, self()))
  receive do
    text -> println(text)
  end
  send(r, (fn n -> "twice: ${n * 2}" end, self()))
  receive do
    text -> println(text)
  end
end

fn main() do
  let r = spawn(runner)
  spawn(client, r)
end
