# `?` in a function without a return annotation: the unknown return type is unified with
# `Result<?b, E>` (resp. `Option<?b>`) (LANGUAGE.md §5.16, Beyond).
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn both(a, b) do
  let x = parse(a)?
  let y = parse(b)?
  Ok((x, y))
end

fn first_positive(xs :: List<Int>) do
  let p = List.find(xs, fn x -> x > 0 end)?
  Some(p * 100)
end

fn main() do
  println("${both("3", "4")} ${both("3", "four")}")
  println("${first_positive([-1, 0, 2, 3])} ${first_positive([-5])}")
  case both("10", "20") do
    Ok((a, b)) -> println("${a + b}")
    Err(e) -> println("error ${e}")
  end
end
