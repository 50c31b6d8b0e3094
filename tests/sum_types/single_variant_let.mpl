# A variant of a single-variant sum type is irrefutable (LANGUAGE.md §4.4).
type Distance do
  Meters(Float)
end

type Wrapper<T> do
  Wrap(T)
end

fn add(a :: Distance, b :: Distance) -> Distance do
  let Meters(x) = a
  let Meters(y) = b
  Meters(x + y)
end

fn main() do
  let Meters(total) = add(Meters(1.5), Meters(2.25))
  println("${total}")
  let Wrap((a, b)) = Wrap((1, "two"))
  println("${a} ${b}")
  println("${add(Meters(1.0), Meters(1.0))}")
end
