fn main() do
  println(first())
end

fn first() = "first calls " <> second()

fn second() = "second"
