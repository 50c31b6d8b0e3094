fn handle(msg :: (Atom, Int)) -> String do
  case msg do
    (:add, n) -> "add ${n}"
    (:sub, n) when n > 0 -> "sub ${n}"
    (:sub, _) -> "sub nothing"
    (other, _) -> "unknown ${other}"
  end
end

fn main() do
  println(handle((:add, 2)))
  println(handle((:sub, 3)))
  println(handle((:sub, 0)))
  println(handle((:mul, 9)))
end
