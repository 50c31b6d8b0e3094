# Sets order by their elements sorted, then lexicographically (LANGUAGE.md §6.5).
fn main() do
  let a = Set.from_list([3, 1])
  let b = Set.from_list([2, 1])
  println("${a < b} ${b < a} ${compare(a, b)}")
  let short = Set.from_list([2])
  let long = Set.from_list([3, 2])
  println("${short < long} ${compare(long, short)}")
  let x = Set.from_list([5, 4, 6])
  let y = Set.from_list([6, 5, 4])
  println("${x <= y} ${x >= y} ${x < y} ${compare(x, y)}")
  let e :: Set<Int> = Set.new()
  println("${e < short} ${e > short}")
  let s1 = Set.from_list([1])
  let s21 = Set.from_list([2, 1])
  let s9 = Set.from_list([9])
  println("${e < s1} ${s1 < s21} ${s21 < s9} ${s9 > s1} ${s1 >= s21}")
  println("${Set.from_list(["b"]) < Set.from_list(["c", "a"])}")
end
