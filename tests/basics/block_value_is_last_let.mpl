# LANGUAGE.md §5.8 (Compatibility): a block whose last statement is a `let` has the bound value.
fn compute() do
  let a = 20
  let b = a + 1
end

fn main() do
  println("${compute()}")
  let v = if true do let w = 7 else 0 end
  println("${v}")
end
