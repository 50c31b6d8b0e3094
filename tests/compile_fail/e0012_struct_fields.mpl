# error: E0012 non-exhaustive match on `Flags`
# Expected label (not checked by the harness): missing: Flags { a: false, b: true }
struct Flags do
  a :: Bool
  b :: Bool
end

fn describe(f :: Flags) -> String do
  case f do
    Flags { a: true } -> "a"
    Flags { a: false, b: false } -> "none"
  end
end

fn main() do
  println(describe(Flags { a: true, b: true }))
end
