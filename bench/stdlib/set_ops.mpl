# set_ops: Set.add of 100,000 Ints, Set.contains of each and of 100,000 absent values,
# Set.remove of half, size and a fold over what is left.

fn main() do
  let n = 100000
  let xs = for i in 0..n do (i * 7919) % 1000003 end
  let s = List.reduce(xs, Set.new(), fn acc, x -> Set.add(acc, x) end)
  let again = List.reduce(xs, s, fn acc, x -> Set.add(acc, x) end)
  let hits = List.reduce(xs, 0, fn acc, x ->
    acc + (if Set.contains(s, x) do 1 else 0 end) + (if Set.contains(s, x + 1000003) do 1 else 0 end)
  end)
  let gone = List.filter(xs, fn x -> x % 2 == 0 end)
  let half = List.reduce(gone, s, fn acc, x -> Set.remove(acc, x) end)
  let rest = List.reduce(Set.to_list(half), 0, fn acc, x -> acc + x end)
  println("set_ops size=${Set.size(s)} again=${Set.size(again)} hits=${hits} after_remove=${Set.size(half)} rest=${rest}")
end
