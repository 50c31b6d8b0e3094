fn noisy(label :: String, value :: Bool) -> Bool do
  println("eval ${label}")
  value
end

fn main() do
  let a = noisy("a", false) and noisy("b", true)
  println("${a}")
  let c = noisy("c", true) or noisy("d", false)
  println("${c}")
  let e = noisy("e", true) && noisy("f", false)
  println("${e}")
  let g = noisy("g", false) || noisy("h", true)
  println("${g}")
end
