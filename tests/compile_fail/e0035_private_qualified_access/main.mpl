# error: E0035 private item cannot be imported
# Interpretation: qualified access reports the same code *and message* as the import form (§5.21).
import Calc

fn main() do
  println("${Calc.secret()}")
end
