# Struct literal and update fields are evaluated in source order (LANGUAGE.md §6.2); the
# rendering lists fields in declaration order.
struct Trio do
  a :: Int
  b :: Int
  c :: Int
end

fn note(label :: String, v :: Int) -> Int do
  println("eval ${label}")
  v
end

fn main() do
  let t = Trio { c: note("c", 3), a: note("a", 1), b: note("b", 2) }
  println("${t}")
  let u = %{t | b: note("new b", 20), a: note("new a", 10)}
  println("${u}")
end
