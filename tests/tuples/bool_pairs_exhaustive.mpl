# Four tuple arms cover (Bool, Bool) without a wildcard: no E0012.
fn xor(a :: Bool, b :: Bool) -> Bool do
  case (a, b) do
    (true, true) -> false
    (false, false) -> false
    (true, false) -> true
    (false, true) -> true
  end
end

fn main() do
  println("${xor(true, true)} ${xor(true, false)} ${xor(false, true)} ${xor(false, false)}")
end
