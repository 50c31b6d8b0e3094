# prepend_loop: build a list by prepending in a tail recursion, `[x] ++ acc`, 20,000 times,
# then reverse it. Mesh has no cons expression (`::` and `[h | t]` are patterns only), and
# `[x] ++ acc` copies `acc`, so this is quadratic; Rust's VecDeque::push_front and Erlang's
# `[X | Acc]` are O(1).

fn build_prepend(i :: Int, n :: Int, acc :: List<Int>) -> List<Int> do
  if i == n do acc else build_prepend(i + 1, n, [i * 3] ++ acc) end
end

fn main() do
  let xs = build_prepend(0, 20000, [])
  let ys = List.reverse(xs)
  let sum = List.reduce(ys, 0, fn acc, x -> (acc * 31 + x) % 1000000007 end)
  println("prepend_loop len=${List.length(ys)} head=${List.head(xs)} checksum=${sum}")
end
