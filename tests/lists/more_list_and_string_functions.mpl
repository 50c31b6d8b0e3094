struct P do
  name :: String
  age :: Int
end

fn main() do
  let xs = [3, 1, 2]
  println("${List.sort(xs)} ${List.sort(xs, fn a, b -> b - a end)} ${xs}")
  println("${List.sort(["pear", "apple", "fig"])}")
  let people = [P { name: "b", age: 2 }, P { name: "a", age: 2 }, P { name: "c", age: 1 }]
  println("${List.sort(people)}")
  println("${List.zip([1, 2, 3], ["a", "b"])} ${List.enumerate(["x", "y"])}")
  println("${List.flatten([[1], [], [2, 3]])} ${List.flat_map([1, 2], fn x -> [x, x * 10] end)}")
  println("${List.fetch(xs, 1)} ${List.fetch(xs, 5)} ${xs.fetch(-1)}")
  println("${String.byte_size("héllo")} ${String.index_of("hello", "ll")} ${String.index_of("hello", "z")}")
  println("${String.chars("héé")} ${"abc".chars()}")
end
