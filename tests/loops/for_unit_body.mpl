fn main() do
  let r = for i in 0..2 do
    if i > 5 do println("no") end
  end
  println("${r}")
  let p = for i in 0..2 do println("side ${i}") end
  println("${List.length(p)}")
end
