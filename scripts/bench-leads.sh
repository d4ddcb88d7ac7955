#!/usr/bin/env bash
# Benchmark: do the leads queries stay flat from 1,000 to 1,000,000 calls?
#
# Builds Release, makes two demo databases (1k and 1M calls; the big one is cached in
# $ANCHOR_BENCH_DIR, default build-bench/data, and takes a few minutes the first time), then
# times whole anchorctl processes, median of 5 runs after a warm-up, the two sizes interleaved
# so machine noise hits both alike. Prints each median and the ratio big/small; the target is
# <= 1.20. Also times GUI start-up to the first painted page (offscreen) the same way.
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
cmake --build "$build" --target anchorctl anchor-crm >/dev/null
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
}
make_db "$small" 1000
make_db "$big" "$big_calls"

now_ns() { date +%s%N; }
time_once() {  # command... ; prints milliseconds
  local start end
  start=$(now_ns)
  "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; exit 1; }
  end=$(now_ns)
  echo $(( (end - start) / 1000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }

bench() {  # label, then the command with DB standing for the database path
  local label=$1; shift
  local small_times=() big_times=()
  local cmd_small=("${@//DB/$small}") cmd_big=("${@//DB/$big}")
  time_once "${cmd_small[@]}" >/dev/null; time_once "${cmd_big[@]}" >/dev/null   # warm-up (file cache)
  for _ in $(seq "$runs"); do
    small_times+=("$(time_once "${cmd_small[@]}")")
    big_times+=("$(time_once "${cmd_big[@]}")")
  done
  local s b
  s=$(printf '%s\n' "${small_times[@]}" | median)
  b=$(printf '%s\n' "${big_times[@]}" | median)
  local ratio
  ratio=$(awk -v s="$s" -v b="$b" 'BEGIN { printf "%.2f", b / s }')
  local verdict=ok
  awk -v r="$ratio" 'BEGIN { exit !(r > 1.20) }' && verdict="OVER TARGET"
  printf '%-58s %9s ms %9s ms   ratio %s  %s\n' "$label" "$s" "$b" "$ratio" "$verdict"
}

printf '%-58s %12s %12s\n' "whole process, median of $runs" "1k calls" "$big_calls calls"
bench "leads search smith --limit 50" "$ctl" leads search smith --limit 50 --database DB
bench "leads list --category warm --sort duration:desc --limit 50" \
      "$ctl" leads list --category warm --sort duration:desc --limit 50 --database DB
QT_QPA_PLATFORM=offscreen bench "anchor-crm --quit-after-first-paint (offscreen)" \
    "$gui" --quit-after-first-paint --database DB
