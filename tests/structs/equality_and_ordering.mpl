# Default derives of a struct include Eq and Ord (fields compared in declaration order).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let a = Point { x: 1, y: 2 }
  let b = Point { x: 1, y: 2 }
  let c = %{a | y: 3}
  println("${a == b} ${a != b} ${a == c} ${a != c}")
  println("${a < c} ${c > a} ${Point { x: 2, y: 0 } > c} ${a <= b} ${a >= c}")
  println("${compare(a, b)} ${compare(a, c)} ${compare(Point { x: 5, y: 0 }, c)}")
end
