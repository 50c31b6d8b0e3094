# `?` is a postfix operator binding like a call or field access (LANGUAGE.md §3.9): `p(a)?.x`,
# `?` inside constructor and struct-literal arguments.
struct Point do
  x :: Int
  y :: Int
end

fn parse_int(s :: String) -> Option<Int> = String.to_int(s)

fn parse_point(s :: String) -> Option<Point> do
  case String.split(s, ",") do
    [a, b] -> Some(Point { x: parse_int(a)?, y: parse_int(b)? })
    _ -> None
  end
end

fn sum_x(a :: String, b :: String) -> Option<Int> do
  Some(parse_point(a)?.x + parse_point(b)?.x)
end

fn main() do
  println("${parse_point("3,4")}")
  println("${parse_point("3,z")} ${parse_point("7")}")
  println("${sum_x("1,2", "10,20")} ${sum_x("1,2", "oops")}")
end
