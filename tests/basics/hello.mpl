fn main() do
  println("Hello, world!")
end
