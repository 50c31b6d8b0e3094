fn double(x) = x * 2

fn main() do
  let offset = 10
  let add_offset = fn x -> x + offset end
  let result = [1, 2, 3, 4, 5]
    |> List.map(double)
    |> List.filter(fn x -> x > 4 end)
    |> List.map(add_offset)
  println("${result}")
  let total = reduce(result, 0, fn acc, x -> acc + x end)
  println("total = ${total}")
  let shout = "hello" |> String.to_upper() |> fn s -> s <> "!" end
  println(shout)
  let compose = fn f, g -> fn x -> g(f(x)) end end
  let inc_then_double = compose(fn x -> x + 1 end, double)
  println("${inc_then_double(4)}")
end
