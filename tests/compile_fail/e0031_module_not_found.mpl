# error: E0031 module not found
import Missing.Module

fn main() do
  println("x")
end
