# error: E0012 non-exhaustive match on `List<Int>`
fn main() do
  let xs = [1, 2]
  let r = case xs do
    [] -> 0
    [x] -> x
  end
  println("${r}")
end
