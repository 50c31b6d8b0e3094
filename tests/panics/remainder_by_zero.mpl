fn main() do
  let z = 0
  IO.eprintln("about to divide")
  println("${7 % z}")
end
