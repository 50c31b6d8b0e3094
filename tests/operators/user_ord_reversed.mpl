# The ordering operators and `compare` follow the user's `lt`, not the structure of the value:
# here `lt` orders by descending `n` (LANGUAGE.md §6.5). A generic insertion sort bounded by Ord
# therefore sorts by descending `n`.
struct Rev do
  n :: Int
end deriving(Eq, Display)

impl Ord for Rev do
  fn lt(self, other :: Rev) -> Bool = self.n > other.n
end

fn insert<T>(x :: T, sorted :: List<T>) -> List<T> where T: Ord do
  case sorted do
    [] -> [x]
    [h | t] -> if x <= h do [x] ++ sorted else [h] ++ insert(x, t) end
  end
end

fn sort<T>(xs :: List<T>) -> List<T> where T: Ord do
  List.reduce(xs, [], fn acc, x -> insert(x, acc) end)
end

fn main() do
  let one = Rev { n: 1 }
  let two = Rev { n: 2 }
  println("${one < two} ${one > two} ${one <= two} ${two >= one}")
  println("${compare(one, two)} ${compare(two, one)} ${compare(two, Rev { n: 2 })}")
  println("${sort([Rev { n: 1 }, Rev { n: 3 }, Rev { n: 2 }])} ${sort([1, 3, 2])}")
end
