fn main() do
  let name = "Mesh"
  let n = 7
  println("${name} has ${String.length(name)} letters")
  println("${n}${n}${n}")
  println("sum=${n + 3}, neg=${-n}, cmp=${n > 5}, float=${2.0}")
  println("${"nested ${name} string"}!")
  println("${if n > 5 do "big" else "small" end}")
  println("a${""}b ${nil} ${()}")
end
