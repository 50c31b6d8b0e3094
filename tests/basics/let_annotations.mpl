fn main() do
  let i :: Int = 42
  let f :: Float = 2.5
  let s :: String = "text"
  let b :: Bool = false
  let u :: () = ()
  println("${i} ${f} ${s} ${b} ${u}")
end
