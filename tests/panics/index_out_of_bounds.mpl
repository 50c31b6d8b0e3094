fn main() do
  let xs = [1, 2, 3]
  println("${List.get(xs, 2)}")
  println("${List.get(xs, 5)}")
end
