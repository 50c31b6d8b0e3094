fn main() do
  let odd_squares = for i in 1..10 when i % 2 == 1 do i * i end
  println("${odd_squares}")
  let short = for w in ["a", "abc", "de", "fghij"] when String.length(w) < 3 do String.to_upper(w) end
  println("${short}")
  let none = for i in 0..5 when i > 10 do i end
  println("${none}")
end
