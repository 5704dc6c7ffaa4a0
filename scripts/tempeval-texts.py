#!/usr/bin/env python3
"""Rebuilds the TempEval-3 platinum articles as plain text for eval/tempeval-fresh.

Usage: scripts/tempeval-texts.py [TML_DIR] [OUT_DIR]

TML_DIR defaults to ../shared/data/tempeval3-platinum/tml (the shared data
beside the repository), OUT_DIR to eval/tempeval-fresh/texts. Writes
OUT_DIR/<NAME>.txt for every TML_DIR/<NAME>.tml: the text of the <TEXT>
element with its inline tags (TIMEX3, EVENT, SIGNAL...) stripped and XML
entities unescaped, one source paragraph a line, paragraphs separated by a
blank line as in the source; spaces at the ends of lines and blank lines at
the ends of the text are dropped, nothing else is changed. The <TITLE> and
the <DCT> are not part of the text; the DCT's value is the article's
published date (the gold files' "published"), printed with each name.

The output depends only on the .tml files: run it again and the texts are
byte for byte the same. The texts belong to their publishers and are not
committed (eval/tempeval-fresh/.gitignore).
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_TML = os.path.join(REPO, "..", "shared", "data", "tempeval3-platinum", "tml")
DEFAULT_OUT = os.path.join(REPO, "eval", "tempeval-fresh", "texts")


def rebuild(path):
    """The article text of one .tml file and its DCT value (or None)."""
    root = ET.parse(path).getroot()
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    raw = "".join(body.itertext()).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        # A paragraph the source wraps over several lines is one line here.
        if lines:
            paragraphs.append(" ".join(lines))
    dct = root.find("DCT/TIMEX3")
    published = dct.get("value") if dct is not None else None
    return "\n\n".join(paragraphs) + "\n", published


def main():
    args = sys.argv[1:]
    tml_dir = args[0] if len(args) > 0 else DEFAULT_TML
    out_dir = args[1] if len(args) > 1 else DEFAULT_OUT
    names = sorted(n for n in os.listdir(tml_dir) if n.endswith(".tml"))
    if not names:
        sys.exit(f"no .tml files in {tml_dir}")
    os.makedirs(out_dir, exist_ok=True)
    for name in names:
        text, published = rebuild(os.path.join(tml_dir, name))
        stem = name[: -len(".tml")]
        with open(os.path.join(out_dir, stem + ".txt"), "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        print(f"{stem}\t{published}\t{len(text.split())} words")


if __name__ == "__main__":
    main()
