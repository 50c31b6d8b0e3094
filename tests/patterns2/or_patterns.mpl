fn kind(n :: Int) -> String do
  case n do
    0 | 1 -> "bit"
    2 | 3 | 5 | 7 -> "small prime"
    _ -> "other"
  end
end

fn weekend(day :: String) -> Bool do
  case day do
    "sat" | "sun" -> true
    _ -> false
  end
end

fn small(o :: Int?) -> String do
  case o do
    Some(1 | 2) -> "small"
    Some(n) -> "n=${n}"
    None -> "none"
  end
end

fn main() do
  println(String.join(List.map([0, 1, 2, 4, 7, 9], kind), ", "))
  println("${weekend("sun")} ${weekend("mon")}")
  println(small(Some(2)) <> " " <> small(Some(9)) <> " " <> small(None))
end
