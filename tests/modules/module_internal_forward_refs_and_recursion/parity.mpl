pub fn check(n :: Int) -> String do
  if is_even(n) do "${n} even" else "${n} odd" end
end

fn is_even(0) = true
fn is_even(n) = is_odd(n - 1)

fn is_odd(0) = false
fn is_odd(n) = is_even(n - 1)
