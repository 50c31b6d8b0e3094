# A user type implementing Iterator (LANGUAGE.md §5.12) by wrapping an Iter: `next` advances the
# wrapped cursor, and `for` over the type pulls through `next` until None (§5.9).
struct Evens do
  inner :: Iter<Int>
end

impl Iterator for Evens do
  type Item = Int
  fn next(self) -> Option<Int> do
    case self.inner.next() do
      Some(n) when n % 2 == 0 -> Some(n)
      Some(_) -> self.next()
      None -> None
    end
  end
end

struct Tagged do
  source :: Iter<String>
  tag :: String
end

impl Iterator for Tagged do
  type Item = (String, Int)
  fn next(self) -> Option<(String, Int)> do
    case self.source.next() do
      Some(s) -> Some((self.tag <> s, String.length(s)))
      None -> None
    end
  end
end

fn main() do
  let ev = Evens { inner: Iter.from(1..10) }
  println("${ev.next()} ${ev.next()}")
  for n in ev do
    println("then ${n}")
  end
  println("${ev.next()}")
  let more = Evens { inner: Iter.from([2, 3, 4, 7, 10]) }
  let tens = for n in more do n * 10 end
  println("${tens}")
  let t = Tagged { source: Iter.from(["ab", "c"]), tag: "#" }
  let rows = for (name, len) in t do "${name}/${len}" end
  println("${rows}")
end
