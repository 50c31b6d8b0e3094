fn main() do
  for i in 0..3 do
    println("i=${i}")
  end
  let squares = for i in 0..5 do i * i end
  println("${squares}")
  println("${for i in 3..3 do i end} ${for i in 5..2 do i end}")
  println("${for i in -2..2 do i end}")
  let n = 4
  println("${for i in 1..n + 1 do i * 10 end}")
end
