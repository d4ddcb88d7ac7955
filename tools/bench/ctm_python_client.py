#!/usr/bin/env python3
"""The yardstick of the sync benchmark: a straightforward Python CTM client doing the same job as
`anchorctl sync ctm`: one keep-alive HTTPS connection, json, sqlite3, one transaction per page,
upsert by call id into the same Anchor CRM database (call_logs with its indexes and search index,
the client's id as owner). ctm_python_client.py FIRST_URL CA_FILE DATABASE CLIENT_ID"""
import base64
import http.client
import json
import sqlite3
import ssl
import sys
import urllib.parse

url, ca, path = sys.argv[1], sys.argv[2], sys.argv[3]
db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
client_id = sys.argv[4]
context = ssl.create_default_context(cafile=ca)
parts = urllib.parse.urlsplit(url)
connection = http.client.HTTPSConnection(parts.hostname, parts.port, context=context)
auth = "Basic " + base64.b64encode(b"bench:bench").decode()
while url:
    parts = urllib.parse.urlsplit(url)
    connection.request("GET", parts.path + ("?" + parts.query if parts.query else ""), headers={"Authorization": auth})
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit("HTTP %d" % response.status)
    page = json.loads(body)
    with db:
        for c in page["calls"]:
            sale = c.get("sale") or {}
            db.execute("""INSERT INTO call_logs (owner_user_id, call_id, direction, from_number, to_number,
                started_at, duration_sec, score, meta, caller_name, source, recording_url, transcript_url, transcript)
                VALUES (?,?,?,?,?,strftime('%Y-%m-%dT%H:%M:%fZ', ?, 'unixepoch'),?,?,?,?,?,?,?,?)
                ON CONFLICT(call_id) DO UPDATE SET direction=excluded.direction, from_number=excluded.from_number,
                to_number=excluded.to_number, started_at=excluded.started_at, duration_sec=excluded.duration_sec,
                score=excluded.score, meta=excluded.meta, caller_name=excluded.caller_name, source=excluded.source,
                recording_url=excluded.recording_url, transcript_url=excluded.transcript_url,
                transcript=excluded.transcript""",
                (client_id, str(c["id"]), c.get("direction"), c.get("caller_number_complete") or c.get("caller_number"),
                 c.get("tracking_number"), c.get("unix_time"), c.get("duration"), sale.get("score") or None,
                 json.dumps({"agent": c.get("agent"), "tags": c.get("tag_list"), "status": c.get("call_status"),
                             "summary": c.get("summary")}),
                 c.get("name"), c.get("source"), c.get("audio"), c.get("transcription"), c.get("transcription_text")))
    url = page.get("next_page") if page.get("calls") else None
print(db.execute("SELECT count(*) FROM call_logs").fetchone()[0])
