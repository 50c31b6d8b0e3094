# Functions implement no trait, Default included (LANGUAGE.md §5.12): a missing key panics.
fn main() do
  let ops = %{"inc" => fn x -> x + 1 end}
  let inc = ops.get("inc")
  println("${inc(1)}")
  let neg = ops.get("neg")
  println("unreachable ${neg(1)}")
end
