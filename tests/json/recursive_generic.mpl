# deriving(Json) on a recursive struct, a generic struct and a sum type nested in a list; sets and
# tuples encode as arrays and decode back (STDLIB.md §6.4, §5.30).
struct Tree do
  value :: Int
  children :: List<Tree>
end deriving(Eq, Debug, Json)

struct Boxed<T> do
  item :: T
  tags :: Set<String>
  pair :: (Int, Bool)
end deriving(Json)

type Op do
  Push(Int)
  Pop
end deriving(Json)

fn main() do
  let t = Tree { value: 1, children: [Tree { value: 2, children: [] }, Tree { value: 3, children: [Tree { value: 4, children: [] }] }] }
  let text = Json.encode(t)
  println(text)
  case Tree.from_json(text) do
    Ok(back) -> println("${back == t} ${List.length(back.children)}")
    Err(e) -> println("error ${e}")
  end
  let b = Boxed { item: "x", tags: Set.from_list(["a", "b", "a"]), pair: (7, true) }
  let btext = Json.encode(b)
  println(btext)
  let decoded :: Result<Boxed<String>, String> = Boxed.from_json(btext)
  case decoded do
    Ok(back) -> println("${back.item} ${Set.size(back.tags)} ${back.pair}")
    Err(e) -> println("error ${e}")
  end
  let ops = [Push(1), Pop, Push(2)]
  println(Json.encode(ops))
  println(Json.encode(%{"ops" => ops}))
  let bad :: Result<Boxed<Int>, String> = Boxed.from_json("{\"item\": 1, \"tags\": [], \"pair\": [1]}")
  case bad do
    Ok(_) -> println("ok?")
    Err(e) -> println("Err(${e})")
  end
  case Tree.from_json("{\"value\": 1, \"children\": [{\"value\": \"x\", \"children\": []}]}") do
    Ok(_) -> println("ok?")
    Err(e) -> println("Err(${e})")
  end
end
