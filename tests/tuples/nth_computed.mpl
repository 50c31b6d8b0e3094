# Tuple.nth with a computed (non-literal) index on a tuple whose elements share one type
# (STDLIB.md §5.8): element `i`, 0-based.
fn pick(t :: (Int, Int, Int), i :: Int) -> Int = Tuple.nth(t, i)

fn main() do
  let t = (10, 20, 30)
  for i in 0..3 do
    println("${Tuple.nth(t, i)}")
  end
  let names = ("a", "b", "c")
  let idx = String.length("xx")
  println(Tuple.nth(names, idx) <> Tuple.nth(names, idx - 2))
  println("${pick((7, 8, 9), 1 + 1)} ${pick((7, 8, 9), 0)}")
  let sums = for i in 0..2 do Tuple.nth((1.5, 2.5), i) * 2.0 end
  println("${sums}")
  let pairs = ((1, "x"), (2, "y"))
  let (n, s) = Tuple.nth(pairs, List.length([0]))
  println("${n} ${s}")
end
