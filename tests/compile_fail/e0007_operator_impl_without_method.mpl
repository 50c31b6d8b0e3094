# error: E0007 impl Add for Money is missing method add
# The built-in operator traits have required methods too (LANGUAGE.md §5.12, §5.14).
struct Money do
  cents :: Int
end

impl Add for Money do
  type Output = Money
end

fn main() do
  println("money")
end
