# error: E0012 non-exhaustive match on `Shape`
# Expected label (not checked by the harness): missing: Rect(_, _)
type Shape do
  Circle(Float)
  Rect(Float, Float)
  Empty
end

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> r
    Empty -> 0.0
  end
end

fn main() do
  println("${area(Empty)}")
end
