"""Dossier's analysis of news articles (type stubs)."""

from collections.abc import Iterable
from typing import Any

__version__: str

def analyze_json(text: str, source: str | None = None, published: str | None = None) -> str:
    """The annotated JSON v1 line `dossier analyze - --format jsonl` writes for
    the stdin line {"text", "source", "published"} (without its line break).
    `source` defaults to "stdin:1"; `published` is YYYY-MM-DD. Raises
    ValueError for an article the CLI reports as an error."""

class ArrowTable:
    """Analyses as Arrow columns, read through the Arrow PyCapsule interface
    (`pyarrow.table(t)`, `pyarrow.record_batch(t)`, polars, duckdb)."""

    def __len__(self) -> int: ...
    def __arrow_c_schema__(self) -> object: ...
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    def __arrow_c_array__(self, requested_schema: object | None = None) -> tuple[object, object]: ...

def analyze_arrow(
    texts: Iterable[str | None] | Any,
    sources: Iterable[str | None] | Any | None = None,
    published: Iterable[str | None] | Any | None = None,
    json: bool = False,
) -> ArrowTable:
    """A batch analysed on every core with the GIL released: one row per text
    with source, title, published, error (null when fine) and lists of
    mentions, entities, relations, money and dates; `json=True` adds each
    row's `analyze_json` line. Lists, iterables or pyarrow arrays."""

def entity_key(kind: str, name: str) -> str:
    """The corpus key of an entity: kind and normalised name ("org:kestrel
    metals"), as `analyze_arrow`'s entities carry it. ValueError for an
    unknown kind."""

def use_relation_model(on: bool) -> None:
    """Switches the bundled relation model on or off (the default) for the
    process: off, relations come from the rules alone; on, the model adds
    relations the rules did not give (provenance "model", its probability
    as confidence)."""

def use_dependency_relations(on: bool) -> None:
    """Switches the dependency step on (the default) or off for the process:
    on, relations the rules left open are read off each sentence's parse
    (the CLI's `--dependency-relations on`); off, the rules alone, about
    twice as fast on real news."""
