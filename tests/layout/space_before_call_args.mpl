fn twice(x) = x * 2

fn main() do
  println("${twice (21)}")
  println ("spaced call")
end
