fn main() do
  let name = "Mesh"
  let n = 3
  println("Hello, ${name}!")
  println("${n} + 0.5 = ${Float.from(n) + 0.5}")
  println("${2.0 * 4.0} ${0.1 + 0.2} ${1.0e21} ${1.0e-7} ${-0.0}")
  println("${[1.5, 2.0]} ${true} ${:ok} ${nil}")
end
