fn describe(opts :: Map<String, Int>) -> String do
  "w=${Map.get(opts, "width")} h=${Map.get(opts, "height")}"
end

fn status(code :: Int) -> (Atom, String) do
  case code do
    200 -> (:ok, "fine")
    404 -> (:missing, "not found")
    _ -> (:error, "code ${code}")
  end
end

fn main() do
  println(describe(width: 3, height: 4))
  println(describe(%{width: 10, height: 20}))
  let (tag, text) = status(404)
  println("${tag} -> ${text}")
  case status(500) do
    (:error, msg) -> println("error: ${msg}")
    (_, msg) -> println("other: ${msg}")
  end
  println("${status(200)}")
  println(status(200).inspect())
end
