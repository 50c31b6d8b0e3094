pub fn describe(0) = "zero"
fn describe(n) when n < 0 = "negative"
fn describe(_) = "positive"

pub fn apply_all(xs :: List<Int>, f :: Fun(Int) -> Int) -> List<Int> = List.map(xs, f)
