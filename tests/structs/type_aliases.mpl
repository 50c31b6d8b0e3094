type Name = String
type Scores = List<Int>

struct Player do
  name :: Name
  score :: Int
end

type Roster = List<Player>

fn total(s :: Scores) -> Int = List.reduce(s, 0, fn a, b -> a + b end)

fn greet(n :: Name) -> String = "hi " <> n

fn names(r :: Roster) -> List<Name> = List.map(r, fn p -> p.name end)

fn main() do
  let n :: Name = "Ada"
  println(greet(n))
  println(greet("Bo"))
  println("${total([1, 2, 3])}")
  let r :: Roster = [Player { name: "Bo", score: 3 }, Player { name: "Cy", score: 5 }]
  println("${names(r)}")
  println("${total(List.map(r, fn p -> p.score end))}")
  let s :: String = n
  println(s)
end
