#!/usr/bin/env bash
# Runs every test: formatting, lints, unit/snapshot/property tests and the
# Mesh programs under tests/ (through the `programs` harness).
set -euo pipefail
cd "$(dirname "$0")/.."
export INSTA_UPDATE=no
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
