fn main() do
  println("${[1, 2, 3]} ${[]} ${["a", "b"]}")
  println("${[[1, 2], [3]]} ${[1.5, 2.0, -0.0]}")
  println("${[true, false]} ${[(), nil]} ${[[["deep"]]]}")
  let empty :: List<String> = []
  println("${empty} ${[empty, ["x"]]} ${["", ""]}")
end
