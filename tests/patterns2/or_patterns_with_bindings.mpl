type Shape do
  Circle(Int)
  Square(Int)
  Rect(Int, Int)
end

fn size(s :: Shape) -> Int do
  case s do
    Circle(n) | Square(n) -> n
    Rect(w, h) -> w * h
  end
end

fn first_or_second(p :: (Int, Int)) -> Int do
  case p do
    (0, x) | (x, 0) -> x
    (a, b) -> a + b
  end
end

fn main() do
  println("${size(Circle(3))} ${size(Square(4))} ${size(Rect(2, 5))}")
  println("${first_or_second((0, 7))} ${first_or_second((8, 0))} ${first_or_second((0, 0))} ${first_or_second((2, 3))}")
end
