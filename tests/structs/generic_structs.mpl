struct Box<T> do
  value :: T
end

struct Pair<A, B> do
  first :: A
  second :: B
end

fn wrap(x) = Box { value: x }

fn main() do
  let b = Box { value: 42 }
  let s = Box { value: "hi" }
  println("${b.value + 1} ${s.value}")
  println("${b} ${s}")
  println(s.inspect())
  let p = Pair { first: 1, second: [true] }
  println("${p}")
  println("${wrap(wrap(2.5))}")
  let swapped = Pair { first: p.second, second: p.first }
  println(swapped.inspect())
end
