# Derived Ord of a struct and the built-in Ord of tuples, lists and Option compare components with
# the component type's Ord, so a user `lt` is used inside them (LANGUAGE.md §5.12, §5.13, §6.5).
# Interpretation: "fields/elements lexicographically" compares each component with its own type's
# Ord (the user `lt` for `Rev`), not structurally.
struct Rev do
  n :: Int
end deriving(Eq, Display)

impl Ord for Rev do
  fn lt(self, other :: Rev) -> Bool = self.n > other.n
end

struct Entry do
  rank :: Rev
  name :: String
end deriving(Eq, Ord)

fn main() do
  let a = Entry { rank: Rev { n: 1 }, name: "a" }
  let b = Entry { rank: Rev { n: 5 }, name: "b" }
  println("${a < b} ${b < a}")
  println("${(Rev { n: 1 }, 0) < (Rev { n: 5 }, 0)} ${[Rev { n: 9 }] < [Rev { n: 2 }]}")
  println("${Some(Rev { n: 1 }) > Some(Rev { n: 2 })}")
end
