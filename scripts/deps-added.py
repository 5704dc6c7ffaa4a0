#!/usr/bin/env python3
"""What the dependency-read relation step adds, by frame, right or wrong.

usage: deps-added.py BIN GOLD.json...  (run from the set's folder)

Each gold file is evaluated twice, with the step off (--dependency-relations off)
and listing (--dependency-relations trace). A relation the step adds is right when a
missed relation of its kind disappears, wrong when an extra one appears;
neither (the gold scores it no way, or another end matched) is "other".
Prints each addition and the totals per frame.
"""
import os
import subprocess
import sys
from collections import Counter


def run(bin_, gold, mode):
    p = subprocess.run([bin_, "--dependency-relations", mode, "eval", gold, "-v"],
                       capture_output=True, text=True)
    missed = {l.strip()[len("missed relation "):] for l in p.stdout.splitlines()
              if l.strip().startswith("missed relation ")}
    extra = {l.strip()[len("extra relation "):] for l in p.stdout.splitlines()
             if l.strip().startswith("extra relation ")}
    trace = [l.split("\t") for l in p.stderr.splitlines() if "::deps::" in l.split("\t")[0]]
    return missed, extra, trace


def main():
    bin_, golds = sys.argv[1], sys.argv[2:]
    tally = Counter()
    for gold in golds:
        m0, x0, _ = run(bin_, gold, "off")
        m1, x1, trace = run(bin_, gold, "trace")
        right = m0 - m1
        wrong = x1 - x0
        for t in trace:
            frame, kind, src, tgt = t[:4]
            frame = frame.rsplit(":", 1)[-1]
            def hit(rels):
                for r in rels:
                    if f" {kind} " in r:
                        s, o = r.split(f" {kind} ", 1)
                        if (src.lower() in s.lower() or s.lower() in src.lower()) and (
                            tgt.lower()[:6] in o.lower() or o.lower()[:6] in tgt.lower()):
                            return r
                return None
            if hit(right):
                verdict = "right"
            elif hit(wrong):
                verdict = "wrong"
            else:
                verdict = "other"
            tally[(frame, verdict)] += 1
            print(f"{verdict}\t{frame}\t{src} {kind} {tgt}\t{os.path.basename(gold)}")
            if os.environ.get("SHOW"):
                print("\t\t" + t[4][:200])
    for frame in sorted({f for f, _ in tally}):
        print(f"TOTAL {frame}: right {tally[(frame, 'right')]}, wrong {tally[(frame, 'wrong')]}, other {tally[(frame, 'other')]}")


if __name__ == "__main__":
    main()
