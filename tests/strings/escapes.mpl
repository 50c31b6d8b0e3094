fn main() do
  println("tab:[\t] quote:[\"] backslash:[\\]")
  println("dollar:\$ brace:\{ other:\u{41} \q")
  println("literal \${not interpolated} and $alone and ${"$"}{x}")
  println("#{hash brace} stays")
  println("line one\nline two")
  println("${String.length("a\0b")} ${String.length("\r\n")} ${String.length("\\n")}")
end
