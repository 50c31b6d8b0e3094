fn main() do
  let xs = List.map(
    [1, 2, 3],
    fn x do
      let y = x * 10
      y + 1
    end
  )
  println("${xs}")
  let total = reduce([1, 2, 3], 0, fn acc, x ->
    acc + x
  end)
  println("${total}")
end
