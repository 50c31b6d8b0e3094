# error: E0010 unknown variant: Circel
# The misspelt arm is guarded so that the expectation does not depend on how an erroneous arm
# counts for exhaustiveness.
type Shape do
  Circle(Float)
  Dot
end

fn size(s :: Shape) -> Float do
  case s do
    Circel(r) when true -> r
    Circle(r) -> r
    Dot -> 0.0
  end
end

fn main() do
  println("${size(Dot)}")
end
