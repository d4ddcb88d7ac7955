#!/usr/bin/env bash
# Benchmark: do the leads queries stay flat from 1,000 to 1,000,000 calls?
#
# Builds Release, makes two demo databases (1k and 1M calls; the big one is cached in
# $ANCHOR_BENCH_DIR, default build-bench/data, and takes a few minutes the first time), then
# times whole processes, median of 5 runs after a warm-up, the two sizes interleaved so machine
# noise hits both alike. Prints each median and the ratio big/small; the target is <= 1.20:
#   - anchorctl leads search / leads list (issue 2)
#   - anchor-crm --quit-after-first-paint, offscreen: time and peak memory (issue 3), and its
#     time against a bare Qt program showing a 50-row QTableView (target <= 1.50)
#   - event-loop stalls while scrolling, typing a search and sorting on the big database
#     (target: none over 50 ms)
#
#   scripts/bench-leads.sh [--calls N]    (N: size of the big database, default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."

big_calls=1000000
if [ "${1:-}" = "--calls" ]; then big_calls=$2; fi
runs=5
build=${ANCHOR_BENCH_BUILD:-build-bench}
data=${ANCHOR_BENCH_DIR:-$build/data}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DANCHOR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target anchorctl anchor-crm anchor-bench-baretable anchor-bench-stalls >/dev/null
ctl="$build/app/anchorctl"
gui="$build/app/anchor-crm"
mkdir -p "$data"
small="$data/leads-1k.sqlite"
big="$data/leads-${big_calls}.sqlite"

make_db() {  # path calls
  if [ ! -f "$1" ]; then
    echo "creating $1 ($2 calls)..." >&2
    "$ctl" demo --calls "$2" --clients 12 --seed 42 --until 2026-11-01 --database "$1.tmp" >&2
    mv "$1.tmp" "$1"; rm -f "$1.tmp-wal" "$1.tmp-shm"
  fi
  "$ctl" init --database "$1" >&2   # a cached database from an older build is upgraded first
}
make_db "$small" 1000
make_db "$big" "$big_calls"

now_ns() { date +%s%N; }
rss_file=$(mktemp)
trap 'rm -f "$rss_file"' EXIT
time_once() {  # command... ; prints microseconds; peak memory (KiB) goes to $rss_file
  local start end
  start=$(now_ns)
  /usr/bin/time -f %M -o "$rss_file" "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; exit 1; }
  end=$(now_ns)
  echo $(( (end - start) / 1000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }

verdict() {  # ratio limit
  awk -v r="$1" -v l="$2" 'BEGIN { exit !(r > l) }' && echo "OVER TARGET" || echo ok
}

bench() {  # label, then the command with DB standing for the database path
  local label=$1; shift
  local small_times=() big_times=() small_rss=() big_rss=()
  local cmd_small=("${@//DB/$small}") cmd_big=("${@//DB/$big}")
  time_once "${cmd_small[@]}" >/dev/null; time_once "${cmd_big[@]}" >/dev/null   # warm-up (file cache)
  for _ in $(seq "$runs"); do
    small_times+=("$(time_once "${cmd_small[@]}")"); small_rss+=("$(cat "$rss_file")")
    big_times+=("$(time_once "${cmd_big[@]}")"); big_rss+=("$(cat "$rss_file")")
  done
  local s b ratio
  s=$(printf '%s\n' "${small_times[@]}" | median)
  b=$(printf '%s\n' "${big_times[@]}" | median)
  ratio=$(awk -v s="$s" -v b="$b" 'BEGIN { printf "%.2f", b / s }')
  printf '%-58s %9s ms %9s ms   ratio %s  %s\n' "$label" "$s" "$b" "$ratio" "$(verdict "$ratio" 1.20)"
  if [ -n "${MEASURE_MEMORY:-}" ]; then
    local sm bm mratio
    sm=$(printf '%s\n' "${small_rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    bm=$(printf '%s\n' "${big_rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    mratio=$(awk -v s="$sm" -v b="$bm" 'BEGIN { printf "%.2f", b / s }')
    printf '%-58s %9s KiB %8s KiB  ratio %s  %s\n' "  peak memory" "$sm" "$bm" "$mratio" "$(verdict "$mratio" 1.20)"
  fi
}

printf '%-58s %12s %12s\n' "whole process, median of $runs" "1k calls" "$big_calls calls"
bench "leads search smith --limit 50" "$ctl" leads search smith --limit 50 --database DB
bench "leads list --category warm --sort duration:desc --limit 50" \
      "$ctl" leads list --category warm --sort duration:desc --limit 50 --database DB
export QT_QPA_PLATFORM=offscreen
MEASURE_MEMORY=1 bench "anchor-crm --quit-after-first-paint (offscreen)" \
    "$gui" --quit-after-first-paint --database DB

# The bare program and anchor-crm on the big database, interleaved so noise hits both alike.
bare_times=(); app_times=()
time_once "$build/benchmarks/anchor-bench-baretable" >/dev/null
for _ in $(seq "$runs"); do
  bare_times+=("$(time_once "$build/benchmarks/anchor-bench-baretable")")
  app_times+=("$(time_once "$gui" --quit-after-first-paint --database "$big")")
done
bare=$(printf '%s\n' "${bare_times[@]}" | median)
app=$(printf '%s\n' "${app_times[@]}" | median)
ratio=$(awk -v s="$bare" -v b="$app" 'BEGIN { printf "%.2f", b / s }')
printf '%-58s %9s ms %9s ms   ratio %s  %s\n' "  vs bare Qt 50-row QTableView program" "$bare" "$app" "$ratio" \
  "$(verdict "$ratio" 1.50)"
echo
echo "event-loop stalls on the $big_calls-call database (longest gap of a 2 ms heartbeat):"
"$build/benchmarks/anchor-bench-stalls" --database "$big"
