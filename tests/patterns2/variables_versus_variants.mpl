# A bare identifier pattern is a nullary variant when one of that name is in scope, otherwise a
# new variable (LANGUAGE.md §4.3).
type Mode do
  Fast
  Slow
end

fn speed(m :: Mode) -> Int do
  case m do
    Fast -> 10
    other -> 1
  end
end

fn main() do
  let MAX = 100
  println("${MAX}")
  let x = 5
  let r = case 7 do
    x -> x + 1
  end
  println("${r} ${x}")
  println("${speed(Fast)} ${speed(Slow)}")
end
