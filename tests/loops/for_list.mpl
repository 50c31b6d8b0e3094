fn main() do
  let names = ["ann", "bob", "cy"]
  for name in names do
    println("hello ${name}")
  end
  let lens = for name in names do String.length(name) end
  println("${lens}")
  let pairs = for n in [1, 2, 3] do
    let doubled = n * 2
    "${n}->${doubled}"
  end
  println(String.join(pairs, ", "))
  println("${for _ in [1, 2, 3] do "x" end}")
end
