#!/usr/bin/env python3
"""Writes N realistic Mailgun events as static Events API pages for the Mailgun benchmark
(shared/api/mailgun.md): 300 items a page, ascending timestamps, user-variables with an anchor-key,
opaque absolute paging URLs, and a last page with empty items whose next is itself.
make_mailgun_pages.py OUT_DIR N BASE_URL DOMAIN  -> prints the number of pages (the empty one included).
The first page is OUT_DIR/first.json (served for /v3/DOMAIN/events?...); the others OUT_DIR/<token>."""
import base64
import json
import os
import random
import sys
import time

out, total, base, domain = sys.argv[1], int(sys.argv[2]), sys.argv[3].rstrip("/"), sys.argv[4]
per_page = 300
random.seed(11)
os.makedirs(out, exist_ok=True)
start = int(time.time()) - 3 * 86400   # three days of events, all older than the 30-minute window
kinds = (["accepted"] * 30 + ["delivered"] * 28 + ["opened"] * 22 + ["clicked"] * 10 + ["failed"] * 6
         + ["unsubscribed"] * 2 + ["complained"] * 1 + ["stored"] * 1)
agents = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"]


def token(page):
    # Opaque, like Mailgun's: base64 of a little JSON state.
    raw = json.dumps([{"b": start, "e": None, "p": page, "r": random.randrange(1 << 30)}]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def event(n):
    kind = kinds[n % len(kinds)] if n % 7 else random.choice(kinds)
    recipient = "patient%d@example-%d.com" % (n % 40000, n % 97)
    message_id = "20261101%06d.%d.%d@%s" % (n % 40000, n % 9973, n % 7919, domain)
    item = {"id": base64.urlsafe_b64encode(("ev-%010d" % n).encode()).decode().rstrip("="),
            "event": kind, "timestamp": start + n * 2 + random.random(),
            "recipient": recipient, "recipient-domain": recipient.split("@")[1],
            "log-level": "error" if kind == "failed" else "info", "tags": ["spring-2026"], "campaigns": [],
            "user-variables": {"anchor-key": "key-%08d" % (n % 40000), "anchor-campaign": "bench-campaign"},
            "message": {"headers": {"message-id": message_id}}}
    if kind in ("accepted", "delivered", "failed", "complained"):
        item["message"]["headers"].update({"to": recipient, "from": "Peak Dental <news@%s>" % domain,
                                           "subject": "Spring at Peak Dental"})
        item["message"].update({"attachments": [], "recipients": [recipient], "size": 4312})
        item["envelope"] = {"targets": recipient, "transport": "smtp", "sender": "news@" + domain}
        item["flags"] = {"is-routed": None, "is-authenticated": True, "is-system-test": False, "is-test-mode": False}
        item["method"] = "http"
    if kind == "delivered":
        item["delivery-status"] = {"code": 250, "message": "OK", "description": "", "attempt-no": 1,
                                   "session-seconds": 0.4}
    if kind == "failed":
        permanent = n % 3 == 0
        item["severity"] = "permanent" if permanent else "temporary"
        item["reason"] = "bounce" if permanent else "greylisted"
        item["delivery-status"] = {"code": 550 if permanent else 451,
                                   "message": "5.1.1 mailbox unavailable" if permanent else "4.7.1 try again later",
                                   "description": "", "attempt-no": 1, "session-seconds": 0.2}
    if kind in ("opened", "clicked", "unsubscribed"):
        item["ip"] = "203.0.113.%d" % (n % 250)
        item["geolocation"] = {"country": "US", "region": "CO", "city": "Denver"}
        item["client-info"] = {"client-name": "Chrome", "client-os": "Windows", "client-type": "browser",
                               "device-type": "desktop", "user-agent": agents[n % len(agents)]}
    if kind == "clicked":
        item["url"] = "https://peakdental.example.com/spring?utm_source=mail&n=%d" % (n % 50)
    if kind == "stored":
        item["storage"] = {"key": "AgEAAAAA%d" % n, "url": "https://storage.example.com/%d" % n}
    return item


pages = (total + per_page - 1) // per_page
names = ["first.json"] + [token(p) for p in range(2, pages + 2)]   # the last one is the empty page
for page in range(pages + 1):
    items = [event(n) for n in range(page * per_page, min(total, (page + 1) * per_page))]
    url = lambda i: "%s/v3/%s/events/%s" % (base, domain, names[i])
    nxt = url(page + 1) if page < pages else url(page)   # the empty last page points at itself
    body = {"items": items, "paging": {"next": nxt, "previous": url(max(page, 1)), "first": url(1), "last": url(pages)}}
    with open(os.path.join(out, names[page]), "w") as f:
        json.dump(body, f, separators=(",", ":"))
print(pages + 1)
