#!/usr/bin/env python3
"""Checks gold files (shared/eval/README.md format plus eval/meantime-dev/GUIDE.md).

Usage: scripts/check-gold.py GOLD.json...

Reports, per file: JSON that does not parse, an article that is missing,
aliases and money texts that do not occur in the article, evidence that is
not a sentence of it (a whole line, or a sentence
within a paragraph line), relation ends that are not gold entity names,
unknown entity or relation types. Exit status 1 when anything is wrong.
"""
import json
import os
import sys

ENTITY_TYPES = {"PERSON", "ORG", "LOC", "GPE", "PRODUCT", "NATIONALITY", "MISC", "PROJECT"}
RELATION_TYPES = {
    "invested_in", "acquired", "buys_from", "sells_to", "stake_in", "merged_with",
    "partner_of", "competitor_of", "contract_with", "lends_to", "supplies", "ceo_of",
    "chairman_of", "founder_of", "employee_of", "left", "member_of", "announced",
    "located_in",
}


def is_sentence(evidence, lines):
    """A whole line, or a run of a line that starts it or follows a sentence's
    end and a space, and ends it or stands before a space."""
    if not evidence:
        return False
    for line in lines:
        start = line.find(evidence)
        while start != -1:
            end = start + len(evidence)
            opens = start == 0 or (line[start - 1] == " " and line[:start].rstrip()[-1:] in ".!?\"'”)")
            closes = end == len(line) or line[end] == " "
            if opens and closes:
                return True
            start = line.find(evidence, start + 1)
    return False


def check(path):
    problems = []
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"cannot read: {e}"]
    article = os.path.join(os.path.dirname(path), gold.get("file", ""))
    try:
        text = open(article, encoding="utf-8").read()
    except OSError as e:
        return [f"article: {e}"]
    lines = set(text.splitlines())
    names = set()
    for e in gold.get("entities", []):
        names.add(e["name"])
        for t in [e["type"], *e.get("alt_types", [])]:
            if t not in ENTITY_TYPES:
                problems.append(f"entity {e['name']}: unknown type {t}")
        for a in e.get("aliases", []):
            if a not in text:
                problems.append(f"entity {e['name']}: alias {a!r} not in the text")
    for r in gold.get("relations", []):
        if r["type"] not in RELATION_TYPES:
            problems.append(f"relation {r}: unknown type")
        for end in ("source", "target"):
            if r[end] not in names:
                problems.append(f"relation {r['type']}: {end} {r[end]!r} is not an entity name")
        if not is_sentence(r.get("evidence"), lines):
            problems.append(f"relation {r['source']} {r['type']} {r['target']}: evidence is not a sentence of the text")
    for m in gold.get("money", []):
        if m.get("text") not in text:
            problems.append(f"money {m.get('text')!r} not in the text")
        if "value" not in m and "value_usd" not in m:
            problems.append(f"money {m.get('text')!r}: no value")
        for end in ("investor", "recipient"):
            if m.get(end) is not None and m[end] not in names:
                problems.append(f"money {m.get('text')!r}: {end} {m[end]!r} is not an entity name")
        if m.get("per") not in (None, "share", "unit"):
            problems.append(f"money {m.get('text')!r}: per must be share, unit or null")
    return problems


def main():
    bad = 0
    for path in sys.argv[1:]:
        for p in check(path):
            print(f"{path}: {p}")
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
