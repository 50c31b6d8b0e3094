type Shape do
  Circle(Float)
  Rect(Float, Float)
end

fn classify(s :: Shape?) -> String do
  case s do
    None -> "nothing"
    Some(Circle(0.0)) -> "a point"
    Some(Circle(r)) -> "circle ${r}"
    Some(Rect(w, h)) when w == h -> "square ${w}"
    Some(Rect(_, _)) -> "rectangle"
  end
end

fn main() do
  println(classify(None))
  println(classify(Some(Circle(0.0))))
  println(classify(Some(Circle(2.5))))
  println(classify(Some(Rect(3.0, 3.0))))
  println(classify(Some(Rect(1.0, 2.0))))
end
