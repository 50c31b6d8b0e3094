fn main() do
  println("to stdout")
  IO.eprintln("to stderr")
  print("partial")
  IO.eprintln("more stderr")
  println(" line")
end
