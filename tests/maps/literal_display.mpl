fn main() do
  let m = %{"a" => 1, "b" => 2}
  println("${m}")
  let ints = %{0 => 100, 1 => 200}
  println("${ints}")
  let empty :: Map<String, Int> = %{}
  println("${empty}")
  let unsorted = %{"z" => 26, "a" => 1, "m" => 13}
  println("${unsorted}")
  println(m.to_string())
  println(String.from(ints))
  let multi_line = %{
    "x" => 1,
    "y" => 2,
  }
  println("${multi_line}")
  println("${%{"lit" => true}}")
end
