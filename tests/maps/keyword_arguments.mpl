# Keyword arguments are collected, in source order, into one trailing Map<String, V>
# (LANGUAGE.md §3.10).
fn describe(opts :: Map<String, Int>) -> String do
  "w=${Map.get(opts, "width")} h=${Map.get(opts, "height")}"
end

fn area(label :: String, opts :: Map<String, Int>) -> String do
  "${label}: ${opts["width"] * opts["height"]}"
end

fn show_opts(prefix :: String, opts :: Map<String, String>) -> String do
  "${prefix} ${opts}"
end

fn count_opts(opts :: Map<String, Bool>) -> Int = Map.size(opts)

fn total(base, opts) = base + Map.get(opts, "extra")

fn main() do
  println(area("box", width: 3, height: 4))
  println(area("flat", height: 1, width: 9))
  println(describe(width: 3))
  println(show_opts("greet", name: "Al", title: "Dr"))
  println(show_opts("same", title: "Dr", name: "Al"))
  println("${count_opts(verbose: true, color: false, debug: true)}")
  println("box" |> area(width: 2, height: 5))
  println("${total(1, extra: 5)} ${total(1, other: 5)}")
  let w = 7
  println(area("vars", width: w, height: w - 1))
end
