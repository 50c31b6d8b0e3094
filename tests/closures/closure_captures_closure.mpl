fn main() do
  let base = 5
  let add_base = fn x -> x + base end
  let twice_then_add = fn x -> add_base(x * 2) end
  let base = 1000
  println("${twice_then_add(10)} ${base}")
  let counter_from = fn start -> fn step -> start + step end end
  let from_ten = counter_from(10)
  println("${from_ten(1)} ${from_ten(2)} ${counter_from(0)(3)}")
end
