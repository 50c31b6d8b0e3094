fn main() do
  let grid = [[1, 2, 3], [4, 5, 6]]
  println("${grid}")
  let sums = List.map(grid, fn row -> reduce(row, 0, fn a, b -> a + b end) end)
  println("${sums}")
  let flat = reduce(grid, [], fn acc, row -> acc ++ row end)
  println("${flat} ${List.length(flat)}")
  let nested = [[["a"]], [["b", "c"], []]]
  println("${nested} ${List.length(List.get(nested, 1))}")
end
