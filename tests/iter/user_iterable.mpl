# A user type implementing Iterable (LANGUAGE.md §5.12, §5.14) is usable in `for` (binding its
# Item, §5.9) and in Iter.from (STDLIB.md §5.11). `type Iter = ListIterator` is the compatibility
# spelling of `Iter<_>` (STDLIB.md §5.11); `Iter<Int>` and `Self.Iter` are the direct ones.
struct Playlist do
  songs :: List<String>
end

impl Iterable for Playlist do
  type Item = String
  type Iter = ListIterator
  fn iter(self) -> ListIterator do
    Iter.from(self.songs)
  end
end

struct Countdown do
  top :: Int
end

impl Iterable for Countdown do
  type Item = Int
  type Iter = Iter<Int>
  fn iter(self) -> Self.Iter do
    let top = self.top
    Iter.from(0..top) |> Iter.map(fn i -> top - i end)
  end
end

fn main() do
  let p = Playlist { songs: ["intro", "verse", "outro"] }
  for s in p do
    println("playing ${s}")
  end
  let upper = for s in p when s != "verse" do String.to_upper(s) end
  println("${upper}")
  println("${Iter.from(p) |> Iter.count()} ${p.iter() |> List.collect()}")
  let c = Countdown { top: 3 }
  let launched = for n in c do "${n}..." end
  println("${String.join(launched, " ")} liftoff")
  println("${Iter.from(c) |> Iter.sum()} ${Iter.from(Countdown { top: 0 }) |> List.collect()}")
  let it = c.iter()
  println("${it.next()} ${List.collect(it)}")
end
