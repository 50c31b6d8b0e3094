fn add3(a, b, c) = a + b + c

fn main() do
  let xs = [
    1,
    2,
    3,
  ]
  let total = add3(
    10,
    20,
    30
  )
  let ys = [10
    - 3, 4]
  println("${xs} ${total} ${ys}")
  let v = (1
    + 2)
  println("${v}")
end
