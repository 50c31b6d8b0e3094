fn main() do
  let a = :ok
  println("${a} ${:error} ${[:a, :b_c]}")
  println(a.inspect())
  println([:x, :y].inspect())
  println("${a == :ok} ${a == :error} ${:apple < :banana} ${:b > :a}")
  println("${compare(:same, :same)}")
  let status :: Atom = :_private
  println("${status}")
end
