fn main() do
  let s = "first
second"
  println(s)
  println("${String.length(s)}")
end
