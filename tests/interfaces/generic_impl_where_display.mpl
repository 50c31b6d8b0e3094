# `impl Display for Box where T: Display`: an impl for a generic type covers every instantiation;
# the type's own parameter names are in scope and bounded by the impl's where clause
# (LANGUAGE.md §3.7, §5.14). Nested boxes use the impl recursively.
struct Box<T> do
  value :: T
end

impl Display for Box where T: Display do
  fn to_string(self) -> String = "[" <> self.value.to_string() <> "]"
end

struct Pair<A, B> do
  a :: A
  b :: B
end

impl Display for Pair where A: Display, B: Display do
  fn to_string(self) -> String = "<${self.a}|${self.b}>"
end

fn main() do
  let b = Box { value: 42 }
  println("${b} ${Box { value: "hi" }} ${Box { value: Box { value: 1.5 } }}")
  println(Pair { a: 1, b: Box { value: true } }.to_string())
  println("${[Box { value: 1 }, Box { value: 2 }]}")
end
