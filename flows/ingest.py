"""Ingest flow: sources -> batches -> quality gate -> `articles` (+ `quarantine`), batch by batch.

The sources are read as a stream (JSONL a line at a time) and each batch is staged and
loaded as soon as it is full, before the next is read: memory and staging disk stay flat
however big the import is, and every batch is logged, so a long import shows its progress.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.common import db_writer, markdown_artifact, refresh_snapshot, staging_dir
from rumourmill.ingest import BATCH, collect, fetcher_from, load_staged, save_batch, stored_lookup
from rumourmill.settings import load_settings
from rumourmill.sources import SourceSpec


@task(name="load-articles", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def load_task(db: str, path: str) -> dict:
    # one snapshot refresh at the end of the run: copying the file per batch is quadratic
    with db_writer(db, snapshot=False) as con:
        stats = load_staged(con, Path(path))
    markdown_artifact(stats.quality_markdown, "quality-articles", "Great Expectations: the articles suite on the latest batch")
    return stats.as_dict()


@flow(name="ingest")
def ingest_flow(
    sources: list[str] | None = None,
    db: str | None = None,
    config: str | None = None,
    published: str | None = None,
    language: str | None = None,
    outlet: str | None = None,
    batch_size: int = BATCH,
) -> dict:
    """Store articles from files, folders, article URLs and feeds (default: the configured sources).

    Returns the totals: records received, inserted, already stored (duplicates),
    quarantined, and the number of batches loaded (of at most `batch_size` records).
    """
    logger = get_run_logger()
    settings = load_settings(config, db)
    if sources:
        specs = [SourceSpec(s, language, outlet, published) for s in sources]
    else:
        specs = [SourceSpec(s.location, s.language or language, s.outlet or outlet, s.published or published) for s in settings.sources]
    db_path = str(settings.db)
    staging = staging_dir(settings.db, "ingest")
    totals = {"received": 0, "inserted": 0, "duplicates": 0, "quarantined": 0, "batches": 0}
    try:
        with fetcher_from(settings.fetch) as fetcher:
            for i, batch in enumerate(collect(specs, fetcher, batch_size=batch_size, stored=stored_lookup(db_path))):
                path = save_batch(batch, staging / f"batch-{i:05d}")
                stats = load_task(db_path, str(path))
                shutil.rmtree(path, ignore_errors=True)  # loaded: staging holds one batch at a time
                for k, v in stats.items():
                    totals[k] += v
                totals["batches"] = i + 1
                logger.info("batch %d (up to %s): %d articles, %d rejected -> %d new, %d already stored, "
                            "%d quarantined; so far %d articles, %d new", i + 1, batch.last_source,
                            len(batch.articles), len(batch.rejected), stats["inserted"], stats["duplicates"],
                            stats["quarantined"], totals["received"], totals["inserted"])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if totals["batches"]:
            refresh_snapshot(db_path)
    logger.info("ingest: %s", totals)
    return totals
