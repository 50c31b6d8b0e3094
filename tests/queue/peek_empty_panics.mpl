# Queue.peek on an empty queue panics `empty queue` (STDLIB.md §5.10, §7.1).
fn main() do
  let e :: Queue<String> = Queue.new()
  println("size ${Queue.size(e)}")
  println(Queue.peek(e))
  println("unreachable")
end
