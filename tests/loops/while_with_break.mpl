fn main() do
  let limit = 3
  while limit > 0 do
    println("entered")
    break
  end
  let r = for i in 0..3 do
    while true do
      break
    end
    i
  end
  println("${r}")
end
