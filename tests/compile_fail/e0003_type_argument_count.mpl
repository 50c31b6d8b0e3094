# error: E0003 expected 1 type argument(s), found 2
struct Box<T> do
  value :: T
end

fn unbox(b :: Box<Int, String>) -> Int = 0

fn main() do
  println("${unbox(Box { value: 1 })}")
end
