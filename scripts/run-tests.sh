#!/usr/bin/env bash
# Quick start, second command: install what is missing, build warning-free, run every test,
# then build the .deb and run anchorctl from the installed package.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh   # installs what is missing (Debian/Ubuntu); elsewhere says what to do

build=${ANCHOR_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DANCHOR_WERROR=ON
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure --parallel 2 --timeout 600
bash scripts/check-package.sh "$build"
echo "run-tests: all tests passed and the package installs."
