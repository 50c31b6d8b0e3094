fn main() do
  println("main only")
end
