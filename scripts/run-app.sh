#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, create a demo database in the
# user's data folder on first run, and launch Anchor CRM on it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh   # installs what is missing (Debian/Ubuntu); elsewhere says what to do

build=${ANCHOR_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --target anchor-crm anchorctl

ctl="$build/app/anchorctl"
"$ctl" init
if [ -z "$("$ctl" leads list --limit 1 --format csv | sed -n 2p)" ]; then
  echo "First run: creating a demo database (20,000 calls)..."
  "$ctl" demo --calls 20000 --clients 8 --seed 1
fi
exec "$build/app/anchor-crm" "$@"
