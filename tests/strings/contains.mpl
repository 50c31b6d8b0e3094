fn main() do
  println("${String.contains("mesh", "es")} ${String.contains("mesh", "se")}")
  println("${String.contains("abc", "")} ${String.contains("", "")} ${String.contains("", "a")}")
  println("${String.contains("héllo", "él")} ${String.contains("Case", "case")}")
end
