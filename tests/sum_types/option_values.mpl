fn safe_div(a :: Int, b :: Int) -> Int? do
  if b == 0 do None else Some(a / b) end
end

fn main() do
  let xs = [safe_div(10, 2), safe_div(1, 0)]
  println("${xs}")
  for r in xs do
    case r do
      Some(v) -> println("got ${v}")
      None -> println("nothing")
    end
  end
  let names :: List<String?> = [Some("a"), None]
  println("${names}")
  println(names.inspect())
  let nn :: Int?? = Some(None)
  println("${Some(Some(1))} ${nn}")
  println("${safe_div(9, 3) == Some(3)} ${safe_div(9, 0) == None} ${Option.Some(2) == Some(2)}")
end
