# Receive arms with guards (LANGUAGE.md §4.6, §6.11): for each message, oldest first, the arms are
# tried in order, pattern then guard; a message whose guards all fail stays in the mailbox. With
# a single sender the messages arrive in send order, so the result does not depend on timing.
# The stop message is sent last, so afterwards `after 0` finds exactly the rejected messages.
actor picky(limit :: Int, stopped :: Bool) do
  if stopped do
    receive do
      n ->
        println("left in mailbox: ${n}")
        picky(limit, true)
    after 0 ->
      println("done")
    end
  else
    receive do
      n when n > limit ->
        println("accepted ${n} (limit ${limit})")
        picky(n, false)
      n when n < 0 and is_stop(n) ->
        println("stop at limit ${limit}")
        picky(limit, true)
    end
  end
end

fn is_stop(n :: Int) -> Bool do
  n == -1
end

fn main() do
  let p = spawn(picky, 0, false)
  send(p, 5)
  send(p, 3)
  send(p, -7)
  send(p, 8)
  send(p, 7)
  send(p, 10)
  send(p, -1)
end
