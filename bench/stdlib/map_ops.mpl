# map_ops: 100,000 Int keys and 100,000 String keys — Map.put of each, Map.get of each,
# Map.has_key of each key and of a key that is absent, Map.delete of half, then a fold
# over what is left.

fn main() do
  let n = 100000
  let keys = for i in 0..n do (i * 7919) % 1000003 end
  let m = List.reduce(keys, Map.new(), fn acc, k -> Map.put(acc, k, k * 2) end)
  let got = List.reduce(keys, 0, fn acc, k -> acc + Map.get(m, k) end)
  let hits = List.reduce(keys, 0, fn acc, k ->
    acc + (if Map.has_key(m, k) do 1 else 0 end) + (if Map.has_key(m, k + 1000003) do 1 else 0 end)
  end)
  let gone = List.filter(keys, fn k -> k % 2 == 0 end)
  let half = List.reduce(gone, m, fn acc, k -> Map.delete(acc, k) end)
  let rest = List.reduce(Map.values(half), 0, fn acc, v -> acc + v end)

  let skeys = for k in keys do "key-${k}" end
  let sm = List.reduce(skeys, Map.new(), fn acc, k -> Map.put(acc, k, String.length(k)) end)
  let sgot = List.reduce(skeys, 0, fn acc, k -> acc + Map.get(sm, k) end)
  let shits = List.reduce(skeys, 0, fn acc, k ->
    acc + (if Map.has_key(sm, k) do 1 else 0 end) + (if Map.has_key(sm, k <> "!") do 1 else 0 end)
  end)
  let sgone = List.filter(skeys, fn k -> String.ends_with(k, "7") end)
  let shalf = List.reduce(sgone, sm, fn acc, k -> Map.delete(acc, k) end)
  println("map_ops size=${Map.size(m)} get=${got} hits=${hits} after_delete=${Map.size(half)} rest=${rest} ssize=${Map.size(sm)} sget=${sgot} shits=${shits} safter_delete=${Map.size(shalf)}")
end
