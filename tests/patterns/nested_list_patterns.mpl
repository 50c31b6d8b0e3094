fn firsts(rows :: List<List<Int>>) -> List<Int> do
  case rows do
    [] -> []
    [[] | rest] -> firsts(rest)
    [[x | _] | rest] -> [x] ++ firsts(rest)
  end
end

fn main() do
  println("${firsts([[1, 2], [], [3], [4, 5, 6]])}")
end
