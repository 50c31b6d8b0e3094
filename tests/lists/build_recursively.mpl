fn range_list(n :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do acc else range_list(n - 1, [n] ++ acc) end
end

fn rev([]) = []
fn rev([h | t]) = rev(t) ++ [h]

fn main() do
  let xs = range_list(10, [])
  println("${xs}")
  println("${rev(xs)}")
  let big = range_list(2000, [])
  println("${List.length(big)} ${List.head(big)} ${List.get(big, 1999)}")
end
