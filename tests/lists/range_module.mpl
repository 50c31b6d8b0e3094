fn main() do
  let r = Range.new(1, 4)
  println("${r} ${Range.to_list(r)} ${Range.length(r)} ${Range.length(Range.new(5, 2))}")
  println("${Range.map(r, fn i -> i * i end)} ${Range.filter(0..10, fn i -> i % 3 == 0 end)}")
  println("${r.to_list()} ${Range.map(r, fn i -> "n${i}" end)}")
  let squares = for i in r do i * 10 end
  println("${squares} ${for i in Range.new(3, 3) do i end}")
end
