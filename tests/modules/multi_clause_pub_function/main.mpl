from Numbers import describe, apply_all

fn main() do
  println(String.join(List.map([0, -3, 3], describe), " "))
  let offset = 100
  println("${apply_all([1, 2], fn x -> x + offset end)}")
end
