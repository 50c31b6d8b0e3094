# Timing helpers shared by bench/*/run.sh (sourced, not run). The caller defines `cmd LANG W`
# (the command line of a built program), `$tmp` (with `out/` and `json/` directories) and
# `$have_hyperfine` (1 or 0).

# Mesh and Rust: the best (minimum) wall-clock time of N runs, in ms, to $tmp/out/W.LANG.ms.
time_it() {  # LANG W N
  local c; c=$(cmd "$1" "$2")
  local runs=$3
  local ms_file="$tmp/out/$2.$1.ms"
  if [ $have_hyperfine = 1 ]; then
    # Its warnings (outliers on a busy machine) go to a log, shown only if hyperfine fails.
    hyperfine -N --warmup 1 --runs "$runs" --style none --export-json "$tmp/json/$2.$1.json" \
      "$c" >"$tmp/json/$2.$1.log" 2>&1 || { cat "$tmp/json/$2.$1.log" >&2; exit 1; }
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["min"] * 1000))' \
      "$tmp/json/$2.$1.json" >"$ms_file"
  else
    # shellcheck disable=SC2086
    $c >/dev/null 2>&1  # warm-up
    local best="" start ns
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      # shellcheck disable=SC2086
      $c >/dev/null 2>&1
      ns=$(( $(date +%s%N) - start ))
      if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
    done
    awk -v ns="$best" 'BEGIN { printf "%.1f\n", ns / 1e6 }' >"$ms_file"
  fi
}
# Erlang: one warm-up, then N runs; the best in-VM time of W:main() goes to W.erlang.ms, the
# best wall-clock time of the whole `erl` process to W.erlang.wall.ms.
time_erlang() {  # W N
  local c; c=$(cmd erlang "$1")
  local err="$tmp/out/$1.erlang.timing" best_us="" best_ns="" start ns us
  # shellcheck disable=SC2086
  $c >/dev/null 2>&1
  for _ in $(seq "$2"); do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    $c >/dev/null 2>"$err"
    ns=$(( $(date +%s%N) - start ))
    us=$(sed -n 's/^bench_elapsed_us=//p' "$err")
    [ -n "$us" ] || { echo "error: erlang $1 printed no timing:" >&2; cat "$err" >&2; exit 1; }
    if [ -z "$best_ns" ] || [ "$ns" -lt "$best_ns" ]; then best_ns=$ns; fi
    if [ -z "$best_us" ] || [ "$us" -lt "$best_us" ]; then best_us=$us; fi
  done
  awk -v us="$best_us" 'BEGIN { printf "%.1f\n", us / 1e3 }' >"$tmp/out/$1.erlang.ms"
  awk -v ns="$best_ns" 'BEGIN { printf "%.1f\n", ns / 1e6 }' >"$tmp/out/$1.erlang.wall.ms"
}
