# `[x] ++ xs` (lowered to an in-place prepend when `xs` owns the front of its store) keeps every
# version intact: prepending twice to the same list gives two independent lists, and evaluation
# order is `x` before `xs`.
fn trace(label :: String, v :: Int) -> Int do
  println(label)
  v
end

fn build(n :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do
    acc
  else
    build(n - 1, [n] ++ acc)
  end
end

fn main() do
  let base = [10, 20]
  let a = [1] ++ base
  let b = [2] ++ base
  let c = [3] ++ a
  println("${base} ${a} ${b} ${c}")
  let d = [trace("x", 5)] ++ [trace("xs", 6)]
  println("${d}")
  let big = build(100000, [])
  println("${List.length(big)} ${List.head(big)} ${List.last(big)}")
  let t = List.tail(big)
  let e = [0] ++ t
  let f = [-1] ++ t
  println("${List.head(e)} ${List.head(f)} ${List.head(big)} ${List.length(e)}")
end
