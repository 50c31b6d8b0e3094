struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let (a, b) = (1, 2)
  let ((c, d), e) = ((3, 4), 5)
  let Point { x: px, y: py } = Point { x: 6, y: 7 }
  let (_, Point { x: qx }) = ("ignored", Point { x: 8, y: 9 })
  let () = ()
  let _ = 10
  println("${a} ${b} ${c} ${d} ${e} ${px} ${py} ${qx}")
end
