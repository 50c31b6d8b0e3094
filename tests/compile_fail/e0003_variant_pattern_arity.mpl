# error: E0003 expected 2 field(s), found 1
# The wrong arm is guarded so that the expectation does not depend on how an erroneous arm counts
# for exhaustiveness.
type Shape do
  Rect(Int, Int)
  Dot
end

fn area(s :: Shape) -> Int do
  case s do
    Rect(w) when true -> w
    Rect(w, h) -> w * h
    Dot -> 0
  end
end

fn main() do
  println("${area(Rect(2, 3))}")
end
