# User From impls whose target is a built-in type (`impl From<Celsius> for Float`,
# `impl From<Count> for String`) sit beside the built-in ones; `Float.from` and `String.from`
# select by argument type, `into` by expected type (LANGUAGE.md §5.15: members defined by impls
# of the type take precedence; §5.16).
struct Celsius do
  deg :: Float
end

impl From<Celsius> for Float do
  fn from(c :: Celsius) -> Float = c.deg * 9.0 / 5.0 + 32.0
end

struct Count do
  n :: Int
end

impl From<Count> for String do
  fn from(c :: Count) -> String = "${c.n} items"
end

fn main() do
  let c = Celsius { deg: 100.0 }
  println("${Float.from(c)} ${Float.from(2)}")
  let f :: Float = Celsius { deg: -40.0 }.into()
  println("${f}")
  println(String.from(Count { n: 3 }) <> " / " <> String.from(3))
  let s :: String = Count { n: 0 }.into()
  println(s)
end
