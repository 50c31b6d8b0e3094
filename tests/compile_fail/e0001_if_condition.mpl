# error: E0001 expected Bool, found Int
fn main() do
  if 1 do
    println("one")
  end
end
