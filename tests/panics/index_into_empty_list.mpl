fn main() do
  let xs :: List<Int> = []
  println("${List.get(xs, 0)}")
end
