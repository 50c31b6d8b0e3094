fn main() do
  println("${7 / 2} ${-7 / 2} ${7 / -2} ${-7 / -2}")
  println("${7 % 3} ${-7 % 3} ${7 % -3} ${-7 % -3}")
  println("${0 / 5} ${0 % 5} ${5 % 5} ${4 % 5}")
  let pairs = [[17, 5], [-17, 5], [17, -5], [-17, -5], [3, 7]]
  for p in pairs do
    let a = List.get(p, 0)
    let b = List.get(p, 1)
    println("${a} ${b} ${a / b} ${a % b} ${(a / b) * b + a % b == a}")
  end
end
