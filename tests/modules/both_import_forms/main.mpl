import Calc
from Calc import add

fn main() do
  println("${add(1, 2)} ${Calc.add(3, 4)} ${Calc.twice(add(1, 1))}")
end
