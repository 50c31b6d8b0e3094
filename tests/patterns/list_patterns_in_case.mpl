fn describe(xs :: List<Int>) -> String do
  case xs do
    [] -> "empty"
    [x] -> "one: ${x}"
    [h | t] -> "head ${h}, ${List.length(t)} more"
  end
end

fn main() do
  println(describe([]))
  println(describe([7]))
  println(describe([1, 2, 3]))
  println(describe([4, 5]))
end
