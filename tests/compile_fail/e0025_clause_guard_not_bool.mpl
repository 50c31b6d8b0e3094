# error: E0025 guard must be Bool, found `String`
fn f(n) when "yes" = n
fn f(_) = 0

fn main() do
  println("${f(1)}")
end
