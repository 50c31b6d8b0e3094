#!/usr/bin/env python3
"""Writes a 1,000-line Mesh project (main.mpl) exercising the core slice:
functions with clauses and guards, case, for comprehensions, closures,
pipes, interpolation and list operations."""
import sys
from pathlib import Path

def function(i: int) -> str:
    return f"""fn classify{i}(n) when n < 0 = "neg{i}"
fn classify{i}(0) = "zero{i}"
fn classify{i}(n) = "pos{i}:${{n}}"

fn work{i}(xs :: List<Int>) -> Int do
  let doubled = xs |> List.map(fn x -> x * {i % 7 + 2} end)
  let kept = for x in doubled when x % 3 != 0 do
    x + {i}
  end
  let total = reduce(kept, 0, fn acc, x -> acc + x end)
  case total % 4 do
    0 -> total / 2
    1 -> total - {i}
    2 -> total + String.length(classify{i}(total))
    _ -> if total > 100 do total else -total end
  end
end

"""

def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    parts = [function(i) for i in range(53)]
    calls = "\n".join(f'  println("${{work{i}([1, 2, 3, {i}])}} ${{classify{i}({i - 25})}}")' for i in range(53))
    text = "".join(parts) + f"fn main() do\n{calls}\nend\n"
    (out / "main.mpl").write_text(text)
    print(f"{out / 'main.mpl'}: {text.count(chr(10))} lines")

if __name__ == "__main__":
    main()
