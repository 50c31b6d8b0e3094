# An actor keeps state by calling itself in tail position with new arguments (LANGUAGE.md §5.17,
# §6.8): the tail self-call has type Never, continues the same actor (same mailbox, same pid) and
# runs in constant stack space, here for 100000 messages. Messages from one sender arrive in
# order (§6.11), so every `Show` sees exactly the adds sent before it.
type Cmd do
  Add(Int)
  Sub(Int)
  Show(String)
  Stop
end

actor counter(total :: Int, handled :: Int) do
  receive do
    Add(n) -> counter(total + n, handled + 1)
    Sub(n) -> counter(total - n, handled + 1)
    Show(label) ->
      println("${label}: total ${total} after ${handled} updates")
      counter(total, handled)
    Stop -> println("stopped with ${total}")
  end
end

fn main() do
  let c = spawn(counter, 0, 0)
  send(c, Show("start"))
  send(c, Add(5))
  send(c, Sub(2))
  send(c, Show("small"))
  for i in 0..100000 do
    send(c, Add(i))
  end
  send(c, Show("big"))
  send(c, Sub(4999950003))
  send(c, Show("back to zero"))
  send(c, Stop)
end
