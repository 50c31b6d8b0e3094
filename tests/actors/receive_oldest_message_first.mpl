# A receive scans the mailbox from the oldest message and, for each message, tries the arms in
# order (LANGUAGE.md §6.11): the oldest message that matches *some* arm wins, even when a later
# message matches an earlier arm. The `Ready` gate makes sure all messages are in the mailbox.
type Msg do
  Ready
  Urgent(String)
  Normal(String)
end

actor taker(phase :: Int, left :: Int) do
  if phase == 0 do
    receive do
      Ready -> taker(1, left)
    end
  else if left > 0 do
    receive do
      Urgent(s) ->
        println("urgent arm: ${s}")
        taker(1, left - 1)
      Normal(s) ->
        println("normal arm: ${s}")
        taker(1, left - 1)
    end
  else
    println("done")
  end
end

fn main() do
  let t = spawn(taker, 0, 4)
  send(t, Normal("n1"))
  send(t, Urgent("u1"))
  send(t, Normal("n2"))
  send(t, Urgent("u2"))
  send(t, Ready)
end
