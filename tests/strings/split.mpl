fn show(parts :: List<String>) -> String do
  "${List.length(parts)}:" <> String.join(parts, "|")
end

fn main() do
  println(show(String.split("a,b,c", ",")))
  println(show(String.split("a,,b", ",")))
  println(show(String.split("/a/b", "/")))
  println(show(String.split("", ",")))
  println(show(String.split("ab", "")))
  println(show(String.split("a,b,", ",")))
  println(show(String.split("abc", "x")))
  println(show(String.split("one--two--three", "--")))
  println(show(String.split("héllo wörld", "ö")))
  println("${String.split("x y", " ")}")
end
