#!/usr/bin/env bash
# Standard-library benchmarks: each workload as a Mesh, a Rust and an Erlang program doing the
# same work, checked to print the same line, timed in the same run (see README.md).
#
#   bench/stdlib/run.sh                 # every workload
#   bench/stdlib/run.sh map_ops json    # some of them
#
# Environment: RUNS (timed runs per program, default 5; the best is reported; the empty
# programs whose time is subtracted get 3 × RUNS), MESHC (a meshc
# binary to use instead of `cargo build --release -p meshc`), KEEP=1 (keep the temp directory).
# Installs nothing; needs rustc/cargo, erl/erlc (Debian: erlang-base), and preferably hyperfine
# and /usr/bin/time (Debian: hyperfine, time).
set -euo pipefail
set -f  # command lines are expanded unquoted below; no globbing
cd "$(dirname "$0")/../.."
root=$(pwd)
here="$root/bench/stdlib"
runs=${RUNS:-5}
all=(string_build list_ops map_ops set_ops json concat_loop prepend_loop)
if [ $# -gt 0 ]; then workloads=("$@"); else workloads=("${all[@]}"); fi
for w in "${workloads[@]}"; do
  [ -f "$here/$w.mpl" ] || { echo "unknown workload: $w (known: ${all[*]})" >&2; exit 2; }
done

# ---- tools -------------------------------------------------------------------------------
missing_pkgs=()
command -v rustc >/dev/null && command -v cargo >/dev/null || {
  echo "error: rustc and cargo are required (rustup)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "error: python3 is required" >&2; exit 1; }
have_erl=1
if ! command -v erl >/dev/null || ! command -v erlc >/dev/null; then
  have_erl=0; missing_pkgs+=(erlang-base)
  echo "warning: erl/erlc not found: the Erlang column is skipped" >&2
fi
have_hyperfine=1
if ! command -v hyperfine >/dev/null; then
  have_hyperfine=0; missing_pkgs+=(hyperfine)
  echo "warning: hyperfine not found: timing with a date +%s%N loop instead" >&2
fi
have_time=1
if [ ! -x /usr/bin/time ]; then
  have_time=0; missing_pkgs+=(time)
  echo "warning: /usr/bin/time not found: no peak RSS" >&2
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
mkdir -p "$tmp/bin" "$tmp/ebin" "$tmp/out" "$tmp/json"

erl_module() { if [ "$1" = json ]; then echo json_bench; else echo "$1"; fi; }

# cmd LANG W: the command line that runs program W in LANG (a single string for hyperfine -N,
# without spaces inside arguments). The Erlang one times W:main() inside the VM and writes
# `bench_elapsed_us=N` on stderr.
cmd() {
  case $1 in
    mesh) echo "$tmp/bin/$2.mesh" ;;
    rust) echo "$tmp/bin/$2.rust" ;;
    erlang)
      local eval="T0=erlang:monotonic_time(microsecond),$(erl_module "$2"):main(),"
      eval+="io:format(standard_error,\"bench_elapsed_us=~b~n\",[erlang:monotonic_time(microsecond)-T0]),"
      eval+="halt()."
      echo "erl -noshell -pa $tmp/ebin -eval $eval" ;;
  esac
}

declare -A skip=()
build_mesh() {  # W -> 0 if built; otherwise records why in $tmp/out/W.mesh.skip
  mkdir -p "$tmp/mesh/$1"
  cp "$here/$1.mpl" "$tmp/mesh/$1/main.mpl"
  if ! "$meshc" build "$tmp/mesh/$1" -o "$tmp/bin/$1.mesh" >"$tmp/mesh/$1.log" 2>&1; then
    local why
    why=$(grep -E '^\[[A-Z][0-9]{4}\] ' "$tmp/mesh/$1.log" | awk '!seen[$0]++' | head -3 || true)
    [ -n "$why" ] || why=$(head -3 "$tmp/mesh/$1.log")
    echo "skip $1: the Mesh program does not compile:" >&2
    echo "$why" | sed 's/^/    /' >&2
    echo "$why" | head -1 >"$tmp/out/$1.mesh.skip"
    skip[$1]=1
    return 1
  fi
}
build_rust() {
  if [ "$1" = json ]; then
    cargo build --release -q --manifest-path "$here/rust_json/Cargo.toml" \
      --target-dir "$root/target/bench_stdlib"
    cp "$root/target/bench_stdlib/release/bench_json" "$tmp/bin/json.rust"
  else
    rustc -C opt-level=3 -o "$tmp/bin/$1.rust" "$here/$1.rs"
  fi
}
build_erlang() {
  local m; m=$(erl_module "$1")
  erlc -o "$tmp/ebin" "$here/$m.erl"
}

echo "compiling..." >&2
build_mesh empty || { echo "error: the empty Mesh program does not compile" >&2; exit 1; }
build_rust empty
if [ $have_erl = 1 ]; then build_erlang empty; fi
for w in "${workloads[@]}"; do
  build_mesh "$w" || true
  build_rust "$w"
  if [ $have_erl = 1 ]; then build_erlang "$w"; fi
done

langs=(mesh rust)
if [ $have_erl = 1 ]; then langs+=(erlang); fi

# ---- verify: one run each, output compared, peak RSS recorded ----------------------------
echo "checking outputs..." >&2
run_once() {  # LANG W
  local out="$tmp/out/$2.$1"
  # shellcheck disable=SC2046
  if [ $have_time = 1 ]; then
    /usr/bin/time -f %M -o "$out.rss" $(cmd "$1" "$2") >"$out" 2>"$out.err"
  else
    $(cmd "$1" "$2") >"$out" 2>"$out.err"
  fi || { echo "error: $1 $2 failed:" >&2; cat "$out.err" >&2; exit 1; }
}
for w in empty "${workloads[@]}"; do
  ref=""
  for l in "${langs[@]}"; do
    if [ "$l" = mesh ] && [ -n "${skip[$w]:-}" ]; then continue; fi
    run_once "$l" "$w"
    if [ -z "$ref" ]; then ref=$l; continue; fi
    if ! cmp -s "$tmp/out/$w.$ref" "$tmp/out/$w.$l"; then
      echo "error: $w: the $ref and $l programs print different output" >&2
      for x in "${langs[@]}"; do
        [ -f "$tmp/out/$w.$x" ] && printf '  %-7s %s\n' "$x:" "$(cat "$tmp/out/$w.$x")" >&2
      done
      exit 1
    fi
  done
  [ "$w" = empty ] || echo "  $w: $(cat "$tmp/out/$w.$ref")" >&2
done

# ---- time --------------------------------------------------------------------------------
# shellcheck source=../timing.sh
source "$root/bench/timing.sh"
# The empty Mesh and Rust programs get three times as many runs: their times are subtracted
# from every row.
echo "timing (best of $runs runs each, $((runs * 3)) for the empty programs)..." >&2
for w in empty "${workloads[@]}"; do
  n=$runs
  if [ "$w" = empty ]; then n=$((runs * 3)); fi
  for l in "${langs[@]}"; do
    if [ "$l" = mesh ] && [ -n "${skip[$w]:-}" ]; then continue; fi
    if [ "$l" = erlang ]; then time_erlang "$w" "$n"; else time_it "$l" "$w" "$n"; fi
  done
done

# ---- report ------------------------------------------------------------------------------
python3 - "$tmp/out" "$have_erl" "$have_time" "${workloads[@]}" <<'PY'
import os, sys
out, have_erl, have_time, workloads = sys.argv[1], sys.argv[2] == "1", sys.argv[3] == "1", sys.argv[4:]
def read(path):
    try:
        with open(os.path.join(out, path)) as f:
            return f.read().strip()
    except FileNotFoundError:
        return None
def ms(w, l):
    v = read(f"{w}.{l}.ms")
    return None if v is None else float(v)
def rss(w, l):
    v = read(f"{w}.{l}.rss")
    return None if v is None or not v.isdigit() else int(v) / 1024
langs = ["mesh", "rust"] + (["erlang"] if have_erl else [])
base = {l: ms("empty", l) for l in ["mesh", "rust"]}
def net(w, l):
    t = ms(w, l)
    if l == "erlang":  # already measured inside the VM
        return t
    return None if t is None else t - base[l]
below = False
def f_ms(v, mark=True):
    global below
    if v is None:
        return "n/a"
    if v < 1:
        below = below or mark
        return "<1"
    return f"{v:.0f}" if v >= 10 else f"{v:.1f}"
imprecise = False
def f_ratio(a, b):
    global imprecise
    if a is None or b is None:
        return "n/a"
    if b < 1:
        return f">{a:.0f}×" if a >= 1 else "n/a"
    if b < 5:
        imprecise = True
        return f"{a / b:.0f}×*"
    return f"{a / b:.1f}×"
def f_mib(v): return "n/a" if v is None else f"{v:.0f}"
print()
erl_boot = ms("empty", "erlang.wall") if have_erl else None
print("Mesh and Rust: wall-clock ms of the whole process, best of the runs, minus the empty")
print(f"program's (Mesh {f_ms(base['mesh'], False)} ms, Rust {f_ms(base['rust'], False)} ms).")
if have_erl:
    print("Erlang: ms measured inside the VM around W:main() (erlang:monotonic_time), best of the")
    print(f"runs, so without VM boot; the last column is the whole `erl` process (empty: {f_ms(erl_boot, False)} ms).")
print("Peak RSS in MiB from /usr/bin/time, whole process.")
print()
print("| workload | Mesh ms | Rust ms | Erlang ms | Mesh/Rust | Mesh/Erlang | Mesh RSS MiB | Rust RSS MiB | Erlang RSS MiB | Erlang process ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
notes = []
for w in workloads:
    m, r = net(w, "mesh"), net(w, "rust")
    e = net(w, "erlang") if have_erl else None
    why = read(f"{w}.mesh.skip")
    if why is not None:
        notes.append(f"{w}: Mesh skipped, the program does not compile: {why}")
    cells = [w, "skipped" if why is not None else f_ms(m),
             f_ms(r), f_ms(e), f_ratio(m, r), f_ratio(m, e),
             f_mib(rss(w, "mesh")), f_mib(rss(w, "rust")), f_mib(rss(w, "erlang") if have_erl else None),
             f_ms(ms(w, "erlang.wall")) if have_erl else "n/a"]
    print("| " + " | ".join(cells) + " |")
print()
if imprecise:
    print("* against a time under 5 ms: an order of magnitude only.")
if below:
    print("<1: under 1 ms (for Mesh and Rust: indistinguishable from the empty program); the ratio is")
    print("then a lower bound, taken against 1 ms.")
for n in notes:
    print(n)
PY
