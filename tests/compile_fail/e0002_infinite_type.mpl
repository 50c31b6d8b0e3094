# error: E0002 infinite type: ?1 occurs in Fun(?1) -> ?2
# Interpretation: the parameter `x` gets the first unresolved variable of the message (§8.1 numbers
# variables by first appearance), the call result the second.
fn main() do
  let f = fn x -> x(x) end
  println("self application")
end
