# A bounded generic function called through a pipe and passed as a function value (LANGUAGE.md
# §5.14: bounds are checked at every use). `Self` as a return type in the interface.
interface Double do
  fn double(self) -> Self
end

impl Double for Int do
  fn double(self) -> Int = self * 2
end

impl Double for String do
  fn double(self) -> String = self <> self
end

fn twice<T>(x :: T) -> T where T: Double do
  x.double().double()
end

fn main() do
  println("${3 |> twice()}")
  println("ab" |> twice())
  println("${List.map([1, 2, 3], twice)}")
  println("${List.map(["a", "b"], twice)}")
end
