"""The Spark job in local mode (local[2]) on 1,000 generated articles plus an
empty one, CRLF line ends, astral-plane characters and a 1 MB article: every
row is the CLI's line byte for byte, and the dossier table is a plain
aggregation of the CLI's output. Every name here is invented.

    pip install ./python pyspark "pandas<3" pyarrow pytest   # Java 17 on PATH
    cargo build --release --no-default-features             # the CLI to compare with
    pytest examples/spark
"""

import json
import os
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark")
from pyspark.sql import SparkSession  # noqa: E402

import dossier  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
import dossiers as job  # noqa: E402

REPO = Path(__file__).resolve().parents[2]

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


def corpus():
    rng = random.Random(12)
    rows = [
        {"text": article(rng), "source": f"gen/{i:04}.txt", "published": f"2024-0{1 + i % 9}-1{i % 10}"}
        for i in range(1000)
    ]
    rows.append({"text": "", "source": "empty.txt"})
    rows.append({"text": article(rng).replace("\n", "\r\n"), "source": "crlf.txt"})
    rows.append({"text": "\U0001F4B0 " + article(rng) + " \U0001D518\U0001F600", "source": "astral.txt"})
    big, text = [], ""
    while len(text.encode("utf-8")) < 1_000_000:
        big.append(article(rng))
        text = "\n\n".join(big)
    rows.append({"text": text, "source": "big.txt"})
    return rows


def cli_binary() -> Path:
    for path in [
        os.environ.get("DOSSIER_CLI"),
        os.environ.get("CARGO_TARGET_DIR") and Path(os.environ["CARGO_TARGET_DIR"]) / "release" / "dossier",
        REPO / "target" / "release" / "dossier",
    ]:
        if path and Path(path).is_file():
            return Path(path)
    pytest.fail("no dossier CLI: `cargo build --release --no-default-features` or set DOSSIER_CLI")


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("dossier-test")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "128")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    # The workers import the job's module to run its mapInArrow function.
    session.sparkContext.addPyFile(str(Path(job.__file__)))
    yield session
    session.stop()


def test_rows_are_the_cli_lines_and_dossiers_its_aggregation(spark, tmp_path):
    rows = corpus()
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

    with path.open("rb") as stdin:
        done = subprocess.run(
            [str(cli_binary()), "analyze", "-", "--format", "jsonl", "--quiet"],
            stdin=stdin,
            capture_output=True,
            check=False,
        )
    assert done.returncode == 3, done.stderr  # the empty article failed
    cli = {}
    for line in done.stdout.split(b"\n")[:-1]:
        cli[json.loads(line)["document"]["source"]] = line
    assert len(cli) == len(rows) - 1

    articles = job.analyse_corpus(job.read_corpus(spark, str(path))).cache()
    got = {r["source"]: r for r in articles.select("source", "error", "json").collect()}
    assert set(got) == {r["source"] for r in rows}
    assert "empty" in got["empty.txt"]["error"]
    for source, line in cli.items():
        assert got[source]["error"] is None, source
        assert got[source]["json"].encode("utf-8") == line, source

    table = {
        r["key"]: (r["kind"], list(r["names"]), list(r["articles"]), r["mentions"], r["article_count"])
        for r in job.dossiers(articles).collect()
    }
    plain = defaultdict(lambda: [set(), set(), set(), 0])
    for source, line in cli.items():
        for e in json.loads(line)["entities"]:
            entry = plain[dossier.entity_key(e["kind"], e["name"])]
            entry[0].add(e["kind"])
            entry[1].add(e["name"])
            entry[2].add(source)
            entry[3] += len(e["mentions"])
    want = {
        key: (min(kinds), sorted(names), sorted(sources), mentions, len(sources))
        for key, (kinds, names, sources, mentions) in plain.items()
    }
    assert table == want
    # The generated companies recur: one dossier gathers hundreds of articles.
    assert table["org:kestrel metals"][4] > 100
