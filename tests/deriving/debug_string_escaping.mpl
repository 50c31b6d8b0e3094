# Debug quotes and escapes strings at every depth (STDLIB.md §6.2); show leaves them as is.
struct Msg do
  text :: String
end

fn main() do
  let m = Msg { text: "say \"hi\"\n\ttab\\" }
  println(m.inspect())
  println("${m}")
  println(Some("a\"b").inspect())
  println(("x\ry", :k).inspect())
end
