# A function field silently disables the default derives (LANGUAGE.md §5.13); calling
# `h.run(5)` calls the field (§5.15 step 1).
struct Handler do
  name :: String
  run :: Fun(Int) -> Int
end

fn main() do
  let h = Handler { name: "double", run: fn x -> x * 2 end }
  let f = h.run
  println("${h.name}: ${f(21)}")
  println("${h.run(5)}")
  let h2 = %{h | run: fn x -> x + 1 end}
  println("${h2.run(5)} ${h.run(5)}")
end
