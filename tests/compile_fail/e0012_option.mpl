# error: E0012 non-exhaustive match on `Option<Int>`
fn main() do
  let r = case String.to_int("5") do
    Some(n) -> n
  end
  println("${r}")
end
