# The tuple and atom parts of LANGUAGE.md §9.11 (without keyword arguments and maps).
fn status(code :: Int) -> (Atom, String) do
  case code do
    200 -> (:ok, "fine")
    404 -> (:missing, "not found")
    _ -> (:error, "code ${code}")
  end
end

fn main() do
  let (tag, text) = status(404)
  println("${tag} -> ${text}")
  case status(500) do
    (:error, msg) -> println("error: ${msg}")
    (_, msg) -> println("other: ${msg}")
  end
  println("${status(200)}")
  println(status(200).inspect())
end
