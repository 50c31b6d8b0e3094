# Arms are tried in order: pattern, then guard (LANGUAGE.md §6.2).
fn check(label :: String, result :: Bool) -> Bool do
  println("guard ${label}")
  result
end

fn main() do
  let v = (1, Some(2))
  let r = case v do
    (0, _) -> "zero"
    (1, None) -> "none"
    (1, Some(x)) when check("first", x > 5) -> "big"
    (n, Some(x)) when check("second", x == 2) -> "two after ${n}"
    _ -> "rest"
  end
  println(r)
end
