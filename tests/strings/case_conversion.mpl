fn main() do
  println(String.to_upper("hello, World 42"))
  println(String.to_lower("HeLLo, WORLD 42"))
  println(String.to_upper("héllo ß"))
  println(String.to_lower("ÀÉÎ"))
  println("${String.length(String.to_upper("ß"))}")
end
