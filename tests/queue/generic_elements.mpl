# Queue<T> holds any element type (STDLIB.md §5.10, Beyond): strings, tuples, lists and nested
# queues; a generic helper drains a queue into a list in FIFO order.
fn drain(q, acc) do
  if Queue.is_empty(q) do
    acc
  else
    let (x, rest) = Queue.pop(q)
    drain(rest, acc ++ [x])
  end
end

fn main() do
  let names = Queue.new() |> Queue.push("ann") |> Queue.push("bob")
  let (first, rest) = Queue.pop(names)
  println(first <> " then " <> Queue.peek(rest))
  println("${drain(names, [])}")
  let jobs = Queue.new() |> Queue.push((1, "build")) |> Queue.push((2, "test"))
  let ((id, name), more) = Queue.pop(jobs)
  println("${id} ${name} ${Queue.size(more)} ${Queue.peek(more)}")
  println("${jobs}")
  println(jobs.inspect())
  let lists = Queue.new() |> Queue.push([1, 2]) |> Queue.push([])
  println("${lists} ${drain(lists, [])}")
  let inner = Queue.push(Queue.new(), 7)
  let outer = Queue.new() |> Queue.push(inner) |> Queue.push(Queue.new())
  println("${outer} ${Queue.peek(Queue.peek(outer))}")
  println("${drain(Queue.new() |> Queue.push(true) |> Queue.push(false), [])}")
end
