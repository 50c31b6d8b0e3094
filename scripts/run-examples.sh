#!/usr/bin/env bash
# The main job: build meshc, then compile and run every program in examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cargo build --release -p meshc
for dir in examples/*/; do
  name=$(basename "$dir")
  echo "== $name"
  ./target/release/meshc build "$dir" -o "target/examples-$name"
  "./target/examples-$name"
done
