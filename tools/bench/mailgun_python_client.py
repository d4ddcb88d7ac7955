#!/usr/bin/env python3
"""The yardstick of the Mailgun benchmark: a straightforward Python client doing the job of
`anchorctl sync mailgun --events-only`: one keep-alive HTTPS connection, json, sqlite3, one
transaction per page, following paging.next verbatim until an empty page, each event inserted
once (INSERT OR IGNORE on email_tracking.event_id) into the same Anchor CRM database, and permanent
failures, complaints and unsubscribes added to the suppression list.
mailgun_python_client.py FIRST_URL CA_FILE DATABASE API_KEY"""
import base64
import datetime
import http.client
import json
import sqlite3
import ssl
import sys
import urllib.parse

url, ca, path, key = sys.argv[1:5]
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
context = ssl.create_default_context(cafile=ca)
parts = urllib.parse.urlsplit(url)
connection = http.client.HTTPSConnection(parts.hostname, parts.port, context=context)
auth = "Basic " + base64.b64encode(("api:" + key).encode()).decode()


def iso(ts):
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


while True:
    parts = urllib.parse.urlsplit(url)
    connection.request("GET", parts.path + ("?" + parts.query if parts.query else ""), headers={"Authorization": auth})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit("HTTP %d" % response.status)
    page = json.loads(body)
    items = page["items"]
    if not items:
        break
    with db:
        for e in items:
            kind = e.get("event")
            recipient = (e.get("recipient") or "").lower()
            message_id = ((e.get("message") or {}).get("headers") or {}).get("message-id")
            client = e.get("client-info") or {}
            db.execute("""INSERT OR IGNORE INTO email_tracking (event_id, event_type, severity, reason, email,
                mailgun_id, url, ip_address, user_agent, payload, occurred_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                       (e.get("id"), kind, e.get("severity"), e.get("reason"), recipient, message_id, e.get("url"),
                        e.get("ip"), client.get("user-agent"), json.dumps(e, separators=(",", ":")),
                        iso(e["timestamp"])))
            suppress = {"complained": "complaint", "unsubscribed": "unsubscribe"}.get(kind)
            if kind == "failed" and e.get("severity") == "permanent":
                suppress = "bounce"
            if suppress and recipient:
                db.execute("INSERT OR IGNORE INTO unsubscribes (client_id, email, kind) VALUES (NULL, ?, ?)",
                           (recipient, suppress))
    url = page["paging"]["next"]
print(db.execute("SELECT count(*) FROM email_tracking").fetchone()[0])
