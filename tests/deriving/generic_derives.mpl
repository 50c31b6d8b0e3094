struct Box<T> do
  value :: T
end deriving(Eq, Ord, Display, Debug)

type Maybe<T> do
  Nothing
  Just(T)
end deriving(Eq, Display, Debug)

fn main() do
  let b = Box { value: 42 }
  let s = Box { value: "hi" }
  println("${b} ${s}")
  println(s.inspect())
  println("${b == Box { value: 42 }} ${Box { value: 1 } < b}")
  let j = Just([1, 2])
  println("${j} ${Nothing == Just(1)}")
  println(Just("x").inspect())
  println("${Box { value: Just("y") }}")
end
