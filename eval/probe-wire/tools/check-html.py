#!/usr/bin/env python3
"""Check a gold file whose article is an HTML page (or plain text) against the page's
visible text: aliases, money texts, title texts, dates, percents and evidence must occur
in the visible text; evidence must be inside one visible block; boilerplate lines must be
whole visible lines; boilerplate entities must occur in the visible text but outside the
article lines (visible lines not listed as boilerplate); relation ends must be entities."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from visible import visible_lines

TYPES = {"PERSON", "ORG", "LOC", "GPE", "PRODUCT", "NATIONALITY", "MISC", "PROJECT"}
RELS = {"invested_in", "acquired", "buys_from", "sells_to", "stake_in", "merged_with", "partner_of",
        "competitor_of", "contract_with", "lends_to", "supplies", "ceo_of", "chairman_of", "founder_of",
        "employee_of", "left", "member_of", "announced", "located_in"}


def check(path):
    out = []
    g = json.load(open(path, encoding="utf-8"))
    art = os.path.join(os.path.dirname(path), g["file"])
    if art.endswith(".html"):
        lines = visible_lines(art)
    else:
        lines = [l for l in open(art, encoding="utf-8").read().splitlines()]
    text = "\n".join(lines)
    bp = set(g.get("boilerplate", []))
    for b in bp:
        if b not in lines:
            out.append(f"boilerplate line not a visible line: {b!r}")
    body = "\n".join(l for l in lines if l not in bp)
    names = set()
    for e in g["entities"]:
        names.add(e["name"])
        for t in [e["type"], *e.get("alt_types", [])]:
            if t not in TYPES:
                out.append(f"entity {e['name']}: bad type {t}")
        for a in e["aliases"]:
            if a not in body:
                out.append(f"entity {e['name']}: alias {a!r} not in article text")
    for n in g.get("boilerplate_entities", []):
        if n not in text:
            out.append(f"boilerplate entity {n!r} not on the page")
        elif n in body:
            out.append(f"boilerplate entity {n!r} occurs in the article text")
        if n in names:
            out.append(f"boilerplate entity {n!r} is also an article entity")
    for m in g["money"]:
        if m["text"] not in body:
            out.append(f"money {m['text']!r} not in article text")
        for k in ("investor", "recipient"):
            if m.get(k) is not None and m[k] not in names:
                out.append(f"money {m['text']!r}: {k} {m[k]!r} not an entity")
        if m.get("per") not in (None, "share", "unit"):
            out.append(f"money {m['text']!r}: bad per")
        if "value" not in m:
            out.append(f"money {m['text']!r}: no value")
        if m.get("currency") == "USD" and m.get("value_usd") != m.get("value"):
            out.append(f"money {m['text']!r}: value_usd differs from value")
    for t in g.get("titles", []):
        if t["text"] not in body:
            out.append(f"title text {t['text']!r} not in article text")
        if t["person"] not in names or (t["org"] is not None and t["org"] not in names):
            out.append(f"title {t}: person/org not an entity")
    for k in ("dates", "percents"):
        for d in g.get(k, []):
            if d["text"] not in body:
                out.append(f"{k} {d['text']!r} not in article text")
    for r in g["relations"]:
        if r["type"] not in RELS:
            out.append(f"relation type {r['type']}")
        for k in ("source", "target"):
            if r[k] not in names:
                out.append(f"relation {r['type']}: {k} {r[k]!r} not an entity")
        ev = r["evidence"]
        if not any(ev in l for l in lines if l not in bp):
            out.append(f"relation {r['source']} {r['type']} {r['target']}: evidence not inside one article line: {ev[:60]!r}")
        if not art.endswith(".html") and ev not in lines:
            out.append(f"relation {r['source']} {r['type']} {r['target']}: evidence is not a whole line")
        if "amount" in r and not any(m["text"] == r["amount"] for m in g["money"]):
            out.append(f"relation amount {r['amount']!r} not a money text")
    return out


if __name__ == "__main__":
    bad = 0
    for p in sys.argv[1:]:
        for msg in check(p):
            print(f"{p}: {msg}"); bad += 1
    sys.exit(1 if bad else 0)
