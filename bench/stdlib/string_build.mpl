# string_build: interpolate 1,000,000 numbers into strings, join them with ",", split the
# result and parse every piece back with String.to_int (a String.split / String.join round
# trip), then join the pieces again and compare with the first string.
# (Growing one string with `acc <> piece` in a loop is measured separately in concat_loop.mpl.)

fn parse_or_zero(s :: String) -> Int do
  case String.to_int(s) do
    Some(v) -> v
    None -> 0
  end
end

fn main() do
  let n = 1000000
  let pieces = for i in 0..n do "${i * 7}" end
  let joined = String.join(pieces, ",")
  let parts = String.split(joined, ",")
  let numbers = List.map(parts, parse_or_zero)
  let sum = List.reduce(numbers, 0, fn acc, x -> acc + x end)
  let rejoined = String.join(parts, ",")
  println("string_build len=${String.length(joined)} parts=${List.length(parts)} sum=${sum} same=${rejoined == joined}")
end
