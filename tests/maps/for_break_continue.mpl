fn main() do
  let ages = %{"ann" => 31, "bob" => 17, "cy" => 45}
  let until_minor = for {name, age} in ages do
    if age < 18 do break end
    name
  end
  println("${until_minor}")
  let skip_minor = for {name, age} in ages do
    if age < 18 do continue end
    "${name}!"
  end
  println("${skip_minor}")
  let filtered_then_break = for k in ages when k != "ann" do
    if k == "cy" do break end
    k
  end
  println("${filtered_then_break}")
end
