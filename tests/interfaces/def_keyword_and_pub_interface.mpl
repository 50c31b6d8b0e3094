# `def` is a synonym of `fn` in interface method declarations and impls; an interface may be
# `pub` (LANGUAGE.md §2.4, §3.7). Implemented for `Atom`, whose Display is the name.
pub interface Tag do
  def tag(self) -> String
  def loud_tag(self) -> String do
    String.to_upper(self.tag())
  end
end

impl Tag for Atom do
  def tag(self) -> String = "atom ${self}"
end

fn main() do
  println(:ok.tag())
  println(:error.loud_tag())
end
