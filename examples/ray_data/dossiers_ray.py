"""Entity dossiers across a corpus with Ray Data and the dossier package.

The same job as `examples/spark/dossiers.py` on Ray: reads a JSON Lines or
Parquet corpus with a `text` column (and optional `source` and
`published`), analyses each block with `map_batches` on pyarrow tables
(`dossier.analyze_arrow`: the model loads once per worker process, the GIL is
released while a batch runs on every core of the worker), writes the
annotated JSON line of every article and one row per entity key across
articles: kind, the names used, the articles and the mention count.

    pip install ./python "ray[data]" pyarrow
    python examples/ray_data/dossiers_ray.py corpus.jsonl out/
    # out/articles and out/dossiers (Parquet)

On a cluster, `ray job submit -- python examples/ray_data/dossiers_ray.py
s3://bucket/corpus/ s3://bucket/out/` with the wheel installed in the
workers' environment (`runtime_env={"pip": [...]}` or the cluster image).
"""

import sys
from collections import defaultdict

import pyarrow as pa
import pyarrow.compute as pc
import ray


def analyse(batch: pa.Table) -> pa.Table:
    """map_batches: one pyarrow table of articles in, its analyses out."""
    import dossier  # imported in the worker

    names = batch.schema.names
    table = pa.table(
        dossier.analyze_arrow(
            batch.column("text"),
            sources=batch.column("source") if "source" in names else None,
            published=published_dates(batch.column("published")) if "published" in names else None,
            json=True,
        )
    )
    return table.select(["source", "error", "json", "entities"])


def published_dates(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """`published` as YYYY-MM-DD strings: Arrow's JSON reader types
    "2024-01-10" as a timestamp, and Parquet may hold dates."""
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        return column
    return pc.strftime(column, format="%Y-%m-%d")


def analyse_corpus(path: str) -> "ray.data.Dataset":
    """One row per article: source, error (null when fine), json, entities."""
    read = ray.data.read_parquet if path.endswith(".parquet") else ray.data.read_json
    # Each worker analyses a batch on every core it has (rayon), so one task per
    # worker process is enough: a few large batches, not many small ones.
    return read(path).map_batches(analyse, batch_format="pyarrow", batch_size=256)


def mentions(batch: pa.Table) -> pa.Table:
    """flat_map for the dossiers: one row per (article, entity)."""
    rows = defaultdict(list)
    for source, error, entities in zip(
        batch.column("source").to_pylist(),
        batch.column("error").to_pylist(),
        batch.column("entities").to_pylist(),
    ):
        if error is not None:
            continue
        for e in entities:
            rows["key"].append(e["key"])
            rows["kind"].append(e["kind"])
            rows["name"].append(e["name"])
            rows["source"].append(source)
            rows["mentions"].append(len(e["mentions"]))
    schema = pa.schema(
        [("key", pa.string()), ("kind", pa.string()), ("name", pa.string()),
         ("source", pa.string()), ("mentions", pa.int64())]
    )
    return pa.table(rows, schema=schema) if rows else schema.empty_table()


def one_dossier(group: pa.Table) -> pa.Table:
    """map_groups: every (article, entity) row of one key into its dossier."""
    articles = sorted(set(group.column("source").to_pylist()))
    return pa.table(
        {
            "key": [group.column("key")[0].as_py()],
            "kind": [min(group.column("kind").to_pylist())],
            "names": [sorted(set(group.column("name").to_pylist()))],
            "articles": [articles],
            "mentions": [sum(group.column("mentions").to_pylist())],
            "article_count": [len(articles)],
        }
    )


def dossiers(articles: "ray.data.Dataset") -> "ray.data.Dataset":
    """One row per entity key: kind, names (sorted), articles (sorted
    sources), mention and article counts."""
    return (
        articles.map_batches(mentions, batch_format="pyarrow")
        .groupby("key")
        .map_groups(one_dossier, batch_format="pyarrow")
    )


def main(argv):
    if len(argv) != 3:
        print("usage: dossiers_ray.py CORPUS(.jsonl|.parquet) OUT_DIR", file=sys.stderr)
        return 2
    ray.init(ignore_reinit_error=True)
    articles = analyse_corpus(argv[1]).materialize()
    articles.select_columns(["source", "error", "json"]).write_parquet(f"{argv[2]}/articles")
    dossiers(articles).write_parquet(f"{argv[2]}/dossiers")
    failed = articles.filter(lambda row: row["error"] is not None).count()
    print(f"{articles.count()} articles, {failed} failed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
