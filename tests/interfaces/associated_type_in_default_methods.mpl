# Default methods whose signatures use the associated type and `Self` (LANGUAGE.md §5.14).
interface Stack do
  type Elem
  fn elems(self) -> List<Self.Elem>
  fn push(self, x :: Self.Elem) -> Self
  fn depth(self) -> Int do
    List.length(self.elems())
  end
  fn top(self) -> Option<Self.Elem> do
    case List.reverse(self.elems()) do
      [] -> None
      [x | _] -> Some(x)
    end
  end
end

struct IntStack do
  items :: List<Int>
end

impl Stack for IntStack do
  type Elem = Int
  fn elems(self) -> List<Int> = self.items
  fn push(self, x :: Int) -> IntStack = IntStack { items: self.items ++ [x] }
end

fn main() do
  let s = IntStack { items: [] }
  println("${s.depth()} ${s.top()}")
  let t = s.push(4).push(5).push(6)
  println("${t.depth()} ${t.top()} ${t.elems()}")
  case t.top() do
    Some(v) -> println("${v * 10}")
    None -> println("empty")
  end
end
