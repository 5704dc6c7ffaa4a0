#!/usr/bin/env python3
"""Counts lines the clutter detector marks in real news that has no clutter:
every one is a false positive.

Usage: scripts/clutter-negatives.py DOSSIER_BINARY CORPUS_DIR [-v]

CORPUS_DIR holds conll2003/train.txt, conll2003/dev.txt (each document's text
rebuilt from its tokens, one sentence a line; its first lines are the
headline and the dateline "LONDON 1996-08-30", both body) and
tempeval3-platinum/tml/*.tml (the text of each <TEXT>). CoNLL is read twice:
sentences on consecutive lines, and sentences as paragraphs (a blank line
between); CoNLL dev once more as captured pages (a byline and a stamp under
the headline, not counted). Never the CoNLL test split, never MEANTIME (it holds held-out
documents). With -v each marked line is printed with its document.

A wire story's byline is furniture by the gold convention (GUIDE, "Page
clutter"; eval/reuters-dev/README, "Credit lines and bylines are
boilerplate"), so it is not counted either: the one line between a CoNLL
document's headline and its dateline ("Ada Lind" between the headline and
"LUNDBY 1996-08-30"; the dateline may be split before its date, "FARMINGTON
HILLS, Mich." + "1996-08-30"). The closing credit line ("-- Lund newsroom
+46 8 555 0100") is furniture by the same convention but still counted, so
that the totals stay comparable with earlier rounds'.
"""
import glob, json, os, re, subprocess, sys

if len(sys.argv) < 3 or sys.argv[1] in ('-h', '--help'):
    sys.exit(__doc__)
B, ROOT = sys.argv[1], sys.argv[2]
VERBOSE = '-v' in sys.argv[3:]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conll_text import conll_docs  # noqa: E402

ISO_DATE = re.compile(r'(^|\s)\d{4}-\d{2}-\d{2}$')


def byline(doc):
    """The wire byline of a CoNLL document (its second line, when the third
    is the dateline or the dateline's place over its bare date), or None."""
    if len(doc) < 3 or ISO_DATE.search(doc[1]):
        return None
    if ISO_DATE.search(doc[2]) or (len(doc) > 3 and re.fullmatch(r'\d{4}-\d{2}-\d{2}', doc[3])):
        return doc[1]
    return None


def tml_docs(pattern):
    for f in sorted(glob.glob(pattern)):
        s = open(f, encoding='utf-8').read()
        m = re.search(r'<TEXT>(.*)</TEXT>', s, re.S)
        if m:
            yield os.path.basename(f), re.sub(r'<[^>]+>', '', m.group(1)).strip() + '\n'


def marked(items):
    """(source, text) pairs -> {source: [marked lines]} via `dossier analyze -`."""
    inp = ''.join(json.dumps({'text': t, 'source': s}) + '\n' for s, t in items)
    r = subprocess.run([B, 'analyze', '-', '--format', 'jsonl', '-q'], input=inp,
                       capture_output=True, text=True)
    out = {}
    for line in r.stdout.splitlines():
        a = json.loads(line)
        text = a['text'].encode('utf-8')
        src = a['document'].get('source') or a['document'].get('title')
        lines = []
        for reg in a['regions']:
            if reg['kind'] != 'boilerplate':
                continue
            s, e = reg['utf8']
            lines += [l for l in text[s:e].decode('utf-8').split('\n') if l.strip()]
        out[src] = lines
    return out


sets = []
BYLINES = set()  # (source, line): bylines by the gold convention, not counted
for split in ('train', 'dev'):
    docs = conll_docs(os.path.join(ROOT, 'conll2003', split + '.txt'))
    for i, d in enumerate(docs):
        if byline(d):
            BYLINES.add((f'{split}#{i}', byline(d)))
            if split == 'dev':
                BYLINES.add((f'devpage#{i}', byline(d)))
    sets.append((f'conll-{split} lines', [(f'{split}#{i}', '\n'.join(d) + '\n') for i, d in enumerate(docs)]))
    sets.append((f'conll-{split} paragraphs', [(f'{split}#{i}', '\n\n'.join(d) + '\n') for i, d in enumerate(docs)]))
# As a captured page: the headline, a byline and a date stamp (invented,
# furniture, not counted), then the dateline and the story as paragraphs.
INSERTED = {'By Ada Lind, Markets Correspondent', 'Published 30 August 1996'}
docs = conll_docs(os.path.join(ROOT, 'conll2003', 'dev.txt'))
sets.append(('conll-dev as pages', [(f'devpage#{i}', '\n\n'.join(d[:1] + sorted(INSERTED, reverse=True) + d[1:]) + '\n') for i, d in enumerate(docs)]))
sets.append(('tempeval3', list(tml_docs(os.path.join(ROOT, 'tempeval3-platinum', 'tml', '*.tml')))))

total = 0
for name, items in sets:
    res = marked(items)
    res = {k: [l for l in v if l not in INSERTED and (k, l) not in BYLINES] for k, v in res.items()}
    nlines = sum(sum(1 for l in t.split('\n') if l.strip() and l not in INSERTED and (s, l) not in BYLINES)
                 for s, t in items)
    n = sum(len(v) for v in res.values())
    docs = sum(1 for v in res.values() if v)
    total += n
    print(f'{name:24} {n:5} of {nlines} lines marked as clutter, in {docs} of {len(items)} documents')
    if VERBOSE:
        for src, ls in res.items():
            for l in ls:
                print(f'   {src}\t{l}')
print(f'{"total":24} {total:5}')
