#!/usr/bin/env python3
"""Fills translations/anchor_en.ts (made by lupdate -pluralonly): singular and plural English
forms derived from the source text ("%n lead(s)" -> "%n lead" / "%n leads";
"%n leads" -> "%n lead" / "%n leads"). Run after update_translations; review the result."""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/anchor_en.ts"
text = open(path, encoding="utf-8").read()

def forms(source):
    plural = re.sub(r"\(s\)", "s", source, flags=re.I)
    singular = re.sub(r"(\w+)\(s\)", r"\1", source, flags=re.I)
    if singular == source:  # "%n leads" style: make the word after %n singular
        singular = re.sub(r"%n (\w+?)s\b", r"%n \1", source)
    return singular, plural

def fill(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    singular, plural = forms(source)
    translation = ('<translation>\n            <numerusform>%s</numerusform>\n'
                   '            <numerusform>%s</numerusform>\n        </translation>' % (singular, plural))
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)

text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
