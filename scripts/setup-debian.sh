#!/usr/bin/env bash
# Installs every build and test dependency of Anchor CRM on Debian 12 / Ubuntu 22.04+.
# Idempotent: packages already present are skipped by apt. Needs root (or sudo).
#   setup-debian.sh [--bench]   (--bench adds what the sync benchmark needs: nginx, curl, python3)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
  qtkeychain-qt6-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev sqlite3 libsqlite3-dev
  gnome-keyring dbus-x11 libsecret-tools
  xvfb xauth imagemagick dpkg-dev file appstream desktop-file-utils time
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(nginx-light curl python3)
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: no apt-get here; install the dependencies listed in README.md (macOS, Windows) first." >&2
  exit 0
fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -q
as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
