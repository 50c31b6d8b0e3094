fn main() do
  let xs = ["a", "b", "c", "d"]
  let n = List.length(xs)
  let picked = for i in 0..n do List.get(xs, n - 1 - i) end
  println(String.join(picked, ""))
end
