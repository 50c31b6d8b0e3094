# Queue.pop on an empty queue panics `empty queue` (STDLIB.md §5.10, §7.1).
fn main() do
  let q = Queue.new() |> Queue.push(1)
  let (x, rest) = Queue.pop(q)
  println("popped ${x}")
  let (y, _) = Queue.pop(rest)
  println("unreachable ${y}")
end
