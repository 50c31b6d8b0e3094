fn main() do
  println("bom ignored")
end
