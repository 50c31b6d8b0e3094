fn main() do
  print("a")
  print("b")
  println("c")
  print("no newline at end")
end
