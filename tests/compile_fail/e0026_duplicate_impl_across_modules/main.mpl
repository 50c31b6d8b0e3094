# error: E0026 duplicate impl: `Describe` is already implemented for `Int`
# Impls are global, so duplicates are detected across modules (LANGUAGE.md §5.14); neither
# module is imported by main.
fn main() do
  println("x")
end
