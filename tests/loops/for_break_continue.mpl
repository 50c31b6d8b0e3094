fn main() do
  let firsts = for x in [5, 8, -1, 9] do
    if x < 0 do break end
    x * 2
  end
  println("${firsts}")
  let evens = for i in 0..10 do
    if i % 2 == 1 do continue end
    i
  end
  println("${evens}")
  let mixed = for i in 0..100 when i % 3 == 0 do
    if i == 6 do continue end
    if i > 15 do break end
    i
  end
  println("${mixed}")
  let nothing = for i in 0..3 do
    break
    i
  end
  println("${nothing}")
  for i in 0..5 do
    if i == 3 do break end
    println("loop ${i}")
  end
end
