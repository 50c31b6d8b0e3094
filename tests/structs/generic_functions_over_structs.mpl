struct Pair<A, B> do
  first :: A
  second :: B
end

fn swap<A, B>(p :: Pair<A, B>) -> Pair<B, A> do
  Pair { first: p.second, second: p.first }
end

fn map_first<A, B, C>(p :: Pair<A, B>, f :: Fun(A) -> C) -> Pair<C, B> do
  Pair { first: f(p.first), second: p.second }
end

fn main() do
  let p = Pair { first: 1, second: "one" }
  let s = swap(p)
  println("${s.first} ${s.second}")
  let m = map_first(p, fn n -> n * 10 end)
  println("${m}")
  println(swap(m).inspect())
end
