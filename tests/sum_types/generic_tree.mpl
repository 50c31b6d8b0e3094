type Tree<A> do
  Leaf
  Node(Tree<A>, A, Tree<A>)
end

fn insert(t :: Tree<Int>, v :: Int) -> Tree<Int> do
  case t do
    Leaf -> Node(Leaf, v, Leaf)
    Node(l, x, r) ->
      if v < x do
        Node(insert(l, v), x, r)
      else
        Node(l, x, insert(r, v))
      end
  end
end

fn to_list(t) do
  case t do
    Leaf -> []
    Node(l, x, r) -> to_list(l) ++ [x] ++ to_list(r)
  end
end

fn depth(t) do
  case t do
    Leaf -> 0
    Node(l, _, r) ->
      let dl = depth(l)
      let dr = depth(r)
      1 + (if dl > dr do dl else dr end)
  end
end

fn main() do
  let t = List.reduce([5, 3, 8, 1, 4, 9], Leaf, insert)
  println("${to_list(t)}")
  println("${depth(t)}")
  println("${Node(Leaf, "x", Leaf)}")
  println(Node(Leaf, "x", Leaf).inspect())
  println("${to_list(Node(Node(Leaf, "a", Leaf), "b", Leaf))}")
end
