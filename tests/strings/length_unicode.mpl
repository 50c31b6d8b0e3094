fn main() do
  println("${String.length("héllo")} ${String.length("")} ${String.length("日本語")}")
  println("${String.length("😀!")} ${String.length("naïve café")}")
  println("${String.length("a b\tc")} ${String.length("é")}")
end
