# `for {k, v} in m` binds entries, a single variable binds the key (LANGUAGE.md §5.9);
# iteration follows insertion order.
fn main() do
  let ages = %{"ann" => 31, "bob" => 17, "cy" => 45}
  for {name, age} in ages do
    println("${name} is ${age}")
  end
  let pairs = for {name, age} in ages do "${name}=${age}" end
  println("${pairs}")
  let keys = for k in ages do k end
  println("${keys}")
  let adults = for {name, age} in ages when age >= 18 do name end
  println("${adults}")
  let three_letters = for k in ages when String.length(k) == 3 do String.to_upper(k) end
  println("${three_letters}")
  let total = List.reduce(for {_, age} in ages do age end, 0, fn a, b -> a + b end)
  println("${total}")
  let e :: Map<String, Int> = Map.new()
  println("${for {_, v} in e do v end}")
  let updated = Map.put(Map.put(ages, "bob", 18), "dee", 5)
  println("${for {k, v} in updated when v >= 18 do k end}")
end
