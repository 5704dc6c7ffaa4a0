"""The Ray Data job on a local Ray (two CPUs) on 200 generated articles plus
an empty one, CRLF line ends, astral-plane characters and a 200 KB article:
every row is the CLI's line byte for byte, and the dossier table is a plain
aggregation of the CLI's output. Skipped where Ray is not installed (CI
does not install it; the Spark job's test is the one CI runs).

    pip install ./python "ray[data]" pyarrow pytest
    cargo build --release --no-default-features             # the CLI to compare with
    pytest examples/ray_data
"""

import sys
from pathlib import Path

import pytest

# This folder is not called `ray`: without Ray installed, pytest would put
# `examples/` on the path and import the folder itself as a namespace package.
ray = pytest.importorskip("ray")

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))
import dossiers_ray as job  # noqa: E402
from corpus_check import (  # noqa: E402
    assert_rows_are_cli_lines,
    cli_lines,
    corpus,
    dossier_table,
    plain_dossiers,
    write_jsonl,
)


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True,
             runtime_env={"py_modules": [str(Path(job.__file__))]})
    yield
    ray.shutdown()


def test_rows_are_the_cli_lines_and_dossiers_its_aggregation(local_ray, tmp_path):
    rows = corpus(articles=200, big_bytes=200_000)
    path = write_jsonl(rows, tmp_path / "corpus.jsonl")
    cli = cli_lines(path)
    assert len(cli) == len(rows) - 1

    articles = job.analyse_corpus(str(path)).materialize()
    got = {r["source"]: r for r in articles.select_columns(["source", "error", "json"]).take_all()}
    assert_rows_are_cli_lines(got, rows, cli)

    table = dossier_table(job.dossiers(articles).take_all())
    assert table == plain_dossiers(cli)
    assert table["org:kestrel metals"][4] > 20
