# error: E0017 receive used outside actor block
# `main` cannot receive (LANGUAGE.md §1.5, §5.17).
fn main() do
  receive do
    n -> println("${n + 1}")
  end
end
