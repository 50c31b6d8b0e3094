fn build(0) = []
fn build(n) = build(n - 1) ++ [n]

fn depth(n :: Int) -> Int do
  if n == 0 do 0 else 1 + depth(n - 1) end
end

fn main() do
  println("${build(5)}")
  println("${depth(1000)}")
  println("${List.length(build(500))}")
end
