# Queues are equal when they hold the same elements in the same order, however they were built
# (STDLIB.md §4: Eq "same elements in order").
fn main() do
  let a = Queue.new() |> Queue.push(1) |> Queue.push(2) |> Queue.push(3)
  let (_, a2) = Queue.pop(a)
  let b = Queue.new() |> Queue.push(2) |> Queue.push(3)
  println("${a2 == b} ${a == b} ${a != b} ${a2 != b}")
  let c = Queue.new() |> Queue.push(3) |> Queue.push(2)
  println("${b == c}")
  let e1 :: Queue<String> = Queue.new()
  let (_, e2) = Queue.pop(Queue.push(Queue.new(), "x"))
  println("${e1 == e2} ${e1 == Queue.push(e1, "x")}")
  # A queue whose front was popped and refilled equals one built directly.
  let (_, d1) = Queue.pop(Queue.new() |> Queue.push("p") |> Queue.push("q"))
  let d2 = Queue.push(d1, "r")
  let d3 = Queue.new() |> Queue.push("q") |> Queue.push("r")
  println("${d2 == d3}")
  let t1 = Queue.new() |> Queue.push((1, "a"))
  let t2 = Queue.new() |> Queue.push((1, "a"))
  println("${t1 == t2} ${t1 == Queue.push(Queue.new(), (1, "b"))}")
end
