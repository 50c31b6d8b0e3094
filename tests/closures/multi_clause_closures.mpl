fn main() do
  let z = fn 0 -> "z" | n -> "n" end
  println(z(0) <> z(5))
  let describe = fn 0 -> "zero" | n when n < 0 -> "negative" | _ -> "positive" end
  println(describe(0) <> " " <> describe(-3) <> " " <> describe(8))
  let size = fn "" -> "empty"
    | s when String.length(s) > 3 -> "long"
    | _ -> "short"
  end
  println(size("") <> " " <> size("mesh!") <> " " <> size("ab"))
  let flag = fn true -> 1 | false -> 0 end
  println("${flag(true) + flag(false) + flag(true)}")
  let add_or_sub = fn 0, x -> x | _, x -> -x end
  println("${add_or_sub(0, 5)} ${add_or_sub(1, 5)}")
end
