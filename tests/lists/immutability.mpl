fn main() do
  let a = [1, 2]
  let b = List.append(a, 3)
  let c = a ++ [9]
  let d = List.tail(b)
  println("${a} ${b} ${c} ${d}")
  let strs = ["x"]
  let more = List.append(strs, "y")
  println("${strs} ${more}")
end
