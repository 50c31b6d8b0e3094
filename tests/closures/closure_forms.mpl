fn main() do
  let a = fn x -> x + 1 end
  let b = fn(x, y) -> x * y end
  let c = fn -> 42 end
  let d = fn () -> "unit params" end
  let e = fn do "do form" end
  let f = fn x do
    let y = x * 2
    y + 1
  end
  let g = fn (x :: Int) -> x - 1 end
  let h = fn acc, x -> acc <> x end
  let k = fn x -> let y = x * 3; y + 1 end
  println("${a(1)} ${b(3, 4)} ${c()} ${d()} ${e()} ${f(5)} ${g(10)} ${h("a", "b")} ${k(2)}")
end
