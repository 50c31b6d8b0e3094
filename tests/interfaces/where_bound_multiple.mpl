# Several bounds in one where clause, on one parameter (`T: Display, T: Ord`) or on several
# (`K: Display, V: Display`) (LANGUAGE.md §3.4, §5.14). The derived Ord of `Score` and its user
# Display are used through the bounds.
struct Score do
  points :: Int
end deriving(Eq, Ord)

impl Display for Score do
  fn to_string(self) -> String = "${self.points} pts"
end

fn best<T>(xs :: List<T>, first :: T) -> String where T: Display, T: Ord do
  let top = List.reduce(xs, first, fn acc, x -> if x > acc do x else acc end end)
  "best: ${top}"
end

fn label<K, V>(k :: K, v :: V) -> String where K: Display, V: Display do
  "${k}=${v}"
end

fn main() do
  println(best([Score { points: 3 }, Score { points: 11 }, Score { points: 7 }], Score { points: 0 }))
  println(best(["pear", "apple", "zebra"], ""))
  println(label(Score { points: 1 }, [1.5, 2.0]))
end
