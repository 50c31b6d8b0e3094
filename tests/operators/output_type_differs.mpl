# For a concrete operand type the result of an operator is the impl's `Output`, which may differ
# from the operand type (LANGUAGE.md §5.5: result `T.Output`).
struct Point do
  x :: Int
  y :: Int
end deriving(Display)

struct Offset do
  dx :: Int
  dy :: Int
end deriving(Display)

impl Sub for Point do
  type Output = Offset
  fn sub(self, other :: Point) -> Offset = Offset { dx: self.x - other.x, dy: self.y - other.y }
end

impl Neg for Point do
  type Output = String
  fn neg(self) -> String = "mirror of ${self}"
end

fn main() do
  let p = Point { x: 5, y: 1 }
  let q = Point { x: 2, y: 3 }
  let d = p - q
  println("${d} ${d.dx + d.dy}")
  println(-p)
  println("${(q - p).dx}")
end
