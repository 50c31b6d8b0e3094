# error: E0034 name not found in module
# Interpretation: qualified access reports the same code *and message* as the import form (§5.21).
import Calc

fn main() do
  println("${Calc.nope()}")
end
