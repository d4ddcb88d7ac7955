#!/usr/bin/env bash
# Builds the .deb with CPack, checks what it holds, installs it, and runs the installed anchorctl.
# In CI (CI=true, a throwaway machine) it installs with dpkg -i, so Depends are checked for real;
# elsewhere it unpacks into a scratch root with dpkg -x and runs the binary from there.
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."

rm -f "$build"/anchor-crm_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/anchor-crm_*.deb | head -n 1)
echo "package: $deb"

contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/anchor-crm ./usr/bin/anchorctl ./usr/share/applications/anchor-crm.desktop \
            ./usr/share/metainfo/com.anchorcrm.AnchorCRM.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/anchor-crm.svg; do
  grep -q " $path\$" <<<"$contents" || { echo "package is missing $path" >&2; exit 1; }
done
grep -q "/anchor-crm/anchor_charts.so\$" <<<"$contents" || { echo "package is missing the charts plugin" >&2; exit 1; }
desktop-file-validate packaging/anchor-crm.desktop
appstreamcli validate --no-net packaging/com.anchorcrm.AnchorCRM.metainfo.xml >/dev/null
dpkg-deb --field "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "Depends lacks the SQLite driver" >&2; exit 1; }

if [ "${CI:-}" = "true" ] && [ "$(id -u)" -eq 0 ]; then
  dpkg -i "$deb"
  version=$(/usr/bin/anchorctl --version)
  QT_QPA_PLATFORM=offscreen /usr/bin/anchor-crm --check-plugins
else
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  dpkg -x "$deb" "$scratch"
  version=$("$scratch/usr/bin/anchorctl" --version)
  QT_QPA_PLATFORM=offscreen "$scratch/usr/bin/anchor-crm" --check-plugins
fi
echo "installed: $version"
grep -q "anchorctl" <<<"$version"
