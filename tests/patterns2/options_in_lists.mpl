fn first_some(xs :: List<Int?>) -> Int? do
  case xs do
    [] -> None
    [Some(v) | _] -> Some(v)
    [None | rest] -> first_some(rest)
  end
end

fn main() do
  println("${first_some([None, None, Some(3), Some(4)])} ${first_some([None])} ${first_some([])}")
  let grid = [[1, 2], [], [3]]
  let heads = for row in grid do
    case row do
      [h | _] -> Some(h)
      [] -> None
    end
  end
  println("${heads}")
end
