# LANGUAGE.md §1.3 (Compatibility): a top-level expression statement is type-checked but never evaluated.
println("top level: never printed")

fn main() do
  println("main runs")
end
