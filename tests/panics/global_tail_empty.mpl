fn main() do
  let xs = ["only"]
  let rest = tail(xs)
  println("${List.length(rest)}")
  println("${tail(rest)}")
end
