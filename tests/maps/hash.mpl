# Map hashes are the wrapping sum of the entry hashes, an entry hashing as the tuple (k, v)
# (LANGUAGE.md §6.5; values computed by hand with 64-bit FNV-1a).
# Interpretation: an empty map hashes to 0, the wrapping sum of no entry hashes.
fn main() do
  let e :: Map<Int, Int> = Map.new()
  println("${e.hash()}")
  let one = %{1 => 2}
  println("${one.hash()} ${one.hash() == (1, 2).hash()}")
  let two = %{1 => 2, 3 => 4}
  let owt = %{3 => 4, 1 => 2}
  println("${two.hash()} ${owt.hash()}")
  let s = %{"a" => 1}
  println("${s.hash()}")
  let big = Map.from_list(for i in 0..100 do (i, i * i) end)
  let gib = Map.from_list(List.reverse(for i in 0..100 do (i, i * i) end))
  println("${big == gib} ${big.hash() == gib.hash()}")
end
