"""CoNLL-2003 documents as text: tokens joined as a wire story prints them."""


NO_SPACE_BEFORE = {',', '.', ';', ':', ')', ']', '}', '%', '?', '!', "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m", "'S"}
NO_SPACE_AFTER = {'(', '[', '{', '$'}


def detok(tokens):
    out, quote_open = '', False
    for t in tokens:
        glue = not out or out.endswith(tuple(NO_SPACE_AFTER))
        if t in NO_SPACE_BEFORE:
            glue = True
        if t == '"':
            if quote_open:
                glue = True
            quote_open = not quote_open
        elif out.endswith('"') and quote_open:
            glue = True
        out += t if glue else ' ' + t
    return out


def conll_docs(path):
    docs, sent, sents = [], [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('-DOCSTART-'):
            if sents:
                docs.append(sents)
            sents = []
            continue
        if not line.strip():
            if sent:
                sents.append(detok(sent))
            sent = []
            continue
        sent.append(line.split(' ')[0])
    if sent:
        sents.append(detok(sent))
    if sents:
        docs.append(sents)
    return docs
