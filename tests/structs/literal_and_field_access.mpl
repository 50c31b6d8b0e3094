struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 3, y: -4 }
  println("${p.x} ${p.y}")
  println("${p.x * p.x + p.y * p.y}")
  let q = Point { y: 10, x: 20 }
  println("${q.x} ${q.y}")
  let r = Point { x: 1 y: 2 }
  println("${r.x + r.y}")
end
