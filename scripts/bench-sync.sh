#!/usr/bin/env bash
# Benchmark: pulling 100,000 CTM calls over HTTPS into the database, search index included.
#
# Serves static CTM pages (150 calls each, CTM's envelope and next_page links) from nginx on
# 127.0.0.1 with the test certificate, then times, median of 3 interleaved runs, each into a fresh
# database:
#   - anchorctl sync ctm                      (the product)
#   - tools/bench/ctm_python_client.py        (a straightforward Python client: one keep-alive
#                                              connection, json, sqlite3, a transaction per page,
#                                              upserting into the same Anchor database, so the same
#                                              indexes and search index)   target: anchorctl >= 3x faster
#   - curl fetching the same pages on one connection (the network floor)
#                                                               aim: anchorctl within 3x of it
#
#   scripts/bench-sync.sh [--calls N]    (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."

calls=100000
if [ "${1:-}" = "--calls" ]; then calls=$2; fi
runs=3
build=${ANCHOR_BENCH_BUILD:-build-bench}

command -v nginx >/dev/null && command -v curl >/dev/null || ./scripts/setup-debian.sh --bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DANCHOR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target anchorctl >/dev/null
ctl="$PWD/$build/app/anchorctl"

work=$(mktemp -d)
chmod 755 "$work"   # nginx workers run as another user
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="https://127.0.0.1:$port/api/v1/"
account=4242
tls="$PWD/tests/fixtures/tls"
echo "generating $calls calls as static pages..." >&2
pages=$(python3 tools/bench/make_ctm_pages.py "$work/pages" "$calls" "$base" "$account")

mkdir -p "$work/logs"
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  keepalive_requests 100000;
  map \$arg_page \$page_file { "" page-1.json; default page-\$arg_page.json; }
  server {
    listen 127.0.0.1:$port ssl;
    ssl_certificate $tls/server.crt;
    ssl_certificate_key $tls/server.key;
    root $work/pages;
    default_type application/json;
    location = /api/v1/accounts/$account/calls.json {
      try_files /\$page_file =404;
    }
  }
}
EOF
mkdir -p "$work/tmp"
nginx -p "$work" -c "$work/nginx.conf"

first_url="${base}accounts/$account/calls.json?page=1&per_page=150"
curl_args=()
for p in $(seq 1 "$pages"); do curl_args+=(-o /dev/null "${base}accounts/$account/calls.json?page=$p&per_page=150"); done

now_ms() { date +%s%3N; }
run_anchorctl() {
  local db="$work/anchor-$1.sqlite"
  "$ctl" init --database "$db" >/dev/null
  "$ctl" clients add --name Bench --database "$db" >/dev/null
  "$ctl" ctm configure --client Bench --account "$account" --base-url "$base" --ca-cert "$tls/ca.crt" --database "$db" >/dev/null
  local start end
  start=$(now_ms)
  ANCHOR_CTM_ACCESS_KEY=bench ANCHOR_CTM_SECRET_KEY=bench "$ctl" sync ctm --database "$db" >/dev/null 2>"$work/anchorctl.err" || { tail -3 "$work/anchorctl.err" >&2; exit 1; }
  end=$(now_ms)
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM call_logs')" = "$calls" ] || { echo "anchorctl stored the wrong count" >&2; exit 1; }
  echo $((end - start))
}
run_python() {
  local db="$work/python-$1.sqlite" start end client
  "$ctl" init --database "$db" >/dev/null
  client=$("$ctl" clients add --name Bench --database "$db")
  start=$(now_ms)
  python3 tools/bench/ctm_python_client.py "$first_url" "$tls/ca.crt" "$db" "$client" >/dev/null
  end=$(now_ms)
  echo $((end - start))
}
run_curl() {
  local start end
  start=$(now_ms)
  curl -s --fail --cacert "$tls/ca.crt" "${curl_args[@]}"
  end=$(now_ms)
  echo $((end - start))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

a=(); p=(); c=()
for i in $(seq "$runs"); do
  a+=("$(run_anchorctl "$i")"); p+=("$(run_python "$i")"); c+=("$(run_curl)")
done
am=$(printf '%s\n' "${a[@]}" | median)
pm=$(printf '%s\n' "${p[@]}" | median)
cm=$(printf '%s\n' "${c[@]}" | median)
printf 'pull %s calls (%s pages) over HTTPS from nginx, median of %s\n' "$calls" "$pages" "$runs"
printf '  anchorctl sync ctm          %8s ms\n' "$am"
printf '  Python client               %8s ms   Python / anchorctl = %s (target >= 3.0)\n' "$pm" \
  "$(awk -v a="$am" -v p="$pm" 'BEGIN { printf "%.2f", p / a }')"
printf '  curl, download only         %8s ms   anchorctl / curl   = %s (aim <= 3.0)\n' "$cm" \
  "$(awk -v a="$am" -v c="$cm" 'BEGIN { printf "%.2f", a / c }')"
