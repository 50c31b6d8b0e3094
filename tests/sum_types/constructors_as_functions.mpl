# A variant with fields is a constructor function (LANGUAGE.md §5.11), usable as a value,
# unqualified or qualified; so are the built-in constructors.
type Token do
  Word(String)
  Number(Int)
end

fn main() do
  let words = List.map(["a", "b"], Word)
  let nums = List.map([1, 2], Token.Number)
  println("${words ++ nums}")
  let mk = Token.Word
  println("${mk("c")}")
  let wrap = Some
  println("${List.map([1, 2], wrap)}")
  let oks :: List<Result<String, Int>> = List.map(["x"], Ok)
  println("${oks}")
end
