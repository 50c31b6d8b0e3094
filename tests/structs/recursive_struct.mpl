struct Node do
  value :: Int
  children :: List<Node>
end

fn sum(n :: Node) -> Int do
  List.reduce(n.children, n.value, fn acc, c -> acc + sum(c) end)
end

fn leaf(v :: Int) -> Node = Node { value: v, children: [] }

fn main() do
  let tree = Node { value: 1, children: [leaf(2), Node { value: 3, children: [leaf(4)] }] }
  println("${sum(tree)}")
  println("${tree}")
end
