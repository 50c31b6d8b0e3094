# Messages from one actor to another arrive in the order they were sent (LANGUAGE.md §6.11).
# `main` and `sender` each send 300 numbered messages to `checker`, concurrently; messages of the
# two senders interleave arbitrarily, but each sender's sequence must arrive in order. Only the
# checker prints, after the last message.
actor checker(last_a :: Int, last_b :: Int, bad :: Int, left :: Int) do
  if left == 0 do
    println("last from a: ${last_a}, last from b: ${last_b}, out of order: ${bad}")
  else
    receive do
      (:a, n) ->
        let wrong = if n == last_a + 1 do 0 else 1 end
        checker(n, last_b, bad + wrong, left - 1)
      (:b, n) ->
        let wrong = if n == last_b + 1 do 0 else 1 end
        checker(last_a, n, bad + wrong, left - 1)
    end
  end
end

actor sender(target :: Pid<(Atom, Int)>, next :: Int, limit :: Int) do
  if next <= limit do
    send(target, (:b, next))
    sender(target, next + 1, limit)
  end
end

fn main() do
  let c = spawn(checker, 0, 0, 0, 600)
  spawn(sender, c, 1, 300)
  for i in 1..301 do
    send(c, (:a, i))
  end
end
