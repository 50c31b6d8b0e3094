fn main() do
  let adders = for i in 0..3 do fn(x) -> x + i end end
  println("${List.map(adders, fn f -> f(10) end)}")
  let scale = 3
  let scaled = for x in [1, 2, 3] do
    let g = fn y -> y * scale end
    g(x)
  end
  println("${scaled}")
end
