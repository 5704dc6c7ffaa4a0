"""The Spark job in local mode (local[2]) on 1,000 generated articles plus an
empty one, CRLF line ends, astral-plane characters and a 1 MB article: every
row is the CLI's line byte for byte, and the dossier table is a plain
aggregation of the CLI's output. Every name here is invented.

    pip install ./python pyspark "pandas<3" pyarrow pytest   # Java 17 on PATH
    cargo build --release --no-default-features             # the CLI to compare with
    pytest examples/spark
"""

import os
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark")
from pyspark.sql import SparkSession  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))
import dossiers as job  # noqa: E402
from corpus_check import (  # noqa: E402
    assert_rows_are_cli_lines,
    cli_lines,
    corpus,
    dossier_table,
    plain_dossiers,
    write_jsonl,
)


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
    path = write_jsonl(rows, tmp_path / "corpus.jsonl")
    cli = cli_lines(path)
    assert len(cli) == len(rows) - 1

    articles = job.analyse_corpus(job.read_corpus(spark, str(path))).cache()
    got = {r["source"]: r for r in articles.select("source", "error", "json").collect()}
    assert_rows_are_cli_lines(got, rows, cli)

    table = dossier_table(job.dossiers(articles).collect())
    assert table == plain_dossiers(cli)
    # The generated companies recur: one dossier gathers hundreds of articles.
    assert table["org:kestrel metals"][4] > 100
