#!/usr/bin/env bash
# Measures `meshc build` on a generated 1,000-line program at -O0 and -O2
# (release build of meshc; best of 5 runs each, wall-clock).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -q -p meshc
dir=$(mktemp -d)
python3 bench/compile_time/gen.py "$dir/project"
for level in 0 2; do
  best=""
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    ./target/release/meshc build "$dir/project" -o "$dir/prog" --opt-level "$level"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "-O$level: ${best} ms (best of 5)"
  ./target/release/meshc build "$dir/project" -o "$dir/prog" --opt-level "$level" --timings
done
"$dir/prog" | head -3
rm -rf "$dir"
