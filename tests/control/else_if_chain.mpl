fn bucket(n :: Int) -> String do
  if n < 10 do "a" else if n < 20 do "b" else if n < 30 do "c" else if n < 40 do "d" else "e" end
end

fn main() do
  let out = for n in [5, 15, 25, 35, 45, 10, 39] do bucket(n) end
  println(String.join(out, ""))
end
