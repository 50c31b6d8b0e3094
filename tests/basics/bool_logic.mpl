fn main() do
  let t = true
  let f = false
  println("${t and f} ${t or f} ${not t} ${!f}")
  println("${t && f} ${t || f} ${not (t and f)}")
  println("${not t == f}")
  println("${f or f or t} ${t and t and f}")
  println("${t or f and f} ${(t or f) and f}")
end
