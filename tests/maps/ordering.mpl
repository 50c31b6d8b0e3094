# Maps order by their entries sorted by key, then lexicographically (LANGUAGE.md §6.5).
fn main() do
  let a = %{"b" => 1, "a" => 2}
  let b = %{"a" => 2, "c" => 0}
  println("${a < b} ${b < a} ${a > b}")
  let short = %{1 => 1}
  let long = %{2 => 0, 1 => 1}
  println("${short < long} ${long <= short}")
  let x = %{1 => 5}
  let y = %{1 => 3}
  println("${x > y} ${compare(x, y)} ${compare(y, x)}")
  let p = %{3 => 0, 1 => 9}
  let q = %{1 => 9, 3 => 0}
  println("${p <= q} ${p >= q} ${p < q} ${compare(p, q)}")
  println("${%{1 => 100} < %{2 => 0}}")
  println("${%{2 => 0, 1 => 100} > %{1 => 50, 3 => 0}}")
  let e :: Map<Int, Int> = Map.new()
  println("${e < %{0 => 0}} ${e.compare(e)}")
  let m1 = %{1 => 1, 0 => 5}
  let m2 = %{1 => 0}
  let m3 = %{2 => 0}
  println("${e < m1} ${m1 < m2} ${m2 < m3} ${m3 > m1} ${m1 >= m3}")
end
