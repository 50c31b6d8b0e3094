# ring: 10,000 actors in a ring pass a token for 1,000,000 hops. main spawns the first node
# (with no successor yet), then 9,999 nodes each pointing at the previously spawned one, and
# closes the ring by sending Link(last) to the first node, which starts the token: Hop(1) is the
# first hop. A node receiving Hop(k) forwards Hop(k + 1) to its successor, except at k =
# 1,000,000, where it prints the hop count and ends; the other nodes stay blocked in `receive`
# and are discarded when the program is quiescent.
type Token do
  Link(Pid<Token>)
  Hop(Int)
end

actor node(next :: Pid<Token>, hops :: Int) do
  receive do
    Link(first) ->
      send(first, Hop(1))
      node(first, hops)
    Hop(k) ->
      if k >= hops do
        println("ring nodes=10000 hops=${k}")
      else
        send(next, Hop(k + 1))
        node(next, hops)
      end
  end
end

fn spawn_chain(prev :: Pid<Token>, i :: Int, n :: Int, hops :: Int) -> Pid<Token> do
  if i < n do
    spawn_chain(spawn(node, prev, hops), i + 1, n, hops)
  else
    prev
  end
end

fn main() do
  let n = 10000
  let hops = 1000000
  let head = spawn(node, Pid.none(), hops)
  let last = spawn_chain(head, 1, n, hops)
  send(head, Link(last))
end
