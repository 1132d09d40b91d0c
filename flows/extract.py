"""Extract flow: articles without claims from this extractor version -> `claims`.

Batches of BATCH articles, one page of pending ids at a time: the flow never holds the
corpus (or even all its ids), so memory stays flat however many articles are waiting.
"""
from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.common import db_writer, markdown_artifact, refresh_snapshot, staging_dir
from rumourmill.claims import extractors
from rumourmill.extraction import count_pending, extract_batch, load_claims, pending_page
from rumourmill.settings import load_settings


@functools.cache
def _extractor(config: str | None, db: str) -> extractors.Extractor:
    """The configured extractor, built once per process (tasks get the config, not the object)."""
    return extractors.from_settings(load_settings(config, db))


@task(name="count-pending-articles", cache_policy=NO_CACHE)
def count_task(db: str, config: str | None, everything: bool) -> int:
    return count_pending(db, everything, _extractor(config, db))


@task(name="find-pending-articles", cache_policy=NO_CACHE)
def pending_task(db: str, config: str | None, everything: bool, after: str | None) -> list[str]:
    return pending_page(db, after, everything, _extractor(config, db))


@task(name="extract-claims", cache_policy=NO_CACHE)
def extract_task(db: str, config: str | None, article_ids: list[str], path: str) -> str:
    claims, done, failed = extract_batch(db, article_ids, _extractor(config, db))
    Path(path).mkdir(parents=True, exist_ok=True)
    claims.to_parquet(Path(path) / "claims.parquet", index=False)
    done.to_parquet(Path(path) / "extractions.parquet", index=False)
    failed.to_parquet(Path(path) / "failed.parquet", index=False)
    return path


@task(name="load-claims", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def load_task(db: str, path: str) -> dict:
    claims = pd.read_parquet(Path(path) / "claims.parquet")
    done = pd.read_parquet(Path(path) / "extractions.parquet")
    failed = pd.read_parquet(Path(path) / "failed.parquet")
    with db_writer(db, snapshot=False) as con:
        stats = load_claims(con, claims, done, failed)
    markdown_artifact(stats.pop("quality_markdown"), "quality-claims", "Great Expectations: the claims suite on the latest batch")
    shutil.rmtree(path, ignore_errors=True)  # loaded: staging holds one batch at a time
    return stats


@flow(name="extract")
def extract_flow(db: str | None = None, config: str | None = None, everything: bool = False) -> dict:
    """Extract claims from every article that has none from the current extractor version."""
    logger = get_run_logger()
    db = str(load_settings(config, db).db)
    total = count_task(db, config, everything)
    totals = {"articles": 0, "claims": 0, "quarantined": 0}
    staging = staging_dir(db, "extract")
    try:
        after, n = None, 0
        while ids := pending_task(db, config, everything, after):
            n += 1
            path = extract_task(db, config, ids, str(staging / f"batch-{n:05d}"))
            for k, v in load_task(db, path).items():
                totals[k] += v
            after = ids[-1]
            logger.info("extracted %d/%d articles", totals["articles"], total)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if totals["articles"]:
            refresh_snapshot(db)
    logger.info("extract: %s", totals)
    return totals
