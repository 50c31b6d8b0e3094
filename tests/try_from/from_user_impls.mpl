# `T.from(x)` selects the impl `From<S> for T` with `S` the type of `x`; one type may have several
# From impls with different source types (LANGUAGE.md §5.14 E0026 needs unifiable arguments,
# §5.16).
struct Meters do
  value :: Int
end deriving(Display)

impl From<Int> for Meters do
  fn from(n :: Int) -> Meters = Meters { value: n }
end

impl From<String> for Meters do
  fn from(s :: String) -> Meters = Meters { value: String.length(s) }
end

fn main() do
  println("${Meters.from(5)}")
  println("${Meters.from("abcd")}")
  let ms = List.map([1, 2], fn n -> Meters.from(n * 100) end)
  println("${ms}")
end
