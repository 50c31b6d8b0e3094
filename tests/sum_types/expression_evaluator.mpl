type Expr do
  Num(Int)
  Add(Expr, Expr)
  Mul(Expr, Expr)
  Negate(Expr)
end

fn eval(e :: Expr) -> Int do
  case e do
    Num(n) -> n
    Add(a, b) -> eval(a) + eval(b)
    Mul(a, b) -> eval(a) * eval(b)
    Negate(a) -> -eval(a)
  end
end

fn render(e :: Expr) -> String do
  case e do
    Num(n) -> "${n}"
    Add(a, b) -> "(${render(a)} + ${render(b)})"
    Mul(a, b) -> "${render(a)} * ${render(b)}"
    Negate(a) -> "-${render(a)}"
  end
end

fn main() do
  let e = Mul(Add(Num(1), Num(2)), Negate(Num(4)))
  println("${render(e)} = ${eval(e)}")
  println("${e}")
end
