fn second(xs :: List<Int>) -> Int do
  case xs do
    [_ | rest] ->
      case rest do
        [y | _] -> y
        [] -> -1
      end
    [] -> -1
  end
end

fn main() do
  println("${second([1, 2, 3])} ${second([1])} ${second([])}")
  let label = case "anything" do
    _ -> "wildcard matched"
  end
  println(label)
end
