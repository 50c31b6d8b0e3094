# `for x in s` binds each element in insertion order (LANGUAGE.md §5.9).
fn main() do
  let s = Set.from_list([4, 1, 3, 2])
  for x in s do
    println("item ${x}")
  end
  let evens = for x in s when x % 2 == 0 do x * 10 end
  println("${evens}")
  let pairs = Set.from_list([(1, "a"), (2, "b"), (1, "a")])
  let texts = for (n, t) in pairs do "${t}${n}" end
  println("${texts}")
  let e :: Set<Int> = Set.new()
  println("${for x in e do x end}")
end
