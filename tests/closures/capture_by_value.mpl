fn main() do
  let x = 1
  let f = fn -> x * 10 end
  let x = 2
  println("${f()} ${x}")
  let name = "Ada"
  let greet = fn greeting -> "${greeting}, ${name}" end
  let name = "Bob"
  println(greet("Hi") <> " / " <> name)
  let xs = [1, 2, 3]
  let count = fn -> List.length(xs) end
  let xs = List.append(xs, 4)
  println("${count()} ${List.length(xs)}")
end
