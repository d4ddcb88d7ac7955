#!/usr/bin/env bash
# Benchmark: ingesting 100,000 Mailgun events over HTTPS into the database, and queueing a
# 100,000-recipient campaign.
#
# Serves static Events API pages (300 events each, opaque absolute next URLs, an empty last page)
# from nginx on 127.0.0.1 with the test certificate, then times, median of 3 interleaved runs, each
# into a fresh database:
#   - anchorctl sync mailgun --events-only      (the product: parse, deduplicate by event id, map
#                                                by anchor-key / message id, suppress, cursor)
#   - tools/bench/mailgun_python_client.py      (a straightforward Python client: one keep-alive
#                                                connection, json, sqlite3, a transaction per page,
#                                                INSERT OR IGNORE into email_tracking of the same
#                                                Anchor database, suppressions too)
#                                                               target: anchorctl >= 3x faster
#   - curl fetching the same pages on one connection (the network floor)
#                                                               aim: anchorctl within 3x of it
# and `anchorctl campaigns send` of a campaign whose segment selects 100,000 active clients
# (recipients, job and job items written in one transaction).
#
#   scripts/bench-mailgun.sh [--events N] [--recipients N]    (defaults 100000 and 100000)
set -euo pipefail
cd "$(dirname "$0")/.."

events=100000
recipients=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --events) events=$2; shift 2 ;;
    --recipients) recipients=$2; shift 2 ;;
    *) echo "usage: $0 [--events N] [--recipients N]" >&2; exit 2 ;;
  esac
done
runs=${ANCHOR_BENCH_RUNS:-3}
build=${ANCHOR_BENCH_BUILD:-build-bench}

command -v nginx >/dev/null && command -v curl >/dev/null && command -v sqlite3 >/dev/null \
  || ./scripts/setup-debian.sh --bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DANCHOR_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target anchorctl >/dev/null
ctl="$PWD/$build/app/anchorctl"

work=$(mktemp -d)
chmod 755 "$work"   # nginx workers run as another user
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="https://127.0.0.1:$port"
domain=mg.bench.example.com
tls="$PWD/tests/fixtures/tls"
echo "generating $events events as static pages..." >&2
pages=$(python3 tools/bench/make_mailgun_pages.py "$work/pages" "$events" "$base" "$domain")

mkdir -p "$work/logs" "$work/tmp"
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
  default_type application/json;
  server {
    listen 127.0.0.1:$port ssl;
    ssl_certificate $tls/server.crt;
    ssl_certificate_key $tls/server.key;
    root $work/pages;
    location = /v3/$domain/events { try_files /first.json =404; }
    location /v3/$domain/events/ { alias $work/pages/; }
  }
}
EOF
nginx -p "$work" -c "$work/nginx.conf"

first_url="$base/v3/$domain/events?begin=0&ascending=yes&limit=300"
curl_args=(-o /dev/null "$first_url")
for f in $(ls "$work/pages" | grep -v '^first.json$'); do curl_args+=(-o /dev/null "$base/v3/$domain/events/$f"); done

now_ms() { date +%s%3N; }
new_database() {
  "$ctl" init --database "$1" >/dev/null
  "$ctl" mailgun configure --domain "$domain" --from "news@$domain" --base-url "$base" --ca-cert "$tls/ca.crt" \
    --database "$1" >/dev/null
}
run_anchorctl() {
  local db="$work/anchor-$1.sqlite" start end
  new_database "$db"
  start=$(now_ms)
  ANCHOR_MAILGUN_API_KEY=bench "$ctl" sync mailgun --events-only --database "$db" >/dev/null 2>"$work/anchorctl.err" \
    || { tail -3 "$work/anchorctl.err" >&2; exit 1; }
  end=$(now_ms)
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM email_tracking')" = "$events" ] \
    || { echo "anchorctl stored the wrong count" >&2; exit 1; }
  echo $((end - start))
}
run_python() {
  local db="$work/python-$1.sqlite" start end
  new_database "$db"
  start=$(now_ms)
  python3 tools/bench/mailgun_python_client.py "$first_url" "$tls/ca.crt" "$db" bench >/dev/null
  end=$(now_ms)
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM email_tracking')" = "$events" ] \
    || { echo "the Python client stored the wrong count" >&2; exit 1; }
  echo $((end - start))
}
run_curl() {
  local start end
  start=$(now_ms)
  curl -s --fail --cacert "$tls/ca.crt" -u api:bench "${curl_args[@]}"
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

printf 'ingest %s Mailgun events (%s pages) over HTTPS from nginx, median of %s\n' "$events" "$pages" "$runs"
printf '  anchorctl sync mailgun --events-only %8s ms\n' "$am"
printf '  Python client                        %8s ms   Python / anchorctl = %s (target >= 3.0)\n' "$pm" \
  "$(awk -v a="$am" -v p="$pm" 'BEGIN { printf "%.2f", p / a }')"
printf '  curl, download only                  %8s ms   anchorctl / curl   = %s (aim <= 3.0)\n' "$cm" \
  "$(awk -v a="$am" -v c="$cm" 'BEGIN { printf "%.2f", a / c }')"

# Queueing: a client with 100,000 active clients, a segment of them all, a template, a campaign.
queue_db="$work/queue.sqlite"
"$ctl" init --database "$queue_db" >/dev/null
client=$("$ctl" clients add --name "Bench Dental" --database "$queue_db")
"$ctl" mailgun configure --domain "$domain" --from "news@$domain" --database "$queue_db" >/dev/null
sqlite3 "$queue_db" <<EOF
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $recipients)
INSERT INTO active_clients (owner_user_id, client_name, client_email)
SELECT '$client', 'Patient ' || i, 'patient' || i || '@example-' || (i % 97) || '.com' FROM n;
INSERT INTO segments (client_id, name, filters)
VALUES ('$client', 'Everyone', '{"audience":"active_clients","client_id":"$client"}');
INSERT INTO email_templates (client_id, name, subject, content)
VALUES ('$client', 'Spring', 'Spring at {{client_name}}', '<p>Hi {{first_name}},</p><p>News.</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>');
COMMIT;
EOF
campaign=$("$ctl" campaigns create --name "Spring" --template Spring --segment Everyone --client "$client" \
  --database "$queue_db" | sed -n 1p)
start=$(now_ms)
queued=$("$ctl" campaigns send "$campaign" --format json --database "$queue_db")
end=$(now_ms)
qm=$((end - start))

printf 'queue a %s-recipient campaign (anchorctl campaigns send, whole process) %s ms: %s\n' "$recipients" "$qm" "$queued"
