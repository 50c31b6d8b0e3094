fn main() do
  let xs = [10, 20, 30]
  println("${List.length(xs)} ${List.get(xs, 0)} ${List.get(xs, 2)}")
  println("${List.head(xs)} ${List.tail(xs)} ${head(xs)} ${tail(xs)}")
  let ys = List.append(xs, 40)
  println("${xs} ${ys}")
  println("${List.tail([1])} ${List.length([])}")
  let empty :: List<Int> = []
  println("${List.length(empty)} ${empty}")
  println("${List.append(empty, 1)}")
end
