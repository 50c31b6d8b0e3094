# Display of a queue is `#Queue<[…]>`, front first; Debug has the same layout with strings quoted
# (STDLIB.md §6.1, §6.2). Elements use their own Display form (floats without `.0`).
fn main() do
  let q = Queue.new() |> Queue.push(1) |> Queue.push(2)
  println("${q}")
  println(q.to_string())
  println(q.inspect())
  let s = Queue.new() |> Queue.push("a") |> Queue.push("b c") |> Queue.push("say \"hi\"")
  println("${s}")
  println(s.inspect())
  let e :: Queue<Int> = Queue.new()
  println("${e} ${e.inspect()}")
  let (_, rest) = Queue.pop(q)
  println("${rest} ${[q, rest]}")
  let f = Queue.new() |> Queue.push(1.5) |> Queue.push(2.0)
  println("${f}")
  let o = Queue.new() |> Queue.push(Some("x")) |> Queue.push(None)
  println("${o} ${o.inspect()}")
end
