#!/usr/bin/env bash
# Benchmark: does the journeys list stay flat from 1,000 to 100,000 journeys (1,000,000 steps)?
#
# Builds Release, makes two demo databases with the same 100,000 calls and 1,000 or 100,000
# journeys of about ten steps each (cached in $ANCHOR_BENCH_DIR, default build-bench/data; the
# big one takes a minute or two the first time), then times whole processes, median of 5 runs
# after a warm-up, the two sizes interleaved so machine noise hits both alike. Prints each median
# and the ratio big/small; the target (issue 5) is <= 1.20:
#   - anchorctl journeys list --limit 50                       (first page, next action first)
#   - anchorctl journeys list --status in_progress --limit 50  (a status filter)
#   - anchor-crm --quit-after-first-paint --section journeys    (the GUI, offscreen)
#
#   scripts/bench-journeys.sh [--journeys N]    (N: size of the big database, default 100000;
#                                               ANCHOR_BENCH_RUNS=11 for more runs on a noisy machine)
set -euo pipefail
cd "$(dirname "$0")/.."

big_journeys=100000
if [ "${1:-}" = "--journeys" ]; then big_journeys=$2; fi
small_journeys=1000
calls=100000
runs=${ANCHOR_BENCH_RUNS:-5}
build=${ANCHOR_BENCH_BUILD:-build-bench}
data=${ANCHOR_BENCH_DIR:-$build/data}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DANCHOR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target anchorctl anchor-crm >/dev/null
ctl="$build/app/anchorctl"
mkdir -p "$data"
small="$data/journeys-${small_journeys}.sqlite"
big="$data/journeys-${big_journeys}.sqlite"

make_db() {  # path journeys
  if [ ! -f "$1" ]; then
    echo "creating $1 ($calls calls, $2 journeys)..." >&2
    "$ctl" demo --calls "$calls" --journeys "$2" --clients 12 --seed 42 --until 2026-11-01 --database "$1.tmp" >&2
    mv "$1.tmp" "$1"; rm -f "$1.tmp-wal" "$1.tmp-shm"
  fi
  "$ctl" init --database "$1" >&2   # a cached database from an older build is upgraded first
}
make_db "$small" "$small_journeys"
make_db "$big" "$big_journeys"

now_ns() { date +%s%N; }
time_once() {  # command... ; prints microseconds
  local start end
  start=$(now_ns)
  "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; exit 1; }
  end=$(now_ns)
  echo $(( (end - start) / 1000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'; }

verdict() {  # ratio limit
  awk -v r="$1" -v l="$2" 'BEGIN { exit !(r > l) }' && echo "OVER TARGET" || echo ok
}

bench() {  # label, then the command with DB standing for the database path
  local label=$1; shift
  local small_times=() big_times=()
  local cmd_small=("${@//DB/$small}") cmd_big=("${@//DB/$big}")
  time_once "${cmd_small[@]}" >/dev/null; time_once "${cmd_big[@]}" >/dev/null   # warm-up (file cache)
  for _ in $(seq "$runs"); do
    small_times+=("$(time_once "${cmd_small[@]}")")
    big_times+=("$(time_once "${cmd_big[@]}")")
  done
  local s b ratio
  s=$(printf '%s\n' "${small_times[@]}" | median)
  b=$(printf '%s\n' "${big_times[@]}" | median)
  ratio=$(awk -v s="$s" -v b="$b" 'BEGIN { printf "%.2f", b / s }')
  printf '%-58s %9s ms %9s ms   ratio %s  %s\n' "$label" "$s" "$b" "$ratio" "$(verdict "$ratio" 1.20)"
}

printf '%-58s %12s %12s\n' "whole process, median of $runs" "$small_journeys jrn" "$big_journeys jrn"
bench "journeys list --limit 50" "$ctl" journeys list --limit 50 --database DB
bench "journeys list --status in_progress --limit 50" \
      "$ctl" journeys list --status in_progress --limit 50 --database DB

# GUI: the journeys section opened first, until its first page of rows is painted.
QT_QPA_PLATFORM=offscreen bench "anchor-crm --section journeys, first paint (offscreen)" \
      "$build/app/anchor-crm" --quit-after-first-paint --section journeys --database DB
