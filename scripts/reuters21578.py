#!/usr/bin/env python3
"""Rebuilds whole Reuters newswire stories of 1987 from Reuters-21578, for
real-news development sets whose texts are not committed (the collection is
distributed for research use only).

Usage:
  scripts/reuters21578.py list [--topic T] [--min-words N] [--seed S --sample K]
      one line a story: its NEWID, its topics, its word count and its title;
      --topic keeps stories carrying topic T (acq, earn, ...); --sample draws K
      of them at random with seed S (a blind set's draw, fixed before reading).
  scripts/reuters21578.py write N... --out DIR
      writes DIR/<N>.txt for each story N (its NEWID): the title, then the
      dateline with the first paragraph, then one paragraph a line, as
      `dossier analyze` reads any text file; the closing "Reuter" is dropped.
  scripts/reuters21578.py date N
      the story's date as YYYY-MM-DD (a gold file's "published").

The collection is Reuters-21578, Distribution 1.0 (David D. Lewis; the UCI
KDD archive): the 22 files reut2-000.sgm ... reut2-021.sgm, read from
$REUTERS21578_DIR (default ../shared/data/reuters21578 next to the
repository).
"""
import html
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "reuters21578")
STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
MONTHS = {m: i + 1 for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


def field(body, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), body, re.S)
    return m.group(1) if m else ""


def clean(s):
    # SGML entities (&lt; &#3; ...) and the collection's control characters.
    s = html.unescape(s)
    return "".join(c for c in s if c == "\n" or c >= " ")


def stories():
    d = os.environ.get("REUTERS21578_DIR", DEFAULT)
    for i in range(22):
        path = os.path.join(d, "reut2-%03d.sgm" % i)
        with open(path, encoding="latin-1") as f:
            raw = f.read()
        for m in STORY.finditer(raw):
            attrs, body = m.group(1), m.group(2)
            newid = int(re.search(r'NEWID="(\d+)"', attrs).group(1))
            topics = re.findall(r"<D>(.*?)</D>", field(body, "TOPICS"))
            yield newid, {
                "topics": topics,
                "date": field(body, "DATE").strip(),
                "title": clean(field(body, "TITLE")).strip(),
                "dateline": clean(field(body, "DATELINE")).strip(),
                "body": clean(field(body, "BODY")),
            }


def paragraphs(body):
    """Paragraphs of a hard-wrapped body: a new one starts at an indented line."""
    paras, cur = [], []
    for line in body.split("\n"):
        if not line.strip():
            if cur:
                paras.append(cur)
                cur = []
            continue
        if line.startswith(" ") and cur:
            paras.append(cur)
            cur = []
        cur.append(line.strip())
    if cur:
        paras.append(cur)
    out = [" ".join(p) for p in paras]
    # The signature line closing every story.
    while out and out[-1].strip() in ("Reuter", "REUTER", "Reuters"):
        out.pop()
    return out


def text_of(s):
    paras = paragraphs(s["body"])
    lines = [s["title"]] if s["title"] else []
    if paras and s["dateline"]:
        # The dateline ("NEW YORK, March 3 -") runs into the first paragraph.
        lines.append("%s %s" % (s["dateline"], paras[0]))
        paras = paras[1:]
    lines.extend(paras)
    return "\n".join(lines) + "\n"


def iso(date):
    m = re.match(r"\s*(\d+)-([A-Z]{3})-(\d{4})", date)
    return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2)], int(m.group(1))) if m else ""


def main(argv):
    if not argv:
        sys.exit(__doc__)
    cmd, args = argv[0], argv[1:]
    if cmd == "list":
        topic, min_words, seed, sample = None, 0, None, None
        i = 0
        while i < len(args):
            if args[i] == "--topic":
                topic = args[i + 1]
            elif args[i] == "--min-words":
                min_words = int(args[i + 1])
            elif args[i] == "--seed":
                seed = int(args[i + 1])
            elif args[i] == "--sample":
                sample = int(args[i + 1])
            else:
                sys.exit("unknown option " + args[i])
            i += 2
        rows = []
        for newid, s in stories():
            words = len(s["body"].split())
            if (topic and topic not in s["topics"]) or words < min_words:
                continue
            rows.append("%d\t%s\t%d\t%s" % (newid, ",".join(s["topics"]), words, s["title"]))
        if sample is not None:
            rows = random.Random(seed).sample(rows, min(sample, len(rows)))
        print("\n".join(rows))
    elif cmd == "write":
        if "--out" not in args:
            sys.exit("write N... --out DIR")
        k = args.index("--out")
        out, want = args[k + 1], {int(n) for n in args[:k] + args[k + 2:]}
        os.makedirs(out, exist_ok=True)
        for newid, s in stories():
            if newid in want:
                with open(os.path.join(out, "%d.txt" % newid), "w", encoding="utf-8") as f:
                    f.write(text_of(s))
                want.discard(newid)
        if want:
            sys.exit("not in the collection: %s" % sorted(want))
    elif cmd == "date":
        want = {int(n) for n in args}
        for newid, s in stories():
            if newid in want:
                print(newid, iso(s["date"]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
