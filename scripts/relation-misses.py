#!/usr/bin/env python3
"""Sorts the gold relations Dossier misses by cause, to see where recall is lost.

Usage: scripts/relation-misses.py DOSSIER_BINARY eval/SET/gold/*.json   (EX=1 also lists each miss)

The misses are the ones `DOSSIER eval GOLD -v` reports ("missed relation ..."),
so the counts agree with eval's relation fn (checked at the end: a mismatch is
printed and exits 1). Each miss is then put down to a cause:
A an end is not found as an entity; B an end is found with another kind;
E the pair is related with another kind or direction; C both ends are found and
both named in the evidence sentence, yet not related; D an end is not named in
the evidence sentence (a description, pronoun or another sentence).
Dev sets only: never run it on held-out gold.
"""
import json, sys, subprocess, os, re, collections
B = sys.argv[1]; golds = sys.argv[2:]
cat = collections.Counter(); wrong = collections.Counter(); bykind = collections.defaultdict(collections.Counter); ex = collections.defaultdict(list)

def eval_misses(paths):
    """eval -v's missed relations per gold path ("SRC KIND TGT" strings, with
    repeats) and its relation fn per file."""
    out = subprocess.run([B, 'eval', *paths, '-v'], capture_output=True, text=True).stdout
    missed = collections.defaultdict(collections.Counter); fn = {}; cur = None
    for line in out.splitlines():
        if line in paths:
            cur = line
        elif cur and line.startswith('    missed relation '):
            missed[cur][line[len('    missed relation '):]] += 1
        elif cur and line.startswith('  relations ') and cur not in fn:
            m = re.search(r'fn (\d+)\)', line)
            fn[cur] = int(m.group(1)) if m else 0
    return missed, fn

missed, fn = eval_misses(golds)
counted = 0
for gp in golds:
    g = json.load(open(gp))
    left = missed.get(gp, collections.Counter()).copy()
    todo = []
    for r in g['relations']:
        key = f"{r['source']} {r['type']} {r['target']}"
        if r.get('implicit') or left[key] <= 0: continue
        left[key] -= 1; todo.append(r)
    if not todo: continue
    tp = os.path.normpath(os.path.join(os.path.dirname(gp), g['file']))
    a = json.loads(subprocess.run([B, 'analyze', tp, '--format', 'json'], capture_output=True, text=True).stdout)
    text = a['text']
    gents = {e['name']: e for e in g['entities']}
    def galiases(n):
        e = gents.get(n); s = {n}
        if e: s |= set(e.get('aliases', []))
        return {x.lower() for x in s}
    ment = {m['id']: m for m in a['mentions']}
    def sysent(n):
        al = galiases(n)
        best = None
        for e in a['entities']:
            names = {x.lower() for x in e['aliases']} | {ment[l['mention']]['text'].lower() for l in e['links'] if l['mention'] in ment}
            if names & al:
                if best is None or len(e['links']) > len(best['links']): best = e
        return best
    spairs = {}
    for r in a['relations']:
        spairs.setdefault(frozenset((r['source'], r['target'])), []).append(r['kind'])
    for r in todo:
        s, t = sysent(r['source']), sysent(r['target'])
        k = r['type']
        ev = r.get('evidence', '')
        i = text.find(ev[:60]) if ev else -1
        span = (i, i + len(ev)) if i >= 0 else None
        def inev(e):
            if not span: return False
            return any(span[0] <= ment[l['mention']]['start'] < span[1] for l in e['links'] if l['mention'] in ment)
        gk = lambda n: gents.get(n, {}).get('type')
        if not s or not t: c = 'A end not found'
        elif (gk(r['source']) and s['kind'] != gk(r['source'])) or (gk(r['target']) and t['kind'] != gk(r['target'])):
            c = 'B end wrong kind'
            for n, e in ((r['source'], s), (r['target'], t)):
                if gk(n) and e['kind'] != gk(n): wrong[(os.path.basename(gp), n, gk(n), e['kind'])] += 1
        elif frozenset((s['id'], t['id'])) in spairs: c = 'E other kind/dir'
        elif inev(s) and inev(t): c = 'C both in sentence'
        else: c = 'D end not in sentence'
        cat[c] += 1; bykind[c][k] += 1; counted += 1
        ex[c].append(f"{os.path.basename(gp)}: {r['source']} {k} {r['target']} || {ev[:200]}")
for c, n in sorted(cat.items()):
    print(c, n, dict(bykind[c].most_common(8)))
if os.environ.get('EX'):
    for c in sorted(ex):
        print('==', c)
        for e in ex[c]: print('  ', e)

for k, n in wrong.most_common(): print('  wrongkind', k, n)
total_fn = sum(fn.values())
print(f"total {counted} misses (eval's relation fn {total_fn})")
if counted != total_fn:
    print("MISMATCH: relation-misses.py and eval disagree", file=sys.stderr); sys.exit(1)
