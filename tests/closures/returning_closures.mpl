fn make_adder(n :: Int) -> Fun(Int) -> Int do
  fn(x) -> x + n end
end

fn make_labeller(prefix :: String) do
  fn(n) -> "${prefix}#${n}" end
end

fn main() do
  let add5 = make_adder(5)
  let add10 = make_adder(10)
  println("${add5(1)} ${add10(1)} ${make_adder(100)(1)}")
  let label = make_labeller("item")
  println(label(3))
  let compose = fn f, g -> fn x -> g(f(x)) end end
  let inc_then_double = compose(fn x -> x + 1 end, fn x -> x * 2 end)
  println("${inc_then_double(4)}")
  let curry = fn a -> fn b -> fn c -> a * 100 + b * 10 + c end end end
  println("${curry(1)(2)(3)}")
end
