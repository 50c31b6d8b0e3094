fn main() do
  let describe = fn 0 -> "zero" | n when n < 0 -> "negative" | _ -> "positive" end
  println(describe(0) <> " " <> describe(-3) <> " " <> describe(8))
  let x = 1
  let f = fn -> x * 10 end
  let x = 2
  println("${f()} ${x}")
  if true do
    let x = 99
    println("inner ${x}")
  end
  println("outer ${x}")
end
