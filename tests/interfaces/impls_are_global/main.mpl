# Impls are global: the impls in `impls.mpl`, a module that nothing imports, apply in `main`
# (LANGUAGE.md §1.2: every module is checked whether or not it is imported; §5.14, §5.21).
from Shapes import Circle, Describe

fn main() do
  println(Circle { r: 2 }.describe())
  println(5.describe())
end
