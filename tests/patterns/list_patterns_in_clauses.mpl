fn sum([]) = 0
fn sum([h | t]) = h + sum(t)

fn join_all([]) = ""
fn join_all([s]) = s
fn join_all([s | rest]) = s <> ", " <> join_all(rest)

fn count_matching([], _) = 0
fn count_matching([h | t], x) when h == x = 1 + count_matching(t, x)
fn count_matching([_ | t], x) = count_matching(t, x)

fn main() do
  println("${sum([1, 2, 3, 4])} ${sum([])}")
  println(join_all(["a", "b", "c"]))
  println("[${join_all([])}] [${join_all(["only"])}]")
  println("${count_matching([1, 2, 1, 3, 1], 1)} ${count_matching(["a", "b"], "c")}")
end
