fn main() do
  let xs :: List<Int> = []
  print("partial output")
  println("${List.head(xs)}")
end
