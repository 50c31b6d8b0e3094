type Pair<A> = (A, A)
type Entry = (String, Int)

fn flip(p :: Pair<Int>) -> Pair<Int> do
  let (a, b) = p
  (b, a)
end

fn label(e :: Entry) -> String do
  let (name, n) = e
  "${name}#${n}"
end

fn main() do
  println("${flip((1, 2))}")
  let e :: Entry = ("item", 7)
  println(label(e))
  let plain :: (String, Int) = e
  println("${plain == ("item", 7)}")
end
