# The legacy flat aliases queue_new, queue_push, queue_pop, queue_peek, queue_size and
# queue_is_empty are the Queue functions (STDLIB.md §3.3).
fn main() do
  let q = queue_push(queue_push(queue_new(), "a"), "b")
  println("${queue_size(q)} ${queue_is_empty(q)} ${queue_is_empty(queue_new())} ${queue_peek(q)}")
  let (x, rest) = queue_pop(q)
  println("${x} ${rest} ${queue_size(rest)}")
  let n = queue_new() |> queue_push(5) |> queue_push(6)
  let m = Queue.new() |> Queue.push(5) |> Queue.push(6)
  println("${n == m}")
end
