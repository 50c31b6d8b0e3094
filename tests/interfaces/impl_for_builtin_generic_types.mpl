# Impls for built-in generic types written with the bare type name cover every instantiation
# (LANGUAGE.md §3.7); trait methods come before the library module in method resolution (§5.15).
interface Summary do
  fn summary(self) -> String
end

impl Summary for List do
  fn summary(self) -> String do
    let n = List.length(self)
    if n == 0 do "empty list" else "list of ${n}" end
  end
end

impl Summary for Option do
  fn summary(self) -> String do
    case self do
      Some(_) -> "something"
      None -> "nothing"
    end
  end
end

fn main() do
  println([1, 2, 3].summary())
  println(["a"].summary())
  let none :: List<Bool> = []
  println(none.summary())
  println(Some(5).summary())
  let nothing :: Option<String> = None
  println(nothing.summary())
end
