fn main do
  println("no parens")
end
