fn fill(i :: Int, n :: Int, s :: Set<Int>) -> Set<Int> do
  if i == n do s else fill(i + 1, n, Set.add(s, i * 7 % 1000)) end
end

fn main() do
  let s = fill(0, 100000, Set.new())
  println("${Set.size(s)} ${List.take(Set.to_list(s), 5)} ${Set.contains(s, 993)}")
  let big = Set.from_list(for i in 0..100000 do i end)
  println("${Set.size(big)} ${Set.contains(big, 99999)} ${Set.contains(big, 100000)}")
end
