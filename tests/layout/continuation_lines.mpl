fn double(x) =
  x * 2

fn main() do
  let total = 1 +
    2 +
    3
  let s = "a" <>
    "b" <>
    "c"
  let ok = total > 5 and
    s == "abc"
  let n =
    double(21)
  let r = [1, 2, 3]
    |> List.map(double)
    # a comment line between pipe stages

    |> List.filter(fn x -> x > 2 end)
  println("${total} ${s} ${ok} ${n} ${r}")
  let big = 10 *
    10 -
    1
  println("${big}")
  let either = false or
    true
  println("${either}")
end
