pub struct Point do
  x :: Int
  y :: Int
end

pub fn origin() -> Point = Point { x: 0, y: 0 }

pub fn shift(p :: Point, dx :: Int) -> Point = %{p | x: p.x + dx}
