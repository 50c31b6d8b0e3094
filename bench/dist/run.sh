#!/usr/bin/env bash
# Distribution benchmark: two nodes on loopback, Mesh against Erlang/OTP in the same run
# (README.md). Prints one line per language and the ratios.
#
#   bench/dist/run.sh          # RUNS (default 3) runs each, the best is kept
#
# Installs nothing; needs erl/erlc (Debian: erlang-base, which includes epmd).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${RUNS:-3}
command -v erl >/dev/null || { echo "error: erl not found (apt-get install -y erlang-base)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
if [ -n "${MESHC:-}" ]; then meshc=$MESHC; else cargo build --release -q -p meshc; meshc="$root/target/release/meshc"; fi
mkdir -p "$tmp/mesh"
cp bench/dist/dist.mpl "$tmp/mesh/main.mpl"
"$meshc" build "$tmp/mesh" -o "$tmp/dist" >/dev/null
erlc -o "$tmp" bench/dist/dist.erl

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

mesh_once() {
  local a b; a=$(free_port); b=$(free_port)
  NODE="pong@127.0.0.1:$b" ROLE=pong "$tmp/dist" >"$tmp/pong.out" 2>/dev/null &
  local pong=$!
  for _ in $(seq 100); do grep -q ready "$tmp/pong.out" 2>/dev/null && break; sleep 0.05; done
  NODE="ping@127.0.0.1:$a" ROLE=ping PEER="pong@127.0.0.1:$b" "$tmp/dist" >"$tmp/ping.out" 2>/dev/null &
  local ping=$!
  # Nodes run until killed: wait (at most 120 s) for the result line.
  for _ in $(seq 1200); do grep -q rtt_us "$tmp/ping.out" 2>/dev/null && break; sleep 0.1; done
  kill "$ping" "$pong" 2>/dev/null || true
  wait "$ping" "$pong" 2>/dev/null || true
  grep rtt_us "$tmp/ping.out" || echo "mesh run failed" >&2
}

erlang_once() {
  erl -noshell -name pong@127.0.0.1 -setcookie bench -pa "$tmp" -s dist pong >"$tmp/epong.out" 2>&1 &
  local pong=$!
  for _ in $(seq 100); do grep -q ready "$tmp/epong.out" 2>/dev/null && break; sleep 0.05; done
  timeout 120 erl -noshell -name ping@127.0.0.1 -setcookie bench -pa "$tmp" \
    -eval 'dist:ping(["pong@127.0.0.1"])' 2>/dev/null
  kill $pong 2>/dev/null || true
  wait $pong 2>/dev/null || true
}

best() {  # reads lines "rtt_us=R msgs_per_s=T ...": the lowest R and the highest T
  python3 -c '
import sys, re
rows = [dict(re.findall(r"(\w+)=(\d+)", l)) for l in sys.stdin if "rtt_us" in l]
print(min(int(r["rtt_us"]) for r in rows), max(int(r["msgs_per_s"]) for r in rows))'
}

for _ in $(seq "$runs"); do mesh_once; done >"$tmp/mesh.txt"
for _ in $(seq "$runs"); do erlang_once; done >"$tmp/erlang.txt"
read -r mrtt mrate < <(best <"$tmp/mesh.txt")
read -r ertt erate < <(best <"$tmp/erlang.txt")
echo "| metric | Mesh | Erlang | Mesh/Erlang |"
echo "|---|---:|---:|---:|"
echo "| round trip between two nodes, µs | $mrtt | $ertt | $(python3 -c "print('%.2f×' % ($mrtt / max($ertt, 1)))") |"
echo "| one-way messages per second | $mrate | $erate | $(python3 -c "print('%.2f×' % ($mrate / max($erate, 1)))") |"
