# error: E0011 or-pattern alternatives bind different variables: [x] vs [y]
fn pick(p :: (Int, Int)) -> Int do
  case p do
    (x, 0) | (0, y) -> 1
    _ -> 0
  end
end

fn main() do
  println("${pick((1, 0))}")
end
