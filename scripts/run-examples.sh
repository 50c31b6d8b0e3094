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
# mesher, the flagship program: type-check and build it (it runs until killed; see README).
echo "== mesher"
./target/release/meshc check mesher
./target/release/meshc build mesher -o target/mesher
echo "built target/mesher"
