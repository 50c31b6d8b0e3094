# Queue.new/push/pop/peek/size/is_empty (STDLIB.md §5.10): FIFO order, `pop` returns a real tuple
# taken apart by `let (x, rest) = …`, and pushing or popping leaves the original queue unchanged
# (§1.2).
fn main() do
  let empty = Queue.new()
  let q = Queue.push(Queue.push(Queue.push(empty, 1), 2), 3)
  println("${Queue.size(q)} ${Queue.is_empty(q)} ${Queue.size(empty)} ${Queue.is_empty(empty)}")
  println("${Queue.peek(q)}")
  let (x, rest) = Queue.pop(q)
  println("${x} ${Queue.size(rest)} ${Queue.peek(rest)}")
  println("${Queue.size(q)} ${Queue.peek(q)}")
  let (y, rest2) = Queue.pop(rest)
  let (z, rest3) = Queue.pop(rest2)
  println("${y} ${z} ${Queue.is_empty(rest3)} ${Queue.size(rest3)}")
  # Pushes and pops interleaved keep FIFO order.
  let a = Queue.new() |> Queue.push(10) |> Queue.push(20)
  let (p1, a1) = Queue.pop(a)
  let a2 = Queue.push(a1, 30)
  let (p2, a3) = Queue.pop(a2)
  let a4 = a3 |> Queue.push(40) |> Queue.push(50)
  let (p3, a5) = Queue.pop(a4)
  let (p4, a6) = Queue.pop(a5)
  println("${p1} ${p2} ${p3} ${p4} ${Queue.size(a6)} ${Queue.peek(a6)}")
  # Method syntax resolves to the Queue module (§1.6, Beyond).
  let m = Queue.new().push("x").push("y")
  println("${m.size()} ${m.peek()} ${m.is_empty()}")
  let (front, back) = m.pop()
  println("${front} ${back.peek()} ${back.size()}")
end
