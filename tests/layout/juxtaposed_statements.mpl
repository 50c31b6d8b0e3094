fn main() do
  let a = 1 let b = 2 println("${a + b}")
  let c = 3; let d = 4; println("${c * d}")
  println("x"); println("y")
  if a < b do println("lt") else println("ge") end
end
