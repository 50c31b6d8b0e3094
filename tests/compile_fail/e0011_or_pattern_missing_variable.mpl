# error: E0011 or-pattern alternatives bind different variables: [n] vs []
# Interpretation: an alternative that binds nothing is listed as `[]`.
fn pick(p :: (Int, Int)) -> Int do
  case p do
    (n, 0) | (0, _) -> 1
    _ -> 0
  end
end

fn main() do
  println("${pick((1, 0))}")
end
