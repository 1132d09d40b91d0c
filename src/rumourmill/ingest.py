"""Ingestion as two plain steps the flow wraps: collect (sources -> staged batches) and load.

Collecting never touches the database except to learn which URLs are already stored;
loading validates each batch with the `articles` suite, drops what is stored already
(same id or same text), bulk-inserts the rest and quarantines what failed, with reasons.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from rumourmill import quality, store
from rumourmill.fetch import Fetcher, FetchSettings
from rumourmill.models import Article, Rejected, quarantine_frame, to_frame
from rumourmill.sources import SourceSpec, iter_sources

log = logging.getLogger("rumourmill.ingest")

BATCH = 500


@dataclass
class Batch:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def stored_urls(db: str | Path) -> set[str]:
    """URLs already stored, so feed entries seen before are not fetched again."""
    if not Path(db).exists():
        return set()
    try:
        return set(store.read_frame(db, "SELECT url FROM articles WHERE url IS NOT NULL")["url"])
    except duckdb.CatalogException:  # a database file not migrated yet
        return set()


def fetcher_from(settings: dict) -> Fetcher:
    """A Fetcher from the [fetch] settings (checked when the settings were loaded)."""
    return Fetcher(FetchSettings(**settings))


def collect(specs: list[SourceSpec], fetcher: Fetcher, seen_urls: set[str], batch_size: int = BATCH) -> Iterator[Batch]:
    """Articles and rejections from the sources, in batches (memory stays flat on big imports)."""
    batch = Batch()
    n = 0
    for item in iter_sources(specs, fetcher, seen_urls):
        (batch.articles if isinstance(item, Article) else batch.rejected).append(item)
        n += 1
        if len(batch.articles) + len(batch.rejected) >= batch_size:
            log.info("collected %d items", n)
            yield batch
            batch = Batch()
    if batch.articles or batch.rejected:
        yield batch


def save_batch(batch: Batch, path: Path) -> Path:
    """Stage a batch as two Parquet files (tasks pass paths, not frames)."""
    path.mkdir(parents=True, exist_ok=True)
    to_frame(batch.articles, Article).to_parquet(path / "articles.parquet", index=False)
    to_frame(batch.rejected, Rejected).to_parquet(path / "rejected.parquet", index=False)
    return path


@dataclass
class LoadStats:
    received: int = 0
    inserted: int = 0
    duplicates: int = 0
    quarantined: int = 0
    quality_markdown: str = ""

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "quality_markdown"}


def load_staged(con: duckdb.DuckDBPyConnection, path: Path) -> LoadStats:
    articles = pd.read_parquet(path / "articles.parquet")
    rejected = pd.read_parquet(path / "rejected.parquet")
    return load_articles(con, articles, rejected)


def load_articles(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame, rejected: pd.DataFrame) -> LoadStats:
    """Gate, de-duplicate and bulk-insert one batch; quarantine what failed. One transaction."""
    stats = LoadStats(received=len(articles))
    result = quality.validate(articles, "articles")
    stats.quality_markdown = result.markdown()
    good = result.good.drop_duplicates("article_id").drop_duplicates("content_hash")
    con.execute("BEGIN TRANSACTION")
    try:
        stats.inserted = insert_new_articles(con, good)
        stats.duplicates = len(articles) - len(result.bad) - stats.inserted
        bad = quarantine_frame(result.bad, "load:articles", "article_id")
        stats.quarantined = store.append(con, "quarantine", rejected) + store.append(con, "quarantine", bad)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return stats


def insert_new_articles(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> int:
    if frame.empty:
        return 0
    before = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.register("_new", frame)
    try:
        con.execute(
            "INSERT INTO articles BY NAME SELECT * FROM _new "
            "WHERE content_hash IS NULL OR content_hash NOT IN (SELECT content_hash FROM articles WHERE content_hash IS NOT NULL) "
            "ON CONFLICT DO NOTHING"
        )
    finally:
        con.unregister("_new")
    return con.execute("SELECT count(*) FROM articles").fetchone()[0] - before
