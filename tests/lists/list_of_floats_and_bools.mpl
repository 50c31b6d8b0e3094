fn main() do
  let fs = [0.5, 1.0, 2.25]
  let total = reduce(fs, 0.0, fn a, b -> a + b end)
  println("${fs} ${total}")
  let halves = map([1, 2, 3], fn i -> Float.from(i) / 2.0 end)
  println("${halves}")
  let flags = map([1, 2, 3, 4], fn i -> i % 2 == 0 end)
  println("${flags} ${filter(flags, fn b -> b end)}")
end
