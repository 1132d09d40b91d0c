"""Extract flow: articles without claims from this extractor version -> `claims`."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.common import db_writer, markdown_artifact, staging_dir
from rumourmill.extraction import BATCH, extract_batch, load_claims, pending_article_ids
from rumourmill.settings import load_settings


@task(name="find-pending-articles", cache_policy=NO_CACHE)
def pending_task(db: str, everything: bool) -> list[str]:
    return pending_article_ids(db, everything)


@task(name="extract-claims", cache_policy=NO_CACHE)
def extract_task(db: str, article_ids: list[str], path: str) -> str:
    claims, done, failed = extract_batch(db, article_ids)
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
    with db_writer(db) as con:
        stats = load_claims(con, claims, done, failed)
    markdown_artifact(stats.pop("quality_markdown"), "quality-claims", "Great Expectations: the claims suite on the latest batch")
    return stats


@flow(name="extract")
def extract_flow(db: str | None = None, config: str | None = None, everything: bool = False) -> dict:
    """Extract claims from every article that has none from the current extractor version."""
    logger = get_run_logger()
    settings = load_settings(config, db)
    ids = pending_task(str(settings.db), everything)
    totals = {"articles": 0, "claims": 0, "quarantined": 0}
    staging = staging_dir(settings.db, "extract")
    try:
        batches = [ids[i:i + BATCH] for i in range(0, len(ids), BATCH)]
        for n, batch in enumerate(batches, 1):
            path = extract_task(str(settings.db), batch, str(staging / f"batch-{n:05d}"))
            for k, v in load_task(str(settings.db), path).items():
                totals[k] += v
            logger.info("extracted %d/%d articles", min(n * BATCH, len(ids)), len(ids))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    logger.info("extract: %s", totals)
    return totals
