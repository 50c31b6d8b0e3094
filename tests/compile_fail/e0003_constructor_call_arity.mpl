# error: E0003 expected 2 argument(s), found 1
# A variant with fields is a constructor function (LANGUAGE.md §5.11).
type Shape do
  Rect(Int, Int)
  Dot
end

fn main() do
  let r = Rect(1)
  println("${r}")
end
