fn main() do
  let classify = fn x do
    if x > 0 do
      return "pos"
    end
    if x < 0 do return "neg" end
    "zero"
  end
  println(classify(5) <> " " <> classify(-5) <> " " <> classify(0))
  let results = List.map([1, -1, 0], classify)
  println("${results}")
  println(outer())
end

fn outer() -> String do
  let f = fn -> return "from closure" end
  let s = f()
  "outer got: " <> s
end
