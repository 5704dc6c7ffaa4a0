#!/usr/bin/env python3
"""Rebuilds whole Reuters stories (1996) from CoNLL-2003's tokens, for real-news
development sets whose texts may not be committed (the CoNLL-2003 terms).

Usage:
  scripts/conll-docs.py list SPLIT [--deals]
      one line a document: its number in SPLIT, its sentence count, and its
      headline; --deals keeps stories that read as deal news (a money figure
      and a deal, stake, appointment or contract word) and drops tables
      (sport results, market prices: most lines mostly figures).
  scripts/conll-docs.py write SPLIT N... --out DIR
      writes DIR/SPLIT-N.txt for each document N: the headline, the dateline,
      then one sentence a line, as `dossier analyze` reads any text file.

SPLIT is train or dev (never test: CoNLL-2003 test is not used for
development). The data is read from ../shared/data/conll2003 next to the
repository, or from $CONLL_DIR.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from conll_text import conll_docs  # noqa: E402


DEAL = re.compile(r'\b(acquir\w*|takeover|buy(s|ing)?|bought|sell(s|ing)?|sold|stake|merger|merge[sd]?|'
                  r'bid|contract|chairman|chief executive|president|appoint\w*|named|resign\w*|'
                  r'invest\w*|joint venture|loan|lend\w*|order(s|ed)?)\b', re.I)
SPORT = re.compile(r'^(SOCCER|TENNIS|CRICKET|GOLF|RUGBY|BASEBALL|BASKETBALL|ATHLETICS|CYCLING|BOXING|'
                   r'MOTOR RACING|HORSE RACING|NFL|NHL|NBA|SKIING|SWIMMING|ROWING|SQUASH|BADMINTON|'
                   r'AMERICAN FOOTBALL|ICE HOCKEY|HOCKEY|SAILING|TABLE TENNIS|VOLLEYBALL|WRESTLING)\b')
MONEY = re.compile(r'(\$|\b(dollars?|marks|francs|pounds|yen|lire|guilders|crowns|rand|pesos)\b|\bstg\b|\bDM\b)', re.I)


def is_table(sents):
    figures = sum(1 for s in sents if len(re.findall(r'\d', s)) * 3 > len(s))
    return figures * 3 > len(sents)


def main(argv):
    if len(argv) < 3 or argv[1] not in ('list', 'write') or argv[2] not in ('train', 'dev'):
        sys.exit(__doc__)
    root = os.environ.get('CONLL_DIR', os.path.join(HERE, '..', '..', 'shared', 'data', 'conll2003'))
    docs = conll_docs(os.path.join(root, argv[2] + '.txt'))
    if argv[1] == 'list':
        deals = '--deals' in argv[3:]
        for n, sents in enumerate(docs):
            body = ' '.join(sents)
            if deals and (SPORT.match(sents[0]) or is_table(sents) or not (MONEY.search(body) or '%' in body)
                          or len(DEAL.findall(body)) < 2):
                continue
            print(f'{n}\t{len(sents)}\t{sents[0][:90]}')
        return
    if '--out' not in argv:
        sys.exit(__doc__)
    out = argv[argv.index('--out') + 1]
    os.makedirs(out, exist_ok=True)
    for arg in argv[3:argv.index('--out')]:
        n = int(arg)
        with open(os.path.join(out, f'{argv[2]}-{n}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(docs[n]) + '\n')


if __name__ == '__main__':
    main(sys.argv)
