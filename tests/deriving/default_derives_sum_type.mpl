# A sum type without a deriving clause derives Eq, Ord and Debug (LANGUAGE.md §5.13).
type Tag do
  Named(String)
  Anon
end

fn main() do
  let t = Named("Ada")
  println("${t}")
  println(t.inspect())
  println("${Anon} ${[t, Anon]}")
  println([t, Anon].inspect())
  println("${t == Named("Ada")} ${t != Anon} ${Named("Zed") < Anon} ${compare(Anon, t)}")
end
