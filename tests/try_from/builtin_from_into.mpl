# The built-in From impls (`From<Int> for Float`, `From<Int> for String`, `From<Float> for
# String`, `From<Bool> for String`) and their Into counterparts (LANGUAGE.md §5.12; STDLIB.md §4).
fn main() do
  let f = Float.from(7)
  println("${f / 2.0}")
  println(String.from(42) <> String.from(2.5) <> String.from(true))
  let g :: Float = 3.into()
  let s :: String = 12.into()
  let t :: String = 0.5.into()
  let u :: String = false.into()
  println("${g * 1.5} ${s <> "!"} ${t} ${u}")
  println("${String.length(String.from(-100))}")
end
