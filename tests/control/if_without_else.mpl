fn main() do
  if true do println("printed") end
  if false do println("not printed") end
  let r = if true do 42 end
  println("${r}")
  let n = 3
  if n == 3 do
    println("three")
  end
end
