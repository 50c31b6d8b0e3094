# Exact hash values, computed by hand from LANGUAGE.md §6.5 (64-bit FNV-1a, offset basis
# 0xcbf29ce484222325, prime 0x100000001b3, result as a signed Int).
# Interpretation: Option's variant indices follow the declaration order in §5.1 (None 0, Some 1).
struct Key do
  id :: Int
  name :: String
end deriving(Eq, Hash)

type Coin do
  One
  Two(Int)
end deriving(Eq, Hash)

fn main() do
  let zero = 0
  let one = 1
  let t = true
  let u = ()
  let s = ""
  let a = "a"
  println("${zero.hash()} ${one.hash()} ${t.hash()}")
  println("${s.hash()} ${u.hash()} ${a.hash()}")
  let k = Key { id: 1, name: "a" }
  let pair = (1, "a")
  println("${k.hash()} ${pair.hash()}")
  let coin = Two(5)
  println("${One.hash()} ${coin.hash()}")
  let xs = [1, 2]
  let o = Some(1)
  println("${xs.hash()} ${o.hash()}")
end
