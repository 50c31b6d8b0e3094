fn main() do
  let n = 4
  let total = 10 + if n > 3 do 100 else 0 end
  println("${total}")
  let parity = "${n} is " <> if n % 2 == 0 do "even" else "odd" end
  println(parity)
  let xs = [if true do 1 else 2 end, if false do 1 else 2 end]
  println("${xs}")
end
