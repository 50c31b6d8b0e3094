import Calc

fn main() do
  println("${Calc.add(2, 3)} ${Calc.square(4)}")
end
