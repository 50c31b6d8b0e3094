# A job's closure is copied into the job with everything it captures (lists, maps, strings,
# structs, other closures), and its result, whatever its type, is copied back (STDLIB.md §5.15).
# The caller's values are unchanged.
struct Point do
  x :: Int
  y :: Int
end deriving(Debug)

fn main() do
  let words = ["alpha", "beta", "gamma"]
  let ages = %{"ann" => 31, "bob" => 42}
  let origin = Point { x: 1, y: 2 }
  let shout = fn w -> String.to_upper(w) <> "!" end
  let j = Job.async(fn -> List.map(words, shout) end)
  println("${Job.await(j)}")
  let m = Job.async(fn -> Map.put(ages, "cy", Map.get(ages, "ann") + 1) end)
  println("${Job.await(m)}")
  let p = Job.async(fn -> Point { x: origin.x + 10, y: origin.y * 3 } end)
  case Job.await(p) do
    Ok(q) -> println("${q.x} ${q.y}")
    Err(e) -> println("error ${e}")
  end
  let pairs = Job.map(words, fn w -> (w, String.length(w)) end)
  println("${pairs}")
  println("unchanged: ${words} ${Map.size(ages)} ${origin.x}")
end
