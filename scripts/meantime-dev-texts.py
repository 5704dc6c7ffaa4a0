#!/usr/bin/env python3
"""Rebuilds whole MEANTIME English articles as text for the relation dev set.

Usage: scripts/meantime-dev-texts.py MEANTIME_DIR OUT_DIR [--list FILE | --all]

MEANTIME_DIR is shared/data/meantime-en/meantime_newsreader_english_oct15.
Writes OUT_DIR/<corpus>/<doc_id>.txt for every document named in the list
(default: eval/meantime-dev/documents.txt, one "<corpus>/<doc_id>" a line),
or for all 120 documents with --all (for the open-speed bench: timing only,
never read Dossier's output on the documents of eval/reserved.txt).
Tokens are joined the way src/eval/corpus/cat.rs joins them (one line per
sentence, no space before closing punctuation or after currency signs and
opening brackets), but every sentence is kept, not only sentences 0-5, and
the Treebank's "#" for the pound sign is written as "£".
"""
import os
import sys
import xml.etree.ElementTree as ET

CLOSES = {",", ".", ";", ":", "%", ")", "]", "}", "?", "!", "''", "\u201d", "'", "\u2019"}
OPENS = {"(", "[", "{", "``", "\u201c", "#", "$", "\u00a3", "\u20ac", "\u00a5"}
# Penn Treebank token conventions: quotes, brackets, and "#" for the pound sign.
MAP = {"``": "\u201c", "''": "\u201d", "-LRB-": "(", "-RRB-": ")", "#": "\u00a3"}


def closes(t):
    return (t in CLOSES
            or (t.startswith("'") and 1 < len(t) <= 3)
            or (t.startswith("\u2019") and len(t) <= 3)
            or t.lower() == "n't")


def opens(t):
    return t in OPENS or (t.endswith("$") and len(t.encode()) <= 4)


def rebuild(path):
    root = ET.parse(path).getroot()
    out, last, glue = [], None, False
    for tok in root.iter("token"):
        t = (tok.text or "").strip()
        if not t:
            continue
        s = tok.get("sentence")
        if s != last:
            if last is not None:
                out.append("\n")
            last = s
        elif not glue and not closes(t):
            out.append(" ")
        out.append(MAP.get(t, t))
        glue = opens(t)
    return "".join(out) + "\n"


def listed(listing):
    for line in open(listing, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if line:
            corpus, doc = line.split("/")
            yield corpus, doc


def every_document(base):
    for folder in sorted(os.listdir(base)):
        if not folder.startswith("corpus_"):
            continue
        for name in sorted(os.listdir(os.path.join(base, folder))):
            if name.endswith(".xml"):
                yield folder[len("corpus_"):], name.split("_")[0]


def main():
    args = sys.argv[1:]
    listing = "eval/meantime-dev/documents.txt"
    every = "--all" in args
    if every:
        args.remove("--all")
    if "--list" in args:
        i = args.index("--list")
        listing = args[i + 1]
        del args[i:i + 2]
    src, dst = args
    base = os.path.join(src, "intra-doc_annotation")
    for corpus, doc in every_document(base) if every else listed(listing):
        folder = os.path.join(base, "corpus_" + corpus)
        name = next(f for f in os.listdir(folder) if f.split("_")[0] == doc)
        os.makedirs(os.path.join(dst, corpus), exist_ok=True)
        with open(os.path.join(dst, corpus, doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(rebuild(os.path.join(folder, name)))


if __name__ == "__main__":
    main()
