#!/usr/bin/env bash
# Quick start, second command: install what is missing, build warning-free, run every test,
# then build the .deb and run anchorctl from the installed package.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1; then
  bash scripts/setup-debian.sh
else
  echo "run-tests: no apt-get here; install the dependencies listed in README.md first." >&2
fi

build=${ANCHOR_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DANCHOR_WERROR=ON
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure --parallel 2 --timeout 600
bash scripts/check-package.sh "$build"
echo "run-tests: all tests passed and the package installs."
