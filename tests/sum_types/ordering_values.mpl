fn describe(o :: Ordering) -> String do
  case o do
    Less -> "less"
    Equal -> "equal"
    Greater -> "greater"
  end
end

fn main() do
  println(describe(compare(1, 2)) <> " " <> describe(compare("b", "b")) <> " " <> describe(compare(3.5, 1.0)))
  println("${compare("apple", "apricot")} ${compare(true, false)} ${compare([1, 2], [1])}")
  println("${Less < Equal} ${Greater > Equal} ${Ordering.Less == Less}")
  println(compare(:b, :a).inspect())
end
