#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file from a small table: translate_missing.py FILE.ts
'source=>translation' ... (for a handful of new strings; Qt Linguist for anything bigger)."""
import html
import re
import sys

path, pairs = sys.argv[1], sys.argv[2:]
table = dict(p.split("=>", 1) for p in pairs)
text = open(path, encoding="utf-8").read()

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def fill(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    for plain, translated in table.items():
        if plain == html.unescape(source) and 'type="unfinished"' in block:
            return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                          "<translation>%s</translation>" % esc(translated), block, flags=re.S)
    return block

text = re.sub(r"<message>.*?</message>", fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
