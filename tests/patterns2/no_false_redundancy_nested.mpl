type E do
  Num(Int)
  Mul(E, E)
end

fn simp(e :: E) -> String do
  case e do
    Mul(Num(1), x) -> "one left"
    Mul(x, Num(1)) -> "one right"
    Mul(Num(0), _) -> "zero left"
    Mul(_, Num(0)) -> "zero right"
    _ -> "other"
  end
end

fn main() do
  println(simp(Mul(Num(5), Num(0))))
  println(simp(Mul(Num(1), Num(0))))
  println(simp(Mul(Num(2), Num(3))))
end
