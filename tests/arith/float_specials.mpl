fn main() do
  let zero = 0.0
  let inf = 1.0 / zero
  let ninf = -1.0 / zero
  let nan = zero / zero
  println("${inf} ${ninf} ${nan} ${-0.0} ${0.0} ${-zero}")
  println("${inf + 1.0} ${inf - inf} ${inf * 0.0} ${-inf} ${1.0 / inf} ${-1.0 / inf}")
  println("${nan == nan} ${nan != nan} ${nan < 1.0} ${nan > 1.0} ${nan >= nan}")
  println("${0.0 == -0.0} ${inf > 1.0e308} ${ninf < -1.0e308}")
  println("${1.0e308 * 10.0} ${-1.0e308 * 10.0}")
  println("${0.0 * -1.0} ${-0.0 + 0.0} ${-0.0 - 0.0}")
end
