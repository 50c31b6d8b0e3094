# The clauses of `weight` miss `Heavy` (warning E0012); the build succeeds and the call panics.
type Size do
  Light
  Medium
  Heavy
end

fn weight(Light) = 1
fn weight(Medium) = 5

fn main() do
  println("${weight(Light) + weight(Medium)}")
  println("${weight(Heavy)}")
end
