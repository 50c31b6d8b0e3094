# Selective receive (LANGUAGE.md §6.11): messages that match no arm stay in the mailbox, in order,
# and later receives take them. `main` sends everything before `Flush`, so once `Flush` has been
# received all earlier messages are in the mailbox; `after 0` then scans it once (§6.11) and
# runs the after body when nothing matches.
type Job do
  Low(Int)
  High(Int)
  Flush
end

actor sorter(phase :: Int) do
  if phase == 0 do
    receive do
      Flush ->
        println("flush seen first")
        sorter(1)
    end
  else if phase == 1 do
    receive do
      High(n) ->
        println("high ${n}")
        sorter(1)
    after 0 ->
      sorter(2)
    end
  else
    receive do
      Low(n) ->
        println("low ${n}")
        sorter(2)
    after 0 ->
      println("mailbox empty")
    end
  end
end

fn main() do
  let s = spawn(sorter, 0)
  send(s, Low(1))
  send(s, High(10))
  send(s, Low(2))
  send(s, High(20))
  send(s, Low(3))
  send(s, Flush)
end
