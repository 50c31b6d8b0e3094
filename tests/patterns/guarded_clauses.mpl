fn clamp(n, lo, _) when n < lo = lo
fn clamp(n, _, hi) when n > hi = hi
fn clamp(n, _, _) = n

fn abs_val(n) when n < 0 = -n
fn abs_val(n) = n

fn grade(score) when score >= 90 = "A"
fn grade(score) when score >= 80 = "B"
fn grade(_) = "C"

fn main() do
  println("${clamp(-5, 0, 10)} ${clamp(50, 0, 10)} ${clamp(5, 0, 10)}")
  println("${abs_val(-8)} ${abs_val(8)} ${abs_val(0)}")
  println(grade(95) <> grade(85) <> grade(12) <> grade(90) <> grade(80))
end
