"""Ingestion as two plain steps the flow wraps: collect (sources -> batches) and load.

Collecting streams: JSONL files are read a line at a time and batches of at most
`batch_size` records (and about `batch_chars` characters) are yielded as they fill, so the
flow loads each batch before the next is read and memory stays flat with the input's size.
Collecting never touches the database except to ask, once per feed, which of the feed's
links are stored already (`stored_urls`). Loading validates each batch with the `articles`
suite, drops what is stored already (same id or same text), bulk-inserts the rest and
quarantines what failed, with reasons.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Iterator

import duckdb
import pandas as pd

from rumourmill import quality, store
from rumourmill.fetch import Fetcher, FetchSettings
from rumourmill.models import Article, Rejected, quarantine_frame, to_frame
from rumourmill.sources import SourceSpec, StoredLookup, iter_sources

log = logging.getLogger("rumourmill.ingest")

BATCH = 500
"""Records (articles + rejections) per batch."""
BATCH_CHARS = 32 * 2**20
"""A batch is also closed once its texts and payloads reach this many characters."""


@dataclass
class Batch:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    last_source: str | None = None  # where the batch ends ("path:LINE" for JSONL): progress

    def __len__(self) -> int:
        return len(self.articles) + len(self.rejected)


def stored_urls(db: str | Path, urls: Collection[str]) -> set[str]:
    """Those of `urls` (canonical) already stored: one short query, never the whole column.

    Feed entries are looked up a feed at a time, so entries seen before are not fetched again.
    """
    urls = [u for u in urls if u]
    if not urls or not Path(db).exists():
        return set()
    try:
        frame = store.read_frame(db, "SELECT DISTINCT url FROM articles WHERE url IN (SELECT unnest(?::VARCHAR[]))", [urls])
    except duckdb.CatalogException:  # a database file not migrated yet
        return set()
    return set(frame["url"])


def stored_lookup(db: str | Path) -> StoredLookup:
    """`stored_urls` bound to one database, for iter_sources/collect."""
    return lambda urls: stored_urls(db, urls)


def fetcher_from(settings: dict) -> Fetcher:
    """A Fetcher from the [fetch] settings (checked when the settings were loaded)."""
    return Fetcher(FetchSettings(**settings))


def collect(
    specs: list[SourceSpec],
    fetcher: Fetcher,
    seen_urls: set[str] | None = None,
    batch_size: int = BATCH,
    *,
    stored: StoredLookup | None = None,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[Batch]:
    """Articles and rejections from the sources, in batches yielded as they fill.

    A batch holds at most `batch_size` records and is closed early once its texts reach
    `batch_chars` characters, so N records give ceil(N / batch_size) batches of ordinary
    articles and memory stays flat however big the import is: load each batch before
    asking for the next. `stored` tells which feed links are stored (see stored_urls).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    batch, chars, n = Batch(), 0, 0
    for item in iter_sources(specs, fetcher, seen_urls, stored):
        if isinstance(item, Article):
            batch.articles.append(item)
            chars += len(item.text)
        else:
            batch.rejected.append(item)
            chars += len(item.payload or "")
        batch.last_source = item.source
        n += 1
        if len(batch) >= batch_size or chars >= batch_chars:
            log.info("collected %d records (up to %s)", n, batch.last_source)
            yield batch
            batch, chars = Batch(), 0
    if len(batch):
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
        # the stored hashes are looked up for this batch's hashes only (a semi join built on the
        # batch), so each load costs one column scan, not a hash table of every stored hash
        con.execute(
            "INSERT INTO articles BY NAME SELECT * FROM _new "
            "WHERE content_hash IS NULL OR content_hash NOT IN "
            "(SELECT content_hash FROM articles WHERE content_hash IN (SELECT content_hash FROM _new)) "
            "ON CONFLICT DO NOTHING"
        )
    finally:
        con.unregister("_new")
    return con.execute("SELECT count(*) FROM articles").fetchone()[0] - before
