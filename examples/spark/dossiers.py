"""Entity dossiers across a corpus with Apache Spark and the dossier package.

Reads a JSON Lines or Parquet corpus with a `text` column (and optional
`source` and `published`), analyses every partition with `mapInArrow`
(the dossier wheel on each executor: the model loads once per Python worker,
the GIL is released, nothing is pickled but Arrow batches), writes the
annotated JSON line of every article and builds one row per entity key
across articles: kind, the names used, articles and mentions.

    spark-submit examples/spark/dossiers.py corpus.jsonl out/
    # out/articles (source, error, json) and out/dossiers (Parquet)
"""

import sys

import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

# The columns of analyze_arrow the job keeps, as Spark reads them.
ANALYSED = (
    "source string, error string, json string, "
    "entities array<struct<id: string, kind: string, name: string, key: string, "
    "aliases: array<string>, mentions: array<string>>>"
)


def analyse(batches):
    """mapInArrow: each Arrow batch of articles in, its analyses out."""
    import dossier  # imported on the executor

    for batch in batches:
        names = batch.schema.names
        result = pa.record_batch(
            dossier.analyze_arrow(
                batch.column("text"),
                sources=batch.column("source"),
                published=batch.column("published") if "published" in names else None,
                json=True,
            )
        )
        yield result.select(["source", "error", "json", "entities"])


def read_corpus(spark: SparkSession, path: str) -> DataFrame:
    """The corpus, a `source` for every article (its row number if none)."""
    reader = spark.read.parquet if path.endswith(".parquet") else spark.read.json
    corpus = reader(path)
    if "source" not in corpus.columns:
        corpus = corpus.withColumn(
            "source", F.concat(F.lit("row:"), F.monotonically_increasing_id().cast("string"))
        )
    columns = ["text", "source"] + (["published"] if "published" in corpus.columns else [])
    return corpus.select(*columns)


def analyse_corpus(corpus: DataFrame) -> DataFrame:
    """One row per article: source, error (null when fine), json, entities."""
    return corpus.mapInArrow(analyse, ANALYSED)


def dossiers(articles: DataFrame) -> DataFrame:
    """One row per entity key: kind, names (sorted), articles (sorted
    sources), article and mention counts."""
    entities = articles.where(F.col("error").isNull()).select(
        "source", F.explode("entities").alias("e")
    )
    return (
        entities.groupBy(F.col("e.key").alias("key"))
        .agg(
            F.min("e.kind").alias("kind"),
            F.array_sort(F.collect_set("e.name")).alias("names"),
            F.array_sort(F.collect_set("source")).alias("articles"),
            F.sum(F.size("e.mentions")).alias("mentions"),
        )
        .withColumn("article_count", F.size("articles"))
    )


def main(argv):
    if len(argv) != 3:
        print("usage: dossiers.py CORPUS(.jsonl|.parquet) OUT_DIR", file=sys.stderr)
        return 2
    spark = SparkSession.builder.appName("dossier-entity-dossiers").getOrCreate()
    articles = analyse_corpus(read_corpus(spark, argv[1])).cache()
    articles.select("source", "error", "json").write.mode("overwrite").parquet(
        f"{argv[2]}/articles"
    )
    dossiers(articles).write.mode("overwrite").parquet(f"{argv[2]}/dossiers")
    failed = articles.where(F.col("error").isNotNull()).count()
    print(f"{articles.count()} articles, {failed} failed", file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
