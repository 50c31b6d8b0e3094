fn main() do
  let squares = for i in 1..6 when i % 2 == 1 do
    i * i
  end
  println("${squares}")
  let ages = %{"ann" => 31, "bob" => 17, "cy" => 45}
  let adults = for {name, age} in ages when age >= 18 do
    "${name}:${age}"
  end
  println(String.join(adults, ", "))
  let firsts = for x in [5, 8, -1, 9] do
    if x < 0 do break end
    x * 2
  end
  println("${firsts}")
  let keys = for k in ages do k end
  println("${keys}")
  let grid = for r in 0..2 do
    for c in 0..3 do r * 3 + c end
  end
  println("${grid}")
end
