"""Ingest flow: sources -> staged batches -> quality gate -> `articles` (+ `quarantine`)."""
from __future__ import annotations

import shutil
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.common import db_writer, markdown_artifact, staging_dir
from rumourmill.ingest import collect, fetcher_from, load_staged, save_batch, stored_urls
from rumourmill.settings import load_settings
from rumourmill.sources import SourceSpec


@task(name="collect-articles", cache_policy=NO_CACHE)
def collect_task(specs: list[dict], fetch: dict, db: str, staging: str) -> list[str]:
    logger = get_run_logger()
    fetcher = fetcher_from(fetch)
    seen = stored_urls(db)
    paths = []
    with fetcher:
        for i, batch in enumerate(collect([SourceSpec(**s) for s in specs], fetcher, seen)):
            paths.append(str(save_batch(batch, Path(staging) / f"batch-{i:05d}")))
            logger.info("batch %d: %d articles, %d rejected", i + 1, len(batch.articles), len(batch.rejected))
    return paths


@task(name="load-articles", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def load_task(db: str, path: str) -> dict:
    with db_writer(db) as con:
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
) -> dict:
    """Store articles from files, folders, article URLs and feeds (default: the configured sources)."""
    logger = get_run_logger()
    settings = load_settings(config, db)
    if sources:
        specs = [SourceSpec(s, language, outlet, published) for s in sources]
    else:
        specs = [SourceSpec(s.location, s.language or language, s.outlet or outlet, s.published or published) for s in settings.sources]
    staging = staging_dir(settings.db, "ingest")
    try:
        paths = collect_task([s.__dict__ for s in specs], settings.fetch, str(settings.db), str(staging))
        totals = {"received": 0, "inserted": 0, "duplicates": 0, "quarantined": 0}
        for path in paths:
            for k, v in load_task(str(settings.db), path).items():
                totals[k] += v
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    logger.info("ingest: %s", totals)
    return totals
