fn nothing() do
end

fn main() do
  let a = ()
  let b = nil
  println("${a} ${b} ${a == b}")
  let r = println("side effect")
  println("${r}")
  println("${nothing()}")
  let w = if false do 1 end
  println("${w}")
end
