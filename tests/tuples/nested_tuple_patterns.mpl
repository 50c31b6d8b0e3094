fn classify(p :: ((Int, Int), Bool)) -> String do
  case p do
    ((0, 0), true) -> "origin, visible"
    ((0, 0), false) -> "origin, hidden"
    ((x, y), true) when x == y -> "diagonal ${x}"
    ((x, _), visible) -> "x=${x} visible=${visible}"
  end
end

fn main() do
  println(classify(((0, 0), true)))
  println(classify(((0, 0), false)))
  println(classify(((3, 3), true)))
  println(classify(((3, 3), false)))
  println(classify(((5, 1), true)))
end
