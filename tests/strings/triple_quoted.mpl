fn main() do
  let a = """He said "hi" and ""bye""."""
  println(a)
  let b = """
  indented
"""
  print(b)
  println("[${String.length(b)}]")
  let c = """tab\there \"escaped\" \\ done"""
  println(c)
end
