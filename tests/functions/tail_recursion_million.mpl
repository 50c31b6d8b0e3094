fn count(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    count(n - 1, acc + 1)
  end
end

fn sum_to(0, acc) = acc
fn sum_to(n, acc) = sum_to(n - 1, acc + n)

fn spin(n :: Int) -> String do
  if n == 0 do
    return "spun"
  end
  return spin(n - 1)
end

fn via_case(n) do
  case n do
    0 -> "case done"
    _ -> via_case(n - 1)
  end
end

fn via_else_if(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else if n % 2 == 0 do
    via_else_if(n - 1, acc + 2)
  else
    via_else_if(n - 1, acc - 1)
  end
end

fn down(n :: Int) -> Int = if n == 0 do 0 else down(n - 1) end

fn tick(n :: Int) do
  if n > 0 do
    tick(n - 1)
  end
end

fn main() do
  println("${count(1000000, 0)}")
  println("${sum_to(1000000, 0)}")
  println(spin(1000000))
  println(via_case(1000000))
  println("${via_else_if(1000000, 0)}")
  println("${down(1000000)}")
  println("${tick(1000000)}")
end
