#!/usr/bin/env bash
# Actor benchmarks: each workload as a Mesh and an Erlang program doing the same work, checked to
# print the same line, run in the same session with the same number of schedulers (see README.md).
#
#   bench/actors/run.sh                    # every workload
#   bench/actors/run.sh ping_pong ring     # some of them
#
# Environment: RUNS (timed runs per program, default 3; the best is reported; the empty Mesh
# program whose time is subtracted gets 3 × RUNS), SCHEDULERS (default 2: MESH_SCHEDULERS for
# Mesh, `erl +S N:N` for Erlang), MESHC (a meshc binary to use instead of
# `cargo build --release -p meshc`), TIMEOUT (seconds before a run counts as hung, default 300),
# KEEP=1 (keep the temp directory).
# Installs nothing; needs python3, erl/erlc (Debian: erlang-base), and preferably hyperfine and
# /usr/bin/time (Debian: hyperfine, time).
set -euo pipefail
set -f  # command lines are expanded unquoted below; no globbing
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/bench/actors"
runs=${RUNS:-3}
scheds=${SCHEDULERS:-2}
timeout_s=${TIMEOUT:-300}
all=(spawn_1m ping_pong ring idle_memory timer_starve)
# Workloads whose Mesh program is known to fail (crash, hang or wrong output) with the current
# runtime, with the symptom; run.sh still tries them and reports what happens. Empty today.
declare -A known_failing=()
if [ $# -gt 0 ]; then workloads=("$@"); else workloads=("${all[@]}"); fi
for w in "${workloads[@]}"; do
  [ -f "$here/$w.mpl" ] || { echo "unknown workload: $w (known: ${all[*]})" >&2; exit 2; }
done
has() { local x; for x in "${workloads[@]}"; do [ "$x" = "$1" ] && return 0; done; return 1; }

# ---- tools -------------------------------------------------------------------------------
missing_pkgs=()
command -v python3 >/dev/null || { echo "error: python3 is required" >&2; exit 1; }
if ! command -v erl >/dev/null || ! command -v erlc >/dev/null; then
  echo "error: erl/erlc not found (apt-get install -y erlang-base): the Erlang programs are" >&2
  echo "       the reference every Mesh output is checked against" >&2
  exit 1
fi
have_hyperfine=1
if ! command -v hyperfine >/dev/null; then
  have_hyperfine=0; missing_pkgs+=(hyperfine)
  echo "warning: hyperfine not found: timing with a date +%s%N loop instead" >&2
fi
if [ ! -x /usr/bin/time ]; then
  echo "error: /usr/bin/time not found (apt-get install -y time): peak RSS is part of the results" >&2
  exit 1
fi
if [ ${#missing_pkgs[@]} -gt 0 ]; then
  echo "         install with: apt-get install -y ${missing_pkgs[*]}" >&2
fi

# ---- build -------------------------------------------------------------------------------
if [ -n "${MESHC:-}" ]; then
  meshc=$MESHC
else
  echo "building meshc (cargo build --release -p meshc)..." >&2
  cargo build --release -q -p meshc
  meshc="$root/target/release/meshc"
fi
tmp=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then echo "temp directory: $tmp" >&2; else trap 'rm -rf "$tmp"' EXIT; fi
mkdir -p "$tmp/bin" "$tmp/ebin" "$tmp/out" "$tmp/json" "$tmp/src" "$tmp/mesh"
export MESH_SCHEDULERS=$scheds

# idle_memory is also measured with no idle processes (idle_memory_0): the same sources with
# the count set to 0.
for p in empty "${all[@]}"; do cp "$here/$p.mpl" "$here/$p.erl" "$tmp/src/"; done
if has idle_memory; then
  sed 's/^  let n = 100000$/  let n = 0/' "$here/idle_memory.mpl" >"$tmp/src/idle_memory_0.mpl"
  sed -e 's/^-module(idle_memory)\.$/-module(idle_memory_0)./' -e 's/^    N = 100000,$/    N = 0,/' \
    "$here/idle_memory.erl" >"$tmp/src/idle_memory_0.erl"
  grep -q '^  let n = 0$' "$tmp/src/idle_memory_0.mpl" && grep -q '^    N = 0,$' "$tmp/src/idle_memory_0.erl" || {
    echo "error: could not derive idle_memory_0 from idle_memory (the count line changed?)" >&2; exit 1; }
fi

# erl flags: the same number of schedulers as Mesh; spawn_1m may have a million live processes,
# above the default limit of 262,144.
erl_flags() {
  local f="+S $scheds:$scheds"
  if [ "$1" = spawn_1m ]; then f+=" +P 2000000"; fi
  echo "$f"
}
# cmd LANG W: the command line that runs program W in LANG (a single string for hyperfine -N,
# without spaces inside arguments). The Erlang one times W:main() inside the VM and writes
# `bench_elapsed_us=N` on stderr.
cmd() {
  case $1 in
    mesh) echo "$tmp/bin/$2.mesh" ;;
    erlang)
      local eval="T0=erlang:monotonic_time(microsecond),$2:main(),"
      eval+="io:format(standard_error,\"bench_elapsed_us=~b~n\",[erlang:monotonic_time(microsecond)-T0]),"
      eval+="halt()."
      echo "erl $(erl_flags "$2") -noshell -pa $tmp/ebin -eval $eval" ;;
  esac
}

declare -A failed=()   # W -> why the Mesh program failed (its row is marked FAILS)
fail_mesh() {  # W REASON
  failed[$1]=$2
  echo "$2" >"$tmp/out/$1.mesh.fail"
  echo "FAIL $1 (Mesh): $2" >&2
}
build_mesh() {
  mkdir -p "$tmp/mesh/$1"
  cp "$tmp/src/$1.mpl" "$tmp/mesh/$1/main.mpl"
  if ! "$meshc" build "$tmp/mesh/$1" -o "$tmp/bin/$1.mesh" >"$tmp/mesh/$1.log" 2>&1; then
    local why
    why=$(grep -E '^\[[A-Z][0-9]{4}\] ' "$tmp/mesh/$1.log" | awk '!seen[$0]++' | head -1 || true)
    [ -n "$why" ] || why=$(head -1 "$tmp/mesh/$1.log")
    fail_mesh "$1" "does not compile: $why"
    return 1
  fi
}
build_erlang() { erlc -o "$tmp/ebin" "$tmp/src/$1.erl"; }

programs=(empty)
for w in "${workloads[@]}"; do
  programs+=("$w")
  if [ "$w" = idle_memory ]; then programs+=(idle_memory_0); fi
done
base_of() { if [ "$1" = idle_memory_0 ]; then echo idle_memory; else echo "$1"; fi; }

echo "compiling (meshc: $meshc)..." >&2
for p in "${programs[@]}"; do
  build_mesh "$p" || true
  build_erlang "$p"
done
[ -z "${failed[empty]:-}" ] || { echo "error: the empty Mesh program does not compile" >&2; exit 1; }

# ---- verify: one run each, output compared, peak RSS recorded ----------------------------
# rss_run LANG P SUFFIX: one run under /usr/bin/time and `timeout`; stdout to P.LANG.SUFFIX,
# stderr to .err, peak RSS (KiB) to .rss, exit status to .status.
rss_run() {
  local out="$tmp/out/$2.$1.$3" st=0
  # shellcheck disable=SC2046
  timeout "$timeout_s" /usr/bin/time -f %M -o "$out.rss" $(cmd "$1" "$2") >"$out" 2>"$out.err" || st=$?
  echo "$st" >"$out.status"
  return 0
}
echo "checking outputs (MESH_SCHEDULERS=$scheds, erl +S $scheds:$scheds)..." >&2
for p in "${programs[@]}"; do
  w=$(base_of "$p")
  rss_run erlang "$p" 1
  [ "$(cat "$tmp/out/$p.erlang.1.status")" = 0 ] || {
    echo "error: erlang $p failed:" >&2; cat "$tmp/out/$p.erlang.1.err" >&2; exit 1; }
  cp "$tmp/out/$p.erlang.1" "$tmp/out/$p.erlang"
  if [ -n "${failed[$w]:-}" ]; then continue; fi
  rss_run mesh "$p" 1
  st=$(cat "$tmp/out/$p.mesh.1.status")
  cp "$tmp/out/$p.mesh.1" "$tmp/out/$p.mesh"
  if [ "$st" = 124 ]; then
    fail_mesh "$w" "$p: no exit after ${timeout_s} s (hang); output so far: '$(head -c 200 "$tmp/out/$p.mesh")'"
  elif [ "$st" != 0 ]; then
    fail_mesh "$w" "$p: exit status $st; stderr: '$(grep -v '^ticker_elapsed_ms=' "$tmp/out/$p.mesh.1.err" | head -3 | tr '\n' ' ')'"
  elif ! cmp -s "$tmp/out/$p.erlang" "$tmp/out/$p.mesh"; then
    fail_mesh "$w" "$p: prints '$(head -c 200 "$tmp/out/$p.mesh" | tr '\n' ' ')', Erlang prints '$(tr '\n' ' ' <"$tmp/out/$p.erlang")'"
  else
    [ "$p" = empty ] || echo "  $p: $(cat "$tmp/out/$p.mesh")" >&2
  fi
done
for w in "${!known_failing[@]}"; do
  if has "$w" && [ -z "${failed[$w]:-}" ]; then
    echo "note: $w is listed as failing (${known_failing[$w]}) but passed: update known_failing" >&2
  fi
done

# ---- time --------------------------------------------------------------------------------
# shellcheck source=../timing.sh
source "$root/bench/timing.sh"
echo "timing (best of $runs runs each, $((runs * 3)) for the empty Mesh program)..." >&2
time_it mesh empty $((runs * 3))
time_erlang empty "$runs"
for w in spawn_1m ping_pong ring; do
  has "$w" || continue
  echo "  $w" >&2
  if [ -z "${failed[$w]:-}" ]; then time_it mesh "$w" "$runs"; fi
  time_erlang "$w" "$runs"
done
# idle_memory and timer_starve are not timed (they sleep on purpose): they are run RUNS - 1
# more times under /usr/bin/time (RSS, ticker delay); the report takes the median.
for p in idle_memory idle_memory_0 timer_starve; do
  has "$(base_of "$p")" || continue
  echo "  $p (${runs} runs each)" >&2
  for i in $(seq 2 "$runs"); do
    rss_run erlang "$p" "$i"
    if [ -z "${failed[$(base_of "$p")]:-}" ]; then
      rss_run mesh "$p" "$i"
      st=$(cat "$tmp/out/$p.mesh.$i.status")
      if [ "$st" != 0 ] || ! cmp -s "$tmp/out/$p.erlang" "$tmp/out/$p.mesh.$i"; then
        fail_mesh "$(base_of "$p")" "$p run $i: exit status $st, printed '$(tr '\n' ' ' <"$tmp/out/$p.mesh.$i")'"
      fi
    fi
    if ! cmp -s "$tmp/out/$p.erlang" "$tmp/out/$p.erlang.$i"; then
      echo "note: erlang $p run $i printed '$(tr '\n' ' ' <"$tmp/out/$p.erlang.$i")'" >&2
    fi
  done
done

# ---- report ------------------------------------------------------------------------------
python3 - "$tmp/out" "$runs" "$scheds" "${workloads[@]}" <<'PY'
import os, re, statistics, sys
out, runs, scheds, workloads = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
def read(path):
    try:
        with open(os.path.join(out, path)) as f:
            return f.read().strip()
    except FileNotFoundError:
        return None
def num(path):
    v = read(path)
    return None if v is None else float(v)
def rss_kib(p, l, i=1):
    v = read(f"{p}.{l}.{i}.rss")
    # /usr/bin/time may prefix "Command exited with non-zero status N" lines.
    v = None if v is None else v.splitlines()[-1]
    return None if v is None or not v.isdigit() else int(v)
def rss_median(p, l):
    vs = [rss_kib(p, l, i) for i in range(1, runs + 1)]
    vs = [v for v in vs if v is not None]
    return statistics.median(vs) if vs else None
def fmt(v, digits=0):
    if v is None:
        return "n/a"
    return f"{v:,.{digits}f}"
def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b
def f_ratio(r):
    return "n/a" if r is None else f"{r:.2f}×"
failed = {w: read(f"{w}.mesh.fail") for w in workloads}
mesh_base = num("empty.mesh.ms")
rows = []
def row(w, metric, m, e, target, better_lower=True, digits=0, target_ratio=None):
    if failed.get(w):
        rows.append([w, metric, "**FAILS**", fmt(e, digits), "n/a", target, "no (fails)"])
        return
    r = ratio(m, e)
    met = "n/a"
    if r is not None and target_ratio is not None:
        met = "yes" if r <= target_ratio else "**no**"
    rows.append([w, metric, fmt(m, digits), fmt(e, digits), f_ratio(r), target, met])
def mesh_ms(w):
    t = num(f"{w}.mesh.ms")
    return None if t is None else t - mesh_base
if "spawn_1m" in workloads:
    row("spawn_1m", "time, ms", mesh_ms("spawn_1m"), num("spawn_1m.erlang.ms"), "< 1×", target_ratio=1.0)
    row("spawn_1m", "peak RSS, MiB", (rss_kib("spawn_1m", "mesh") or 0) / 1024 if not failed.get("spawn_1m") else None,
        rss_kib("spawn_1m", "erlang") / 1024, "(reported)", digits=0)
if "ping_pong" in workloads:
    # 1,000,000 round trips: ms × 1e6 ns / 1e6 = ns per round trip.
    row("ping_pong", "ns per round trip", mesh_ms("ping_pong"), num("ping_pong.erlang.ms"), "< 1×", target_ratio=1.0)
if "ring" in workloads:
    row("ring", "ns per hop (1M hops, 10k procs)", mesh_ms("ring"), num("ring.erlang.ms"), "< 1×", target_ratio=1.0)
    row("ring", "peak RSS, MiB", (rss_kib("ring", "mesh") or 0) / 1024 if not failed.get("ring") else None,
        rss_kib("ring", "erlang") / 1024, "(reported)", digits=0)
if "idle_memory" in workloads:
    def per_proc(l):
        a, b = rss_median("idle_memory", l), rss_median("idle_memory_0", l)
        return None if a is None or b is None else (a - b) * 1024 / 100000
    m = None if failed.get("idle_memory") else per_proc("mesh")
    row("idle_memory", "bytes per idle process (RSS delta)", m, per_proc("erlang"), "≤ 2×", target_ratio=2.0)
if "timer_starve" in workloads:
    def ticker(l):
        vs = []
        for i in range(1, runs + 1):
            e = read(f"timer_starve.{l}.{i}.err") or ""
            mm = re.search(r"ticker_elapsed_ms=(\d+)", e)
            if mm:
                vs.append(int(mm.group(1)))
        return max(vs) if vs else None
    m = None if failed.get("timer_starve") else ticker("mesh")
    row("timer_starve", "ticker 5 × sleep 20 ms beside 4 busy loops, worst ms", m, ticker("erlang"),
        "ticker first, < 400 ms", target_ratio=None)
    if not failed.get("timer_starve"):
        rows[-1][6] = "yes" if (read("timer_starve.mesh") or "").endswith("ticker_first=true ticker_on_time=true") else "**no**"
print()
print(f"{scheds} schedulers (MESH_SCHEDULERS={scheds}, erl +S {scheds}:{scheds}); best of {runs} runs for times,")
print(f"median of {runs} for RSS. Mesh: wall-clock time of the whole process minus the empty program's")
print(f"({fmt(mesh_base, 1)} ms). Erlang: time measured inside the VM around W:main() (no VM boot; the")
print(f"whole `erl` process of the empty program takes {fmt(num('empty.erlang.wall.ms'), 0)} ms).")
print("Ratios are Mesh / Erlang: below 1× Mesh is faster (or smaller).")
print()
print("| workload | metric | Mesh | Erlang | Mesh/Erlang | target | met |")
print("|---|---|---:|---:|---:|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
print()
print("Peak RSS (MiB, whole process, first run): " + ", ".join(
    f"{w} Mesh {fmt((rss_kib(w, 'mesh') or 0) / 1024) if not failed.get(w) else 'n/a'} / Erlang {fmt(rss_kib(w, 'erlang') / 1024)}"
    for w in workloads + (["idle_memory_0"] if "idle_memory" in workloads else [])) + ".")
for w in workloads:
    if failed.get(w):
        print(f"FAILS {w}: {failed[w]}")
PY
