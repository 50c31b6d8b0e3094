# error: E0010 unknown variant: Gren
# A capitalised bare identifier in a case arm that names no variant is E0010, never a catch-all
# (LANGUAGE.md §4.3). The misspelt arm is guarded so that the expectation does not depend on how
# an erroneous arm counts for exhaustiveness.
type Color do
  Red
  Green
end

fn main() do
  let c = Red
  let s = case c do
    Gren when true -> "g?"
    Red -> "r"
    Green -> "g"
  end
  println(s)
end
