fn sum(xs :: List<Int>) -> Int do
  case xs do
    [] -> 0
    h :: t -> h + sum(t)
  end
end

fn pairs(xs :: List<Int>) -> List<(Int, Int)> do
  case xs do
    a :: b :: rest -> [(a, b)] ++ pairs(rest)
    _ -> []
  end
end

fn first_or((h :: _), _) = h
fn first_or([], d) = d

fn main() do
  println("${sum([1, 2, 3, 4])}")
  println("${pairs([1, 2, 3, 4, 5])}")
  println("${first_or([9, 8], 0)} ${first_or([], 7)}")
end
