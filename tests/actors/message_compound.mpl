# Structs, sum types, lists and maps as messages (LANGUAGE.md §5.17, §6.11). `send` appends a copy
# of the message (§6.11, §6.1): the editor builds changed values from what it received and sends
# them back, and the sender's own values are unchanged afterwards. Only `driver` prints, after
# each reply has arrived.
struct Point do
  x :: Int
  y :: Int
end deriving(Debug)

type Shape do
  Circle(Int)
  Rect(w :: Int, h :: Int)
end deriving(Display)

type Msg do
  Scores(Map<String, Int>)
  Batch(List<Int>)
  At(Point)
  Draw(Shape)
  Finish
end

actor editor(reply_to :: Pid<Msg>) do
  receive do
    Scores(m) ->
      send(reply_to, Scores(Map.put(m, "zed", 0)))
      editor(reply_to)
    Batch(xs) ->
      send(reply_to, Batch(List.append(xs, 99)))
      editor(reply_to)
    At(p) ->
      send(reply_to, At(%{p | x: p.x + 100}))
      editor(reply_to)
    Draw(Rect(w, h)) ->
      send(reply_to, Draw(Rect(h, w)))
      editor(reply_to)
    Draw(s) ->
      send(reply_to, Draw(s))
      editor(reply_to)
    Finish -> send(reply_to, Finish)
  end
end

actor driver() do
  let e = spawn(editor, self())
  let scores = %{"ann" => 3, "bob" => 5}
  let xs = [1, 2, 3]
  let p = Point { x: 1, y: 2 }
  send(e, Scores(scores))
  send(e, Batch(xs))
  send(e, At(p))
  send(e, Draw(Rect(2, 3)))
  send(e, Draw(Circle(7)))
  send(e, Finish)
  receive do
    Scores(m) -> println("map: sent ${scores}, got ${m}")
  end
  receive do
    Batch(ys) -> println("list: sent ${xs}, got ${ys}")
  end
  receive do
    At(q) -> println("struct: sent ${p.inspect()}, got ${q.inspect()}")
  end
  receive do
    Draw(s) -> println("sum: ${s}")
  end
  receive do
    Draw(s) -> println("sum: ${s}")
  end
  receive do
    Finish -> println("finished; my values: ${scores} ${xs} ${p.inspect()}")
  end
end

fn main() do
  spawn(driver)
end
