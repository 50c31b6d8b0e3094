fn double(x) = x * 2
fn add(x, y) = x + y

fn main() do
  println("${5 |> double}")
  println("${5 |> double()}")
  println("${5 |> add(10)}")
  println("${5 |> fn x -> x * x end}")
  let offset = 7
  let add_offset = fn x -> x + offset end
  println("${1 |> add_offset |> double}")
  let r = [1, 2, 3, 4]
    |> List.map(fn x -> x * 10 end)
    |> List.filter(fn x -> x > 15 end)
    |> reduce(0, fn acc, x -> acc + x end)
  println("${r}")
  let shout = "hello" |> String.to_upper() |> fn s -> s <> "!" end
  println(shout)
  println("${3 |> (make_multiplier(4))}")
end

fn make_multiplier(k) = fn x -> x * k end
