fn main() do
  let xs = ["a", "b", "c"]
  println(List.get(xs, -1))
end
