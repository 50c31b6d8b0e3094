type Either<L, R> do
  Left(L)
  Right(R)
end

fn partition(xs :: List<Either<Int, String>>) -> (List<Int>, List<String>) do
  case xs do
    [] -> ([], [])
    [x | rest] ->
      let (ls, rs) = partition(rest)
      case x do
        Left(n) -> ([n] ++ ls, rs)
        Right(s) -> (ls, [s] ++ rs)
      end
  end
end

fn main() do
  let xs = [Left(1), Right("a"), Left(2), Right("b")]
  let (ns, ss) = partition(xs)
  println("${ns} ${ss}")
  println("${xs}")
  println(xs.inspect())
end
