#!/usr/bin/env python3
"""Writes N realistic CTM calls as static calls.json pages (150 a page, CTM's envelope, absolute
next_page links) for the sync benchmark: make_ctm_pages.py OUT_DIR N BASE_URL ACCOUNT"""
import json
import os
import random
import sys

out, total, base, account = sys.argv[1], int(sys.argv[2]), sys.argv[3].rstrip("/") + "/", sys.argv[4]
per_page = 150
pages = (total + per_page - 1) // per_page
random.seed(7)
first = ["Ann", "Bob", "Carla", "Dev", "Elena", "Femi", "Grace", "Hugo", "Ines", "Jamal", "Kira", "Liam"]
last = ["Smith", "Garcia", "Nguyen", "Müller", "Okafor", "Rossi", "Kowalski", "Haddad", "Silva", "Brown"]
lines = ["I'd like to book a cleaning next Tuesday.", "How much is a crown? Do you take Delta Dental?",
         "You've reached voicemail, please leave a message after the tone.", "Are you hiring hygienists?",
         "This is an automated call about your Google business listing.", "My roof is leaking badly, it's urgent.",
         "Just calling to confirm the address.", "Wrong number, sorry."]
now = 1795000000
os.makedirs(out, exist_ok=True)
for page in range(1, pages + 1):
    calls = []
    for i in range(per_page):
        n = (page - 1) * per_page + i
        if n >= total:
            break
        cid = 10_000_000 + total - n  # newest first
        t = now - n * 97
        number = "+1303555%04d" % (n % 9000)
        text = " ".join(random.choice(lines) for _ in range(4))
        calls.append({
            "id": cid, "sid": "CA%x" % cid, "account_id": int(account), "direction": "inbound",
            "unix_time": t, "called_at": "2026-11-01 10:00 AM -04:00", "duration": 30 + n % 500,
            "talk_time": 20 + n % 400, "ring_time": 5, "caller_number": number, "caller_number_complete": number,
            "tracking_number": "+17205550100", "business_number": "+17205550199",
            "name": "%s %s" % (random.choice(first), random.choice(last)), "source": random.choice(
                ["Google Ads", "Google Organic", "Facebook", "Website", "Direct"]),
            "tag_list": ["follow up"] if n % 9 == 0 else [], "notes": "", "call_status": "answered",
            "agent": {"id": 3, "name": "Front Desk", "email": "desk@example.com"},
            "audio": "https://example.com/rec/%d.mp3" % cid, "transcription": "https://example.com/tx/%d" % cid,
            "transcription_text": text, "summary": text[:80],
            "sale": {"score": 1 + n % 5} if n % 5 == 0 else None,
        })
    envelope = {"calls": calls, "page": page, "per_page": per_page, "total_entries": total, "total_pages": pages,
                "next_page": ("%saccounts/%s/calls.json?page=%d&per_page=150" % (base, account, page + 1))
                if page < pages else None,
                "previous_page": None}
    with open(os.path.join(out, "page-%d.json" % page), "w") as f:
        json.dump(envelope, f, separators=(",", ":"))
print(pages)
