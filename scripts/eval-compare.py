#!/usr/bin/env python3
"""Compares two outputs of scripts/eval-all.sh: per set, the F1 of
entities, relations and money, the parties and the clutter counts, with
the change where one moved.

Usage: scripts/eval-compare.py BEFORE.txt AFTER.txt
"""
import re
import sys


def read(path):
    sets, cur = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("== "):
            cur = line[3:].strip()
            sets[cur] = {}
            continue
        if cur is None:
            continue
        m = re.match(r"\s+(entities|relations|money)\s+P\s+\S+\s+R\s+\S+\s+F1\s+(\S+)\s+\(tp (\d+), fp (\d+), fn (\d+)\)", line)
        if m:
            sets[cur][m.group(1)] = (float(m.group(2)), m.group(3), m.group(4), m.group(5))
            continue
        m = re.match(r"\s+parties\s+(\d+)/(\d+)", line)
        if m:
            sets[cur]["parties"] = (m.group(1), m.group(2))
            continue
        m = re.match(r"\s+clutter\s+(\d+)", line)
        if m:
            sets[cur]["clutter names"] = m.group(1)
            continue
        m = re.match(r"\s+(\d+)/(\d+) clutter lines marked, (\d+) body", line)
        if m:
            sets[cur]["lines"] = (m.group(1), m.group(2), m.group(3))
    return sets


def show(v):
    if isinstance(v, tuple) and isinstance(v[0], float):
        return f"{v[0]:.3f} (tp {v[1]} fp {v[2]} fn {v[3]})"
    if isinstance(v, tuple) and len(v) == 2:
        return f"{v[0]}/{v[1]}"
    if isinstance(v, tuple):
        return f"{v[0]}/{v[1]} clutter lines, {v[2]} body lines"
    return str(v)


a, b = read(sys.argv[1]), read(sys.argv[2])
changed = 0
for name in sorted(set(a) | set(b)):
    ra, rb = a.get(name, {}), b.get(name, {})
    for key in ["entities", "relations", "money", "parties", "clutter names", "lines"]:
        va, vb = ra.get(key), rb.get(key)
        if va != vb:
            changed += 1
            print(f"{name:16} {key:13} {show(va)}  ->  {show(vb)}")
if not changed:
    print("identical")
