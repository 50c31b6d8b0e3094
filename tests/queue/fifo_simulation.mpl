# 10,000 pushes and 10,000 pops through one queue (STDLIB.md §5.10): every second push is followed
# by a pop, then the rest is drained; elements come out in the order they went in.
fn step(state :: (Queue<Int>, Int, Int), i :: Int) -> (Queue<Int>, Int, Int) do
  let (q, sum, count) = state
  let q2 = Queue.push(q, i)
  if i % 2 == 0 do
    let (x, q3) = Queue.pop(q2)
    (q3, sum + x, count + 1)
  else
    (q2, sum, count)
  end
end

# Pops everything, counting the elements that are not the expected next one.
fn drain(q :: Queue<Int>, expected :: Int, sum :: Int, wrong :: Int) -> (Int, Int) do
  if Queue.is_empty(q) do
    (sum, wrong)
  else
    let (x, rest) = Queue.pop(q)
    let bad = if x == expected do 0 else 1 end
    drain(rest, expected + 1, sum + x, wrong + bad)
  end
end

fn main() do
  let (q, popped_sum, popped) = List.reduce(Range.to_list(Range.new(1, 10001)), (Queue.new(), 0, 0), step)
  println("${popped} ${popped_sum}")
  println("${Queue.size(q)} ${Queue.peek(q)}")
  let (rest_sum, wrong) = drain(q, 5001, 0, 0)
  println("${rest_sum} ${wrong}")
  println("${popped_sum + rest_sum}")
end
