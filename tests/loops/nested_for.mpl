fn main() do
  let grid = for r in 0..2 do
    for c in 0..3 do r * 3 + c end
  end
  println("${grid}")
  let table = for a in 1..4 do
    let row = for b in 1..4 do "${a * b}" end
    String.join(row, " ")
  end
  for line in table do println(line) end
  let inner_break = for a in 0..3 do
    for b in 0..10 do
      if b > a do break end
      b
    end
  end
  println("${inner_break}")
end
