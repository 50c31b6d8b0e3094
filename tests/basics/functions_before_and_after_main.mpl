fn before() = "before"

fn main() do
  println(before() <> " " <> after())
end

fn after() = "after"
