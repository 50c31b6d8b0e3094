fn main() do
  let z = 0
  let safe = z != 0 and 10 / z > 1
  let also_safe = z == 0 or 10 / z > 1
  println("${safe} ${also_safe}")
  let xs :: List<Int> = []
  let guarded = List.length(xs) > 0 && List.head(xs) > 0
  println("${guarded}")
  println("${if z == 0 do 0 else 10 / z end}")
end
