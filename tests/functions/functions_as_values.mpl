fn double(x :: Int) -> Int = x * 2
fn inc(x :: Int) -> Int = x + 1

fn apply_twice(f :: Fun(Int) -> Int, x :: Int) -> Int = f(f(x))

fn compose(f, g) = fn x -> g(f(x)) end

fn main() do
  println("${apply_twice(double, 3)} ${apply_twice(inc, 3)}")
  let h = compose(double, inc)
  println("${h(5)}")
  let fs = [double, inc, fn x -> x * x end]
  println("${List.map(fs, fn f -> f(7) end)}")
  let g = double
  println("${g(21)}")
end
