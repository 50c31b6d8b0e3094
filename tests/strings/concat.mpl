fn main() do
  let a = "foo"
  let b = "bar"
  println(a <> b)
  println(a ++ b)
  println(a <> "-" ++ b <> "!")
  println("" <> "" <> "x")
  let xs = [1, 2] ++ [3] <> [4, 5]
  println("${xs} ${[] ++ [1]} ${["a"] ++ []}")
  println("${List.length(xs)}")
end
