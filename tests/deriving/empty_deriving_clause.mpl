# `deriving()` derives nothing; construction, field access and matching still work.
struct Secret do
  code :: Int
end deriving()

type Token do
  A
  B(Int)
end deriving()

fn reveal(s :: Secret) -> Int = s.code

fn tok(t :: Token) -> Int do
  case t do
    A -> 0
    B(n) -> n
  end
end

fn main() do
  println("${reveal(Secret { code: 7 })} ${tok(A)} ${tok(B(3))}")
end
