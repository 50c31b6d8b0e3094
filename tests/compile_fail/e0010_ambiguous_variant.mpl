# error: E0010 ambiguous variant: Red
# Two sum types in scope declare `Red`; the unqualified name must be qualified (LANGUAGE.md §5.11).
type Light do
  Red
  Green
end

type Paint do
  Red
  Blue
end

fn main() do
  let c = Red
  let d = Paint.Red
  let l = Light.Green
  println("${d} ${l}")
end
