fn before() = "before"

fn main() do
  println(before() <> " " <> later())
end

fn later() = "after"
