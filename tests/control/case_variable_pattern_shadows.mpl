fn main() do
  let x = 10
  let y = 3
  let r = case y do
    x -> x * 2
  end
  println("${r} ${x}")
end
