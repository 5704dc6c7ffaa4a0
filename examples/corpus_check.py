"""What the Spark and Ray examples' tests share: a generated corpus with
awkward articles, the CLI's JSON Lines for it, and the plain aggregation of
the CLI's output that each engine's dossier table must equal. Every name
here is invented."""

import json
import os
import random
import subprocess
from collections import defaultdict
from pathlib import Path

import dossier
import pytest

REPO = Path(__file__).resolve().parents[1]

COMPANIES = ["Kestrel Metals", "Ravel Batteries", "Orla Cells", "Brindle Freight", "Tamsin Labs"]
PEOPLE = ["Anna Varga", "Boris Kell", "Clara Mott", "Dev Anand Rao"]
PLACES = ["Lyon", "Oslo", "Porto", "Tallinn"]
VERBS = ["invested {money} in", "agreed to buy", "signed a supply deal with", "competes with"]


def article(rng: random.Random) -> str:
    a, b = rng.sample(COMPANIES, 2)
    person, place = rng.choice(PEOPLE), rng.choice(PLACES)
    verb = rng.choice(VERBS).format(money=f"${rng.randint(2, 900)} million")
    year = rng.randint(2015, 2024)
    return (
        f"{a} said on Monday that it {verb} {b}, a company based in {place}. "
        f"{person}, chief executive of {a}, said the deal closed in March {year}.\n\n"
        f"Shares of {b} rose {rng.randint(2, 30)}% in {place}."
    )


def corpus(articles: int = 1000, big_bytes: int = 1_000_000):
    """`articles` generated rows plus an empty one, CRLF line ends,
    astral-plane characters and one article of `big_bytes`."""
    rng = random.Random(12)
    rows = [
        {"text": article(rng), "source": f"gen/{i:04}.txt", "published": f"2024-0{1 + i % 9}-1{i % 10}"}
        for i in range(articles)
    ]
    rows.append({"text": "", "source": "empty.txt"})
    rows.append({"text": article(rng).replace("\n", "\r\n"), "source": "crlf.txt"})
    rows.append({"text": "\U0001F4B0 " + article(rng) + " \U0001D518\U0001F600", "source": "astral.txt"})
    big, text = [], ""
    while len(text.encode("utf-8")) < big_bytes:
        big.append(article(rng))
        text = "\n\n".join(big)
    rows.append({"text": text, "source": "big.txt"})
    return rows


def write_jsonl(rows, path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def cli_binary() -> Path:
    for path in [
        os.environ.get("DOSSIER_CLI"),
        os.environ.get("CARGO_TARGET_DIR") and Path(os.environ["CARGO_TARGET_DIR"]) / "release" / "dossier",
        REPO / "target" / "release" / "dossier",
    ]:
        if path and Path(path).is_file():
            return Path(path)
    pytest.fail("no dossier CLI: `cargo build --release --no-default-features` or set DOSSIER_CLI")


def cli_lines(path: Path) -> dict:
    """The CLI's JSON Lines for a corpus file, by source (the empty article
    fails, so the CLI exits 3 and writes one line fewer)."""
    with path.open("rb") as stdin:
        done = subprocess.run(
            [str(cli_binary()), "analyze", "-", "--format", "jsonl", "--quiet"],
            stdin=stdin,
            capture_output=True,
            check=False,
        )
    assert done.returncode == 3, done.stderr
    return {json.loads(line)["document"]["source"]: line for line in done.stdout.split(b"\n")[:-1]}


def plain_dossiers(cli: dict) -> dict:
    """key -> (kind, names, articles, mentions, article count), aggregated
    from the CLI's lines with plain Python."""
    plain = defaultdict(lambda: [set(), set(), set(), 0])
    for source, line in cli.items():
        for e in json.loads(line)["entities"]:
            entry = plain[dossier.entity_key(e["kind"], e["name"])]
            entry[0].add(e["kind"])
            entry[1].add(e["name"])
            entry[2].add(source)
            entry[3] += len(e["mentions"])
    return {
        key: (min(kinds), sorted(names), sorted(sources), mentions, len(sources))
        for key, (kinds, names, sources, mentions) in plain.items()
    }


def assert_rows_are_cli_lines(got: dict, rows, cli: dict) -> None:
    """An engine's article rows (`source` -> row with `error` and `json`) are
    one per input, the empty article's an error, every other the CLI's line
    byte for byte."""
    assert set(got) == {r["source"] for r in rows}
    assert "empty" in got["empty.txt"]["error"]
    for source, line in cli.items():
        assert got[source]["error"] is None, source
        assert got[source]["json"].encode("utf-8") == line, source


def dossier_table(rows) -> dict:
    """An engine's dossier rows in the shape of `plain_dossiers`."""
    return {
        r["key"]: (r["kind"], list(r["names"]), list(r["articles"]), r["mentions"], r["article_count"])
        for r in rows
    }
