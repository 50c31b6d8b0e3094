fn step(acc :: (Int, Int), x :: Int) -> (Int, Int) do
  let (e, o) = acc
  if x % 2 == 0 do (e + x, o) else (e, o + x) end
end

fn main() do
  let (evens, odds) = List.reduce([1, 2, 3, 4, 5, 6, 7], (0, 0), step)
  println("evens ${evens} odds ${odds}")
end
