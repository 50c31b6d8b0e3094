# error: E0012 refutable pattern in `let`: `Shape` is not fully covered
# Expected label (not checked by the harness): missing: Square(_)
type Shape do
  Circle(Float)
  Square(Float)
end

fn main() do
  let s = Circle(1.0)
  let Circle(r) = s
  println("${r}")
end
