# error: C0001 `main` must not take parameters
fn main(x) do
  println("${x}")
end
