
fn main() do

  ;;
  println("a")
  ;

  println("b");;

end

