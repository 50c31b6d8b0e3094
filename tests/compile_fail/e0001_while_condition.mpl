# error: E0001 expected Bool, found String
fn main() do
  while "yes" do
    println("loop")
  end
end
