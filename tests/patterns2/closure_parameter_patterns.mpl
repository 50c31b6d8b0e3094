type Shape do
  Circle(Int)
  Square(Int)
end

fn main() do
  let size = fn Circle(r) -> r * 2 | Square(s) -> s end
  println("${List.map([Circle(1), Square(5)], size)}")
  let first = fn ((a, _)) -> a end
  println("${first((:left, :right))}")
  let classify = fn (0 | 1) -> "bit" | _ -> "other" end
  println(classify(1) <> " " <> classify(2))
  let get = fn (Some(x), _) -> x | (None, d) -> d end
  println("${get(Some(1), 0)} ${get(None, 9)}")
end
