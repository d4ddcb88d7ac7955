#!/bin/sh
# Runs a test inside a private D-Bus session with its own unlocked gnome-keyring, so the
# keychain code talks to a real Secret Service without touching the user's keyring.
#   with-keyring.sh <program> [args...]
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring.sh: dbus-run-session and gnome-keyring-daemon are needed (scripts/setup-debian.sh installs them)" >&2
  exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf "anchor-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' with-keyring "$@" 2>&1
